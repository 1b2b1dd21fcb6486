// Executes operations with graphql-jit: each parsed document is compiled once into a JavaScript
// function (arguments, skip/include and type checks resolved at compile time), instead of graphql-js
// walking the document field by field with a promise per object on every request. Plugged in through
// Apollo Server's gateway interface, its documented hook for a custom executor: parsing, validation,
// the limits and every plugin still run as before; only execution changes. Measured under
// concurrent load in bench/README.md. graphql-jit itself is patched at install
// (scripts/patches/graphql-jit+0.8.9.patch, test/unit/graphql-jit-patch.test.ts): its generated code
// built the error locations and path of every leaf and three closures per resolver call and list
// item even when nothing failed, a third of the garbage of a page of holders under load.
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { BREAK, execute, GraphQLError, Kind, visit, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { compileQuery, isCompiledQuery } from 'graphql-jit';

type Run = (context: unknown, variables: Record<string, unknown>) => Promise<ExecutionResult> | ExecutionResult;

function prepare(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Run {
  if (variablesInsideLiterals(document)) {
    return (contextValue, variableValues) => execute({ schema, document, contextValue, variableValues, operationName });
  }
  const compiled = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
  if (!isCompiledQuery(compiled)) return () => compiled;
  return (context, variables) => compiled.query(undefined, context, variables) as Promise<ExecutionResult> | ExecutionResult;
}

/** Compiled per document: Apollo hands back the same DocumentNode for the same query text (its LRU
 * document store), so the compiled form lives exactly as long as Apollo keeps the parse. The key is
 * the document and operation name only, never variables or the caller. */
export function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const prepared = new WeakMap<DocumentNode, Map<string, Run>>();
  return async ({ document, operation, operationName, request, context }) => {
    let byName = prepared.get(document);
    if (!byName) prepared.set(document, (byName = new Map()));
    let run = byName.get(operationName ?? '');
    if (!run) byName.set(operationName ?? '', (run = prepare(schema, document, operationName ?? undefined)));
    const variables = request.variables ?? {};
    const result = await run(context, variables);
    if (!('data' in result) && operation.variableDefinitions?.length) {
      // Variables that do not coerce: graphql-js words the refusal (the variable path, at most 50
      // errors, the nodes Apollo needs to answer 400 BAD_USER_INPUT), as it did before this executor.
      const { errors } = getVariableValues(schema, operation.variableDefinitions, variables, { maxErrors: 50 });
      if (errors) return { errors };
    }
    return (result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result) as never;
  };
}

/**
 * graphql-jit parses a custom scalar's literal without the variables inside it, so
 * `_entities(representations: [{ __typename: "Holder", tin: $tin }])` would lose `$tin`. Such
 * documents (rare, and never a dashboard page) run on graphql-js itself.
 */
function variablesInsideLiterals(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Argument(node) {
      if (node.value.kind !== Kind.LIST && node.value.kind !== Kind.OBJECT) return false;
      visit(node.value, { Variable() { found = true; return BREAK; } });
      return found ? BREAK : false;
    },
  });
  return found;
}

/** graphql-jit's errors are look-alikes without `extensions`, which Apollo's error formatting reads:
 * rebuilt as graphql-js errors, keeping the original error (its code), path and locations. */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions ?? undefined });
  if (e.locations) (error as { locations?: GraphQLError['locations'] }).locations = e.locations;
  return error;
}

/** The gateway interface around one fixed schema (no supergraph, no polling). */
export function compiledGateway(schema: GraphQLSchema): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { executor: compiledExecutor(schema) };
    },
    async stop() {},
  };
}
