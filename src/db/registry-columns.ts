// One column map per Registry table: property name (the entity's, which is also the GraphQL field
// and the key of a plain row) → column and SQL type. Every hand-written read and write of the
// Registry's fast paths derives its select lists, JSON tuples and recordset types from here
// (test/integration/registry-page.test.ts checks each map against the MikroORM metadata).

export interface ColumnSpec {
  column: string;
  /** SQL type as in the schema (`text[]`, a native enum name, …). */
  type: string;
}

export interface TableMap<P extends string = string> {
  table: string;
  /** Writable columns by property (not id, version or timestamps). */
  columns: Readonly<Record<P, ColumnSpec>>;
  /** The holder reference (`holder_id`), read as `{ id }` like a MikroORM reference. */
  holderRef: boolean;
}

const map = <P extends string>(table: string, holderRef: boolean, columns: Record<P, [column: string, type: string]>): TableMap<P> => ({
  table,
  holderRef,
  columns: Object.fromEntries(Object.entries<[string, string]>(columns).map(([p, [column, type]]) => [p, { column, type }])) as Record<P, ColumnSpec>,
});

export const HOLDER_TABLE = map('holder', false, {
  tin: ['tin', 'varchar(14)'], kind: ['kind', 'holder_kind'], nameKy: ['name_ky', 'text'], nameRu: ['name_ru', 'text'], nameEn: ['name_en', 'text'],
  registryNumber: ['registry_number', 'varchar(255)'], registrationStatus: ['registration_status', 'registration_status'],
  applicationSubmittedOn: ['application_submitted_on', 'date'], registeredOn: ['registered_on', 'date'],
  listsApprovedOn: ['lists_approved_on', 'date'], deregisteredOn: ['deregistered_on', 'date'], legalAddress: ['legal_address', 'text'],
  regionCode: ['region_code', 'varchar(8)'], sectorKey: ['sector_key', 'varchar(255)'], ownershipForm: ['ownership_form', 'ownership_form'],
  subordination: ['subordination', 'text'], headName: ['head_name', 'text'], headPosition: ['head_position', 'text'],
  phone: ['phone', 'varchar(255)'], email: ['email', 'varchar(255)'], responsiblePersonName: ['responsible_person_name', 'text'],
  responsiblePersonPhone: ['responsible_person_phone', 'varchar(255)'], responsiblePersonEmail: ['responsible_person_email', 'varchar(255)'],
  staffCount: ['staff_count', 'int'],
});

export const ARRAY_TABLE = map('personal_data_array', true, {
  name: ['name', 'text'], purposes: ['purposes', 'text[]'], collectionMethods: ['collection_methods', 'text'],
  useMethods: ['use_methods', 'text'], storageModes: ['storage_modes', 'text'], storageTerm: ['storage_term', 'text'],
  dataCategories: ['data_categories', 'text[]'], subjectCategories: ['subject_categories', 'text[]'],
  subjectCount: ['subject_count', 'int'], sources: ['sources', 'text'], informingProcedure: ['informing_procedure', 'text'],
  securityMeasures: ['security_measures', 'text'], recipients: ['recipients', 'text[]'],
  crossBorderCountries: ['cross_border_countries', 'text[]'], media: ['media', 'text[]'],
});

export const SYSTEM_TABLE = map('information_system', true, {
  name: ['name', 'text'], isStateSystem: ['is_state_system', 'boolean'], hostingCountry: ['hosting_country', 'varchar(2)'],
  internetExposed: ['internet_exposed', 'boolean'], dataCategories: ['data_categories', 'text[]'],
  subjectCount: ['subject_count', 'int'], employeesOnly: ['employees_only', 'boolean'], threatType: ['threat_type', 'threat_type'],
});

export type HolderProp = keyof typeof HOLDER_TABLE.columns;
export type ArrayProp = keyof typeof ARRAY_TABLE.columns;
export type SystemProp = keyof typeof SYSTEM_TABLE.columns;

/** Every property a plain row of the table can carry: the writable columns plus id and version. */
export const rowProps = (t: TableMap) => ['id', 'version', ...Object.keys(t.columns)];

const isList = (spec: ColumnSpec) => spec.type.endsWith('[]');
const quote = (name: string) => `"${name}"`;

/** `alias.column` as a value for a row or a JSON object; lists as JSON (the driver would parse a PostgreSQL array literal character by character). */
function valueOf(t: TableMap, alias: string, prop: string): string {
  if (prop === 'id' || prop === 'version') return `${alias}.${prop}`;
  const spec = t.columns[prop];
  if (!spec) throw new Error(`${t.table} has no column for ${prop}`);
  return isList(spec) ? `to_json(${alias}.${spec.column})` : `${alias}.${spec.column}`;
}

/** Each property under its own name (`a.subject_count as "subjectCount"`): also for the history tables, whose data columns are the same. */
export function columnsAs(t: TableMap, alias: string, props: Iterable<string>): string {
  return [...new Set(props)].map((p) => `${valueOf(t, alias, p)} as ${quote(p)}`).join(', ');
}

/** A select list giving each property under its own name, plus `holder_id` for owned tables. */
export function selectList(t: TableMap, alias: string, props: Iterable<string>): string {
  return `${columnsAs(t, alias, props)}${t.holderRef ? `, ${alias}.holder_id` : ''}`;
}

/**
 * `json_build_array(…)` of the properties in order, then `holder_id` for owned tables, then `extra`
 * SQL values: a positional tuple, which PostgreSQL builds and the driver parses at about half the
 * cost of a keyed object (measured on pages of holders with arrays and systems).
 */
export function jsonTuple(t: TableMap, alias: string, props: readonly string[], extra: readonly string[] = []): string {
  const parts = props.map((p) => valueOf(t, alias, p));
  if (t.holderRef) parts.push(`${alias}.holder_id`);
  // json_build_array takes at most 100 arguments; the widest table here has 26 columns.
  return `json_build_array(${[...parts, ...extra].join(', ')})`;
}
