// `npm run compliance:recompute [-- --as-of 2026-01-01]`: recomputes every holder's stored status.
import 'reflect-metadata';
import { todayInBishkek } from '../src/clock.js';
import { isIsoDate } from '../src/graphql/date.scalar.js';
import { recomputeAll } from '../src/modules/compliance/holder-compliance.service.js';
import { parseArgs, progressBar, withHubDatabase } from './cli.js';

const { options } = parseArgs(process.argv.slice(2));
const asOf = typeof options['as-of'] === 'string' ? options['as-of'] : todayInBishkek();
if (!isIsoDate(asOf)) {
  process.stderr.write('--as-of must be a date YYYY-MM-DD\n');
  process.exit(2);
}

await withHubDatabase(async (orm) => {
  const bar = progressBar('compliance', 'holders');
  const started = performance.now();
  const done = await recomputeAll(orm.em, asOf, (n, total) => (bar.isActive ? bar.update(n) : bar.start(total, n)));
  bar.stop();
  process.stdout.write(`recomputed ${done} holders as of ${asOf} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
});
