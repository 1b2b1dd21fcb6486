// The working lists (violations, inspections) and their dashboards: filters, keyset paging over
// every row exactly once, the role scope of the single-record queries, statements per page, and
// aggregates equal to counts computed here from the rows the test wrote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/access/roles.js';
import { toGlobalId } from '../../src/graphql/node.js';
import {
  ChangeViolationStatusDocument,
  InspectionBreakdownDocument,
  InspectionsListDocument,
  RecordViolationDocument,
  ScheduleInspectionDocument,
  ViolationBreakdownDocument,
  ViolationsListDocument,
} from '../__generated__/graphql.js';
import { makeHolder } from '../factories/registry.js';
import { registrySince } from '../support/registry-history.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const ART_413_2_1 = 'kg/code/2021/128#art_413-2__part_1';
const ART_413_3 = 'kg/code/2021/128#art_413-3';
let hub: TestHub;
let inspector: Viewer;
let analyst: Viewer;
let osh: { id: number; tin: string };
let bishkek: { id: number; tin: string };
/** What the test wrote: [holder, article, detectedOn, upheld]. */
const written: { holderId: number; region: string; article: string; detectedOn: string; upheld: boolean; id: string }[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  inspector = await hub.viewerFor('INSPECTOR');
  analyst = await hub.viewerFor('ANALYST');
  const o = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Ош Сервис»', regionCode: 'KG-GO', sectorKey: 'retail' });
  const b = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Бишкек Финанс»', regionCode: 'KG-GB', sectorKey: 'finance.banking' });
  osh = { id: o.id, tin: o.tin };
  bishkek = { id: b.id, tin: b.tin };
  await registrySince(hub, '2010-01-01');
  const cases = [
    [osh, 'KG-GO', ART_413_2_1, '2026-02-10', true],
    [osh, 'KG-GO', 'kg/code/2021/128#art_413-3__part_1', '2026-03-05', false],
    [osh, 'KG-GO', 'kg/code/2021/128#art_413-3__part_1', '2026-04-20', false],
    [bishkek, 'KG-GB', ART_413_2_1, '2026-03-15', false],
    [bishkek, 'KG-GB', 'kg/code/2021/128#art_413-3__part_1', '2025-12-01', true],
  ] as const;
  for (const [h, region, article, detectedOn, upheld] of cases) {
    const { data, errors } = await hub.execute(
      RecordViolationDocument,
      { input: { holderId: toGlobalId('Holder', h.id), provisionCodes: ['kg/law/2008/58#art_4__part_2'], requirementCodes: [], offenceArticleCode: article, detectedOn, source: 'COMPLAINT' } },
      inspector,
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const v = data!.recordViolation.violation;
    if (upheld) {
      const up = await hub.execute(ChangeViolationStatusDocument, { input: { id: v.id, version: v.version, status: 'UPHELD', on: detectedOn } }, inspector);
      expect(up.errors, JSON.stringify(up.errors)).toBeUndefined();
    }
    written.push({ holderId: h.id, region, article, detectedOn, upheld, id: v.id });
  }
});
afterAll(() => hub.close());

/** Every node of a connection, page by page of `first`. */
async function everyPage<N>(fetch: (after: string | null) => Promise<{ edges: { node: N }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }>) {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const page = await fetch(after);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor ?? null;
  }
  throw new Error('paging did not end');
}

