// Compiles the selection of a page of holders into one SQL statement, as PostGraphile does: the
// columns each selected field needs, and every selected Registry relation below (arrays, systems,
// the array–system links, an array's or system's holder) as a subquery of positional JSON tuples,
// to any depth. The field resolvers read what was prefetched (`prefetchedOf`) and fall back to
// their DataLoaders for everything else (compliance, violations, risk…), whose rows then read every
// column.
import { ARRAY_TABLE, HOLDER_TABLE, jsonTuple, rowProps, SYSTEM_TABLE, type TableMap } from '../../db/registry-columns.js';
import type { SelectionTree } from '../../graphql/selection.js';

type Kind = 'Holder' | 'PersonalDataArray' | 'InformationSystem';

interface Relation {
  target: Kind;
  /** One object (a reference) rather than a list. */
  one?: true;
  /** FROM and WHERE of the subquery, given the parent's alias and the child's. */
  from(parent: string, child: string): string;
}

interface TypeSpec {
  table: TableMap;
  /** Properties read by every top-level row of this type: its id (cursor, loaders), and what field visibility decides on. */
  always: readonly string[];
  /** Fields computed from other properties, and which (see the field resolvers of these types). */
  derived: Readonly<Record<string, readonly string[]>>;
  relations: Readonly<Record<string, Relation>>;
}

const NAMES = ['nameKy', 'nameRu', 'nameEn'];
const ownedBy = (table: string) => (p: string, c: string) => `${table} ${c} where ${c}.holder_id = ${p}.id`;
const holderOf = (p: string, c: string) => `holder ${c} where ${c}.id = ${p}.holder_id`;
const linked = (table: string, mine: string, theirs: string) => (p: string, c: string) =>
  `information_system_array l${c} join ${table} ${c} on ${c}.id = l${c}.${theirs} where l${c}.${mine} = ${p}.id`;

const SPECS: Record<Kind, TypeSpec> = {
  Holder: {
    table: HOLDER_TABLE,
    always: ['id', 'kind'], // kind: whether the TIN is personal data (holder.visibility.ts)
    derived: { __typename: [], name: NAMES, names: NAMES, inspectionTrack: ['kind'], region: ['regionCode'], sector: ['sectorKey'] },
    relations: {
      personalDataArrays: { target: 'PersonalDataArray', from: ownedBy('personal_data_array') },
      informationSystems: { target: 'InformationSystem', from: ownedBy('information_system') },
    },
  },
  PersonalDataArray: {
    table: ARRAY_TABLE,
    always: ['id'], // and the holder reference, always (visibility is by holder)
    derived: { __typename: [], plansCrossBorderTransfer: ['crossBorderCountries'] },
    relations: {
      holder: { target: 'Holder', one: true, from: holderOf },
      informationSystems: { target: 'InformationSystem', from: linked('information_system', 'personal_data_array_id', 'information_system_id') },
    },
  },
  InformationSystem: {
    table: SYSTEM_TABLE,
    always: ['id'],
    derived: { __typename: [] },
    relations: {
      holder: { target: 'Holder', one: true, from: holderOf },
      personalDataArrays: { target: 'PersonalDataArray', from: linked('personal_data_array', 'information_system_id', 'personal_data_array_id') },
    },
  },
};

/** The key of prefetched relations on a row: not a column of any table. */
export const PREFETCHED = 'prefetched';

type Prefetched = { [PREFETCHED]?: Record<string, unknown> };
type Row = Record<string, unknown> & Prefetched;

/** A relation prefetched with the row, or undefined when it was not (then the loader answers). */
export function prefetchedOf<T>(row: object, field: string): T | undefined {
  return (row as Prefetched)[PREFETCHED]?.[field] as T | undefined;
}

/** Properties of `kind` that the selected fields read; every column when a field is not known here. */
function propsFor(kind: Kind, tree: SelectionTree, always: readonly string[]): string[] {
  const spec = SPECS[kind];
  const props = new Set(always);
  for (const field of Object.keys(tree)) {
    if (spec.relations[field]) continue;
    const derived = spec.derived[field];
    if (derived) derived.forEach((p) => props.add(p));
    else if (field === 'id' || field === 'version' || field in spec.table.columns) props.add(field);
    // Resolved elsewhere (compliance, violations, risk, protection level…) from the whole row.
    else return rowProps(spec.table);
  }
  return [...props];
}

