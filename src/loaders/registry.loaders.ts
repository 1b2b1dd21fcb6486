// Batch loaders of the Registry: holders, their arrays and systems, and the links between them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Holder } from '../modules/holder/holder.entity.js';
import { InformationSystem } from '../modules/holder/information-system.entity.js';
import { PersonalDataArray } from '../modules/holder/personal-data-array.entity.js';
import { TaxonomyTerm } from '../modules/taxonomy/taxonomy-term.entity.js';
import { loader, manyByKey, oneByKey } from './batch.js';

interface Link {
  information_system_id: number;
  personal_data_array_id: number;
}

export function createRegistryLoaders(em: EntityManager) {
  const links = (column: keyof Link, ids: readonly number[]) =>
    em.execute<Link[]>(`select information_system_id, personal_data_array_id from information_system_array where ${column} in (?)`, [[...ids]]);

  const arrayById = loader<number, PersonalDataArray | null>(async (ids) =>
    oneByKey(ids, await em.find(PersonalDataArray, { id: { $in: [...ids] } }), (a) => a.id),
  );
  const systemById = loader<number, InformationSystem | null>(async (ids) =>
    oneByKey(ids, await em.find(InformationSystem, { id: { $in: [...ids] } }), (s) => s.id),
  );

  return {
    holderById: loader<number, Holder | null>(async (ids) => oneByKey(ids, await em.find(Holder, { id: { $in: [...ids] } }), (h) => h.id)),
    holderByTin: loader<string, Holder | null>(async (tins) => oneByKey(tins, await em.find(Holder, { tin: { $in: [...tins] } }), (h) => h.tin)),
    holderByRegistryNumber: loader<string, Holder | null>(async (numbers) =>
      oneByKey(numbers, await em.find(Holder, { registryNumber: { $in: [...numbers] } }), (h) => h.registryNumber!),
    ),
    arrayById,
    systemById,
    arraysByHolder: loader<number, PersonalDataArray[]>(async (ids) =>
      manyByKey(ids, await em.find(PersonalDataArray, { holder: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (a) => a.holder.id),
    ),
    systemsByHolder: loader<number, InformationSystem[]>(async (ids) =>
      manyByKey(ids, await em.find(InformationSystem, { holder: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (s) => s.holder.id),
    ),
    /** Systems processing each array: one pivot query, then the systems through `systemById`. */
    systemsByArray: loader<number, InformationSystem[]>(async (ids) => {
      const rows = await links('personal_data_array_id', ids);
      const systems = await systemById.loadMany([...new Set(rows.map((r) => r.information_system_id))]);
      const byId = new Map(systems.filter((s): s is InformationSystem => s instanceof InformationSystem).map((s) => [s.id, s]));
      return manyByKey(ids, rows, (r) => r.personal_data_array_id).map((rs) => rs.map((r) => byId.get(r.information_system_id)!).filter(Boolean));
    }),
    arraysBySystem: loader<number, PersonalDataArray[]>(async (ids) => {
      const rows = await links('information_system_id', ids);
      const arrays = await arrayById.loadMany([...new Set(rows.map((r) => r.personal_data_array_id))]);
      const byId = new Map(arrays.filter((a): a is PersonalDataArray => a instanceof PersonalDataArray).map((a) => [a.id, a]));
      return manyByKey(ids, rows, (r) => r.information_system_id).map((rs) => rs.map((r) => byId.get(r.personal_data_array_id)!).filter(Boolean));
    }),
    /** Terms by `taxonomy:key`. */
    termByKey: loader<string, TaxonomyTerm | null>(async (keys) => {
      const pairs = keys.map((k) => k.split(':') as [string, string]);
      const terms = await em.find(TaxonomyTerm, { $or: pairs.map(([taxonomy, key]) => ({ taxonomy, key })) });
      return oneByKey(keys, terms, (t) => `${t.taxonomy}:${t.key}`);
    }),
  };
}