describe('violations list', () => {
  it('pages every violation exactly once, newest recorded first, with the total', async () => {
    const nodes = await everyPage(async (after) => {
      const { data, errors } = await hub.execute(ViolationsListDocument, { first: 2, after }, analyst);
      expect(errors).toBeUndefined();
      expect(data!.violations.totalCount).toBe(written.length);
      return data!.violations;
    });
    expect(nodes.map((n) => n.id)).toEqual([...written].reverse().map((w) => w.id));
  });

  it('filters by article (a whole article matches its parts), region and detection dates', async () => {
    const ids = async (filter: object) => (await hub.execute(ViolationsListDocument, { filter, first: 100 }, analyst)).data!.violations.edges.map((e) => e.node.id).sort();
    const expected = (p: (w: (typeof written)[number]) => boolean) => written.filter(p).map((w) => w.id).sort();
    expect(await ids({ articleCodes: [ART_413_3] })).toEqual(expected((w) => w.article.startsWith(`${ART_413_3}__`)));
    expect(await ids({ articleCodes: [ART_413_3], regionCodes: ['KG-GO'] })).toEqual(expected((w) => w.article.startsWith(`${ART_413_3}__`) && w.region === 'KG-GO'));
    expect(await ids({ detectedFrom: '2026-03-01', detectedTo: '2026-03-31' })).toEqual(expected((w) => w.detectedOn >= '2026-03-01' && w.detectedOn <= '2026-03-31'));
    expect(await ids({ decidedFrom: '2026-01-01' })).toEqual(expected((w) => w.upheld && w.detectedOn >= '2026-01-01'));
    // `413-3` alone is not a prefix of `413-31`: the match is by article, not by text
    expect(await ids({ articleCodes: ['kg/code/2021/128#art_413'] })).toEqual([]);
  });

  it('shows a HOLDER key its own violations only, and refuses PUBLIC naming the field', async () => {
    const own = await hub.viewerFor('HOLDER', osh.tin);
    const { data } = await hub.execute(ViolationsListDocument, { first: 100 }, own);
    expect(data!.violations.edges.map((e) => e.node.holder.id)).toEqual(written.filter((w) => w.holderId === osh.id).map(() => toGlobalId('Holder', osh.id)));
    const other = await hub.execute(ViolationsListDocument, { filter: { holderId: toGlobalId('Holder', bishkek.id) }, first: 100 }, own);
    expect(other.data!.violations.edges).toEqual([]);
    expect(other.data!.violations.totalCount).toBe(0);
    const pub = await hub.execute(ViolationsListDocument, { first: 10 });
    expect(pub.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'violations' });
  });

  it('reads a page in one statement, and refuses a foreign cursor', async () => {
    const statements = await hub.countQueries(() => hub.execute(ViolationsListDocument, { first: 3 }, analyst));
    // the page, its count, and the holders of its rows (one batched load)
    expect(statements.length).toBeLessThanOrEqual(3);
    const bad = await hub.execute(ViolationsListDocument, { first: 3, after: Buffer.from('["x"]').toString('base64url') }, analyst);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('violation dashboards', () => {
  it('counts violations and decided fines by article and by region, as the rows say', async () => {
    const { data, errors } = await hub.execute(ViolationBreakdownDocument, { by: 'REGION' }, analyst);
    expect(errors).toBeUndefined();
    const byRegion = new Map(data!.violationBreakdown.map((e) => [e.key, e]));
    for (const region of ['KG-GO', 'KG-GB']) {
      const mine = written.filter((w) => w.region === region);
      expect(byRegion.get(region)).toMatchObject({ violations: mine.length, decisions: mine.filter((w) => w.upheld).length });
    }
    // Fines as stored by the penalty decisions, in ЭК and soms; none lacks a soms rate here.
    const [stored] = await hub.orm.em.fork().execute<{ ind: string; soms: string }[]>('select sum(fine_indicators) ind, sum(fine_soms) soms from penalty_decision');
    const total = data!.violationBreakdown.reduce((s, e) => ({ ind: s.ind + e.fineIndicators, soms: s.soms + e.fineSoms }), { ind: 0, soms: 0 });
    expect(total).toEqual({ ind: Number(stored!.ind), soms: Number(stored!.soms) });
    expect(total.ind).toBeGreaterThan(0);

    const byArticle = (await hub.execute(ViolationBreakdownDocument, { by: 'ARTICLE', filter: { detectedFrom: '2026-01-01' } }, analyst)).data!.violationBreakdown;
    const expected = new Map<string, number>();
    for (const w of written.filter((x) => x.detectedOn >= '2026-01-01')) expected.set(w.article, (expected.get(w.article) ?? 0) + 1);
    expect(new Map(byArticle.map((e) => [e.key, e.violations]))).toEqual(expected);
  });

  it('keeps a HOLDER key to its own figures and PUBLIC out', async () => {
    const own = await hub.viewerFor('HOLDER', bishkek.tin);
    const { data } = await hub.execute(ViolationBreakdownDocument, { by: 'REGION' }, own);
    expect(data!.violationBreakdown).toEqual([expect.objectContaining({ key: 'KG-GB', violations: written.filter((w) => w.holderId === bishkek.id).length })]);
    const pub = await hub.execute(ViolationBreakdownDocument, { by: 'REGION' });
    expect(pub.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('inspections list and dashboard', () => {
  it('lists scheduled inspections by status, inspector and holder, with the role scope of inspection(id)', async () => {
    const scheduled: string[] = [];
    for (const h of [osh, bishkek]) {
      const { data, errors } = await hub.execute(
        ScheduleInspectionDocument,
        { input: { holderId: toGlobalId('Holder', h.id), ground: 'COMPLAINT', inspectorIds: [inspector.keyId!], noticeDate: '2026-11-01', startDate: '2026-12-10', endDate: '2026-12-15' } },
        inspector,
      );
      expect(errors, JSON.stringify(errors)).toBeUndefined();
      scheduled.push(String(data!.scheduleInspection.id));
    }
    const listed = await hub.execute(InspectionsListDocument, { filter: { inspectorId: inspector.keyId! }, first: 10 }, inspector);
    expect(listed.errors, JSON.stringify(listed.errors) + hub.loggedErrors.join("\n")).toBeUndefined();
    const list = listed.data!.inspections;
    expect(list.totalCount).toBe(2);
    expect(list.edges.map((e) => String(e.node.id))).toEqual([...scheduled].reverse());
    expect(list.edges.every((e) => e.node.planned === false && e.node.inspectorIds.includes(inspector.keyId!))).toBe(true);
    const none = (await hub.execute(InspectionsListDocument, { filter: { statuses: ['COMPLETED'] }, first: 10 }, inspector)).data!.inspections;
    expect(none.totalCount).toBe(0);

    const own = await hub.viewerFor('HOLDER', osh.tin);
    const mine = (await hub.execute(InspectionsListDocument, { first: 10 }, own)).data!.inspections;
    expect(mine.edges.map((e) => e.node.holder.id)).toEqual([toGlobalId('Holder', osh.id)]);
    const refused = await hub.execute(InspectionsListDocument, { first: 10 }, analyst);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'inspections' });

    const statements = await hub.countQueries(() => hub.execute(InspectionsListDocument, { first: 10 }, inspector));
    expect(statements.length).toBeLessThanOrEqual(4); // page, count, findings of the page, holders of the page

    const byStatus = (await hub.execute(InspectionBreakdownDocument, { by: 'STATUS' }, inspector)).data!.inspectionBreakdown;
    const [counted] = await hub.orm.em.fork().execute<{ n: string }[]>("select count(*) n from inspection where status = 'NOTIFIED'");
    expect(byStatus).toEqual([{ key: 'NOTIFIED', inspections: Number(counted!.n) }]);
    const byMonth = (await hub.execute(InspectionBreakdownDocument, { by: 'MONTH', filter: { holderId: toGlobalId('Holder', bishkek.id) } }, inspector)).data!.inspectionBreakdown;
    expect(byMonth).toEqual([{ key: '2026-12', inspections: 1 }]);
  });
});
