// Seeded generator of hostile operations over the committed schema: every root field, with
// arguments drawn from type-shaped values, edge cases (empty, NUL, over-long, SQL metacharacters,
// impossible dates, extreme numbers, forged IDs and cursors) and real keys from the database, and
// sometimes a value of the wrong type. The same seed gives the same requests.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { Prng } from '../../src/demo/prng.js';

export interface FuzzOperation {
  root: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface KnownValues {
  tins: string[];
  ids: string[];
  codes: string[];
}

const NASTY = [
  '',
  ' ',
  'x',
  '\u0000',
  'a\u0000b',
  'lone \ud800 surrogate',
  "' or 1=1 --",
  '%_\\',
  '"; drop table holder; --',
  '🙂 Кыргызстан ӨҮҢ',
  'x'.repeat(256),
  'y'.repeat(5000),
  '2026-02-30',
  '0000-00-00',
  '99999-01-01',
  'bm90LWEtY3Vyc29y',
  'SG9sZGVyOjE=',
  'SG9sZGVyOi0x',
  'SG9sZGVyOjk5OTk5OTk5OTk5OTk5OQ==',
  '{"__proto__":1}',
  '../../etc/passwd',
];
const NUMBERS = [0, -1, 1, 2, 20, 100, 101, 2147483647, -2147483648];

/** A realistic value for an argument named like a key (`holderTin`, `targetId`, `code`), else null. */
function realistic(rng: Prng, argName: string, known: KnownValues): string | null {
  if (/tin$/i.test(argName) && known.tins.length) return rng.pick(known.tins);
  if (/(^id|Id|Ids)$/.test(argName) && known.ids.length) return rng.pick(known.ids);
  if (/code/i.test(argName) && known.codes.length) return rng.pick(known.codes);
  return null;
}

function scalarValue(rng: Prng, type: string, argName: string, known: KnownValues): unknown {
  const real = rng.chance(0.7) ? realistic(rng, argName, known) : null;
  if (real !== null) return real;
  switch (type) {
    case 'Int':
      return rng.pick(NUMBERS);
    case 'Float':
      return rng.pick([0, -1.5, 1e308, 0.5, 100]);
    case 'Boolean':
      return rng.chance(0.5);
    case 'Date':
      return rng.pick(['2026-01-01', '2016-06-01', '2026-02-30', '1900-01-01', '2100-12-31', 'x', '']);
    default: {
      const pools = [NASTY, known.tins, known.ids, known.codes].filter((p) => p.length);
      return rng.pick(rng.pick(pools));
    }
  }
}

/** A value for `type`; with probability `wrong` a value of another shape, to exercise coercion. */
export function valueFor(rng: Prng, type: GraphQLInputType, known: KnownValues, name = '', depth = 0): unknown {
  if (rng.chance(0.03)) return rng.pick([null, 'x', 7, [], {}, ['x'], { __typename: 'Holder', id: 5 }]);
  if (!isNonNullType(type) && rng.chance(0.15)) return null;
  const t = getNullableType(type);
  if (isListType(t)) {
    const n = rng.chance(0.05) ? 60 : rng.int(0, 3);
    return Array.from({ length: n }, () => valueFor(rng, t.ofType, known, name, depth + 1));
  }
  if (isEnumType(t)) return rng.chance(0.95) ? rng.pick(t.getValues()).name : 'NOT_A_VALUE';
  if (isScalarType(t)) return scalarValue(rng, t.name, name, known);
  if (isInputObjectType(t)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      if (isNonNullType(f.type) || (depth < 3 && rng.chance(0.5))) out[f.name] = valueFor(rng, f.type, known, f.name, depth + 1);
    }
    return out;
  }
  return null;
}

/** Scalar fields without required arguments, and `__typename` of object fields, two levels deep. */
function selection(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type)) return isLeafType(type) ? '' : '{ __typename }';
  const parts = ['__typename'];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (depth < 2) parts.push(`${f.name} ${selection(named, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function operationFor(rng: Prng, kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, known: KnownValues): FuzzOperation {
  const args = field.args.filter((a) => isNonNullType(a.type) || rng.chance(0.6));
  const variables: Record<string, unknown> = {};
  for (const a of args) variables[a.name] = valueFor(rng, a.type, known, a.name);
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const sel = selection(getNamedType(field.type), 1);
  return { root: field.name, query: `${kind}${defs ? ` (${defs})` : ''} { ${field.name}${call} ${sel} }`, variables };
}

/** `perField` operations for every root field of Query and Mutation, in a seeded order. */
export function fuzzOperations(schema: GraphQLSchema, rng: Prng, known: KnownValues, perField: number): FuzzOperation[] {
  const ops: FuzzOperation[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      for (let i = 0; i < perField; i++) ops.push(operationFor(rng, kind, field, known));
    }
  }
  return rng.sample(ops, ops.length);
}
