// CSV and XLSX exports over HTTP (GET /exports/<list>.<format>): content equal to the database,
// headers in the requested language, the role scope of the GraphQL lists, JSON errors naming the
// parameter, and a large list streamed in keyset batches (never read whole).
import { request, type ClientRequest } from 'node:http';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/node.js';
import { OPERATOR } from '../../src/modules/auth/api-key.service.js';
import { recordViolation } from '../../src/modules/violation/violation.service.js';
import { makeHolder } from '../factories/registry.js';
import { LEAKS, startHttpHub, type HttpHub } from '../support/http-hub.js';
import { registrySince } from '../support/registry-history.js';

let http: HttpHub;
let analyst: string;
let holderTin: string;
let holderId: number;
const ARTICLE = 'kg/code/2021/128#art_413-2__part_1';

beforeAll(async () => {
  http = await startHttpHub();
  analyst = await http.keyFor('ANALYST');
  const h = await makeHolder(http.hub.orm.em, { nameRu: 'ОсОО «Экспорт»', regionCode: 'KG-GO' });
  const other = await makeHolder(http.hub.orm.em, { nameRu: 'ОсОО «Другая»', regionCode: 'KG-GB' });
  holderTin = h.tin;
  holderId = h.id;
  await registrySince(http.hub, '2010-01-01');
  for (const [id, detectedOn] of [[h.id, '2026-02-01'], [h.id, '2026-03-01'], [other.id, '2026-04-01']] as const) {
    await recordViolation(http.hub.orm.em.fork(), OPERATOR, { holderId: toGlobalId('Holder', id), provisionCodes: ['kg/law/2008/58#art_4__part_2'], requirementCodes: [], offenceArticleCode: ARTICLE, detectedOn, source: 'COMPLAINT' }, '2026-12-01');
  }
});
afterAll(() => http.close());

