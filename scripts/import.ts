// `npm run import -- <file.csv|file.jsonl> [--dry-run]`: imports a Registry export, all or nothing.
import 'reflect-metadata';
import { accessSync, constants, statSync } from 'node:fs';
import { OPERATOR } from '../src/modules/auth/api-key.service.js';
import { ImportRejected, importRegistry } from '../src/modules/registry-import/import-registry.js';
import { parseArgs, progressBar, withHubDatabase } from './cli.js';

const { positional, options } = parseArgs(process.argv.slice(2));
const file = positional[0];
if (!file) {
  process.stderr.write('usage: npm run import -- <file.csv|file.jsonl> [--dry-run]\n');
  process.exit(2);
}
try {
  accessSync(file, constants.R_OK); // before the database is started for nothing
  if (!statSync(file).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  process.stderr.write(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory, not a file' : (e as Error).message}\n`);
  process.exit(2);
}

await withHubDatabase(async (orm) => {
  const bar = progressBar('importing', 'records');
  const started = performance.now();
  try {
    const report = await importRegistry(orm.em, OPERATOR, file, {
      dryRun: options['dry-run'] === true,
      onProgress: (done, total) => (bar.isActive ? bar.update(done) : bar.start(total, done)),
    });
    bar.stop();
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `${report.dryRun ? 'dry run: no problems found in' : 'imported'} ${report.rows} rows in ${secs} s` +
        `${report.dryRun ? '' : ` (holders +${report.holders.inserted} ~${report.holders.updated}, arrays +${report.arrays.inserted} ~${report.arrays.updated})`}\n`,
    );
  } catch (e) {
    bar.stop();
    if (!(e instanceof ImportRejected)) throw e;
    for (const p of e.report.problems) process.stderr.write(`line ${p.line}: ${p.field}: ${p.reason}\n`);
    process.stderr.write(`${e.message}\n`);
    return 1;
  }
});
