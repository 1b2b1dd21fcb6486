// Entry point: config → the HTTP port (bound first, 503 until ready) → database (embedded unless
// DATABASE_URL) → migrations and reference seeds as the owner → serving as the app role.
// Nothing imports this file.
import './production-mode.js';
import 'reflect-metadata';
import { loadConfigOrExit, type Config } from './config.js';
import { openDatabase } from './db/database.js';
import { openOrm } from './db/orm.js';
import { servingOptions } from './db/orm.config.js';
import { prepareDatabase } from './db/prepare.js';
import { bindPort } from './http-listener.js';
import { createLogger, type Logger } from './logger.js';
import { buildServedSchemas } from './schema.js';
import { loadDemoRegistry } from './demo/load-demo.js';
import { Holder } from './modules/holder/holder.entity.js';
import { OPERATOR, rotateDemoKeys } from './modules/auth/api-key.service.js';
import { startTallyCompaction } from './modules/dashboard/tally-compaction.js';
import { createHttpServer } from './server.js';
import { StartupError } from './startup-error.js';

/** What start-up opened so far, closed in reverse order by shutdown and by a failed start alike. */
const closers: { name: string; close: () => Promise<void> }[] = [];
async function closeAll(logger?: Logger) {
  for (const c of closers.splice(0).reverse()) {
    await c.close().catch((e: unknown) => logger?.warn(`closing ${c.name} failed: ${e instanceof Error ? e.message : String(e)}`));
    logger?.debug(`${c.name} closed`);
  }
}

async function main(config: Config, logger: Logger): Promise<void> {
  const listener = await bindPort(config.host, config.port);
  closers.push({ name: 'HTTP listener', close: () => listener.close() });
  const db = await openDatabase(config, logger);
  closers.push({ name: 'database', close: () => db.stop() });
  const { applied, seeded } = await prepareDatabase(db, () => logger.info('waiting for another process to finish migrating and seeding this database'));
  if (applied.length) logger.info(`applied migrations: ${applied.join(', ')}`);
  logger.info('reference data loaded', seeded);
  const orm = await openOrm(db.appUrl, servingOptions(config.limits));
  closers.push({ name: 'database connections', close: () => orm.close() });
  const compaction = startTallyCompaction(orm, logger);
  closers.push({ name: 'tally compaction', close: () => compaction.stop() });
  // The embedded default is a playground: an empty Registry gets demo holders, and one demo key
  // per role is printed so an analyst can try GraphiQL at once. Never on an external database.
  const demoKeys = db.embedded ? await prepareDemo(orm, config.demoHolders, logger) : [];
  const server = await createHttpServer({ schemas: await buildServedSchemas(), orm, logger, limits: config.limits, viewerTtlMs: config.viewerTtlMs });
  await listener.serve(server.httpServer);
  closers.push({ name: 'HTTP server', close: () => server.stop() }); // stops listening, drains requests in flight

  const loopback = config.host === '127.0.0.1' || config.host === '::1' || config.host === 'localhost';
  const base = `http://${loopback ? 'localhost' : config.host}:${config.port}`;
  process.stdout.write(
    `Personal-data regulatory hub ready in ${readyIn(config, `${db.embedded ? 'embedded' : 'external'} PostgreSQL`)}\n` +
      `  GraphQL:  ${base}/graphql\n  GraphiQL: ${base}/graphiql\n  Subgraph: ${base}/subgraph (Federation gateways)\n`,
  );
  if (demoKeys.length) {
    process.stdout.write('Demo API keys (new at every start; send as "Authorization: Bearer <key>"):\n');
    for (const k of demoKeys) process.stdout.write(`  ${k.role.padEnd(9)} ${k.key}${k.holderTin ? `  (holder TIN ${k.holderTin})` : ''}\n`);
  }
}

/** Since `npm start` was launched (else since this process began), split when it built: "14.2 s
 *  (build 11.8 s, start 2.4 s; …)". In whole tenths, so the parts add up to the total as printed. */
function readyIn({ launchedAt = performance.timeOrigin, buildMs }: Config, database: string): string {
  const total = Math.round((Date.now() - launchedAt) / 100);
  const s = (tenths: number) => `${(tenths / 10).toFixed(1)} s`;
  if (buildMs === undefined) return `${s(total)} (${database})`;
  const build = Math.round(buildMs / 100);
  return `${s(total)} (build ${s(build)}, start ${s(total - build)}; ${database})`;
}

async function prepareDemo(orm: Awaited<ReturnType<typeof openOrm>>, holders: number, logger: Logger) {
  if (holders > 0 && (await orm.em.fork().count(Holder)) === 0) {
    logger.info('demo data loaded', await loadDemoRegistry(orm.em, OPERATOR, { holders }));
  }
  return rotateDemoKeys(orm.em);
}

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal} received, shutting down`);
  await closeAll(logger);
  process.exit(0);
}
// A promise nobody awaited that fails (a stray loader, a client gone mid-answer) is logged, not
// allowed to end a process that is serving everyone else (Node 22 would exit on it).
process.on('unhandledRejection', (e) => logger.error('unhandled promise rejection', e));
// Registered before start-up, so a signal during it also stops the database this process started.
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

main(config, logger).catch(async (e: unknown) => {
  const expected = e instanceof StartupError;
  process.stderr.write(`start-up failed: ${expected ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  await closeAll();
  process.exit(1);
});