const get = (path: string, key?: string) => fetch(`${http.base}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
const csvOf = async (res: Response) => parse((await res.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];

describe('exports', () => {
  it('exports the violations as CSV with English headers, each row as stored', async () => {
    const res = await get('/exports/violations.csv?lang=en', analyst);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="violations-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = await csvOf(res);
    const stored = await http.hub.orm.em.fork().execute<{ id: number; detected_on: string; fine: string; verified: boolean }[]>(
      "select id, detected_on::text, (sanction->>'fineIndicators') as fine, (sanction->>'verified')::boolean as verified from violation order by id desc",
    );
    expect(rows.map((r) => [Number(r.ID), r['Detected on'], r['Fine, calculation indicators'], r.Verified])).toEqual(stored.map((s) => [s.id, s.detected_on, s.fine, String(s.verified)]));
    expect(rows[0]!['Code of Offences article']).toBe(ARTICLE);
    expect(rows[0]!.Reasons).toMatch(/first offence/);
  });

  it('uses the filter of the GraphQL list, coerced by the schema, and names a bad field', async () => {
    const filter = encodeURIComponent(JSON.stringify({ regionCodes: ['KG-GO'], detectedFrom: '2026-02-15' }));
    const rows = await csvOf(await get(`/exports/violations.csv?lang=ru&filter=${filter}`, analyst));
    expect(rows.map((r) => r['Дата выявления'])).toEqual(['2026-03-01']);
    const bad = await get(`/exports/violations.csv?filter=${encodeURIComponent(JSON.stringify({ detectedFrom: '2026-13-45' }))}`, analyst);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.detectedFrom' });
  });

  it('exports XLSX with Kyrgyz headers, and a dashboard', async () => {
    const res = await get('/exports/violations.xlsx?lang=ky', analyst);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Ээсинин аталышы');
    expect(sheet.rowCount).toBe(1 + 3);
    const dash = await csvOf(await get('/exports/violation-breakdown.csv?by=REGION&lang=en', analyst));
    expect(dash).toEqual([
      expect.objectContaining({ Value: 'KG-GO', Violations: '2' }),
      expect.objectContaining({ Value: 'KG-GB', Violations: '1' }),
    ]);
  });

  it('keeps the role scope: a HOLDER key exports its own rows, PUBLIC is refused as JSON', async () => {
    const own = (await (await import('../../src/modules/auth/api-key.service.js')).createApiKey(http.hub.orm.em, { name: 'own', role: 'HOLDER', holderTin })).key;
    const rows = await csvOf(await get('/exports/violations.csv?lang=en', own));
    expect(rows).toHaveLength(2);
    const pub = await get('/exports/violations.csv');
    expect(pub.status).toBe(403);
    expect(pub.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await pub.text();
    expect(JSON.parse(text).errors[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(text).not.toMatch(LEAKS);
    const badKey = await get('/exports/violations.csv', 'pdh_not-a-real-key');
    expect(badKey.status).toBe(401);
    expect(((await badKey.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0]!.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'UNKNOWN_KEY' });
    for (const [path, status, code] of [['/exports/nothing.csv', 404, 'NOT_FOUND'], ['/exports/violations.pdf', 400, 'BAD_USER_INPUT'], ['/exports/violations.csv?lang=fr', 400, 'BAD_USER_INPUT'], ['/exports/holder-breakdown.csv?by=NOPE', 400, 'BAD_USER_INPUT']] as const) {
      const r = await get(path, analyst);
      expect(r.status, path).toBe(status);
      expect(((await r.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code, path).toBe(code);
    }
  });

  it('streams a large list in keyset batches, never as one read', async () => {
    // 5,000 more violations of the holder, written directly (the export reads what is stored).
    await http.hub.orm.em.fork().execute(
      `insert into violation (holder_id, provision_codes, requirement_codes, offence_article_code, detected_on, source, status)
       select ?, '{}', '{}', ?, date '2026-01-01' + (g % 300), 'INSPECTION', 'RECORDED' from generate_series(1, 5000) g`,
      [holderId, ARTICLE],
    );
    let res!: Response;
    const statements = await http.hub.countQueries(async () => {
      res = await get('/exports/violations.csv', analyst);
      expect(res.headers.get('content-length')).toBeNull(); // sent as it is read (chunked)
      const rows = await csvOf(res);
      expect(rows).toHaveLength(5003);
      expect(new Set(rows.map((r) => r.ID)).size).toBe(5003);
    });
    const batches = statements.filter((s) => /from violation v join holder h/.test(s) && /limit/.test(s));
    expect(batches.length).toBe(6); // 1,000 rows a statement
  });

  it('publishes the public Registry as open data, without a key and without personal data', async () => {
    const ip = await makeHolder(http.hub.orm.em, { kind: 'INDIVIDUAL_ENTREPRENEUR', tin: '21203199100777', nameRu: 'ИП Асанова', headName: 'Асанова Айгуль' });
    const res = await get('/open-data/registry.json');
    expect(res.status).toBe(200);
    const asOf = res.headers.get('x-data-as-of');
    const text = await res.text();
    const doc = JSON.parse(text) as { asOf: string; publishedAt: string; basis: string; holders: { tin: string | null; nameRu: string | null; registryNumber: string | null; arrays: unknown[] }[] };
    expect(doc.asOf).toBe(asOf);
    expect(doc.basis).toBe('kg/cabinet-resolution/2022/638');
    const [{ n }] = await http.hub.orm.em.fork().execute<{ n: string }[]>('select count(*) n from holder');
    expect(doc.holders).toHaveLength(Number(n));
    expect(doc.holders.find((h) => h.nameRu === 'ИП Асанова')!.tin).toBeNull(); // an entrepreneur's TIN is personal data
    expect(doc.holders.find((h) => h.nameRu === 'ОсОО «Экспорт»')!.tin).toBe(holderTin);
    expect(text).not.toContain(ip.tin);
    expect(text).not.toContain('Асанова Айгуль');
    expect(text).not.toContain('dpo@example.kg');
    const csv = await csvOf(await get('/open-data/registry.csv?lang=en'));
    expect(csv).toHaveLength(Number(n));
    expect(Object.keys(csv[0]!)).toContain('Arrays and purposes');
    expect((await get('/open-data/secrets.csv')).status).toBe(404);
  });

  it('exports the requirement catalogue with titles in the language asked for, assessments and the stored distributions', async () => {
    const stored = await http.hub.orm.em.fork().execute<{ code: string; en: string | null }[]>(`select code, titles->>'en' as en from requirement order by code collate "C"`);
    const en = await csvOf(await get('/exports/requirements.csv?lang=en', analyst));
    expect(en.map((r) => r.Code)).toEqual(stored.map((r) => r.code));
    const withTitle = stored.find((r) => r.en)!;
    expect(en.find((r) => r.Code === withTitle.code)!.Title).toBe(withTitle.en);
    const verified = await csvOf(await get(`/exports/requirements.csv?filter=${encodeURIComponent(JSON.stringify({ verified: false }))}`, analyst));
    expect(verified.every((r) => r['Проверено'] === 'false')).toBe(true);
    const assessments = await get('/exports/assessments.csv?lang=en', analyst);
    expect(assessments.status).toBe(200);
    expect((await assessments.text()).replace(/^\uFEFF/, '').split('\n')[0]).toBe('ID,Holder name,Registry number,Requirement,Result,Assessed on,Self-assessment,Evidence');
    const risk = await csvOf(await get('/exports/risk-distribution.csv?lang=en', analyst));
    const [{ n }] = await http.hub.orm.em.fork().execute<{ n: string }[]>('select count(*) n from holder');
    expect(risk.reduce((sum, r) => sum + Number(r.Count), 0)).toBe(Number(n));
    expect((await get('/exports/risk-distribution.csv')).status).toBe(403);
  });

  it('exports the offence articles with their dated fine tables, and approved plans to the Agency only', async () => {
    const gql = await http.gql('{ offenceArticles(first: 100) { totalCount edges { node { code } } } }', {}, analyst);
    const codes = (gql.body.data as { offenceArticles: { edges: { node: { code: string } }[] } }).offenceArticles.edges.map((e) => e.node.code);
    const rows = await csvOf(await get('/exports/offence-articles.csv?lang=en', analyst));
    expect(rows.map((r) => r.Code)).toEqual(codes);
    expect(rows.every((r) => r.Sanctions.includes('verified'))).toBe(true);
    expect((await get('/exports/approved-plans.csv', analyst)).status).toBe(403);
    const inspector = await http.keyFor('INSPECTOR');
    const plans = await get('/exports/approved-plans.csv?lang=en', inspector);
    expect(plans.status).toBe(200);
    expect((await plans.text()).replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^Plan,Year,Track,SHA-256,Rank,Priority group,Holder name/);
  });

  it('holds a slow reader back, refuses a third export at once, and frees a reader that went away', async () => {
    // Two readers that stop reading a 5,000-row export (written above): their snapshots stay open.
    const stalled = await Promise.all(
      [1, 2].map(
        () =>
          new Promise<ClientRequest>((resolve) => {
            const req = request(`${http.base}/exports/violations.csv`, { headers: { authorization: `Bearer ${analyst}` } }, (res) => {
              res.pause();
              resolve(req);
            });
            req.end();
          }),
      ),
    );
    const third = await get('/exports/violations.csv', analyst);
    expect(third.status).toBe(429);
    expect(((await third.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0]!.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryable: true });
    expect(third.headers.get('content-disposition')).toBeNull();
    // The API is not held up meanwhile.
    expect((await http.gql('{ holderBreakdown(by: REGION) { key holders } }')).status).toBe(200);
    for (const req of stalled) req.destroy();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const res = await get('/exports/violation-breakdown.csv?by=REGION', analyst);
      status = res.status;
      await res.arrayBuffer();
    }
    expect(status).toBe(200);
  });

  it('escapes cells a spreadsheet would run as formulas, and refuses text PostgreSQL cannot compare', async () => {
    await makeHolder(http.hub.orm.em, { nameRu: '=HYPERLINK("http://evil.example","x")' });
    const csv = await csvOf(await get('/open-data/registry.csv?lang=en'));
    const names = csv.map((r) => r['Name (Russian)']);
    expect(names).toContain(`'=HYPERLINK("http://evil.example","x")`);
    expect(names.some((n) => n?.startsWith('='))).toBe(false);
    const nul = await get(`/exports/violations.csv?filter=${encodeURIComponent(JSON.stringify({ articleCodes: ['a\u0000b'] }))}`, analyst);
    expect(nul.status).toBe(400);
    expect(nul.headers.get('content-disposition')).toBeNull();
    expect(((await nul.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.articleCodes.0' });
    const many = await get(`/exports/violations.csv?filter=${encodeURIComponent(JSON.stringify({ regionCodes: Array.from({ length: 101 }, (_, i) => `KG-${i}`) }))}`, analyst);
    expect(((await many.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionCodes' });
  });
});
