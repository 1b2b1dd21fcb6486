// The real entry point as a process: a bad variable stops it with a message naming the variable;
// against a database it migrates, seeds, serves, and shuts down cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

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

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
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
    const port = await freePort();
    let answered: unknown;
    const { code, stdout } = await run({ PORT: String(port), DATABASE_URL: hub.url }, (out, kill) => {
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
    expect(stdout).toContain(`http://localhost:${port}/graphiql`);
    expect(answered).toEqual({ data: { legalAct: { code: 'kg/law/2008/58' } } });
    expect(code).toBe(0);
  });
});
