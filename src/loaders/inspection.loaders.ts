// Batch loaders of violations and inspections.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Violation } from '../modules/violation/violation.entity.js';
import type { LoadedCatalog } from '../modules/compliance/compliance.inputs.js';
import { loadRiskTable } from '../modules/reference/reference-rules.js';
import { risksFor, type HolderRisk } from '../modules/risk/risk.service.js';
import { loader, manyByKey, oneByKey } from './batch.js';

/** `catalog` is the request's compliance catalogue, shared so it is read once per request. */
export function createInspectionLoaders(em: EntityManager, catalog: () => Promise<LoadedCatalog>) {
  return {
    /** Risk by `asOf|holderId`: one computation per date for the whole batch. */
    riskByHolder: loader<string, (HolderRisk & { table: string; verified: boolean }) | null>(async (keys) => {
      const [cat, table] = await Promise.all([catalog(), loadRiskTable(em)]);
      const byDate = new Map<string, number[]>();
      for (const k of keys) {
        const [asOf, id] = k.split('|') as [string, string];
        byDate.set(asOf, [...(byDate.get(asOf) ?? []), Number(id)]);
      }
      const results = new Map<string, HolderRisk>();
      for (const [asOf, ids] of byDate) {
        for (const [id, r] of await risksFor(em, ids, asOf, { catalog: cat, table })) results.set(`${asOf}|${id}`, r);
      }
      return keys.map((k) => {
        const r = results.get(k);
        return r ? { ...r, table: table.code, verified: table.verified } : null;
      });
    }),
    violationById: loader<number, Violation | null>(async (ids) => oneByKey(ids, await em.find(Violation, { id: { $in: [...ids] } }), (v) => v.id)),
    violationsByHolder: loader<number, Violation[]>(async (ids) =>
      manyByKey(ids, await em.find(Violation, { holder: { $in: [...ids] } }, { orderBy: { detectedOn: 'desc', id: 'desc' } }), (v) => v.holder.id),
    ),
  };
}
