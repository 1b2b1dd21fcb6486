// `npm run demo-data -- --holders 100000 [--seed 58]` loads the deterministic demo Registry;
// with `--out file.jsonl` it writes an import file instead (no database needed).
import 'reflect-metadata';
import { accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadDemoRegistry, writeDemoJsonl } from '../src/demo/load-demo.js';
import { OPERATOR } from '../src/modules/auth/api-key.service.js';
import { parseArgs, progressBar, runCommand, withHubDatabase } from './cli.js';

const { options } = parseArgs(process.argv.slice(2));
const holders = Number(options.holders ?? 1000);
const seed = options.seed === undefined ? undefined : Number(options.seed);
if (!Number.isInteger(holders) || holders < 1 || holders > 100_000) {
  process.stderr.write('--holders must be an integer from 1 to 100000\n');
  process.exit(2);
}

const started = performance.now();
const secs = () => ((performance.now() - started) / 1000).toFixed(1);
if (typeof options.out === 'string') {
  const out = options.out;
  try {
    accessSync(dirname(resolve(out)), constants.W_OK); // the writer's stream would fail with an unhandled error
  } catch {
    process.stderr.write(`cannot write ${out}: its folder does not exist or is not writable\n`);
    process.exit(2);
  }
  await runCommand(async () => {
    const lines = await writeDemoJsonl(out, { holders, seed });
    process.stdout.write(`wrote ${lines} rows (${holders} holders) to ${out} in ${secs()} s\n`);
  });
} else {
  await withHubDatabase(async (orm) => {
    const bar = progressBar('demo data', 'holders');
    bar.start(holders, 0);
    const report = await loadDemoRegistry(orm.em, OPERATOR, { holders, seed, onProgress: (done) => bar.update(done) });
    bar.stop();
    const mem = Math.round(process.memoryUsage().rss / 2 ** 20);
    process.stdout.write(`loaded ${report.holders} holders, ${report.arrays} arrays, ${report.systems} systems in ${secs()} s (rss ${mem} MiB)\n`);
  });
}
