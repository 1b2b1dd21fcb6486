// Opens the ORM and brings the schema up to date with the committed migrations.
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { grantAppPrivileges } from './app-role.js';
import { CONNECT_TIMEOUT_MS } from './database.js';
import { createOrmConfig } from './orm.config.js';

export async function openOrm(url: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  // A bounded connect: an unreachable server fails a request (or start-up) instead of hanging it.
  const driverOptions = { connectionTimeoutMillis: CONNECT_TIMEOUT_MS, ...(overrides.driverOptions as object | undefined) };
  return MikroORM.init(createOrmConfig(url, { ...overrides, driverOptions }));
}

/**
 * Applies pending migrations (never schema refresh: the migrations are what production runs) as the
 * owner, then grants `appRole` its privileges on every table, new ones included.
 */
export async function migrate(orm: MikroORM, appRole?: string): Promise<string[]> {
  const applied = await orm.migrator.up();
  if (appRole) await grantAppPrivileges(orm.em.fork(), appRole);
  return applied.map((m) => m.name);
}
