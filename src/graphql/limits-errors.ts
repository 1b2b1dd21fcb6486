// The refusals of src/graphql/limits.ts and input-guard.ts: GraphQLErrors whose code names the
// limit (clients may rely on these codes), recognised again in graphql/format-error.ts.
import { GraphQLError } from 'graphql';

/** `extensions.code` of each refusal; clients may rely on these. */
export const LIMIT_CODES = {
  maxDepth: 'MAX_DEPTH_EXCEEDED',
  maxAliases: 'MAX_ALIASES_EXCEEDED',
  maxDirectives: 'MAX_DIRECTIVES_EXCEEDED',
  maxTokens: 'MAX_TOKENS_EXCEEDED',
  maxCost: 'MAX_COST_EXCEEDED',
  maxVariableValues: 'MAX_VARIABLE_VALUES_EXCEEDED',
  maxVariableDepth: 'MAX_VARIABLE_DEPTH_EXCEEDED',
  maxListItems: 'MAX_LIST_ITEMS_EXCEEDED',
  responseBytes: 'RESPONSE_TOO_LARGE',
  bodyBytes: 'REQUEST_TOO_LARGE',
} as const;
export type LimitName = keyof typeof LIMIT_CODES;

export function limitError(limit: LimitName, message: string, max: number): GraphQLError {
  // `http` sets the status (Apollo strips it from the body): a refusal is the client's fault.
  return new GraphQLError(message, { extensions: { code: LIMIT_CODES[limit], limit, max, http: { status: 400 } } });
}

const LIMIT_CODE_SET = new Set<string>(Object.values(LIMIT_CODES));
export const isLimitError = (e: unknown): e is GraphQLError =>
  e instanceof GraphQLError && typeof e.extensions.code === 'string' && LIMIT_CODE_SET.has(e.extensions.code);

/** graphql-js's own words when `maxTokens` stops the parser (graphql 16.7+). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/; // sic: "more that" in 16.x

/** The parser's token refusal, recognised so it carries our code rather than GRAPHQL_PARSE_FAILED. */
export function tokenLimitError(e: unknown): GraphQLError | null {
  const m = e instanceof GraphQLError ? TOKEN_LIMIT.exec(e.message) : null;
  return m ? limitError('maxTokens', `Document contains more than ${m[1]} tokens.`, Number(m[1])) : null;
}
