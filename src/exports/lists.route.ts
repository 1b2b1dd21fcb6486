// GET /exports/<list>.<csv|xlsx>?lang=ky|ru|en&filter=<JSON>&by=<DIMENSION> with the same bearer
// key as /graphql: the lists and dashboards of lists.ts, streamed.
import { registerExports, exportRoute, queryParam } from './router.js';
import { buildExport, EXPORTS } from './lists.js';
import { CONTENT_TYPES, FORMATS, readLang, writeTable, type TableFormat } from './table.js';
import { AppError } from '../errors.js';
import { inSnapshot } from './snapshot.js';

registerExports((router, deps) => {
  router.get(
    '/exports/:file',
    exportRoute(deps, async ({ viewer, orm, req, res }) => {
      const [list, format, ...rest] = String(req.params.file).split('.');
      if (!list || !(EXPORTS as readonly string[]).includes(list) || rest.length) throw AppError.notFound(null, `export ${JSON.stringify(String(req.params.file))} was not found`, { entity: 'export', key: String(req.params.file) });
      if (!format || !(FORMATS as readonly string[]).includes(format)) throw AppError.badInput('format', `must be one of ${FORMATS.join(', ')} (the file extension)`);
      const lang = readLang(queryParam(req, 'lang'));
      await inSnapshot(orm, async (em, asOf) => {
        const table = await buildExport(em, deps.schema, viewer, list, { filter: queryParam(req, 'filter'), by: queryParam(req, 'by'), lang });
        res.status(200);
        res.setHeader('content-type', CONTENT_TYPES[format as TableFormat]);
        res.setHeader('content-disposition', `attachment; filename="${table.name}-${asOf.slice(0, 10)}.${format}"`);
        res.setHeader('x-data-as-of', asOf);
        res.setHeader('cache-control', 'no-store');
        await writeTable(res, format as TableFormat, table.columns, table.rows, lang, table.name);
      });
    }),
  );
});
