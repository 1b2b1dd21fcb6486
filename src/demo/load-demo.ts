// Loads the deterministic demo Registry (holders, arrays, systems) through the same batched upserts
// as the import, in one transaction, or writes it as a JSON Lines import file for benchmarks.
import { createWriteStream } from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../domain/access/roles.js';
import { appendAudit } from '../modules/audit/audit.service.js';
import type { HolderFields } from '../modules/holder/holder.schemas.js';
import { analyzeRegistry, upsertArrays, upsertHolders, upsertSystems, type BulkArray, type BulkSystem } from '../modules/registry-import/bulk-write.js';
import { BATCH_SIZE } from '../modules/registry-import/import-registry.js';
import { loadCatalog } from '../modules/compliance/compliance.inputs.js';
import { recomputeByTins } from '../modules/compliance/holder-compliance.service.js';
import { todayInBishkek } from '../clock.js';
import { generateRegistry, type DemoHolder } from './generate-registry.js';

export interface DemoLoadReport {
  holders: number;
  arrays: number;
  systems: number;
}

function* batches(opts: { holders: number; seed?: number }): Generator<DemoHolder[]> {
  let batch: DemoHolder[] = [];
  for (const h of generateRegistry(opts)) {
    batch.push(h);
    if (batch.length === BATCH_SIZE) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export async function loadDemoRegistry(
  em: EntityManager,
  viewer: Viewer,
  opts: { holders: number; seed?: number; onProgress?: (done: number, total: number) => void },
): Promise<DemoLoadReport> {
  const report: DemoLoadReport = { holders: 0, arrays: 0, systems: 0 };
  await em.fork().transactional(async (tx) => {
    const catalog = await loadCatalog(tx); // once, not per batch
    for (const batch of batches(opts)) {
      await upsertHolders(tx, batch.map((d) => ({ deregisteredOn: null, ...d.holder }) as HolderFields));
      const arrays: BulkArray[] = batch.flatMap((d) => d.arrays.map((a) => ({ ...a, tin: d.holder.tin })));
      const systems: BulkSystem[] = batch.flatMap((d) => d.systems.map((s) => ({ ...s, tin: d.holder.tin })));
      await upsertArrays(tx, arrays);
      await upsertSystems(tx, systems);
      await recomputeByTins(tx, batch.map((d) => d.holder.tin), todayInBishkek(), catalog);
      report.holders += batch.length;
      report.arrays += arrays.length;
      report.systems += systems.length;
      opts.onProgress?.(report.holders, opts.holders);
    }
    appendAudit(tx, viewer, {
      action: 'LOAD_DEMO_DATA',
      entityType: 'RegistryImport',
      entityId: null,
      changes: { demo: { before: null, after: { ...report, seed: opts.seed ?? null } } },
    });
  });
  await analyzeRegistry(em.fork());
  return report;
}

/** Writes the demo Registry as an import file: one `{ holder, array }` line per array. */
export async function writeDemoJsonl(file: string, opts: { holders: number; seed?: number }): Promise<number> {
  const out = createWriteStream(file);
  let lines = 0;
  for (const d of generateRegistry(opts)) {
    for (const array of d.arrays) {
      if (!out.write(`${JSON.stringify({ holder: d.holder, array })}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      lines++;
    }
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return lines;
}
