// GET /exports/impact-runs/:id.json|csv|xlsx: a stored regulatory-impact run, for publication with
// a regulatory impact analysis. JSON is the run whole (inputs, basis, hash, totals, cells); CSV and
// XLSX one row per requirement and change. PARTNER keys get it without the sample holders.
import { AppError } from '../errors.js';
import { assertCanReadImpact, seesImpactHolders } from '../modules/impact/impact.access.js';
import { RUN_SELECT, type RunRow } from '../modules/impact/impact-run.view.js';
import type { ImpactCell } from '../domain/impact/registry-impact.js';
import { exportRoute, registerExports } from './router.js';
import { CONTENT_TYPES, each, readLang, writeTable, type Column } from './table.js';

const dims = (m: Record<string, number>) => Object.entries(m).map(([k, n]) => `${k}=${n}`).join('; ');

const COLUMNS: Column<ImpactCell>[] = [
  { header: { ky: 'Талап', ru: 'Требование', en: 'Requirement' }, value: (c) => c.requirementCode },
  { header: { ky: 'Өзгөрүү', ru: 'Изменение', en: 'Change' }, value: (c) => c.change },
  { header: { ky: 'Ээлер', ru: 'Держатели', en: 'Holders' }, value: (c) => c.holders },
  { header: { ky: 'Ээнин милдеттери', ru: 'Обязанности держателя', en: 'Holder-level obligations' }, value: (c) => c.targets.HOLDER },
  { header: { ky: 'Массивдердин милдеттери', ru: 'Обязанности по массивам', en: 'Array-level obligations' }, value: (c) => c.targets.ARRAY },
  { header: { ky: 'Тутумдардын милдеттери', ru: 'Обязанности по системам', en: 'System-level obligations' }, value: (c) => c.targets.SYSTEM },
  { header: { ky: 'Түрү боюнча', ru: 'По виду', en: 'By kind' }, value: (c) => dims(c.by.kind) },
  { header: { ky: 'Тармак боюнча', ru: 'По отрасли', en: 'By sector' }, value: (c) => dims(c.by.sector) },
  { header: { ky: 'Аймак боюнча', ru: 'По региону', en: 'By region' }, value: (c) => dims(c.by.region) },
  { header: { ky: 'Текшерүү багыты боюнча', ru: 'По треку проверок', en: 'By inspection track' }, value: (c) => dims(c.by.track) },
];

const PATH = /^\/exports\/impact-runs\/(\d{1,9})\.(json|csv|xlsx)$/;

registerExports((router, deps) => {
  router.get(
    PATH,
    exportRoute(deps, async ({ viewer, orm, req, res }) => {
      assertCanReadImpact(viewer);
      const [, rawId, format] = PATH.exec(req.path)!;
      const [row] = await orm.em.fork().execute<RunRow[]>(`${RUN_SELECT} where r.id = ?`, [Number(rawId)]);
      if (!row) throw AppError.notFound('id', `impact run ${rawId} was not found`);
      const status = row.interrupted ? 'FAILED' : row.status;
      if (status !== 'SUCCEEDED') throw new AppError('CONFLICT', `impact run ${row.id} is ${status}: it has figures once it SUCCEEDED`, { field: 'id' });
      const cells = (row.cells ?? []).map((c) => (seesImpactHolders(viewer) ? c : { ...c, sample: [] }));
      const totals = row.totals && !seesImpactHolders(viewer) ? { ...row.totals, leaveCompliantSample: [] } : row.totals;
      res.setHeader('content-disposition', `attachment; filename="impact-run-${row.id}.${format}"`);
      res.setHeader('cache-control', 'private, no-store');
      if (format === 'json') {
        res.status(200).setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ ...row, interrupted: undefined, cells, totals }, null, 2));
        return;
      }
      const lang = readLang(typeof req.query.lang === 'string' ? req.query.lang : undefined);
      res.status(200).setHeader('content-type', CONTENT_TYPES[format as 'csv' | 'xlsx']);
      await writeTable(res, format as 'csv' | 'xlsx', COLUMNS, each(cells), lang, `impact-run-${row.id}`);
    }),
  );
});
