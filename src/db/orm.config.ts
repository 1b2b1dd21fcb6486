// MikroORM configuration, shared by the server, the scripts, the CLI (default export) and tests.
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { fileURLToPath } from 'node:url';
import type { Limits } from '../config.js';
import { ColumnLimits } from './column-limits.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));

export function createOrmConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: {
      // Explicit list: works the same from tsc output, swc and vitest. The CLI writes new files here.
      migrationsList,
      pathTs: `${here}/migrations`,
      path: `${here}/migrations`,
      snapshot: true,
      snapshotOnMigrate: false,
      silent: true,
    },
    subscribers: [new ColumnLimits()],
    pool: { min: 0, max: 10 },
    // Reads run in a forked EntityManager per request; writes use explicit transactions.
    allowGlobalContext: false,
    ...overrides,
  });
}

/**
 * Options of the pool that serves requests: PostgreSQL cancels a statement after
 * `statementTimeoutMs` and gives up waiting for a lock after `lockTimeoutMs`, so one request cannot
 * hold a connection (and the clients queued behind it). Operator commands keep no such bound.
 */
export function servingOptions(limits: Pick<Limits, 'statementTimeoutMs' | 'lockTimeoutMs'>): Partial<Options> {
  return {
    driverOptions: {
      statement_timeout: limits.statementTimeoutMs,
      lock_timeout: limits.lockTimeoutMs,
      idle_in_transaction_session_timeout: limits.statementTimeoutMs * 3,
    },
  };
}

/** For the MikroORM CLI (`npx mikro-orm migration:create`): DATABASE_URL must point at a database. */
export default createOrmConfig(process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/hub');
