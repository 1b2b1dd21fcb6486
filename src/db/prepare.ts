// Brings a database up to date as its owner before anything serves from it: migrations, the app
// role's privileges, then the reference seeds (idempotent). One connection pool, closed after.
//
// Several processes may do this at once on one database: hub replicas started together (a rolling
// deploy), or an operator command while a hub starts. Concurrent migrations collide (two
// `create table mikro_orm_migrations`, two GRANTs: one process fails start-up), so the whole step
// runs under a PostgreSQL advisory lock; the second process waits, then finds nothing to do. The
// lock is held by a dedicated session on the owner's URL and released when it ends, also when the
// process dies. That URL must therefore reach PostgreSQL directly or through a session-mode pool,
// never a transaction-mode PgBouncer (README, "Scaling out").
import pg from 'pg';
import type { Database } from './database.js';
import { CONNECT_TIMEOUT_MS } from './database.js';
import { migrate, openOrm } from './orm.js';
import { seedReferenceData } from '../seeding/seed.js';

/** The advisory lock key of "preparing this database" (any constant; the same in every process). */
export const PREPARE_LOCK_KEY = 7_316_425_091;

/**
 * Runs `fn` while this process holds the database's prepare lock (waiting for another process's
 * migrations or seeds first; `onWait` is told when it has to).
 */
export async function withPrepareLock<T>(ownerUrl: string, fn: () => Promise<T>, onWait?: () => void): Promise<T> {
  const lock = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  lock.on('error', () => {}); // a dropped lock session fails the queries below, not the process
  await lock.connect();
  try {
    const { rows } = await lock.query<{ got: boolean }>('select pg_try_advisory_lock($1) as got', [PREPARE_LOCK_KEY]);
    if (!rows[0]!.got) {
      onWait?.();
      await lock.query('select pg_advisory_lock($1)', [PREPARE_LOCK_KEY]);
    }
    return await fn();
  } finally {
    await lock.end().catch(() => {}); // ending the session releases the lock
  }
}

export async function prepareDatabase(db: Pick<Database, 'ownerUrl' | 'appRole'>, onWait?: () => void) {
  return withPrepareLock(
    db.ownerUrl,
    async () => {
      const owner = await openOrm(db.ownerUrl);
      try {
        const applied = await migrate(owner, db.appRole);
        const seeded = await seedReferenceData(owner.em);
        return { applied, seeded };
      } finally {
        await owner.close();
      }
    },
    onWait,
  );
}
