// npm start rebuilds only when a source is newer than the last build (scripts/build-if-stale.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'stale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const check = () => execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build-if-stale.mjs'), '--check', '--root', dir], { encoding: 'utf8' }).trim();
const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

describe('build-if-stale', () => {
  it('is stale without a build, fresh after one, stale again once a source changes', () => {
    mkdirSync(join(dir, 'src', 'modules'), { recursive: true });
    writeFileSync(join(dir, 'src', 'modules', 'a.ts'), 'export {};');
    writeFileSync(join(dir, 'package.json'), '{}');
    expect(check()).toBe('stale'); // a fresh clone: no dist/
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', '.build-stamp'), 'x');
    for (const p of ['src/modules/a.ts', 'src/modules', 'src', 'package.json']) at(join(dir, p), 1_000_000);
    at(join(dir, 'dist', '.build-stamp'), 2_000_000);
    expect(check()).toBe('fresh');
    at(join(dir, 'src', 'modules', 'a.ts'), 3_000_000); // an edit deep in the tree
    expect(check()).toBe('stale');
  });
});
