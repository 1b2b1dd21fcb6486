// Keeps the stored per-holder compliance status current: recomputed (in the writer's transaction,
// under the holder's row lock) whenever a holder's inputs change, and for every holder by
// `npm run compliance:recompute`. Always under that lock, so the stored status equals the live one.
// The status is aggregateResults' (COMPLIANT only when every applicable obligation is assessed and
// compliant, PARTIALLY_ASSESSED otherwise), the same rule complianceStatus and the dashboards use.
import type { EntityManager } from '@mikro-orm/postgresql';
import { assessHolder } from '../../domain/compliance/assess-holder.js';
import { assertHolderLocked } from '../holder/holder.lookup.js';
import { loadCatalog, loadHolderInputs, type LoadedCatalog } from './compliance.inputs.js';
import { catalogOn } from './protection-level.service.js';
import { rowValidOn } from '../../domain/legal/versions.js';
import { loadRiskTable } from '../reference/reference-rules.js';
import { riskOf } from '../risk/risk.service.js';

export const RECOMPUTE_BATCH = 1000;

/** Recomputes and stores the status of `holderIds` as of `asOf`; returns how many were stored. */
export async function recomputeHolders(em: EntityManager, holderIds: number[], asOf: string, catalog?: LoadedCatalog): Promise<number> {
  if (!holderIds.length) return 0;
  const cat = await catalogOn(em, catalog ?? (await loadCatalog(em)), asOf); // the protection table of `asOf`
  const inputs = await loadHolderInputs(em, holderIds, asOf);
  // No points-table version valid on `asOf`: the risk is stored as unknown, never guessed.
  const riskVersion = rowValidOn((await loadRiskTable(em)).versions, asOf);
  const rows = [...inputs.entries()].map(([id, input]) => {
    const assessed = assessHolder(cat, input, asOf);
    const agg = assessed.holder;
    const levels: Record<string, number> = {};
    for (const level of assessed.protectionLevels.values()) {
      const key = level.result === null ? 'UNDETERMINED' : String(level.result);
      levels[key] = (levels[key] ?? 0) + 1;
    }
    const risk = riskVersion ? riskOf(riskVersion, cat, input, asOf) : null;
    return {
      holder_id: id, as_of: asOf, status: agg.status, score: agg.score, coverage: agg.coverage, counts: agg.counts,
      risk_degree: risk?.degree ?? null, risk_points: risk?.points ?? null,
      risk_table: risk ? { code: risk.tableVersion.code, version: risk.tableVersion.version, verified: risk.tableVersion.verified } : null,
      protection_levels: levels,
    };
  });
  await em.execute(
    `insert into holder_compliance (holder_id, as_of, status, score, coverage, counts, risk_degree, risk_points, risk_table, protection_levels, computed_at)
     select holder_id, as_of, status, score, coverage, counts, risk_degree, risk_points, risk_table, protection_levels, now()
     from jsonb_to_recordset(?::jsonb) as r(holder_id int, as_of date, status compliance_status, score float8, coverage float8, counts jsonb,
                                            risk_degree text, risk_points float8, risk_table jsonb, protection_levels jsonb)
     on conflict (holder_id) do update set as_of = excluded.as_of, status = excluded.status, score = excluded.score,
       coverage = excluded.coverage, counts = excluded.counts, risk_degree = excluded.risk_degree, risk_points = excluded.risk_points,
       risk_table = excluded.risk_table, protection_levels = excluded.protection_levels, computed_at = excluded.computed_at`,
    [JSON.stringify(rows)],
  );
  return rows.length;
}

/** Every holder, in batches by id (keyset, not OFFSET), each batch in its own transaction. */
export async function recomputeAll(em: EntityManager, asOf: string, onProgress?: (done: number, total: number) => void): Promise<number> {
  const fork = em.fork();
  const [{ total }] = (await fork.execute<{ total: string }[]>('select count(*) as total from holder')) as [{ total: string }];
  const catalog = await loadCatalog(fork);
  let done = 0;
  let lastId = 0;
  for (;;) {
    const ids = (await fork.execute<{ id: number }[]>('select id from holder where id > ? order by id limit ?', [lastId, RECOMPUTE_BATCH])).map((r) => r.id);
    if (!ids.length) break;
    await fork.transactional(async (tx) => {
      // The writers' lock (lockHolder), in id order: a write racing this batch lands before or after it.
      await tx.execute('select id from holder where id in (?) order by id for update', [ids]);
      await recomputeHolders(tx, ids, asOf, catalog);
    });
    done += ids.length;
    lastId = ids.at(-1)!;
    onProgress?.(done, Number(total));
  }
  return done;
}

/**
 * After a write on a holder's data in `tx`: flush it, then restore the holder's stored status for
 * today. The write locked the holder first (lockHolder), so writers on one holder recompute one
 * after the other and the last one sees them all.
 */
export async function afterHolderChange(tx: EntityManager, holderId: number, today: string): Promise<void> {
  assertHolderLocked(tx, holderId);
  await tx.flush();
  await recomputeHolders(tx, [holderId], today);
}

/** Recomputes the holders with these TINs (bulk imports and demo data), in batches. */
export async function recomputeByTins(tx: EntityManager, tins: string[], today: string, cached?: LoadedCatalog): Promise<void> {
  const catalog = cached ?? (await loadCatalog(tx));
  for (let i = 0; i < tins.length; i += RECOMPUTE_BATCH) {
    const ids = await tx.execute<{ id: number }[]>('select id from holder where tin in (?)', [tins.slice(i, i + RECOMPUTE_BATCH)]);
    await recomputeHolders(tx, ids.map((r) => r.id), today, catalog);
  }
}
