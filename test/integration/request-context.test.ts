// The per-request context under Apollo Server's per-operation copy (Object.assign of its own
// properties): copying must not fork an EntityManager, and the copy and the original share one
// fork and one loader set, so a write seen through either resets both.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createContext } from '../../src/context.js';
import { writeTransaction } from '../../src/db/write.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

/** What Apollo Server does to a context value before executing an operation (cloneObject). */
const apolloCopy = <T extends object>(o: T): T => Object.assign(Object.create(Object.getPrototypeOf(o)), o);

describe('request context', () => {
  it('is copied without forking, and forks once on first use', async () => {
    const fork = vi.spyOn(hub.orm.em, 'fork');
    try {
      const ctx = createContext(hub.orm);
      const copy = apolloCopy(ctx);
      expect(fork).not.toHaveBeenCalled();
      expect(copy.viewer).toBe(ctx.viewer);
      expect(copy.reader).toBe(hub.orm.em);
      const em = copy.em;
      expect(ctx.em).toBe(em);
      expect(ctx.loaders).toBe(copy.loaders);
      expect(fork).toHaveBeenCalledTimes(1);
    } finally {
      fork.mockRestore();
    }
  });

  it('gives the copy and the original fresh loaders after a committed write', async () => {
    const ctx = createContext(hub.orm);
    const copy = apolloCopy(ctx);
    const before = copy.loaders;
    await writeTransaction(copy.em, (tx) => tx.execute('select 1'));
    // A committed writeTransaction on the request's fork refreshes its loaders (db/write.ts onWrite).
    expect(copy.loaders).not.toBe(before);
    expect(ctx.loaders).toBe(copy.loaders);
  });
});
