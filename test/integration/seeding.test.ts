// Seeding is idempotent (a second run rewrites no row: PostgreSQL's xmin stays the same) and
// all-or-nothing (one bad file stops the run naming file and path, and nothing is written).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/paths.js';
import { seedReferenceData } from '../../src/seeding/seed.js';
import { SeedError } from '../../src/seeding/seed-error.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
let dir: string;
beforeAll(async () => {
  hub = await startTestHub();
  dir = mkdtempSync(join(tmpdir(), 'hub-seeds-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await hub.close();
});

/** Every row of the legal-act tables with its xmin (the transaction that last wrote it). */
async function snapshot(): Promise<string[]> {
  const rows = await hub.orm.em.fork().execute<{ r: string }[]>(`
    select 'act:' || code || ':' || xmin::text as r from legal_act
    union all select 'version:' || id || ':' || xmin::text from legal_act_version
    union all select 'provision:' || code || ':' || xmin::text from provision
    union all select 'relation:' || id || ':' || xmin::text from legal_relation
    union all select 'text:' || id || ':' || xmin::text from provision_text
    union all select 'rule_table:' || code || ':' || xmin::text from rule_table
    union all select 'rule_table_version:' || id || ':' || xmin::text from rule_table_version
    order by 1`);
  return rows.map((row) => row.r);
}

function copySeeds(): string {
  const target = join(dir, `seeds-${Math.random().toString(36).slice(2)}`);
  cpSync(SEEDS_DIR, target, { recursive: true });
  return target;
}

describe(seedReferenceData.name, () => {
  it('changes nothing when run again on the same files', async () => {
    const before = await snapshot();
    const report = await seedReferenceData(hub.orm.em);
    expect(report.legalActs.changedActs).toBe(0);
    expect(report.legalActs.acts).toBeGreaterThanOrEqual(20);
    expect(report.ruleTables).toMatchObject({ ruleTables: 2, added: 0, changed: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('rewrites only the act whose file changed', async () => {
    const seeds = copySeeds();
    const file = join(seeds, 'legal-acts', 'kg-government-resolution-2017-760.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('adoptedOn: 2017-11-21', 'adoptedOn: 2017-11-22'));
    const before = await snapshot();
    const report = await seedReferenceData(hub.orm.em, seeds);
    expect(report.legalActs.changedActs).toBe(1);
    const after = await snapshot();
    const changed = after.filter((r) => !before.includes(r));
    expect(changed.some((r) => r.startsWith('act:kg/government-resolution/2017/760:'))).toBe(true);
    expect(changed.every((r) => !r.startsWith('act:') || r.startsWith('act:kg/government-resolution/2017/760:'))).toBe(true);
  });

  it('rejects a bad file naming file and path, and writes nothing, not even the valid changes', async () => {
    const seeds = copySeeds();
    const good = join(seeds, 'legal-acts', 'kg-law-2008-58.yaml');
    writeFileSync(good, readFileSync(good, 'utf8').replace('adoptedOn: 2008-04-14', 'adoptedOn: 2008-04-15'));
    const bad = join(seeds, 'legal-acts', 'kg-law-2007-72.yaml');
    writeFileSync(bad, readFileSync(bad, 'utf8').replace(/status: IN_FORCE/, 'status: ALIVE'));
    const before = await snapshot();
    const error = await seedReferenceData(hub.orm.em, seeds).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).file).toMatch(/legal-acts\/kg-law-2007-72\.yaml$/);
    expect((error as SeedError).path).toMatch(/^versions\[\d+\]\.status$/);
    expect(await snapshot()).toEqual(before);
  });

  it('rejects a relation to an act that no file defines', async () => {
    const seeds = copySeeds();
    const file = join(seeds, 'legal-acts', 'kg-government-resolution-2017-760.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kg/law/2008/58#art_21', 'kg/law/2008/58#art_999'));
    const error = (await seedReferenceData(hub.orm.em, seeds).catch((e: unknown) => e)) as SeedError;
    expect(error.path).toMatch(/^relations\[\d+\]\.target$/);
    expect(error.reason).toContain('art_999');
  });
});
