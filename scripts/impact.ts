// `npm run impact -- --scenario CODE[,CODE…] [--as-of YYYY-MM-DD] [--kinds K,…] [--regions R,…] [--sectors S,…] [--override T=F=JSON]`:
// runs a regulatory-impact analysis over the Registry as of the date, stores it (impact_run, as
// `startImpactRun` does) and prints its number, hash, totals and the largest cells; the time and
// peak memory go to standard error. Exit 2 on a wrong invocation, 1 when the run fails.
import 'reflect-metadata';
import { todayInBishkek } from '../src/clock.js';
import { isIsoDate } from '../src/graphql/date.scalar.js';
import { startImpactRun } from '../src/modules/impact/impact-run.service.js';
import { parseArgs, progressBar, UsageError, withHubDatabase } from './cli.js';

const { options } = parseArgs(process.argv.slice(2));
const list = (name: string) => (typeof options[name] === 'string' ? (options[name] as string).split(',').map((s) => s.trim()).filter(Boolean) : null);
const usage = 'usage: npm run impact -- --scenario CODE[,CODE…] [--as-of YYYY-MM-DD] [--kinds K,…] [--regions R,…] [--sectors S,…] [--override TARGET=FACT=JSON]';

/** `--override table:kg.res760.protection-level#l1-special-type2-large=subjects.count=1000` (one; the GraphQL mutation takes up to 20). */
function overridesOf(raw: string | true | undefined) {
  if (raw === undefined) return [];
  const m = typeof raw === 'string' ? /^(.+)=([a-zA-Z.]+)=(.+)$/.exec(raw) : null;
  if (!m) throw new UsageError(`--override takes TARGET=FACT=JSON\n${usage}`);
  try {
    return [{ target: m[1]!, fact: m[2]!, value: JSON.parse(m[3]!) as unknown }];
  } catch {
    throw new UsageError(`--override: ${m[3]} is not JSON\n${usage}`);
  }
}

await withHubDatabase(async (orm) => {
  const scenario = [...new Set(list('scenario') ?? [])].sort();
  if (!scenario.length) throw new UsageError(usage);
  const asOf = typeof options['as-of'] === 'string' ? options['as-of'] : todayInBishkek();
  if (!isIsoDate(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD\n${usage}`);
  const bar = progressBar('impact', 'holders');
  let peak = 0;
  const started = performance.now();
  const { id, done } = await startImpactRun(orm.em, { scenario, asOf, filter: { kinds: list('kinds'), regionCodes: list('regions'), sectorKeys: list('sectors') }, overrides: overridesOf(options.override) }, `operator ${process.env.USER ?? 'unknown'}`, (n, total) => {
    peak = Math.max(peak, process.memoryUsage().rss);
    if (bar.isActive) bar.update(n);
    else bar.start(total, n);
  });
  await done;
  bar.stop();
  const [row] = await orm.em.fork().execute<{ inputs_hash: string; totals: Record<string, unknown>; cells: { requirementCode: string; change: string; holders: number }[] }[]>(
    'select inputs_hash, totals, cells from impact_run where id = ?',
    [id],
  );
  process.stderr.write(`impact run ${id}: ${((performance.now() - started) / 1000).toFixed(1)} s, peak RSS ${Math.round(peak / 2 ** 20)} MiB\n`);
  const { leaveCompliantSample: _s, ...totals } = row!.totals;
  process.stdout.write(`impact run ${id} of ${scenario.join(', ')} as of ${asOf}\ninputs hash ${row!.inputs_hash}\ntotals ${JSON.stringify(totals)}\n`);
  for (const c of row!.cells.slice(0, 15)) process.stdout.write(`  ${c.change.padEnd(8)} ${String(c.holders).padStart(7)}  ${c.requirementCode}\n`);
  if (row!.cells.length > 15) process.stdout.write(`  … ${row!.cells.length - 15} more (GraphQL impactRun(id: ${id}), or /exports/impact-runs/${id}.csv)\n`);
});
