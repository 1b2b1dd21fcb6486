// `npm run export -- <list> [--format csv|xlsx|json] [--lang ky|ru|en] [--filter JSON] [--by DIM] [--out FILE]`:
// the same exports as GET /exports/<list>.<format> and /open-data/registry.<csv|json>, as the
// operator (ADMIN scope), to a file or standard output. Lists: violations, inspections,
// holder-breakdown, violation-breakdown, inspection-breakdown, registry (the public open data).
import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';
import { AppError } from '../src/errors.js';
import { buildExport, EXPORTS } from '../src/exports/lists.js';
import { OPEN_DATA_FORMATS, writeOpenData, type OpenDataFormat } from '../src/exports/open-data.js';
import { FORMATS, readLang, writeTable, type TableFormat } from '../src/exports/table.js';
import { inSnapshot } from '../src/exports/snapshot.js';
import { OPERATOR } from '../src/modules/auth/api-key.service.js';
import { buildServedSchema } from '../src/schema.js';
import { counted, parseArgs, progressBar, UsageError, withHubDatabase } from './cli.js';

const { positional, options } = parseArgs(process.argv.slice(2));
const list = positional[0];
const opt = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
const usage = `usage: npm run export -- <${[...EXPORTS, 'registry'].join('|')}> [--format csv|xlsx|json] [--lang ky|ru|en] [--filter JSON] [--by DIMENSION] [--out FILE]`;

await withHubDatabase(async (orm) => {
  if (!list || positional.length > 1) throw new UsageError(usage);
  const format = opt('format') ?? 'csv';
  let lang;
  try {
    lang = readLang(opt('lang'), '--lang');
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  // Standard output cannot be ended; the writers end what they write to, so they get a pass-through.
  const open = (): Writable => {
    if (opt('out')) return createWriteStream(opt('out')!);
    const through = new PassThrough();
    through.pipe(process.stdout, { end: false });
    return through;
  };
  // On standard error, so the export on standard output stays clean.
  const bar = progressBar(`export ${list}`, 'rows');
  bar.start(0, 0);
  try {
    if (list === 'registry') {
      if (!(OPEN_DATA_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${OPEN_DATA_FORMATS.join(', ')} for the registry`);
      // The public Registry is every holder of the snapshot: counted first, so the bar has an ETA.
      await writeOpenData(orm, open(), format as OpenDataFormat, lang, undefined, async function* (rows, em) {
        const [r] = await em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from holder');
        bar.setTotal(r?.n ?? 0);
        yield* counted(rows, bar);
      });
      return;
    }
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    const schema = await buildServedSchema();
    await inSnapshot(orm, async (em) => {
      const table = await buildExport(em, schema, OPERATOR, list, { filter: opt('filter'), by: opt('by'), lang });
      await writeTable(open(), format as TableFormat, table.columns, counted(table.rows, bar), lang, table.name);
    });
  } catch (e) {
    if (e instanceof AppError && e.code !== 'FORBIDDEN') throw new UsageError(`${e.message}\n${usage}`);
    throw e;
  } finally {
    bar.stop();
  }
});
