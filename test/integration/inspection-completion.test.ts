// An inspection from start to completion, and what a completed one shows to whom, against the real
// database. Each test starts from its own inspection (support/inspection-fixtures.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/node.js';
import {
  AuditLogDocument,
  CompleteInspectionDocument,
  type CompleteInspectionMutation,
  ComplianceStatusDocument,
  HolderRiskDocument,
  InspectionDetailDocument,
  InspectionSummariesDocument,
  NodeByIdDocument,
  RecordFindingDocument,
} from '../__generated__/graphql.js';
import { ok } from '../support/test-hub.js';
import { ART_413_2_1, inspectionFixtures, POLICY, type InspectionFixtures } from '../support/inspection-fixtures.js';

let fx: InspectionFixtures;
beforeAll(async () => {
  fx = await inspectionFixtures();
});
afterAll(() => fx.hub.close());

const counts = async () =>
  (
    await fx.hub.orm.em.fork().execute<{ a: string; v: string; l: string }[]>(
      'select (select count(*) from requirement_assessment) a, (select count(*) from violation) v, (select count(*) from audit_log_entry) l',
    )
  )[0]!;

const COMPLETE = { on: '2026-11-20', text: 'Итоги' };

/** The fixture's findings, the policy one now naming its offence article, and the inspection completed. */
async function completed() {
  const f = await fx.withFindings();
  await ok(fx.hub, RecordFindingDocument, { input: { inspectionId: f.inspection.id, itemKey: f.policyKey, result: 'NON_COMPLIANT', note: 'Политика не утверждена', offenceArticleCode: ART_413_2_1 } }, fx.inspector);
  const { version } = (await ok(fx.hub, InspectionDetailDocument, { id: f.inspection.id }, fx.inspector)).inspection!;
  const before = await counts();
  let done!: CompleteInspectionMutation['completeInspection'];
  const sql = await fx.hub.countQueries(async () => {
    done = (await ok(fx.hub, CompleteInspectionDocument, { input: { id: f.inspection.id, version, ...COMPLETE } }, fx.inspector)).completeInspection;
  });
  return { ...f, before, done, sql };
}

describe('an inspection from start to completion', () => {
  it('starts IN_PROGRESS with the checklist of the obligations in force, the policy among them', async () => {
    const { inspection } = await fx.started();
    expect(inspection.status).toBe('IN_PROGRESS');
    expect(inspection.checklist.length).toBeGreaterThan(5);
    expect(inspection.checklist.map((i) => i.requirementCode)).toContain(POLICY);
  });

  it('writes nothing and stays IN_PROGRESS when a NON_COMPLIANT finding names no offence article', async () => {
    const { inspection } = await fx.withFindings();
    const before = await counts();
    const { version } = (await ok(fx.hub, InspectionDetailDocument, { id: inspection.id }, fx.inspector)).inspection!;
    const failed = await fx.hub.execute(CompleteInspectionDocument, { input: { id: inspection.id, version, ...COMPLETE } }, fx.inspector);
    expect(failed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.stringMatching(/^findings\[\d+\]\.offenceArticleCode$/) });
    expect(await counts()).toEqual(before);
    expect((await ok(fx.hub, InspectionDetailDocument, { id: inspection.id }, fx.inspector)).inspection!.status).toBe('IN_PROGRESS');
  });

  it('completes with one assessment per finding and one violation for the non-compliant one, in its report', async () => {
    const { before, done } = await completed();
    expect(done.status).toBe('COMPLETED');
    expect(done.report).toMatchObject({ findings: { COMPLIANT: 3, NON_COMPLIANT: 1 }, violationIds: [expect.any(Number)] });
    const after = await counts();
    expect(Number(after.a) - Number(before.a)).toBe(4);
    expect(Number(after.v) - Number(before.v)).toBe(1);
  });

  it('inserts the assessments of all its findings in one statement, not one per finding', async () => {
    const { sql } = await completed();
    expect(sql.filter((q) => /^insert into "requirement_assessment"/.test(q))).toHaveLength(1);
  });
});

describe('a completed inspection', () => {
  let c: Awaited<ReturnType<typeof completed>>;
  beforeAll(async () => {
    c = await completed(); // the tests below only read it, or are refused
  });

  it('gives its violation a first-offence sanction: the earlier one was remedied without a penalty decision', async () => {
    // repetition counts from a penalty decision (test/integration/violations.test.ts)
    const { holder } = await ok(fx.hub, HolderRiskDocument, { tin: c.flagged.tin }, fx.inspector);
    const fromInspection = holder!.violations!.find((v) => v.status === 'RECORDED' && v.offenceArticleCode === ART_413_2_1)!;
    expect(fromInspection.sanction).toMatchObject({ repeat: false, articleCode: ART_413_2_1, fineIndicators: 650, offenderType: 'LEGAL_ENTITY' });
  });

  it('makes the policy obligation NON_COMPLIANT through the open violation it found', async () => {
    const { complianceStatus } = await ok(fx.hub, ComplianceStatusDocument, { holderTin: c.flagged.tin, asOf: '2026-11-21' }, fx.inspector);
    expect(complianceStatus.requirements.find((r) => r.obligation.requirement.code === POLICY)!.result).toBe('NON_COMPLIANT');
  });

  it('leaves an audit entry for every step of the workflow', async () => {
    const { auditLog } = await ok(fx.hub, AuditLogDocument, { filter: { entityType: 'Inspection', entityId: String(c.done.id) }, first: 20 }, fx.inspector);
    expect(auditLog.edges.map((e) => e.node.action)).toEqual(expect.arrayContaining(['SCHEDULE_INSPECTION', 'START_INSPECTION', 'RECORD_INSPECTION_FINDING', 'COMPLETE_INSPECTION']));
  });

  it('publishes its summary to anyone, but to the public its details are as unknown as an id nobody has', async () => {
    const { inspectionSummaries } = await ok(fx.hub, InspectionSummariesDocument, { year: 2026 });
    expect(inspectionSummaries.find((s) => s.id === c.done.id)).toMatchObject({ holderName: 'ОсОО «Клиника План»', legalBasis: 'kg/law/2007/72', violationsByArticle: { [ART_413_2_1]: 1 } });
    const publicDetail = await fx.hub.execute(InspectionDetailDocument, { id: c.done.id });
    expect(publicDetail).toEqual(await fx.hub.execute(InspectionDetailDocument, { id: 999_999 }));
    expect(publicDetail).toEqual({ data: { inspection: null }, errors: undefined });
  });

  it('refuses a finding from an inspector not assigned to it', async () => {
    const stranger = await fx.hub.execute(RecordFindingDocument, { input: { inspectionId: c.done.id, itemKey: c.policyKey, result: 'COMPLIANT' } }, fx.second);
    expect(stranger.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('does not publish its violation by node id, but shows it to the Agency', async () => {
    const violationId = toGlobalId('Violation', (c.done.report as { violationIds: number[] }).violationIds[0]!);
    expect((await ok(fx.hub, NodeByIdDocument, { id: violationId })).node).toBeNull();
    expect((await ok(fx.hub, NodeByIdDocument, { id: violationId }, fx.inspector)).node).toMatchObject({ __typename: 'Violation' });
  });
});
