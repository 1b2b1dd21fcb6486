// Starts one embedded PostgreSQL on a free port for the whole run, applies the real migrations and
// the real reference seeds once into a template database; each test file clones that template.
// The app role exists as on the embedded hub, with its grants in the template (clones keep them).
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { EMBEDDED_APP_ROLE, ensureAppRole } from '../../src/db/app-role.js';
import { ensureDatabase } from '../../src/db/database.js';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { migrate, openOrm } from '../../src/db/orm.js';
import { seedReferenceData } from '../../src/seeding/seed.js';
import { freePort } from './free-port.js';

export const TEMPLATE_DB = 'hub_template';
export const TEST_APP_ROLE = { user: EMBEDDED_APP_ROLE, password: 'hub_app_test' };

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
    /** Credentials of the least-privileged app role (see test/support/app-role.ts). */
    pgAppRole: { user: string; password: string };
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'hub-test-pg-'));
  chmodSync(dir, 0o755); // as root, initdb runs as the `postgres` user, which must traverse the folder
  // A throw-away server: no durability (as Immich's test database), so commits do not wait on disk.
  const settings = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };
  const server = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), persistent: false, settings });
  await ensureDatabase(server.adminUrl, TEMPLATE_DB);
  await ensureAppRole(server.adminUrl, TEST_APP_ROLE.user, TEST_APP_ROLE.password);
  const orm = await openOrm(server.urlFor(TEMPLATE_DB));
  await migrate(orm, TEST_APP_ROLE.user);
  await seedReferenceData(orm.em);
  await orm.close();
  project.provide('pgAdminUrl', server.adminUrl);
  project.provide('pgTemplate', TEMPLATE_DB);
  project.provide('pgAppRole', TEST_APP_ROLE);
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
