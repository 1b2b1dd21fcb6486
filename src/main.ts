// Entry point: config → database (embedded unless DATABASE_URL) → migrations → reference seeds →
// HTTP server. Nothing imports this file.
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate, openOrm } from './db/orm.js';
import { createLogger } from './logger.js';
import { buildServedSchema } from './schema.js';
import { seedReferenceData } from './seeding/seed.js';
import { loadDemoRegistry } from './demo/load-demo.js';
import { Holder } from './modules/holder/holder.entity.js';
import { OPERATOR, rotateDemoKeys } from './modules/auth/api-key.service.js';
import { createHttpServer } from './server.js';

async function main(): Promise<void> {
  const started = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config, logger);
  const orm = await openOrm(db.url);
  const applied = await migrate(orm);
  if (applied.length) logger.info(`applied migrations: ${applied.join(', ')}`);
  const seeded = await seedReferenceData(orm.em);
  logger.info('reference data loaded', seeded);
  // The embedded default is a playground: an empty Registry gets demo holders, and one demo key
  // per role is printed so an analyst can try GraphiQL at once. Never on an external database.
  const demoKeys = db.embedded ? await prepareDemo(orm, config.demoHolders, logger) : [];
  const { httpServer, apollo } = await createHttpServer({ schema: await buildServedSchema(), orm, logger });
  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));

  const base = `http://localhost:${config.port}`;
  process.stdout.write(
    `Personal-data regulatory hub ready in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
      `(${db.embedded ? 'embedded PostgreSQL' : 'external PostgreSQL'})\n` +
      `  GraphQL:  ${base}/graphql\n  GraphiQL: ${base}/graphiql\n`,
  );
  if (demoKeys.length) {
    process.stdout.write('Demo API keys (new at every start; send as "Authorization: Bearer <key>"):\n');
    for (const k of demoKeys) process.stdout.write(`  ${k.role.padEnd(9)} ${k.key}${k.holderTin ? `  (holder TIN ${k.holderTin})` : ''}\n`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, shutting down`);
    await apollo.stop(); // drains and closes the HTTP server
    logger.debug('HTTP server closed');
    await orm.close();
    logger.debug('database connections closed');
    await db.stop();
    logger.debug('database stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

async function prepareDemo(orm: Awaited<ReturnType<typeof openOrm>>, holders: number, logger: ReturnType<typeof createLogger>) {
  if (holders > 0 && (await orm.em.fork().count(Holder)) === 0) {
    logger.info('demo data loaded', await loadDemoRegistry(orm.em, OPERATOR, { holders }));
  }
  return rotateDemoKeys(orm.em);
}

main().catch((e) => {
  process.stderr.write(`start-up failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
