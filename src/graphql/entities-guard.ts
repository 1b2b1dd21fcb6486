// Checks `_entities` representations before @apollo/subgraph resolves them: it throws a plain
// Error for an unknown `__typename` and passes any value to our reference resolvers, so `"x"` or
// `{__typename: "Holder", id: 5}` would surface as INTERNAL_SERVER_ERROR. A representation must be
// an object naming an entity type and carrying one of its @key fields as a string.
import { isObjectType, Kind, type GraphQLSchema, type StringValueNode } from 'graphql';
import { textProblem } from '../db/storable-text.js';
import { AppError } from '../errors.js';

/** Entity type → its keys (each a list of field names), read from the @key directives. */
function entityKeys(schema: GraphQLSchema): Map<string, string[][]> {
  const keys = new Map<string, string[][]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const d of type.astNode?.directives ?? []) {
      if (d.name.value !== 'key') continue;
      const arg = d.arguments?.find((a) => a.name.value === 'fields');
      if (arg?.value.kind !== Kind.STRING) continue;
      keys.set(type.name, [...(keys.get(type.name) ?? []), (arg.value as StringValueNode).value.trim().split(/\s+/)]);
    }
  }
  return keys;
}

function problem(rep: unknown, keys: Map<string, string[][]>): string | null {
  if (!rep || typeof rep !== 'object' || Array.isArray(rep)) return 'must be an object with __typename and a key';
  const r = rep as Record<string, unknown>;
  const typeKeys = typeof r.__typename === 'string' ? keys.get(r.__typename) : undefined;
  if (!typeKeys) return `__typename must be one of ${[...keys.keys()].join(', ')}`;
  const wanted = `a ${String(r.__typename)} is resolved by ${typeKeys.map((k) => k.join(' ')).join(' or ')}, given as a string`;
  if (!typeKeys.some((k) => k.every((f) => typeof r[f] === 'string'))) return wanted;
  // Every key field given must be a string, not only the one that completes a key.
  for (const f of new Set(typeKeys.flat())) {
    const v = r[f];
    if (v === undefined) continue;
    if (typeof v !== 'string') return `${f}: ${wanted}`;
    const problem = textProblem(v);
    if (problem) return `${f} ${problem}`;
  }
  return null;
}

/** Wraps `Query._entities` of a built subgraph so bad representations are BAD_USER_INPUT naming their index. */
export function guardEntities(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  if (!field?.resolve) return schema;
  const keys = entityKeys(schema);
  const resolve = field.resolve;
  field.resolve = (source, args, context, info) => {
    const reps = (args as { representations: unknown[] }).representations;
    reps.forEach((rep, i) => {
      const p = problem(rep, keys);
      if (p) throw AppError.badInput(`representations[${i}]`, p);
    });
    return resolve(source, args, context, info);
  };
  return schema;
}
