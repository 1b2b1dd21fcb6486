// GET /open-data/registry.csv and /open-data/registry.json: the public Registry (open-data.ts), no key needed.
import { AppError } from '../errors.js';
import { writeOpenData, type OpenDataFormat } from './open-data.js';
import { exportRoute, queryParam, registerExports } from './router.js';
import { readLang } from './table.js';

registerExports((router, deps) => {
  router.get(
    '/open-data/:file',
    exportRoute(deps, async ({ orm, req, res }) => {
      const format = ({ 'registry.csv': 'csv', 'registry.json': 'json' } as Record<string, OpenDataFormat>)[String(req.params.file)];
      if (!format) throw AppError.notFound(null, `open data file ${JSON.stringify(String(req.params.file))} was not found`, { entity: 'open data file', key: String(req.params.file) });
      const lang = readLang(queryParam(req, 'lang'));
      await writeOpenData(orm, res, format, lang, (h) => {
        res.status(200);
        res.setHeader('content-type', h.contentType);
        res.setHeader('content-disposition', `attachment; filename="${h.fileName}"`);
        res.setHeader('x-data-as-of', h.asOf);
        res.setHeader('last-modified', new Date(h.asOf).toUTCString());
      });
    }),
  );
});
