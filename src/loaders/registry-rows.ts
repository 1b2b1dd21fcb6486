// Lean reads for the hot list paths (holders → arrays → systems): plain rows in the entities'
// property shape, without ORM hydration. List columns come back as JSON (parsed natively) instead
// of PostgreSQL array literals, which the driver would parse character by character.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InformationSystem } from '../modules/holder/information-system.entity.js';
import type { PersonalDataArray } from '../modules/holder/personal-data-array.entity.js';

const ARRAY_COLUMNS = `a.id, a.holder_id, a.name, to_json(a.purposes) as purposes, a.collection_methods as "collectionMethods",
  a.use_methods as "useMethods", a.storage_modes as "storageModes", a.storage_term as "storageTerm",
  to_json(a.data_categories) as "dataCategories", to_json(a.subject_categories) as "subjectCategories", a.subject_count as "subjectCount",
  a.sources, a.informing_procedure as "informingProcedure", a.security_measures as "securityMeasures", to_json(a.recipients) as recipients,
  to_json(a.cross_border_countries) as "crossBorderCountries", to_json(a.media) as media, a.version`;

const SYSTEM_COLUMNS = `s.id, s.holder_id, s.name, s.is_state_system as "isStateSystem", s.hosting_country as "hostingCountry",
  s.internet_exposed as "internetExposed", to_json(s.data_categories) as "dataCategories", s.subject_count as "subjectCount",
  s.employees_only as "employeesOnly", s.threat_type as "threatType", s.version`;

type Row<T> = T & { holder_id: number };
const withHolder = <T extends object>(r: Row<T>): T => ({ ...r, holder: { id: r.holder_id } });
// Sorted here, not with ORDER BY id: that would tempt the planner into a primary-key scan of the
// whole table instead of the foreign-key index (measured: 60 ms instead of 2 ms on 250k arrays).
const byId = <T extends { id: number }>(rows: T[]) => rows.sort((a, b) => a.id - b.id);

export async function arrayRowsByHolder(em: EntityManager, holderIds: readonly number[]): Promise<PersonalDataArray[]> {
  const rows = await em.execute<Row<PersonalDataArray>[]>(`select ${ARRAY_COLUMNS} from personal_data_array a where a.holder_id in (?)`, [[...holderIds]]);
  return byId(rows.map(withHolder));
}

export async function systemRowsByHolder(em: EntityManager, holderIds: readonly number[]): Promise<InformationSystem[]> {
  const rows = await em.execute<Row<InformationSystem>[]>(`select ${SYSTEM_COLUMNS} from information_system s where s.holder_id in (?)`, [[...holderIds]]);
  return byId(rows.map(withHolder));
}

/** Systems with the array they are linked to, in one statement over the pivot table. */
export async function systemRowsByArray(em: EntityManager, arrayIds: readonly number[]): Promise<(InformationSystem & { arrayId: number })[]> {
  const rows = await em.execute<Row<InformationSystem & { arrayId: number }>[]>(
    `select ${SYSTEM_COLUMNS}, l.personal_data_array_id as "arrayId" from information_system_array l
     join information_system s on s.id = l.information_system_id where l.personal_data_array_id in (?)`,
    [[...arrayIds]],
  );
  return byId(rows.map(withHolder));
}

/** Arrays with the system they are linked to, in one statement over the pivot table. */
export async function arrayRowsBySystem(em: EntityManager, systemIds: readonly number[]): Promise<(PersonalDataArray & { systemId: number })[]> {
  const rows = await em.execute<Row<PersonalDataArray & { systemId: number }>[]>(
    `select ${ARRAY_COLUMNS}, l.information_system_id as "systemId" from information_system_array l
     join personal_data_array a on a.id = l.personal_data_array_id where l.information_system_id in (?)`,
    [[...systemIds]],
  );
  return byId(rows.map(withHolder));
}

/** Columns that a list view usually needs; the fields they serve are LEAN_*_FIELDS. */
const LEAN_ARRAY_COLUMNS = `a.id, a.holder_id, a.name, to_json(a.purposes) as purposes, to_json(a.cross_border_countries) as "crossBorderCountries", a.version`;
const LEAN_SYSTEM_COLUMNS = `s.id, s.holder_id, s.name, s.version`;
export const LEAN_ARRAY_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'name', 'purposes', 'version', 'holder', 'plansCrossBorderTransfer', 'informationSystems']);
export const LEAN_SYSTEM_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'name', 'version', 'holder', 'personalDataArrays']);

export async function leanArrayRowsByHolder(em: EntityManager, holderIds: readonly number[]): Promise<PersonalDataArray[]> {
  const rows = await em.execute<Row<PersonalDataArray>[]>(`select ${LEAN_ARRAY_COLUMNS} from personal_data_array a where a.holder_id in (?)`, [[...holderIds]]);
  return byId(rows.map(withHolder));
}

export async function leanSystemRowsByArray(em: EntityManager, arrayIds: readonly number[]): Promise<(InformationSystem & { arrayId: number })[]> {
  const rows = await em.execute<Row<InformationSystem & { arrayId: number }>[]>(
    `select ${LEAN_SYSTEM_COLUMNS}, l.personal_data_array_id as "arrayId" from information_system_array l
     join information_system s on s.id = l.information_system_id where l.personal_data_array_id in (?)`,
    [[...arrayIds]],
  );
  return byId(rows.map(withHolder));
}