/** A selected relation: its SQL value under the parent's alias, and how to turn that value into rows. */
export interface CompiledRelation {
  field: string;
  sql: string;
  decode(value: unknown): unknown;
}

/** Every selected relation of `kind` under `alias`, as subqueries giving JSON tuples. */
function relationsFor(kind: Kind, tree: SelectionTree, alias: string, depth: number): CompiledRelation[] {
  const out: CompiledRelation[] = [];
  for (const [field, sub] of Object.entries(tree)) {
    const rel = SPECS[kind].relations[field];
    if (!rel) continue;
    const child = `r${depth}_${out.length}`;
    const tuple = tupleOf(rel.target, sub, child, depth + 1);
    if (rel.one) {
      out.push({ field, sql: `(select ${tuple.sql} from ${rel.from(alias, child)})`, decode: (v) => (v == null ? null : tuple.decode(v as unknown[])) });
    } else {
      // An array of the sorted rows, as JSON: cheaper for PostgreSQL than json_agg(… order by …).
      const sql = `to_json(array(select ${tuple.sql} from ${rel.from(alias, child)} order by ${child}.id))`;
      out.push({ field, sql, decode: (v) => (v == null ? [] : (v as unknown[][]).map(tuple.decode)) });
    }
  }
  return out;
}

/** Attaches decoded relations to a row under PREFETCHED: relation i is `valueAt(i)`. */
function attach(row: Row, relations: readonly CompiledRelation[], valueAt: (i: number) => unknown): Row {
  if (relations.length) {
    const prefetched: Record<string, unknown> = {};
    for (let i = 0; i < relations.length; i++) prefetched[relations[i]!.field] = relations[i]!.decode(valueAt(i));
    row[PREFETCHED] = prefetched;
  }
  return row;
}

/**
 * One row of `kind` as a positional JSON tuple (its properties, its holder's id when it has one,
 * then its relations) and the decoder back into the plain row the resolvers read.
 */
function tupleOf(kind: Kind, tree: SelectionTree, alias: string, depth: number): { sql: string; decode(t: unknown[]): Row } {
  const spec = SPECS[kind];
  // Nested rows need no id of their own unless a field or a loader reads it (then it is selected).
  const props = propsFor(kind, tree, kind === 'Holder' ? spec.always : []);
  const relations = relationsFor(kind, tree, alias, depth);
  const owned = spec.table.holderRef;
  const first = props.length + (owned ? 1 : 0);
  return {
    sql: jsonTuple(spec.table, alias, props, relations.map((r) => r.sql)),
    decode(t) {
      const row: Row = {};
      for (let i = 0; i < props.length; i++) row[props[i]!] = t[i];
      // The holder as a reference, as MikroORM gives it: visibility of arrays and systems is by holder.
      if (owned) row.holder = { id: t[props.length] };
      return attach(row, relations, (i) => t[first + i]);
    },
  };
}

export interface CompiledHolderSelection {
  /** Holder properties to select as columns. */
  props: string[];
  /** Selected relations, each a column of its own. */
  relations: CompiledRelation[];
}

/** The holder columns and relation subqueries for the selection of a holder. */
export function compileHolderSelection(tree: SelectionTree, alias: string): CompiledHolderSelection {
  return { props: propsFor('Holder', tree, SPECS.Holder.always), relations: relationsFor('Holder', tree, alias, 0) };
}

/**
 * A fetched holder row with its relation columns (`r0`, `r1`, …) decoded under PREFETCHED. The raw
 * columns stay on the row (no field reads them): deleting properties would turn every row into a
 * slow dictionary-mode object.
 */
export function decodeHolderRow<T extends object>(row: T, relations: readonly CompiledRelation[]): T {
  if (!relations.length) return row;
  const r = row as Row;
  return attach(r, relations, (i) => r[`r${i}`]) as T;
}
