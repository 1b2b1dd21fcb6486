// Request-scoped compliance data: the catalogue once per request, and holder inputs batched.
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadCatalog, loadHolderInputs, type DatedHolderInputs } from '../modules/compliance/compliance.inputs.js';
import { loader, oneByKey } from './batch.js';
import type { StoredCompliance } from '../modules/compliance/stored-compliance.type.js';

export function createComplianceLoaders(em: EntityManager) {
  return {
    catalog: loader<'catalog', Awaited<ReturnType<typeof loadCatalog>>>(async (keys) => {
      const catalog = await loadCatalog(em);
      return keys.map(() => catalog);
    }),
    /** Inputs by `asOf|holderId`, as the Registry stood that day: one read per date for the whole batch. */
    holderInputsOn: loader<string, DatedHolderInputs | null>(async (keys) => {
      const byDate = new Map<string, number[]>();
      for (const k of keys) {
        const [asOf, id] = k.split('|') as [string, string];
        (byDate.get(asOf) ?? byDate.set(asOf, []).get(asOf)!).push(Number(id));
      }
      const results = new Map<string, DatedHolderInputs>();
      for (const [asOf, ids] of byDate) for (const [id, r] of await loadHolderInputs(em, ids, asOf)) results.set(`${asOf}|${id}`, r);
      return keys.map((k) => results.get(k) ?? null);
    }),
    storedCompliance: loader<number, StoredCompliance | null>(async (ids) => {
      const rows = await em.execute<(StoredCompliance & { holderId: number })[]>(
        `select holder_id as "holderId", status, score, coverage, as_of::text as "asOf", coalesce((counts->>'NOT_ASSESSED')::int, 0) as "notAssessed"
         from holder_compliance where holder_id in (?)`,
        [[...ids]],
      );
      return oneByKey(ids, rows, (r) => r.holderId);
    }),
  };
}
