// `npm run seed`: loads seeds/ into DATABASE_URL (or the embedded database); idempotent.
import 'reflect-metadata';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrate, openOrm } from '../src/db/orm.js';
import { createLogger } from '../src/logger.js';
import { seedReferenceData } from '../src/seeding/seed.js';

const config = loadConfig();
const db = await openDatabase(config, createLogger(config.logLevel));
const orm = await openOrm(db.url);
try {
  await migrate(orm);
  process.stdout.write(`${JSON.stringify(await seedReferenceData(orm.em), null, 2)}\n`);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
} finally {
  await orm.close();
  await db.stop();
}
