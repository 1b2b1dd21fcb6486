// Prints how long building an inspection plan takes over the whole Registry of the database in
// DATABASE_URL or the embedded one (load it first: `npm run demo-data -- --holders 100000`).
//   npm run bench:plan -- --year 2026 --track BUSINESS --capacity 500
import 'reflect-metadata';
import { todayInBishkek } from '../src/clock.js';
import { buildPlan } from '../src/modules/inspection/plan.service.js';
import { parseArgs, withHubDatabase } from '../scripts/cli.js';

const { options } = parseArgs(process.argv.slice(2));
const year = Number(options.year ?? 2026);
const track = options.track === 'STATE' ? 'STATE' : 'BUSINESS';
const capacity = Number(options.capacity ?? 500);

await withHubDatabase(async (orm) => {
  const started = performance.now();
  const { plan, inputs } = await buildPlan(orm.em.fork(), { year, track, capacity }, todayInBishkek());
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  const groups = plan.entries.reduce<Record<string, number>>((m, e) => ({ ...m, [`group ${e.priorityGroup} ${e.riskDegree}`]: (m[`group ${e.priorityGroup} ${e.riskDegree}`] ?? 0) + 1 }), {});
  process.stdout.write(
    `plan ${year} ${track}: ${inputs.candidates} candidates, ${plan.entries.length} entries, ${plan.waiting.length} waiting, ${plan.excluded.length} excluded in ${secs} s\n` +
      `entries by group/degree: ${JSON.stringify(groups)}\nrss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB\n`,
  );
});
