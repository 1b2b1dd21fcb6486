// Bulk import of a Registry export: a dry run reports every bad row and writes nothing; a real run
// is all-or-nothing and idempotent by TIN.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoJsonl } from '../../src/demo/load-demo.js';
import { OPERATOR } from '../../src/modules/auth/api-key.service.js';
import { ImportRejected, importRegistry } from '../../src/modules/registry-import/import-registry.js';
import { uniqueViolationProblem } from '../../src/modules/registry-import/registry-conflicts.js';
import { REPO_ROOT } from '../../src/paths.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
let dir: string;
const MIXED = join(REPO_ROOT, 'test/fixtures/registry-import/mixed.csv');

beforeAll(async () => {
  hub = await startTestHub();
  dir = mkdtempSync(join(tmpdir(), 'hub-import-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await hub.close();
});

const tableCounts = async () =>
  (
    await hub.orm.em.fork().execute<{ h: string; a: string; l: string }[]>(
      'select (select count(*) from holder) h, (select count(*) from personal_data_array) a, (select count(*) from audit_log_entry) l',
    )
  )[0];

describe(importRegistry.name, () => {
  it('reports every bad row of a file with line, field and reason in a dry run, writing nothing', async () => {
    const before = await tableCounts();
    const error = (await importRegistry(hub.orm.em, OPERATOR, MIXED, { dryRun: true }).catch((e: unknown) => e)) as ImportRejected;
    expect(error).toBeInstanceOf(ImportRejected);
    const problems = error.report.problems.map((p) => `${p.line} ${p.field}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        '4 holder.tin',
        '5 holder.regionCode',
        '5 array.dataCategories[0]',
        '6 holder',
        '7 array.purposes',
        '7 array.subjectCount',
        '7 array.media[0]',
      ]),
    );
    expect(new Set(error.report.problems.map((p) => p.line))).toEqual(new Set([4, 5, 6, 7]));
    expect(error.report.problems.find((p) => p.line === 6)!.reason).toContain('differ from line 2');
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses a real run of the same file as a whole: nothing is written', async () => {
    const before = await tableCounts();
    await expect(importRegistry(hub.orm.em, OPERATOR, MIXED)).rejects.toBeInstanceOf(ImportRejected);
    expect(await tableCounts()).toEqual(before);
  });

  it('reads CSV lists and numbers: the valid rows of the fixture import as one holder with two arrays', async () => {
    const file = join(dir, 'valid.csv');
    writeFileSync(file, readFileSync(MIXED, 'utf8').split('\n').slice(0, 3).join('\n'));
    const report = await importRegistry(hub.orm.em, OPERATOR, file);
    expect(report.holders).toEqual({ inserted: 1, updated: 0 });
    const rows = await hub.orm.em.fork().execute<{ name: string; purposes: string[]; cross_border_countries: string[]; subject_count: number }[]>(
      `select a.name, a.purposes, a.cross_border_countries, a.subject_count from personal_data_array a join holder h on h.id = a.holder_id
       where h.tin = '01234567890001' order by a.name`,
    );
    expect(rows).toEqual([
      { name: 'Кадры', purposes: ['Кадровый учёт'], cross_border_countries: [], subject_count: 25 },
      { name: 'Клиенты', purposes: ['Программа лояльности', 'Доставка'], cross_border_countries: ['KZ'], subject_count: 5000 },
    ]);
  });

  it('imports a valid export once, and a second run of the same file changes nothing', async () => {
    const file = join(dir, 'demo.jsonl');
    const lines = await writeDemoJsonl(file, { holders: 40, seed: 7 });
    const before = await tableCounts();
    const dry = await importRegistry(hub.orm.em, OPERATOR, file, { dryRun: true });
    expect(dry.problems).toEqual([]);
    expect(await tableCounts()).toEqual(before);

    const first = await importRegistry(hub.orm.em, OPERATOR, file);
    expect(first.holders).toEqual({ inserted: 40, updated: 0 });
    expect(first.arrays).toEqual({ inserted: lines, updated: 0 });
    const afterFirst = await tableCounts();
    expect(Number(afterFirst!.h) - Number(before!.h)).toBe(40);
    expect(Number(afterFirst!.a) - Number(before!.a)).toBe(lines);

    const second = await importRegistry(hub.orm.em, OPERATOR, file);
    expect(second.holders).toEqual({ inserted: 0, updated: 0 });
    expect(second.arrays).toEqual({ inserted: 0, updated: 0 });
    const afterSecond = await tableCounts();
    expect({ h: afterSecond!.h, a: afterSecond!.a }).toEqual({ h: afterFirst!.h, a: afterFirst!.a });
    expect(Number(afterSecond!.l)).toBe(Number(afterFirst!.l) + 1); // each run is audited
  });
});

describe('what the database would refuse', () => {
  const row = (tin: string, registryNumber: string, name = 'Кадры') => ({
    holder: { tin, kind: 'COMMERCIAL_ORGANISATION', nameRu: 'ОсОО «Номер»', regionCode: 'KG-GB', sectorKey: 'retail', registrationStatus: 'REGISTERED', registryNumber, applicationSubmittedOn: '2024-01-10', registeredOn: '2024-02-01' },
    array: { name, purposes: ['Кадровый учёт'], dataCategories: ['ordinary.identity.full_name'], subjectCategories: ['employee'], media: ['ELECTRONIC_DATABASE'] },
  });
  const jsonl = (name: string, rows: unknown[]) => {
    const file = join(dir, name);
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
    return file;
  };
  const problemsOf = async (file: string, dryRun: boolean) =>
    ((await importRegistry(hub.orm.em, OPERATOR, file, { dryRun }).catch((e: unknown) => e)) as ImportRejected).report.problems.map((p) => `${p.line} ${p.field}`);

  it('registry numbers taken in the database or twice in the file, and NUL characters: same lines in the dry and the real run', async () => {
    await importRegistry(hub.orm.em, OPERATOR, jsonl('taken.jsonl', [row('01234567891001', 'RPD-DB-1')]));
    const before = await tableCounts();
    const file = jsonl('clash.jsonl', [
      row('01234567891002', 'RPD-DB-1'),
      row('01234567891003', 'RPD-F-3'),
      row('01234567891004', 'RPD-F-3'),
      row('01234567891005', 'RPD-F-5', 'Кад\u0000ры'),
      row('01234567891001', 'RPD-DB-1', 'Клиенты'), // its own number, but given to line 1 too
    ]);
    const expected = ['1 holder.registryNumber', '3 holder.registryNumber', '4 array.name', '5 holder.registryNumber'];
    expect(await problemsOf(file, true)).toEqual(expected);
    expect(await problemsOf(file, false)).toEqual(expected);
    expect(await tableCounts()).toEqual(before);
  });

  it('a unique violation the database raises anyway is named by line and field', async () => {
    await importRegistry(hub.orm.em, OPERATOR, jsonl('other.jsonl', [row('01234567891006', 'RPD-DB-6')]));
    const error = await hub.orm.em
      .fork()
      .execute(`update holder set registry_number = 'RPD-DB-1' where tin = '01234567891006'`)
      .catch((e: unknown) => e);
    const holders = [{ tin: '01234567891006', registryNumber: 'RPD-DB-1' }] as Parameters<typeof uniqueViolationProblem>[1];
    expect(uniqueViolationProblem(error, holders, new Map([['01234567891006', 7]]))).toEqual({
      line: 7,
      field: 'holder.registryNumber',
      reason: 'registry number RPD-DB-1 was taken by another holder meanwhile',
    });
  });
});
