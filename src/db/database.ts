// Chooses the database: DATABASE_URL when set, otherwise the embedded server (created on first use).
import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export const EMBEDDED_DB_NAME = 'hub';

export interface Database {
  url: string;
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

export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({
    dataDir: config.embedded.dataDir,
    port: config.embedded.port,
    log: (m) => logger.debug(`[postgres] ${String(m).trim()}`),
  });
  await ensureDatabase(server.adminUrl, EMBEDDED_DB_NAME);
  return { url: server.urlFor(EMBEDDED_DB_NAME), embedded: true, stop: () => server.stop() };
}
