// Violations, risk and inspections from plan to completion, against the real database. Each test
// registers its own holders (support/inspection-fixtures.ts), so any test passes alone or in any
// order. Starting and completing an inspection: inspection-completion.test.ts.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveInspectionPlanDocument,
  ApprovedPlansListDocument,
  ApprovedInspectionPlanDocument,
  ChangeViolationStatusDocument,
  ComplianceStatusDocument,
  DeclareConflictDocument,
  HolderRiskDocument,
  InspectionPlanDocument,
  RecordViolationDocument,
  ScheduleInspectionDocument,
} from '../__generated__/graphql.js';
import { ok } from '../support/test-hub.js';
import { ART_413_2_1, inspectionFixtures, PLAN, POLICY, violationOn, WHOLE_PLAN, type InspectionFixtures } from '../support/inspection-fixtures.js';

let fx: InspectionFixtures;
beforeAll(async () => {
  fx = await inspectionFixtures();
});
afterAll(() => fx.hub.close());

const policyResult = (d: { complianceStatus: { requirements: { obligation: { requirement: { code: string } }; result: string }[] } }) =>
  d.complianceStatus.requirements.find((r) => r.obligation.requirement.code === POLICY)!.result;

describe('violations and risk', () => {
  it('records a first violation with its sanction and the reasons for it', async () => {
    const { plain } = await fx.holders();
    const v = (await ok(fx.hub, RecordViolationDocument, { input: violationOn(plain.id) }, fx.inspector)).recordViolation.violation;
    expect(v.sanction).toMatchObject({ articleCode: ART_413_2_1, repeat: false, offenderType: 'LEGAL_ENTITY', fineIndicators: 650, fineSoms: 65000, decidedBy: 'AGENCY' });
    expect((v.sanction as { reasons: string[] }).reasons.join('\n')).toContain('first offence');
  });

  it('lets a RECORDED violation become REMEDIED, and refuses any change after that, naming the rule', async () => {
    const { plain } = await fx.holders();
    const v = (await ok(fx.hub, RecordViolationDocument, { input: violationOn(plain.id) }, fx.inspector)).recordViolation.violation;
    await ok(fx.hub, ChangeViolationStatusDocument, { input: { id: v.id, version: v.version, status: 'REMEDIED', on: '2026-06-01' } }, fx.inspector);
    const again = await fx.hub.execute(ChangeViolationStatusDocument, { input: { id: v.id, version: v.version + 1, status: 'UPHELD' } }, fx.inspector);
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status', rule: 'violation-status' });
  });

  it('makes the linked requirement NON_COMPLIANT while the violation is open, and not after it was remedied', async () => {
    const { flagged } = await fx.holders(); // violation open from 2026-03-10, remedied 2026-06-01
    const open = await ok(fx.hub, ComplianceStatusDocument, { holderTin: flagged.tin, asOf: '2026-03-15' }, fx.inspector);
    expect(policyResult(open)).toBe('NON_COMPLIANT');
    expect(open.complianceStatus.status).toBe('NON_COMPLIANT');
    expect(policyResult(await ok(fx.hub, ComplianceStatusDocument, { holderTin: flagged.tin, asOf: '2026-11-01' }, fx.inspector))).toBe('NOT_ASSESSED');
  });

  it('scores the risk degree with every factor and its points', async () => {
    const { flagged } = await fx.holders();
    const risk = (await ok(fx.hub, HolderRiskDocument, { tin: flagged.tin, asOf: '2026-04-01' }, fx.inspector)).holder!.riskDegree!;
    expect(risk.factors.map((f) => f.id)).toEqual(expect.arrayContaining([expect.stringMatching(/special/), expect.stringMatching(/violation/)]));
    expect(risk.points).toBe(risk.factors.reduce((n, f) => n + f.points, 0));
    expect(risk.verified).toBe(false);
  });
});

