// The real entry point as a process: a bad variable stops it with a message naming the variable;
// against a database it migrates, seeds, serves, and shuts down cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    const { code, stderr } = await run({ PORT: 'eighty', DATABASE_URL: hub.url });
    expect(code).toBe(2);
    expect(stderr).toMatch(/PORT/);
  });

  it('serves the hub on an external DATABASE_URL and stops cleanly on SIGTERM', async () => {
    const { code, stdout, port, answered } = await serveOnce({ DATABASE_URL: hub.url });
    expect(stdout).toContain(`http://localhost:${port}/graphiql`);
    expect(stdout).not.toContain('Demo API keys'); // never on an external database
    expect(answered).toEqual({ data: { legalAct: { code: 'kg/law/2008/58' } } });
    expect(code).toBe(0);
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
