// `npm start` (scripts/start.mjs) in a copy of the repository whose build is a stand-in: a bad
// variable stops it before any build, with the hub's message and status 2; a build is timed and
// handed to the hub with the launch time (for the ready banner); the hub's exit and a SIGTERM pass through.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';

let root: string;
const stamp = () => join(root, 'dist', '.build-stamp');

// The stand-in "hub" prints what it was given, then exits 3, or 0 on SIGTERM.
const FAKE_MAIN = `
process.on('SIGTERM', () => { process.stdout.write('hub got SIGTERM\\n'); process.exit(0); });
process.stdout.write('hub ' + JSON.stringify({ launchedAt: process.env.HUB_LAUNCHED_AT, buildMs: process.env.HUB_BUILD_MS, execArgv: process.execArgv }) + '\\n');
setTimeout(() => process.exit(3), process.env.FAKE_HUB_WAIT ? 60_000 : 0);
`;
// Instead of tsc and Vite: writes the stand-in as dist/src/main.js.
const FAKE_BUILD = `import { mkdirSync, copyFileSync } from 'node:fs';
mkdirSync('dist/src', { recursive: true });
copyFileSync('fake-main.mjs', 'dist/src/main.js');
`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'hub-npm-start-'));
  for (const p of ['src', 'scripts', 'tsconfig.json']) cpSync(join(REPO_ROOT, p), join(root, p), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'));
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  pkg.scripts.build = 'node fake-build.mjs';
  writeFileSync(join(root, 'package.json'), JSON.stringify(pkg, null, 2));
  writeFileSync(join(root, 'fake-build.mjs'), FAKE_BUILD);
  writeFileSync(join(root, 'fake-main.mjs'), FAKE_MAIN);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `npm start` as an operator types it, or the launcher alone (to signal it, not npm). */
function start(env: Record<string, string>, how: 'npm' | 'launcher' = 'npm') {
  const options = { cwd: root, env: { ...process.env, ...env } };
  const child = how === 'npm' ? spawn('npm', ['start'], options) : spawn(process.execPath, ['scripts/start.mjs'], options);
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (d: Buffer) => (out.stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out.stderr += d.toString()));
  const exited = new Promise<{ code: number | null } & typeof out>((resolve) => child.on('close', (code) => resolve({ code, ...out })));
  return { child, out, exited };
}

const hubSaw = (stdout: string) => JSON.parse(/^hub (\{.*\})$/m.exec(stdout)![1]) as { launchedAt?: string; buildMs?: string; execArgv: string[] };

describe('npm start', () => {
  it('a bad PORT on a fresh clone or a stale build: exit 2 with the config message, nothing built', async () => {
    const fresh = await start({ PORT: 'abc' }).exited;
    expect(fresh.code).toBe(2);
    expect(fresh.stderr).toContain('Invalid environment variables:\n  - PORT: ');
    expect(fresh.stderr).toContain('(got "abc")');
    expect(fresh.stdout).not.toContain('built in');
    expect(existsSync(join(root, 'dist'))).toBe(false);

    // A build older than the sources.
    mkdirSync(join(root, 'dist', 'src'), { recursive: true });
    cpSync(join(root, 'fake-main.mjs'), join(root, 'dist', 'src', 'main.js'));
    writeFileSync(stamp(), 'old\n');
    utimesSync(stamp(), 1_000_000, 1_000_000);
    const stale = await start({ PORT: 'abc', DATABASE_URL: 'mysql://x' }).exited;
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/PORT: .*\n {2}- DATABASE_URL: must be a postgres:\/\/ URL/);
    expect(stale.stdout).not.toContain('built in');
    expect(stale.stdout).not.toMatch(/^hub /m);
    expect(readFileSync(stamp(), 'utf8')).toBe('old\n');
    expect(statSync(stamp()).mtimeMs).toBe(1_000_000_000);
  });

  it('builds when stale and tells the hub the launch time and the build time; not when fresh; exits as the hub does', async () => {
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    const before = Date.now();
    const built = await start({ PORT: '4000' }).exited;
    expect(built.stdout).toMatch(/^built in \d+\.\d s$/m);
    const saw = hubSaw(built.stdout);
    expect(Number(saw.launchedAt)).toBeGreaterThanOrEqual(before); // the launcher's own start (npm's few hundred ms before it are not counted)
    expect(Number(saw.launchedAt)).toBeLessThanOrEqual(Date.now());
    expect(Number(saw.buildMs)).toBeGreaterThan(0);
    expect(saw.execArgv).toEqual(['--experimental-async-context-frame', '--no-allocation-site-pretenuring']);
    expect(built.code).toBe(3); // the hub's status

    const restart = await start({ PORT: '4000' }).exited;
    expect(restart.stdout).toContain('dist/ is up to date with the sources: not rebuilding');
    expect(restart.stdout).not.toContain('built in');
    expect(hubSaw(restart.stdout).buildMs).toBeUndefined();
    expect(hubSaw(restart.stdout).launchedAt).toBeDefined();
    expect(restart.code).toBe(3);
  });

  it('a SIGTERM to the launcher reaches the hub, and the hub’s clean exit is its exit', async () => {
    const run = start({ FAKE_HUB_WAIT: '1' }, 'launcher');
    await new Promise<void>((resolve) => run.child.stdout.on('data', () => run.out.stdout.includes('hub {') && resolve()));
    run.child.kill('SIGTERM');
    const { code, stdout } = await run.exited;
    expect(stdout).toContain('hub got SIGTERM');
    expect(code).toBe(0);
  });
});
