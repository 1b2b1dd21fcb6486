// bench:compare's child processes (the hub, PostGraphile, the SQL server, the hub's build): every
// one is stopped on success, failure, SIGINT/SIGTERM and process exit, and a watchdog stops it even
// when this process is killed with -9.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Sends `pid` SIGTERM when this process dies however it dies (kill -9 included): a small shell whose
 * stdin is a pipe from this process sees end-of-file then (as src/db/embedded-postgres.ts does for
 * the database). In its own process group, so that a Ctrl-C does not stop it first.
 */
function startWatchdog(pid: number): ChildProcess {
  const dog = spawn('sh', ['-c', 'cat >/dev/null; kill -TERM "$0" 2>/dev/null', String(pid)], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
  dog.on('error', () => {}); // no sh: the child then only stops with this process's own clean-up
  dog.unref();
  (dog.stdin as unknown as { unref(): void }).unref();
  return dog;
}

export interface Child {
  name: string;
  proc: ChildProcess;
  /** Its last lines of output, for the message when it fails. */
  output: string[];
  alive: boolean;
  exited: Promise<string>;
}

const children: Child[] = [];

export function startChild(name: string, command: string, args: string[], env: Record<string, string>): Child {
  const proc = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    // API keys (the hub prints its demo keys) are not repeated in a failure message.
    output.push(...chunk.toString('utf8').replace(/pdh_[\w-]+/g, 'pdh_…').split('\n').filter((l) => l.trim()));
    output.splice(0, Math.max(0, output.length - 25));
  };
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  proc.stdin!.on('error', () => {}); // the stdin pipe only tells PostGraphile and the SQL server that we are gone
  const child: Child = { name, proc, output, alive: true, exited: Promise.resolve('') };
  const watchdog = proc.pid ? startWatchdog(proc.pid) : null;
  child.exited = new Promise((resolve) => {
    proc.once('error', (e) => {
      child.alive = false;
      output.push(e.message);
      resolve(`could not start: ${e.message}`);
    });
    proc.once('exit', (code, signal) => {
      child.alive = false;
      watchdog?.kill('SIGKILL');
      resolve(signal ? `signal ${signal}` : `exit code ${code}`);
    });
  });
  children.push(child);
  return child;
}

export async function stopChildren(): Promise<void> {
  await Promise.all(
    children.splice(0).map(async (c) => {
      if (!c.alive) return;
      c.proc.kill('SIGTERM');
      const force = setTimeout(() => c.proc.kill('SIGKILL'), 10_000);
      await c.exited;
      clearTimeout(force);
    }),
  );
}

export function childFailure(c: Child, what: string): Error {
  return new Error(`${c.name} ${what}; its last output:\n    ${c.output.join('\n    ') || '(none)'}`);
}

// A crash of this process must not leave servers running (SIGKILL cannot be caught; then
// PostGraphile and the SQL server still stop on their stdin's end, the hub does not).
process.on('exit', () => {
  for (const c of children) if (c.alive) c.proc.kill('SIGKILL');
});

export const abort = new AbortController();
let running: { stop(): void } | null = null;
/** The load running now, stopped by an interrupt (load.ts sets and clears it). */
export function setRunningLoad(load: { stop(): void } | null): void {
  running = load;
}
function interrupt(signal: string) {
  if (abort.signal.aborted) {
    process.exit(130); // a second Ctrl-C: the exit handler above kills the children
  }
  abort.abort(new Error(`interrupted by ${signal}`));
  running?.stop();
}
process.on('SIGINT', () => interrupt('SIGINT'));
process.on('SIGTERM', () => interrupt('SIGTERM'));

export function checkAborted() {
  if (abort.signal.aborted) throw abort.signal.reason as Error;
}
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function runToEnd(name: string, command: string): Promise<void> {
  const child = startChild(name, 'sh', ['-c', command], {});
  const how = await child.exited;
  checkAborted();
  if (how !== 'exit code 0') throw childFailure(child, `failed (${how})`);
}
