// Prints the time and peak memory of a regulatory-impact analysis over the whole Registry in
// DATABASE_URL or the embedded one (load it first: `npm run demo-data -- --holders 100000`), beside
// the full compliance recompute it is measured against (issue 15: no more than twice its time):
//   npm run bench:impact [-- --scenario kg/draft/2023/law-on-personal-data-protection]
// The recompute rewrites the stored statuses (as `npm run compliance:recompute` does, same result);
// the impact analysis runs in a read-only snapshot and is not stored. Printed, never asserted.
import 'reflect-metadata';
import { IsolationLevel } from '@mikro-orm/core';
import { cpus, loadavg } from 'node:os';
import { todayInBishkek } from '../src/clock.js';
import { recomputeAll } from '../src/modules/compliance/holder-compliance.service.js';
import { checkScenarioActs, computeImpact } from '../src/modules/impact/impact-run.service.js';
import { parseArgs, withHubDatabase } from '../scripts/cli.js';

const { options } = parseArgs(process.argv.slice(2));
const scenario = String(options.scenario ?? 'kg/draft/2023/law-on-personal-data-protection').split(',');
const asOf = todayInBishkek();

/** Wall time and the highest RSS seen (sampled every 100 ms) while `fn` runs. */
async function measure(fn: () => Promise<unknown>): Promise<{ s: number; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return { s: (performance.now() - started) / 1000, peakMiB: Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20) };
}

await withHubDatabase(async (orm) => {
  await checkScenarioActs(orm.em.fork(), scenario);
  const [{ n }] = (await orm.em.fork().execute<{ n: string }[]>('select count(*) as n from holder')) as [{ n: string }];
  const recompute = await measure(() => recomputeAll(orm.em, asOf));
  global.gc?.();
  let holders = 0;
  const impact = await measure(() =>
    orm.em.fork().transactional(async (em) => (holders = (await computeImpact(em, { scenario, asOf, filter: {}, overrides: [] })).totals.holders), {
      isolationLevel: IsolationLevel.REPEATABLE_READ,
      readOnly: true,
    }),
  );
  process.stdout.write(
    `machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), load ${loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}\n` +
      `Registry: ${Number(n).toLocaleString('en')} holders; scenario ${scenario.join(', ')}; as of ${asOf}\n\n` +
      `| | time | peak RSS |\n|---|--:|--:|\n` +
      `| compliance recompute (every holder, stored) | ${recompute.s.toFixed(1)} s | ${recompute.peakMiB} MiB |\n` +
      `| impact analysis (${holders.toLocaleString('en')} holders, two assessments and a diff each) | ${impact.s.toFixed(1)} s | ${impact.peakMiB} MiB |\n` +
      `| ratio | ${(impact.s / recompute.s).toFixed(2)}× | |\n`,
  );
});
