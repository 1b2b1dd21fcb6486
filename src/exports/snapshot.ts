// Every streamed export reads one database snapshot (REPEATABLE READ, read only), so all its rows
// are as of one moment, which it states (`asOf`). The snapshot holds a pooled connection for as
// long as the reader takes, so at most EXPORT_SLOTS exports run at once per process; the others
// are refused with TOO_MANY_REQUESTS at once (the API keeps its connections), and an export whose
// reader goes away ends its transaction at its next write (table.ts, drained).
import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AppError } from '../errors.js';

export const EXPORT_SLOTS = 2;
let running = 0;

export async function inSnapshot<T>(orm: MikroORM, fn: (em: EntityManager, asOf: string) => Promise<T>): Promise<T> {
  if (running >= EXPORT_SLOTS) throw new AppError('TOO_MANY_REQUESTS', `at most ${EXPORT_SLOTS} exports run at once; retry shortly`, { retryable: true });
  running++;
  try {
    return await orm.em.fork().transactional(
      async (em) => {
        const [{ now }] = await em.execute<{ now: Date }[]>('select now() as now');
        return fn(em, new Date(now).toISOString());
      },
      { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
    );
  } finally {
    running--;
  }
}
