// The catalogue lists (requirements, offence articles) and the assessment history as filtered
// connections: every item once across pages, filters equal to the stored rows, role scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/access/roles.js';
import { toGlobalId } from '../../src/graphql/node.js';
import { ApprovedPlansListDocument, AssessmentsListDocument, OffenceArticlesListDocument, RecordAssessmentDocument, RequirementsListDocument, type RequirementsListQuery, type RequirementsListQueryVariables } from '../__generated__/graphql.js';
import { makeHolder } from '../factories/registry.js';
import { registrySince } from '../support/registry-history.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const POLICY = 'kg.law58.art4.processing-policy';
let hub: TestHub;
let inspector: Viewer;
let analyst: Viewer;
let holder: { id: number; tin: string };
let other: { id: number; tin: string };

beforeAll(async () => {
  hub = await startTestHub();
  inspector = await hub.viewerFor('INSPECTOR');
  analyst = await hub.viewerFor('ANALYST');
  const h = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Оценка»' });
  const o = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Другая оценка»' });
  holder = { id: h.id, tin: h.tin };
  other = { id: o.id, tin: o.tin };
  await registrySince(hub, '2010-01-01');
});
afterAll(() => hub.close());

describe('requirements', () => {
  it('pages the whole catalogue by code, once each, and filters as the stored rows say', async () => {
    const stored = await hub.orm.em.fork().execute<{ code: string; verified: boolean; applies_to: string; source_act_code: string }[]>('select code, verified, applies_to, source_act_code from requirement order by code collate "C"');
    const codes: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: Awaited<ReturnType<typeof hub.execute<RequirementsListQuery, RequirementsListQueryVariables>>> = await hub.execute(RequirementsListDocument, { first: 7, after });
      expect(result.errors).toBeUndefined();
      const page = result.data!.requirements;
      expect(page.totalCount).toBe(stored.length);
      codes.push(...page.edges.map((e) => e.node.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(codes).toEqual(stored.map((s) => s.code));
    const filtered = (await hub.execute(RequirementsListDocument, { filter: { actCodes: ['kg/law/2008/58'], verified: true, appliesTo: ['HOLDER'] }, first: 100 })).data!.requirements;
    expect(filtered.edges.map((e) => e.node.code)).toEqual(stored.filter((s) => s.source_act_code === 'kg/law/2008/58' && s.verified && s.applies_to === 'HOLDER').map((s) => s.code));
    expect(filtered.totalCount).toBe(filtered.edges.length);
    const search = (await hub.execute(RequirementsListDocument, { filter: { search: 'PROCESSING-POLICY' }, first: 100 })).data!.requirements;
    expect(search.edges.map((e) => e.node.code)).toContain(POLICY);
  });

  it('lists offence article parts by article and decider', async () => {
    const all = (await hub.execute(OffenceArticlesListDocument, { first: 100 })).data!.offenceArticles;
    expect(all.totalCount).toBeGreaterThan(1);
    const part = (await hub.execute(OffenceArticlesListDocument, { filter: { articles: ['413-2'] }, first: 100 })).data!.offenceArticles;
    expect(part.edges.length).toBeGreaterThan(0);
    expect(part.edges.every((e) => e.node.article === '413-2')).toBe(true);
    expect(part.totalCount).toBe(all.edges.filter((e) => e.node.article === '413-2').length);
  });
});

describe('assessments', () => {
  it('lists the history with evidence, by validity on a day, and in the role scope', async () => {
    const record = async (tin: { id: number }, assessedOn: string, validUntil: string | null, viewer: Viewer) => {
      const { errors } = await hub.execute(
        RecordAssessmentDocument,
        { input: { requirementCode: POLICY, targetId: toGlobalId('Holder', tin.id), result: 'COMPLIANT', assessedOn, evidence: [{ kind: 'POLICY', title: `Политика ${assessedOn}`, validUntil }] } },
        viewer,
      );
      expect(errors, JSON.stringify(errors)).toBeUndefined();
    };
    await record(holder, '2026-01-10', '2026-06-30', inspector);
    await record(holder, '2026-07-01', null, inspector);
    await record(other, '2026-02-01', '2026-03-01', inspector);

    const all = (await hub.execute(AssessmentsListDocument, { first: 2 }, analyst)).data!.assessments;
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e) => e.node.assessedOn)).toEqual(['2026-02-01', '2026-07-01']); // newest recorded first
    const validInMay = (await hub.execute(AssessmentsListDocument, { filter: { validOn: '2026-05-01' }, first: 10 }, analyst)).data!.assessments;
    expect(validInMay.edges.map((e) => e.node.assessedOn)).toEqual(['2026-01-10']);
    const expiredInAugust = (await hub.execute(AssessmentsListDocument, { filter: { expiredOn: '2026-08-01', holderId: toGlobalId('Holder', holder.id) }, first: 10 }, analyst)).data!.assessments;
    expect(expiredInAugust.edges.map((e) => [e.node.assessedOn, e.node.evidence[0]!.validUntil])).toEqual([['2026-01-10', '2026-06-30']]);
    const agency = (await hub.execute(AssessmentsListDocument, { filter: { assessorKind: 'SELF' }, first: 10 }, analyst)).data!.assessments;
    expect(agency.totalCount).toBe(0);

    const own = await hub.viewerFor('HOLDER', other.tin);
    const mine = (await hub.execute(AssessmentsListDocument, { first: 10 }, own)).data!.assessments;
    expect(mine.edges.map((e) => e.node.holderId)).toEqual([toGlobalId('Holder', other.id)]);
    const pub = await hub.execute(AssessmentsListDocument, { first: 10 });
    expect(pub.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'assessments' });
  });
});

describe('approved plans', () => {
  it('are for the Agency only', async () => {
    const { data, errors } = await hub.execute(ApprovedPlansListDocument, { filter: { year: 2026 }, first: 5 }, inspector);
    expect(errors).toBeUndefined();
    expect(data!.approvedInspectionPlans.totalCount).toBe(0);
    const refused = await hub.execute(ApprovedPlansListDocument, { first: 5 }, analyst);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
