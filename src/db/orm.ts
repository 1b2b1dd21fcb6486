// Opens the ORM and brings the schema up to date with the committed migrations.
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { createOrmConfig } from './orm.config.js';

export async function openOrm(url: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(createOrmConfig(url, overrides));
}

/** Applies pending migrations (never schema refresh: the migrations are what production runs). */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}
