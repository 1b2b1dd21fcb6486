// Starts one embedded PostgreSQL on a free port for the whole run, applies the real migrations and
// the real reference seeds once into a template database; each test file clones that template.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureDatabase } from '../../src/db/database.js';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { migrate, openOrm } from '../../src/db/orm.js';
import { seedReferenceData } from '../../src/seeding/seed.js';
import { freePort } from './free-port.js';

export const TEMPLATE_DB = 'hub_template';


declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'hub-test-pg-'));
  chmodSync(dir, 0o755); // as root, initdb runs as the `postgres` user, which must traverse the folder
  const server = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), persistent: false });
  await ensureDatabase(server.adminUrl, TEMPLATE_DB);
  const orm = await openOrm(server.urlFor(TEMPLATE_DB));
  await migrate(orm);
  await seedReferenceData(orm.em);
  await orm.close();
  project.provide('pgAdminUrl', server.adminUrl);
  project.provide('pgTemplate', TEMPLATE_DB);
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
