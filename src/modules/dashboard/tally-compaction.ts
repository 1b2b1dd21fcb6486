// Folds the dashboard tallies' delta rows (Migration20261202000000_holder_tallies) so a breakdown
// keeps reading a few hundred rows however many writes came before. Safe in every hub replica at
// once: a compaction only deletes committed deltas and re-inserts their sums in one statement.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logger.js';

/** How often the serving process compacts; between runs the tallies grow by one row per changed combination per statement. */
export const TALLY_COMPACTION_MS = 60_000;

export async function compactTallies(orm: MikroORM): Promise<void> {
  await orm.em.execute('select tally_compact()');
}

/** Compacts now and then every `everyMs`; stop() waits for a run in progress. */
export function startTallyCompaction(orm: MikroORM, logger: Logger, everyMs = TALLY_COMPACTION_MS): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = compactTallies(orm).catch((e: unknown) => logger.warn(`compacting the dashboard tallies failed: ${e instanceof Error ? e.message : String(e)}`));
  };
  run();
  const timer = setInterval(run, everyMs).unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
