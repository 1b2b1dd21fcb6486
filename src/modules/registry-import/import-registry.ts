// Imports a Registry export. Dry run: validate everything (rows, and against the database) and
// report every bad row, write nothing. Real run: the same checks, refuse the file if any row is bad;
// otherwise write all of it in ONE transaction (batched upserts, idempotent by TIN), with one audit
// entry describing the import. A failure names the line and field, never the SQL.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { DriverException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../domain/access/roles.js';
import { appendAudit } from '../audit/audit.service.js';
import { loadVocabulary } from '../taxonomy/vocabulary.js';
import { recomputeByTins } from '../compliance/holder-compliance.service.js';
import { todayInBishkek } from '../../clock.js';
import { analyzeRegistry, upsertArrays, upsertHolders, type BulkCounts } from './bulk-write.js';
import { readRegistryFile, type RowProblem } from './read-rows.js';
import { registryNumberConflicts, uniqueViolationProblem } from './registry-conflicts.js';
import { RowValidator, type ValidatedImport } from './validate-rows.js';

export const BATCH_SIZE = 1000;

export interface ImportReport {
  file: string;
  dryRun: boolean;
  rows: number;
  problems: RowProblem[];
  holders: BulkCounts;
  arrays: BulkCounts;
}

export class ImportRejected extends Error {
  constructor(readonly report: ImportReport) {
    super(`${report.problems.length} problem(s) in ${report.file}; nothing was imported`);
    this.name = 'ImportRejected';
  }
}

/** The database refused the write for a reason no row check foresaw; the transaction was rolled back. */
export class ImportFailed extends Error {
  constructor(file: string, cause: unknown) {
    const { code, message } = (cause ?? {}) as { code?: string; message?: string };
    // MikroORM prefixes the driver's message with the statement: keep only PostgreSQL's own words.
    super(`the database refused the import of ${file} (${code ?? 'error'}: ${String(message ?? cause).split(' - ').pop()}); nothing was imported`);
    this.name = 'ImportFailed';
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const add = (a: BulkCounts, b: BulkCounts): BulkCounts => ({ inserted: a.inserted + b.inserted, updated: a.updated + b.updated });

export async function importRegistry(
  em: EntityManager,
  viewer: Viewer,
  file: string,
  opts: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportReport> {
  const sha256 = await sha256Of(file); // of the bytes validated and imported
  const validator = new RowValidator(await loadVocabulary(em.fork()));
  const rowCount = await readRegistryFile(file, validator);
  const validated = validator.finish();
  const conflicts = await registryNumberConflicts(em.fork(), validated.holders, validated.holderLines);
  const report: ImportReport = {
    file: basename(file),
    dryRun: Boolean(opts.dryRun),
    rows: rowCount,
    problems: [...validated.problems, ...conflicts].sort((a, b) => a.line - b.line),
    holders: { inserted: 0, updated: 0 },
    arrays: { inserted: 0, updated: 0 },
  };
  if (report.problems.length) throw new ImportRejected(report);
  if (opts.dryRun) return report;

  const total = validated.holders.length + validated.rows.length;
  await writeAll(report, validated, () => em.fork().transactional(async (tx) => {
    for (let i = 0; i < validated.holders.length; i += BATCH_SIZE) {
      report.holders = add(report.holders, await upsertHolders(tx, validated.holders.slice(i, i + BATCH_SIZE)));
      opts.onProgress?.(Math.min(i + BATCH_SIZE, validated.holders.length), total);
    }
    for (let i = 0; i < validated.rows.length; i += BATCH_SIZE) {
      const batch = validated.rows.slice(i, i + BATCH_SIZE).map((r) => ({ ...r.array, tin: r.tin }));
      report.arrays = add(report.arrays, await upsertArrays(tx, batch));
      opts.onProgress?.(validated.holders.length + Math.min(i + BATCH_SIZE, validated.rows.length), total);
    }
    await recomputeByTins(tx, validated.holders.map((h) => h.tin), todayInBishkek());
    appendAudit(tx, viewer, {
      action: 'IMPORT_REGISTRY',
      entityType: 'RegistryImport',
      entityId: null,
      changes: {
        file: { before: null, after: report.file },
        sha256: { before: null, after: sha256 },
        rows: { before: null, after: report.rows },
        holders: { before: null, after: report.holders },
        arrays: { before: null, after: report.arrays },
      },
    });
  }));
  await analyzeRegistry(em.fork());
  return report;
}

/** Runs the write; a refusal by the database becomes ImportRejected (with line and field) or ImportFailed. */
async function writeAll(report: ImportReport, validated: ValidatedImport, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    if (!(e instanceof DriverException)) throw e;
    const problem = uniqueViolationProblem(e, validated.holders, validated.holderLines);
    if (problem) throw new ImportRejected({ ...report, problems: [problem] });
    throw new ImportFailed(report.file, e);
  }
}
