// The real entry point as a process: a bad variable stops it with a message naming the variable;
// against a database it migrates, seeds, serves, and shuts down cleanly on SIGTERM. Start-up faults
// (busy port, unreachable database, stale postmaster.pid, a killed hub) give one line or recover.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';
import { freePort } from '../support/free-port.js';

const MAIN = ['--import', '@swc-node/register/esm-register', 'src/main.ts'];

function run(env: Record<string, string>, onStdout?: (text: string, kill: () => void) => void) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, MAIN, { cwd: REPO_ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      onStdout?.(stdout, () => child.kill('SIGTERM'));
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}


/** Starts the hub, asks it one query once it is ready, then sends SIGTERM. */
async function serveOnce(env: Record<string, string>) {
  const port = await freePort();
  let answered: unknown;
  const result = await run({ PORT: String(port), ...env }, (out, kill) => {
    if (!out.includes('GraphiQL:') || answered !== undefined) return;
    answered = null;
    void fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ legalAct(code: "kg/law/2008/58") { code } }' }),
    })
      .then((r) => r.json())
      .then((body) => (answered = body))
      .finally(kill);
  });
  return { ...result, port, answered };
}

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

describe('src/main.ts', () => {
  it('refuses to start with an invalid PORT, naming the variable', async () => {
    const { code, stderr } = await run({ PORT: 'eighty', DATABASE_URL: hub.ownerUrl });
    expect(code).toBe(2);
    expect(stderr).toMatch(/PORT/);
  });

  it('serves the hub on an external DATABASE_URL and stops cleanly on SIGTERM', async () => {
    const { code, stdout, stderr, port, answered } = await serveOnce({ DATABASE_URL: hub.ownerUrl });
    expect(stdout).toContain(`http://localhost:${port}/graphiql`);
    expect(stdout).toMatch(/^Personal-data regulatory hub ready in \d+\.\d s \(external PostgreSQL\)$/m); // no build: no split
    expect(stdout).not.toContain('Demo API keys'); // never on an external database
    expect(answered).toEqual({ data: { legalAct: { code: 'kg/law/2008/58' } } });
    expect(code).toBe(0);
    expect(stderr).toContain('DATABASE_APP_URL is not set: requests run as the DATABASE_URL role postgres'); // README: no guarantee then
  });

  it('counts the whole `npm start` in the ready banner: from its launch, split into build and start', async () => {
    // As scripts/start.mjs hands it over: launched a minute ago, of which the build took 50 s.
    const { stdout, code } = await serveOnce({ DATABASE_URL: hub.ownerUrl, HUB_LAUNCHED_AT: String(Date.now() - 60_000), HUB_BUILD_MS: '50000' });
    expect(code).toBe(0);
    const [, total, start] = /ready in (\d+\.\d) s \(build 50\.0 s, start (\d+\.\d) s; external PostgreSQL\)\n/.exec(stdout) ?? [];
    expect(Number(total)).toBeGreaterThanOrEqual(60);
    expect(Math.round(Number(total) * 10) - Math.round(Number(start) * 10)).toBe(500); // the parts add up as printed
  });

  it('serves as DATABASE_APP_URL when given, and refuses an app URL that is the owner', async () => {
    const served = await serveOnce({ DATABASE_URL: hub.ownerUrl, DATABASE_APP_URL: hub.url });
    expect(served.answered).toEqual({ data: { legalAct: { code: 'kg/law/2008/58' } } });
    expect(served.stderr).not.toContain('DATABASE_APP_URL');
    expect(served.code).toBe(0);

    const refused = await run({ PORT: String(await freePort()), DATABASE_URL: hub.ownerUrl, DATABASE_APP_URL: hub.ownerUrl });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe('start-up failed: DATABASE_APP_URL must name a role that is not superuser and owns no tables (got postgres); see README, "Database roles"');
  });

  it('runs on its own embedded PostgreSQL whose data survives a restart, and stops it on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-embedded-'));
    chmodSync(dir, 0o755);
    const env = { DATABASE_URL: '', EMBEDDED_PG_DIR: join(dir, 'pg'), EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'info', DEMO_HOLDERS: '25' };
    try {
      const first = await serveOnce(env);
      expect(first.stdout).toContain('(embedded PostgreSQL)');
      expect(first.answered).toEqual({ data: { legalAct: { code: 'kg/law/2008/58' } } });
      expect(first.stderr).toContain('applied migrations');
      expect(first.stderr).toContain('demo data loaded');
      expect(first.stdout).toMatch(/INSPECTOR +pdh_/);
      expect(first.code).toBe(0);
      expect(existsSync(join(dir, 'pg', 'postmaster.pid'))).toBe(false); // the server was stopped, not killed

      const second = await serveOnce(env);
      expect(second.code).toBe(0);
      expect(second.stderr).not.toContain('applied migrations');
      expect(second.stderr).toContain('"changedActs":0');
      expect(second.stderr).not.toContain('demo data loaded'); // the Registry is no longer empty
      const keyOf = (out: string) => /INSPECTOR +(pdh_\S+)/.exec(out)![1];
      expect(keyOf(second.stdout)).not.toBe(keyOf(first.stdout)); // demo keys rotate
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A hub process kept running for a test: resolves once it printed its demo keys (or exited). */
function startHub(env: Record<string, string>) {
  const child = spawn(process.execPath, MAIN, { cwd: REPO_ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  const out = { stdout: '', stderr: '' };
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<{ adminKey: string | undefined }>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      out.stdout += d.toString();
      const key = /ADMIN +(pdh_\S+)\n/.exec(out.stdout)?.[1];
      if (key || (out.stdout.includes('GraphiQL:') && !env.EMBEDDED_PG_DIR)) resolve({ adminKey: key });
    });
    child.stderr.on('data', (d: Buffer) => (out.stderr += d.toString()));
    void exited.then(() => resolve({ adminKey: undefined }));
  });
  return { child, out, exited, ready };
}

