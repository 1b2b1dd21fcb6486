// Compiles the selection of a page of holders into one SQL statement, as PostGraphile does: the
// columns each selected field needs, and every selected Registry relation below (arrays, systems,
// the array–system links, an array's or system's holder) as a JSON subquery, to any depth. The
// field resolvers read what was prefetched (`prefetchedOf`) and fall back to their DataLoaders for
// everything else (compliance, violations, risk…), whose own columns then come along in full.
import { ARRAY_TABLE, HOLDER_TABLE, jsonObject, rowProps, SYSTEM_TABLE, type TableMap } from '../../db/registry-columns.js';
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
  /** Properties read by every row of this type: its id, and what field visibility decides on. */
  always: readonly string[];
  /** Fields computed from other properties (the resolvers in this module say which). */
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

/** A relation prefetched with the row, or undefined when it was not (then the loader answers). */
export function prefetchedOf<T>(row: object, field: string): T | undefined {
  return (row as Prefetched)[PREFETCHED]?.[field] as T | undefined;
}

/** Properties of `kind` that the selected fields read; every column when a field is not known here. */
function propsFor(kind: Kind, tree: SelectionTree): string[] {
  const spec = SPECS[kind];
  const props = new Set(spec.always);
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

/** [field, subquery] of every selected relation of `kind` under `alias`. */
function relationsFor(kind: Kind, tree: SelectionTree, alias: string, depth: number): [string, string][] {
  const out: [string, string][] = [];
  for (const [field, sub] of Object.entries(tree)) {
    const rel = SPECS[kind].relations[field];
    if (!rel) continue;
    const child = `r${depth}_${out.length}`;
    const object = objectOf(rel.target, sub, child, depth + 1);
    out.push([field, rel.one
      ? `(select ${object} from ${rel.from(alias, child)})`
      : `(select coalesce(json_agg(${object} order by ${child}.id), '[]'::json) from ${rel.from(alias, child)})`]);
  }
  return out;
}

/** One row of `kind` as a JSON object: its selected properties and prefetched relations. */
function objectOf(kind: Kind, tree: SelectionTree, alias: string, depth: number): string {
  const relations = relationsFor(kind, tree, alias, depth);
  const extra: [string, string][] = relations.length ? [[PREFETCHED, `json_build_object(${relations.map(([f, sql]) => `'${f}', ${sql}`).join(', ')})`]] : [];
  return jsonObject(SPECS[kind].table, alias, propsFor(kind, tree), extra);
}

export interface CompiledHolderSelection {
  /** Holder properties to select as columns. */
  props: string[];
  /** `json_build_object(…)` of the prefetched relations, or null when none is selected. */
  prefetched: string | null;
}

/** The holder columns and JSON relations for the selection of a holder. */
export function compileHolderSelection(tree: SelectionTree, alias: string): CompiledHolderSelection {
  const relations = relationsFor('Holder', tree, alias, 0);
  return {
    props: propsFor('Holder', tree),
    prefetched: relations.length ? `json_build_object(${relations.map(([f, sql]) => `'${f}', ${sql}`).join(', ')})` : null,
  };
}
