// What one operation may ask: tokens (graphql-js's parser), depth, aliases and directives
// (graphql-armor), and a cost in which `first`/`last` multiply what is under them
// (graphql-query-complexity), so no single request can take the process or stall others. Each refusal is a GraphQLError with a code naming its limit.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  defaultFieldResolver,
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  visit,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Limits } from '../config.js';
import { checkArguments } from './input-guard.js';
import { LIMIT_CODES, limitError, type LimitName } from './limits-errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';

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

/** Arguments whose variables the cost depends on: page sizes, `_entities` representations, @skip/@include. */
const COST_ARGUMENTS = new Set(['first', 'last', 'representations', 'if']);

/** The variables that feed those arguments: with the same values, the same document costs the same. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (!COST_ARGUMENTS.has(node.name.value)) return false;
      visit(node.value, { Variable: (v) => void names.add(v.name.value) });
      return false;
    },
  });
  return [...names].sort();
}

/** Costs already estimated per document, keyed by operation and the values of its cost variables. */
interface CostCache {
  variables: string[];
  costs: Map<string, number>;
}
/** Distinct page sizes per document worth remembering; beyond it the cache starts again. */
const COSTS_PER_DOCUMENT = 64;

function costKey(cache: CostCache, operationName: string | null | undefined, variables: Record<string, unknown>): string {
  // Only a list's length counts (representations); anything else by value.
  const values = cache.variables.map((v) => (Array.isArray(variables[v]) ? (variables[v] as unknown[]).length : variables[v]));
  return `${operationName ?? ''}\u0000${JSON.stringify(values)}`;
}

const counted = new WeakSet<GraphQLSchema>();
const itemsUsed = new WeakMap<object, number>();

/**
 * The cost estimate cannot know how many arrays a holder really has, so the items actually
 * returned by every list of objects are counted per request (the request's context object is the
 * key) and a request past `maxItems` is refused. This bounds what stored data can fan out to (a
 * holder's own key can add hundreds of arrays, each linked to every system). Wraps the schema's
 * resolvers once.
 */
function countListItems(schema: GraphQLSchema, maxItems: number): void {
  if (counted.has(schema)) return;
  counted.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const t = getNullableType(field.type);
      if (!isListType(t) || !isCompositeType(getNamedType(t))) continue;
      const resolve: GraphQLFieldResolver<unknown, object> = field.resolve ?? defaultFieldResolver;
      const take = (ctx: object, list: unknown) => {
        if (Array.isArray(list)) {
          const used = (itemsUsed.get(ctx) ?? 0) + list.length;
          itemsUsed.set(ctx, used);
          if (used > maxItems) throw limitError('maxListItems', `The answer would hold more than ${maxItems} listed objects; ask for fewer fields or a smaller page.`, maxItems);
        }
        return list;
      };
      field.resolve = (source, args, ctx: object, info) => {
        const result = resolve(source, args, ctx, info);
        return result instanceof Promise ? result.then((list) => take(ctx, list)) : take(ctx, result);
      };
    }
  }
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
  const costOf = new WeakMap<DocumentNode, CostCache>();
  countListItems(schema, limits.maxListItems);
  const cost: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        // After validation, with the variables: page sizes often come from them. The arguments
        // are checked first, in the same hook, so the estimate never coerces a hostile variable.
        async didResolveOperation({ request, document }) {
          checkArguments(document, request.variables, limits);
          const variables = request.variables ?? {};
          // Apollo hands back the same parsed document for the same query text: its cost is
          // estimated once per set of page sizes, not on every request (it showed under load).
          let cache = costOf.get(document);
          if (!cache) costOf.set(document, (cache = { variables: costVariables(document), costs: new Map() }));
          const key = costKey(cache, request.operationName, variables);
          let actual = cache.costs.get(key);
          try {
            if (actual === undefined) {
              actual = getComplexity({ schema, query: document, variables, operationName: request.operationName ?? undefined, estimators });
              if (cache.costs.size >= COSTS_PER_DOCUMENT) cache.costs.clear();
              cache.costs.set(key, actual);
            }
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
        // Past the list budget every remaining list field fails alike: one refusal says it all.
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const refusal = response.body.singleResult.errors?.find((e) => e.extensions?.code === LIMIT_CODES.maxListItems);
          if (!refusal) return;
          response.body.singleResult = { errors: [{ message: refusal.message, extensions: refusal.extensions }] };
          response.http.status = 400;
        },
      };
    },
  };
  // The armor is typed against the CommonJS build of @apollo/server; the plugin shape is the same.
  return { parseOptions: { maxTokens: limits.maxTokens }, plugins: [...(armor.plugins as unknown as ApolloServerPlugin[]), cost], validationRules: armor.validationRules };
}
