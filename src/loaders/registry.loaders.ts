// Batch loaders of the Registry: holders, their arrays and systems, and the links between them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Holder } from '../modules/holder/holder.entity.js';
import { InformationSystem } from '../modules/holder/information-system.entity.js';
import { PersonalDataArray } from '../modules/holder/personal-data-array.entity.js';
import { TaxonomyTerm } from '../modules/taxonomy/taxonomy-term.entity.js';
import { loader, manyByKey, oneByKey } from './batch.js';
import { arrayRowsByHolder, arrayRowsBySystem, systemRowsByArray, systemRowsByHolder } from './registry-rows.js';

export function createRegistryLoaders(em: EntityManager) {
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
    // Hot list paths: plain rows, no hydration (see registry-rows.ts).
    arraysByHolder: loader<number, PersonalDataArray[]>(async (ids) => manyByKey(ids, await arrayRowsByHolder(em, ids), (a) => a.holder.id)),
    systemsByHolder: loader<number, InformationSystem[]>(async (ids) => manyByKey(ids, await systemRowsByHolder(em, ids), (s) => s.holder.id)),
    systemsByArray: loader<number, InformationSystem[]>(async (ids) => manyByKey(ids, await systemRowsByArray(em, ids), (s) => s.arrayId)),
    arraysBySystem: loader<number, PersonalDataArray[]>(async (ids) => manyByKey(ids, await arrayRowsBySystem(em, ids), (a) => a.systemId)),
    /** Terms by `taxonomy:key`. */
    termByKey: loader<string, TaxonomyTerm | null>(async (keys) => {
      const pairs = keys.map((k) => k.split(':') as [string, string]);
      const terms = await em.find(TaxonomyTerm, { $or: pairs.map(([taxonomy, key]) => ({ taxonomy, key })) });
      return oneByKey(keys, terms, (t) => `${t.taxonomy}:${t.key}`);
    }),
  };
}
