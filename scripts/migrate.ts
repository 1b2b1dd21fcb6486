// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import 'reflect-metadata';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrate, openOrm } from '../src/db/orm.js';
import { createLogger } from '../src/logger.js';

const config = loadConfig();
const db = await openDatabase(config, createLogger(config.logLevel));
const orm = await openOrm(db.url);
try {
  const applied = await migrate(orm);
  process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
} finally {
  await orm.close();
  await db.stop();
}