const stop = async (hub: { child: ChildProcess; exited: Promise<number | null> }) => {
  hub.child.kill('SIGTERM');
  return hub.exited;
};

async function ask(port: number, key?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: '{ legalAct(code: "kg/law/2008/58") { code } }' }),
  });
  return res.json();
}

const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/\) [ZX] /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

describe('start-up faults', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hub-faults-'));
    chmodSync(dir, 0o755);
    env = { DATABASE_URL: '', EMBEDDED_PG_DIR: join(dir, 'pg'), EMBEDDED_PG_PORT: String(await freePort()), DEMO_HOLDERS: '5' };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a second start on a busy port exits with one line naming PORT, and the first hub keeps its keys', async () => {
    const port = await freePort();
    const first = startHub({ ...env, PORT: String(port) });
    const { adminKey } = await first.ready;
    expect(adminKey).toBeDefined();
    try {
      // The hub serves as the app role, not as the owner of the tables.
      await ask(port, adminKey);
      const admin = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${env.EMBEDDED_PG_PORT}/postgres` });
      await admin.connect();
      const { rows } = await admin.query(`select distinct usename from pg_stat_activity where datname = 'hub'`);
      await admin.end();
      expect(rows.map((r: { usename: string }) => r.usename)).toEqual(['hub_app']);

      const second = startHub({ ...env, PORT: String(port) });
      expect(await second.exited).toBe(1);
      oneLine(second.out.stderr);
      expect(second.out.stderr).toContain(`PORT ${port} is already in use`);
      expect(second.out.stdout).not.toContain('Demo API keys');
      expect(await ask(port, adminKey)).toEqual({ data: { legalAct: { code: 'kg/law/2008/58' } } }); // key used for the first time now
    } finally {
      expect(await stop(first)).toBe(0);
    }
  });

  it('an unreachable DATABASE_URL exits with one line naming it', async () => {
    const hub = startHub({ PORT: String(await freePort()), DATABASE_URL: `postgres://hub:secret@127.0.0.1:${await freePort()}/hub` });
    expect(await hub.exited).toBe(1);
    oneLine(hub.out.stderr);
    expect(hub.out.stderr).toMatch(/^start-up failed: cannot connect to the database in DATABASE_URL \(hub@127\.0\.0\.1:\d+\/hub\): .*ECONNREFUSED/);
    expect(hub.out.stderr).not.toContain('secret');
  });

  it('a postmaster.pid naming a zombie or a live unrelated process does not block a start', async () => {
    // `sh` forks a child that exits at once and is never reaped (a zombie), then becomes `sleep`.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30']);
    const zombie = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(d.toString()))));
    await new Promise((r) => setTimeout(r, 300));
    try {
      for (const pid of [zombie, parent.pid!]) {
        writeFileSync(join(env.EMBEDDED_PG_DIR!, 'postmaster.pid'), `${pid}\n${env.EMBEDDED_PG_DIR}\n0\n${env.EMBEDDED_PG_PORT}\n`);
        const port = await freePort();
        const hub = startHub({ ...env, PORT: String(port) });
        expect((await hub.ready).adminKey, hub.out.stderr).toBeDefined();
        expect(await ask(port)).toEqual({ data: { legalAct: { code: 'kg/law/2008/58' } } });
        expect(await stop(hub)).toBe(0);
      }
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('after kill -9 of the hub its embedded PostgreSQL stops, and the next start succeeds (503 until ready)', async () => {
    const killed = startHub({ ...env, PORT: String(await freePort()) });
    expect((await killed.ready).adminKey).toBeDefined();
    const postmaster = Number(readFileSync(join(env.EMBEDDED_PG_DIR!, 'postmaster.pid'), 'utf8').split('\n')[0]);
    killed.child.kill('SIGKILL');
    await killed.exited;
    for (let i = 0; i < 100 && alive(postmaster); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive(postmaster)).toBe(false); // no orphan

    const port = await freePort();
    const next = startHub({ ...env, PORT: String(port) });
    // The port is bound first: while the database starts, requests are answered 503, not refused.
    const statuses = new Set<number>();
    let ready = false;
    const polling = (async () => {
      while (!ready) {
        await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => statuses.add(r.status), () => {});
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    expect((await next.ready).adminKey, next.out.stderr).toBeDefined();
    ready = true;
    await polling;
    expect(statuses).toContain(503);
    expect(await ask(port)).toEqual({ data: { legalAct: { code: 'kg/law/2008/58' } } });
    expect(await stop(next)).toBe(0);
  });
});
