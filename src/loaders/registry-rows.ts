// Reads for the Registry's list loaders (arrays and systems of holders, the links between them):
// plain rows in the entities' property shape, without ORM hydration, with every column from the
// tables' column maps. Pages of holders read only what they select (modules/holder/registry-page.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { ARRAY_TABLE, rowProps, selectList, SYSTEM_TABLE } from '../db/registry-columns.js';
import type { InformationSystem } from '../modules/holder/information-system.entity.js';
import type { PersonalDataArray } from '../modules/holder/personal-data-array.entity.js';

const ARRAY_COLUMNS = selectList(ARRAY_TABLE, 'a', rowProps(ARRAY_TABLE));
const SYSTEM_COLUMNS = selectList(SYSTEM_TABLE, 's', rowProps(SYSTEM_TABLE));

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
