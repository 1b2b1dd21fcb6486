// The operator commands as an operator runs them: real processes on the embedded database (the
// path whose exit hook used to turn every failure into status 0). Each failure exits non-zero with
// a message naming what is wrong; a dry run finds the registry-number collisions the import would hit.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';
import { freePort } from '../support/free-port.js';

let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hub-commands-'));
  chmodSync(dir, 0o755); // as root, the embedded server runs as `postgres`, which must traverse it
  env = { DATABASE_URL: '', EMBEDDED_PG_DIR: join(dir, 'pg'), EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'warn' };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function command(script: string, ...args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', `scripts/${script}.ts`, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const row = (tin: string, registryNumber: string, arrayName = 'Кадры') => ({
  holder: {
    tin,
    kind: 'COMMERCIAL_ORGANISATION',
    nameRu: `ОсОО «${tin}»`,
    regionCode: 'KG-GB',
    sectorKey: 'retail',
    registrationStatus: 'REGISTERED',
    registryNumber,
    applicationSubmittedOn: '2024-01-10',
    registeredOn: '2024-02-01',
  },
  array: { name: arrayName, purposes: ['Кадровый учёт'], dataCategories: ['ordinary.identity.full_name'], subjectCategories: ['employee'], media: ['ELECTRONIC_DATABASE'] },
});

function jsonl(name: string, rows: unknown[]): string {
  const file = join(dir, name);
  writeFileSync(file, rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n'));
  return file;
}

const problemLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('line '));

describe('operator commands on the embedded database', () => {
  it('keys revoke of an unknown key: exit 1, one line, and the server it started is stopped', async () => {
    const { code, stderr } = await command('keys', 'revoke', '999999');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('no active key #999999');
    expect(existsSync(join(dir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('a wrong invocation or a missing file: exit 2 with one line', async () => {
    const usage = await command('keys', 'create', '--role', 'BOSS', '--name', 'x');
    expect(usage.code).toBe(2);
    expect(usage.stderr.trim()).toMatch(/^usage: npm run keys/);

    const missing = await command('import', join(dir, 'nowhere.jsonl'));
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(`cannot read ${join(dir, 'nowhere.jsonl')}: no such file`);
  });

  it('a bad file: exit 1, every problem with line and field', async () => {
    const file = jsonl('bad.jsonl', ['{not json', { ...row('01234567890011', 'RPD-C-1'), holder: { ...row('01234567890011', 'x').holder, regionCode: 'KG-ZZ' } }]);
    const { code, stderr } = await command('import', file);
    expect(code).toBe(1);
    expect(problemLines(stderr)).toEqual([expect.stringMatching(/^line 1: \(line\): invalid JSON/), expect.stringMatching(/^line 2: holder\.regionCode: /)]);
    expect(stderr).toContain('nothing was imported');
  });

  it('registry-number collisions in the file and with the database: found by the dry run, refused by the import, never raw SQL', async () => {
    const seeded = await command('import', jsonl('first.jsonl', [row('01234567890021', 'RPD-C-21')]));
    // Nothing on stderr but the progress lines (a plain line each, as stderr is not a terminal here)
    expect(seeded.stderr.split('\n').filter((l) => l.trim() && !/^importing \[.*\] \d+% \d+\/\d+ records \| .* ETA /.test(l))).toEqual([]);
    expect(seeded.code).toBe(0);

    const file = jsonl('collide.jsonl', [
      row('01234567890022', 'RPD-C-21'), // held by …021 in the database
      row('01234567890023', 'RPD-C-23'),
      row('01234567890024', 'RPD-C-23'), // the same number as line 2
      row('01234567890025', 'RPD-C-25'),
      row('01234567890021', 'RPD-C-21', 'Клиенты'), // its own number in the database, but also line 1's
    ]);
    const expected = [
      'line 1: holder.registryNumber: registry number RPD-C-21 already belongs to the holder with TIN 01234567890021 in the Registry',
      'line 3: holder.registryNumber: registry number RPD-C-23 is also on line 2, for TIN 01234567890023',
      'line 5: holder.registryNumber: registry number RPD-C-21 is also on line 1, for TIN 01234567890022',
    ];
    const dry = await command('import', file, '--dry-run');
    expect(dry.code).toBe(1);
    expect(problemLines(dry.stderr)).toEqual(expected);

    const real = await command('import', file);
    expect(real.code).toBe(1);
    expect(problemLines(real.stderr)).toEqual(expected);
    expect(real.stderr).not.toMatch(/insert into|duplicate key|violates unique/i);

    const list = await command('keys', 'list');
    expect(list.code).toBe(0);
  });

  it('export: a dashboard to standard output, the open Registry to a file, a bad filter exit 2 naming the field', async () => {
    const dash = await command('export', 'holder-breakdown', '--by', 'REGION', '--lang', 'en');
    expect(dash.code, dash.stderr).toBe(0);
    expect(dash.stdout.replace(/^\uFEFF/, '').split('\n')[0]).toBe('Value,Holders');
    const out = join(dir, 'registry.json');
    const reg = await command('export', 'registry', '--format', 'json', '--out', out);
    expect(reg.code, reg.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { asOf: string; holders: unknown[] };
    expect(doc.asOf).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(Array.isArray(doc.holders)).toBe(true);
    // Progress on standard error (not a terminal here: plain lines), with the snapshot's total.
    const n = doc.holders.length;
    expect(reg.stderr).toMatch(n ? new RegExp(`export registry .* ${n}/${n} rows .*ETA`) : /export registry 0 rows/);
    const bad = await command('export', 'violations', '--filter', '{"statuses":["NOPE"]}');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^filter\.statuses\.0: /m);
  });

  it('impact: a run stored with its hash, a missing scenario exit 2, an unknown act exit 2 naming it', async () => {
    const ran = await command('impact', '--scenario', 'kg/draft/2023/law-on-personal-data-protection');
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(/^impact run \d+ of kg\/draft\/2023\/law-on-personal-data-protection as of \d{4}-\d{2}-\d{2}\ninputs hash [0-9a-f]{64}\ntotals \{"holders":\d+/);
    expect(ran.stderr).toMatch(/peak RSS \d+ MiB/);
    const usage = await command('impact');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^usage: npm run impact/m);
    const unknown = await command('impact', '--scenario', 'kg/draft/2099/none');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('kg/draft/2099/none');
  });
});
