// What one operation may ask: tokens (graphql-js's parser), depth, aliases and directives
// (graphql-armor), and a cost in which `first`/`last` multiply what is under them
// (graphql-query-complexity), so no single request can take the process or stall others. Each refusal is a GraphQLError with a code naming its limit.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNamedType, getNullableType, isListType, type GraphQLSchema, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Limits } from '../config.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';

/** `extensions.code` of each refusal; clients may rely on these. */
export const LIMIT_CODES = {
  maxDepth: 'MAX_DEPTH_EXCEEDED',
  maxAliases: 'MAX_ALIASES_EXCEEDED',
  maxDirectives: 'MAX_DIRECTIVES_EXCEEDED',
  maxTokens: 'MAX_TOKENS_EXCEEDED',
  maxCost: 'MAX_COST_EXCEEDED',
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

/**
 * Cost of a field: 1, plus its children's cost times the page size (`first`/`last`, defaulting as
 * the connection does), or times the number of `_entities` representations, or times `listSize`
 * for a list without a page argument. Edges and nodes of a connection are already counted by the
 * page size. Introspection is free: GraphiQL needs it and its shape is fixed.
 */
function estimator(listSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity, type }) => {
    if (field.name.startsWith('__')) return 0;
    const page = args.first ?? args.last;
    if (typeof page === 'number' || field.args.some((a) => a.name === 'first')) {
      const n = typeof page === 'number' ? Math.min(Math.max(page, 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
      return 1 + n * childComplexity;
    }
    if (field.name === '_entities') return 1 + (Array.isArray(args.representations) ? args.representations.length : 1) * childComplexity;
    const inConnection = getNamedType(type).name.endsWith('Connection');
    if (isListType(getNullableType(field.type)) && !inConnection) return 1 + listSize * childComplexity;
    return 1 + childComplexity;
  };
}

/** The armor's refusals carry our codes instead of its "Syntax Error: …" without one. */
function reportAs(limit: LimitName, max: number) {
  return {
    propagateOnRejection: false,
    exposeLimits: true,
    onReject: [
      (ctx: { reportError(e: GraphQLError): void } | null, error: GraphQLError) => {
        const e = limitError(limit, error.message.replace(/^Syntax Error: /, ''), max);
        ctx?.reportError(e);
      },
    ],
  };
}

export interface OperationLimits {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  /** For Apollo's parser: graphql-js aborts a document over `maxTokens` while lexing it. */
  parseOptions: { maxTokens: number };
}

/** graphql-js's own words when `maxTokens` stops the parser (graphql 16.7+). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/; // sic: "more that" in 16.x

/** The parser's token refusal, recognised so it carries our code rather than GRAPHQL_PARSE_FAILED. */
export function tokenLimitError(e: unknown): GraphQLError | null {
  const m = e instanceof GraphQLError ? TOKEN_LIMIT.exec(e.message) : null;
  return m ? limitError('maxTokens', `Document contains more than ${m[1]} tokens.`, Number(m[1])) : null;
}

export function operationLimits(schema: GraphQLSchema, limits: Limits): OperationLimits {
  const armor = new ApolloArmor({
    // Field suggestions stay: the schema is public and analysts learn it in GraphiQL.
    blockFieldSuggestion: { enabled: false },
    // Its cost model ignores page sizes; the cost plugin below multiplies by them.
    costLimit: { enabled: false },
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, ...reportAs('maxDepth', limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, allowList: [], ...reportAs('maxAliases', limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, ...reportAs('maxDirectives', limits.maxDirectives) },
    // graphql-js counts tokens itself while parsing (see `parseOptions`), and stops at the limit.
    maxTokens: { enabled: false },
  }).protect();
  const estimators = [estimator(limits.listSize)];
  const cost: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        // After validation, with the variables: page sizes often come from them.
        async didResolveOperation({ request, document }) {
          let actual: number;
          try {
            actual = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName ?? undefined, estimators });
          } catch (e) {
            // Too many nodes to even count (fragment fan-out) is a refusal; variables that do not
            // coerce are left to execution, which refuses them with BAD_USER_INPUT and runs nothing.
            if (e instanceof GraphQLError && /number of nodes/.test(e.message)) {
              throw limitError('maxCost', 'Operation has too many fields to evaluate its cost.', limits.maxCost);
            }
            return;
          }
          if (actual > limits.maxCost) {
            throw limitError('maxCost', `Operation cost ${actual} exceeds the limit of ${limits.maxCost} (page sizes multiply the fields under them).`, limits.maxCost);
          }
        },
      };
    },
  };
  // The armor is typed against the CommonJS build of @apollo/server; the plugin shape is the same.
  return { parseOptions: { maxTokens: limits.maxTokens }, plugins: [...(armor.plugins as unknown as ApolloServerPlugin[]), cost], validationRules: armor.validationRules };
}
