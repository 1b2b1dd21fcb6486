// Request-scoped compliance data: the catalogue once per request, and holder inputs batched.
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadCatalog, loadHolderInputs } from '../modules/compliance/compliance.inputs.js';
import { loader, oneByKey } from './batch.js';
import type { StoredCompliance } from '../modules/compliance/holder-compliance.queries.js';

export function createComplianceLoaders(em: EntityManager) {
  return {
    catalog: loader<'catalog', Awaited<ReturnType<typeof loadCatalog>>>(async (keys) => {
      const catalog = await loadCatalog(em);
      return keys.map(() => catalog);
    }),
    holderInputs: loader<number, NonNullable<Awaited<ReturnType<typeof loadHolderInputs>> extends Map<number, infer V> ? V : never> | null>(async (ids) => {
      const inputs = await loadHolderInputs(em, [...ids]);
      return ids.map((id) => inputs.get(id) ?? null);
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