describe('the inspection plan', () => {
  it('ranks a holder with a recorded violation in priority group 1, ahead of one without', async () => {
    const { flagged, plain } = await fx.holders();
    const { entries } = (await ok(fx.hub, InspectionPlanDocument, { input: WHOLE_PLAN }, fx.inspector)).inspectionPlan;
    const [f, p] = [flagged, plain].map((h) => entries.find((e) => e.holderId === h.gid)!);
    expect(f).toMatchObject({ priorityGroup: 1 });
    expect(p).toMatchObject({ priorityGroup: 2 });
    expect(f!.rank).toBeLessThan(p!.rank);
  });

  it('freezes an approved plan with the SHA-256 of its canonical JSON, listed under its year and track only', async () => {
    await fx.holders();
    const input = { ...PLAN, year: 2027 }; // no other test approves a plan for 2027
    const approved = (await ok(fx.hub, ApproveInspectionPlanDocument, { input }, fx.inspector)).approveInspectionPlan;
    expect(createHash('sha256').update(approved.canonicalJson!).digest('hex')).toBe(approved.sha256);
    const listed = (filter: { year: number; tracks?: ('BUSINESS' | 'STATE')[] }) => ok(fx.hub, ApprovedPlansListDocument, { filter, first: 5 }, fx.inspector);
    expect((await listed({ year: 2027, tracks: ['BUSINESS'] })).approvedInspectionPlans.edges.map((e) => [Number(e.node.id), e.node.sha256])).toEqual([[Number(approved.id), approved.sha256]]);
    expect((await listed({ year: 2027, tracks: ['STATE'] })).approvedInspectionPlans.totalCount).toBe(0);
    expect((await listed({ year: 2028 })).approvedInspectionPlans.totalCount).toBe(0);
  });

  it('keeps an approved plan as frozen when a later violation changes the live ranking', async () => {
    const { plain } = await fx.holders();
    const approved = (await ok(fx.hub, ApproveInspectionPlanDocument, { input: WHOLE_PLAN }, fx.inspector)).approveInspectionPlan;
    await ok(fx.hub, RecordViolationDocument, { input: violationOn(plain.id, { provisionCodes: [], offenceArticleCode: null, detectedOn: '2026-05-01', source: 'MONITORING' }) }, fx.inspector);
    const live = (await ok(fx.hub, InspectionPlanDocument, { input: WHOLE_PLAN }, fx.inspector)).inspectionPlan;
    expect(live.entries.find((e) => e.holderId === plain.gid)).toMatchObject({ priorityGroup: 1 });
    const frozen = (await ok(fx.hub, ApprovedInspectionPlanDocument, { id: Number(approved.id) }, fx.inspector)).approvedInspectionPlan!;
    expect(frozen.sha256).toBe(approved.sha256);
    expect(frozen.canonicalJson).toBe(approved.canonicalJson);
  });

  it('leaves business holders out in a moratorium year with the reason, except those with recorded violations', async () => {
    const { flagged, quiet } = await fx.holders();
    const plan = (await ok(fx.hub, InspectionPlanDocument, { input: { ...WHOLE_PLAN, year: 2023 } }, fx.inspector)).inspectionPlan;
    expect(plan.excluded.find((x) => x.holderId === quiet.gid)?.reasons[0] ?? '').toMatch(/moratorium/);
    expect(plan.entries.map((e) => e.holderId)).toContain(flagged.gid);
  });

  it('refuses the plan to roles outside the Agency', async () => {
    const { errors } = await fx.hub.execute(InspectionPlanDocument, { input: PLAN }, await fx.hub.viewerFor('PARTNER'));
    expect(errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('scheduling a planned inspection', () => {
  it('refuses an inspector who declared a conflict of interest with the holder, naming the rule', async () => {
    const { flagged, schedule } = await fx.planned();
    await ok(fx.hub, DeclareConflictDocument, { input: { inspectorId: fx.second.keyId!, holderId: flagged.gid, declaredOn: '2026-10-01' } }, fx.second);
    const conflict = await fx.hub.execute(ScheduleInspectionDocument, { input: { ...schedule, inspectorIds: [fx.second.keyId!] } }, fx.inspector);
    expect(conflict.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'conflict-of-interest', field: 'input.inspectorIds[0]' });
  });

  it('refuses a start before the notice period has run, naming the rule', async () => {
    const { schedule } = await fx.planned();
    const early = await fx.hub.execute(ScheduleInspectionDocument, { input: { ...schedule, startDate: '2026-11-05' } }, fx.inspector);
    expect(early.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'advance-notice', field: 'input.startDate' });
  });

  it('schedules an entry of the approved plan as a NOTIFIED planned inspection under the inspections law', async () => {
    const { schedule } = await fx.planned();
    const { scheduleInspection } = await ok(fx.hub, ScheduleInspectionDocument, { input: schedule }, fx.inspector);
    expect(scheduleInspection).toMatchObject({ status: 'NOTIFIED', planned: true, legalBasis: 'kg/law/2007/72' });
  });

  it('schedules a holder at most once per approved plan, also when the requests are concurrent', async () => {
    const { schedule } = await fx.planned();
    await ok(fx.hub, ScheduleInspectionDocument, { input: schedule }, fx.inspector);
    // a partial unique index, so two requests at once cannot both pass a check-then-insert
    const twice = await Promise.all([1, 2].map(() => fx.hub.execute(ScheduleInspectionDocument, { input: schedule }, fx.inspector)));
    for (const again of twice) expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.holderId' });
  });
});
