// The URL of a test database as the least-privileged app role (created by global-setup.ts), and a
// clone of the template for tests that need a database of their own outside test-hub.ts.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { ensureDatabase } from '../../src/db/database.js';

/** `url` with the app role's credentials instead of the owner's. */
export function asAppRole(url: string): string {
  const u = new URL(url);
  const { user, password } = inject('pgAppRole');
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** A fresh clone of the migrated, seeded template (owner URL) and a way to drop it. */
export async function cloneTemplate(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(adminUrl, name, inject('pgTemplate'));
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
