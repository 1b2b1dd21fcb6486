// Chooses the database: DATABASE_URL when set, otherwise the embedded server (created on first use),
// and the two roles on it (src/db/app-role.ts): the owner for migrations and seeds, the app role
// for everything else.
import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { StartupError } from '../startup-error.js';
import { EMBEDDED_APP_ROLE, embeddedAppPassword, ensureAppRole, roleFacts, type RoleFacts } from './app-role.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export const EMBEDDED_DB_NAME = 'hub';
/** How long a connection attempt may take before start-up gives up on the database. */
export const CONNECT_TIMEOUT_MS = 10_000;

export interface Database {
  /** The schema owner: migrations, reference seeds and the app role's grants. */
  ownerUrl: string;
  /** Serves requests and operator writes: the app role, or the owner when none is configured. */
  appUrl: string;
  /** The app role to grant privileges to after migrations; undefined when appUrl is the owner. */
  appRole?: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** Creates `name` on the server behind `adminUrl` unless it exists (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!found.rowCount) {
      const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
      await client.query(`create database ${ident(name)}${template ? ` template ${ident(template)}` : ''}`);
    }
  } finally {
    await client.end();
  }
}

/** The URL without its password, for messages. */
const shown = (url: string) => {
  const u = new URL(url);
  return `${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host}${u.pathname}`;
};

/** Connects once as `url` (named `variable` in the message when that fails) and tells who it is. */
async function inspect(url: string, variable: string): Promise<RoleFacts> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => {}); // a drop after connect must not crash start-up; the query rejects anyway
  try {
    await client.connect();
    return await roleFacts(client);
  } catch (e) {
    const err = e as Error & { code?: string; errors?: Error[] };
    const reason = err.message || err.errors?.map((x) => x.message).join(', ') || err.code || 'unknown error';
    throw new StartupError(`cannot connect to the database in ${variable} (${shown(url)}): ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

async function openExternal(config: Config & { databaseUrl: string }, logger: Logger): Promise<Database> {
  const owner = await inspect(config.databaseUrl, 'DATABASE_URL');
  const stop = async () => {};
  if (!config.databaseAppUrl) {
    logger.warn(
      `DATABASE_APP_URL is not set: requests run as the DATABASE_URL role ${owner.user}, which owns the tables and can bypass the append-only audit log (see README)`,
    );
    return { ownerUrl: config.databaseUrl, appUrl: config.databaseUrl, embedded: false, stop };
  }
  const app = await inspect(config.databaseAppUrl, 'DATABASE_APP_URL');
  if (app.superuser || app.ownsObjects || app.user === owner.user) {
    throw new StartupError(
      `DATABASE_APP_URL must name a role that is not superuser and owns no tables (got ${app.user}); see README, "Database roles"`,
    );
  }
  return { ownerUrl: config.databaseUrl, appUrl: config.databaseAppUrl, appRole: app.user, embedded: false, stop };
}

export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  if (config.databaseUrl) return openExternal({ ...config, databaseUrl: config.databaseUrl }, logger);
  if (config.databaseAppUrl) logger.warn('DATABASE_APP_URL is ignored without DATABASE_URL (the embedded server has its own app role)');
  const server = await startEmbeddedPostgres({
    dataDir: config.embedded.dataDir,
    port: config.embedded.port,
    log: (m) => logger.debug(`[postgres] ${String(m).trim()}`),
  });
  try {
    await ensureDatabase(server.adminUrl, EMBEDDED_DB_NAME);
    const password = embeddedAppPassword(config.embedded.dataDir);
    await ensureAppRole(server.adminUrl, EMBEDDED_APP_ROLE, password);
    return {
      ownerUrl: server.urlFor(EMBEDDED_DB_NAME),
      appUrl: server.urlFor(EMBEDDED_DB_NAME, { user: EMBEDDED_APP_ROLE, password }),
      appRole: EMBEDDED_APP_ROLE,
      embedded: true,
      stop: () => server.stop(),
    };
  } catch (e) {
    await server.stop();
    throw e;
  }
}
