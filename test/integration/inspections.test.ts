// Violations, risk and one inspection from plan to completion, against the real database.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/access/roles.js';
import { toGlobalId } from '../../src/graphql/node.js';
import {
  ApproveInspectionPlanDocument,
  ApprovedPlansListDocument,
  ApprovedInspectionPlanDocument,
  AuditLogDocument,
  ChangeViolationStatusDocument,
  CompleteInspectionDocument,
  ComplianceStatusDocument,
  DeclareConflictDocument,
  HolderRiskDocument,
  InspectionDetailDocument,
  InspectionPlanDocument,
  InspectionSummariesDocument,
  NodeByIdDocument,
  RecordFindingDocument,
  RecordViolationDocument,
  ScheduleInspectionDocument,
  StartInspectionDocument,
} from '../__generated__/graphql.js';
import { makeArray, makeHolder } from '../factories/registry.js';
import { registrySince } from '../support/registry-history.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const ART_413_2_1 = 'kg/code/2021/128#art_413-2__part_1';
const POLICY = 'kg.law58.art4.processing-policy';
let hub: TestHub;
let inspector: Viewer;
let second: Viewer;
let flagged: { id: number; tin: string };
let plain: { id: number; tin: string };
let quiet: { id: number; tin: string };

beforeAll(async () => {
  hub = await startTestHub();
  inspector = await hub.viewerFor('INSPECTOR');
  second = await hub.viewerFor('INSPECTOR');
  //  flagged: a clinic with special data and a violation recorded by a complaint (priority group 1)
  //  plain:   a shop with staff records only
  const f = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Клиника План»', sectorKey: 'health' });
  await makeArray(hub.orm.em, f.id, { name: 'Пациенты', dataCategories: ['special.health'], subjectCategories: ['patient'], subjectCount: 20_000 });
  const p = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Магазин План»', sectorKey: 'retail' });
  await makeArray(hub.orm.em, p.id);
  const q = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Тихая»', sectorKey: 'retail' });
  quiet = { id: q.id, tin: q.tin };
  flagged = { id: f.id, tin: f.tin };
  plain = { id: p.id, tin: p.tin };
  await registrySince(hub, '2010-01-01'); // the days asked about are before the fixtures were written
});
afterAll(() => hub.close());

const counts = async () =>
  (
    await hub.orm.em.fork().execute<{ a: string; v: string; l: string }[]>(
      'select (select count(*) from requirement_assessment) a, (select count(*) from violation) v, (select count(*) from audit_log_entry) l',
    )
  )[0];

describe('violations and risk', () => {
  it('records a violation with its sanction and reasons, and refuses an illegal status change', async () => {
    const { data, errors } = await hub.execute(
      RecordViolationDocument,
      { input: { holderId: toGlobalId('Holder', flagged.id), provisionCodes: ['kg/law/2008/58#art_4__part_2'], requirementCodes: [POLICY], offenceArticleCode: ART_413_2_1, detectedOn: '2026-03-10', source: 'COMPLAINT' } },
      inspector,
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const v = data!.recordViolation.violation;
    expect(v.sanction).toMatchObject({ articleCode: ART_413_2_1, repeat: false, offenderType: 'LEGAL_ENTITY', fineIndicators: 650, fineSoms: 65000, decidedBy: 'AGENCY' });
    expect((v.sanction as { reasons: string[] }).reasons.join('\n')).toContain('first offence');
    const illegal = await hub.execute(ChangeViolationStatusDocument, { input: { id: v.id, version: v.version, status: 'REMEDIED', on: '2026-06-01' } }, inspector);
    expect(illegal.errors).toBeUndefined(); // RECORDED → REMEDIED is allowed…
    const again = await hub.execute(ChangeViolationStatusDocument, { input: { id: v.id, version: v.version + 1, status: 'UPHELD' } }, inspector);
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status', rule: 'violation-status' }); // …but REMEDIED is final
  });

  it('makes the linked requirement NON_COMPLIANT while the violation is open', async () => {
    const { data } = await hub.execute(ComplianceStatusDocument, { holderTin: flagged.tin, asOf: '2026-03-15' }, inspector);
    const policy = data!.complianceStatus.requirements.find((r) => r.obligation.requirement.code === POLICY)!;
    expect(policy.result).toBe('NON_COMPLIANT');
    expect(data!.complianceStatus.status).toBe('NON_COMPLIANT');
    const later = await hub.execute(ComplianceStatusDocument, { holderTin: flagged.tin, asOf: '2026-11-01' }, inspector);
    expect(later.data!.complianceStatus.requirements.find((r) => r.obligation.requirement.code === POLICY)!.result).toBe('NOT_ASSESSED'); // remedied since
  });

  it('scores the risk degree with every factor and its points', async () => {
    const { data } = await hub.execute(HolderRiskDocument, { tin: flagged.tin, asOf: '2026-04-01' }, inspector);
    const risk = data!.holder!.riskDegree!;
    expect(risk.factors.map((f) => f.id)).toEqual(expect.arrayContaining([expect.stringMatching(/special/), expect.stringMatching(/violation/)]));
    expect(risk.points).toBe(risk.factors.reduce((n, f) => n + f.points, 0));
    expect(risk.verified).toBe(false);
  });
});

describe('an inspection from plan to completion', () => {
  const planInput = { year: 2026, track: 'BUSINESS' as const, capacity: 5 };
  let planId: number;
  let inspection: { id: number; version: number };

  it('ranks the holder with a recorded violation first, and freezes the approved plan with a checkable hash', async () => {
    const live = await hub.execute(InspectionPlanDocument, { input: planInput }, inspector);
    expect(live.data!.inspectionPlan.entries[0]).toMatchObject({ holderId: toGlobalId('Holder', flagged.id), priorityGroup: 1, rank: 1 });
    const approved = (await hub.execute(ApproveInspectionPlanDocument, { input: planInput }, inspector)).data!.approveInspectionPlan;
    planId = Number(approved.id);
    expect(createHash('sha256').update(approved.canonicalJson!).digest('hex')).toBe(approved.sha256);
    const listed = (await hub.execute(ApprovedPlansListDocument, { filter: { year: planInput.year, tracks: [planInput.track] }, first: 5 }, inspector)).data!.approvedInspectionPlans;
    expect(listed.edges.map((e) => [Number(e.node.id), e.node.sha256])).toEqual([[planId, approved.sha256]]);
    expect((await hub.execute(ApprovedPlansListDocument, { filter: { year: planInput.year + 1 }, first: 5 }, inspector)).data!.approvedInspectionPlans.totalCount).toBe(0);

    // a later violation of the plain holder changes the live ranking but not the approved plan
    await hub.execute(
      RecordViolationDocument,
      { input: { holderId: toGlobalId('Holder', plain.id), provisionCodes: [], requirementCodes: [POLICY], detectedOn: '2026-05-01', source: 'MONITORING' } },
      inspector,
    );
    const frozen = (await hub.execute(ApprovedInspectionPlanDocument, { id: planId }, inspector)).data!.approvedInspectionPlan!;
    expect(frozen.sha256).toBe(approved.sha256);
    expect(frozen.canonicalJson).toBe(approved.canonicalJson);
  });

  it('leaves business holders out in a moratorium year, with the reason', async () => {
    const { data } = await hub.execute(InspectionPlanDocument, { input: { ...planInput, year: 2023 } }, inspector);
    const quietOut = data!.inspectionPlan.excluded.find((x) => x.holderId === toGlobalId('Holder', quiet.id));
    expect(quietOut?.reasons[0] ?? '').toMatch(/moratorium/);
    // the exception for recorded violations keeps the flagged holder in the plan
    expect(data!.inspectionPlan.entries.map((e) => e.holderId)).toContain(toGlobalId('Holder', flagged.id));
  });

  it('refuses an inspector with a declared conflict, and a start before the notice period, naming the rule', async () => {
    await hub.execute(DeclareConflictDocument, { input: { inspectorId: second.keyId!, holderId: toGlobalId('Holder', flagged.id), declaredOn: '2026-10-01' } }, second);
    const base = { holderId: toGlobalId('Holder', flagged.id), planId, noticeDate: '2026-11-01', startDate: '2026-11-12', endDate: '2026-11-20' };
    const conflict = await hub.execute(ScheduleInspectionDocument, { input: { ...base, inspectorIds: [second.keyId!] } }, inspector);
    expect(conflict.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'conflict-of-interest', field: 'input.inspectorIds[0]' });
    const early = await hub.execute(ScheduleInspectionDocument, { input: { ...base, startDate: '2026-11-05', inspectorIds: [inspector.keyId!] } }, inspector);
    expect(early.errors![0]!.extensions).toMatchObject({ rule: 'advance-notice' });
    const ok = await hub.execute(ScheduleInspectionDocument, { input: { ...base, inspectorIds: [inspector.keyId!] } }, inspector);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.scheduleInspection).toMatchObject({ status: 'NOTIFIED', planned: true, legalBasis: 'kg/law/2007/72' });
    inspection = ok.data!.scheduleInspection;
    // One holder at most once per approved plan (a partial unique index, so concurrent requests too).
    const twice = await Promise.all([1, 2].map(() => hub.execute(ScheduleInspectionDocument, { input: { ...base, inspectorIds: [inspector.keyId!] } }, inspector)));
    for (const again of twice) expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.holderId' });
  });

  it('freezes the checklist on start, writes nothing when completion fails, then completes atomically', async () => {
    const start = await hub.execute(StartInspectionDocument, { input: { id: inspection.id, version: inspection.version } }, inspector);
    expect(start.errors, JSON.stringify(start.errors) + hub.loggedErrors.join('\n')).toBeUndefined();
    const started = start.data!.startInspection;
    expect(started.status).toBe('IN_PROGRESS');
    const items = started.checklist;
    expect(items.length).toBeGreaterThan(5);
    const policy = items.find((i) => i.requirementCode === POLICY)!;
    const others = items.filter((i) => i !== policy).slice(0, 3);
    for (const item of others) {
      await hub.execute(RecordFindingDocument, { input: { inspectionId: inspection.id, itemKey: item.key, result: 'COMPLIANT', evidence: [{ kind: 'DOCUMENT', title: 'Акт', validUntil: '2027-12-31' }] } }, inspector);
    }
    await hub.execute(RecordFindingDocument, { input: { inspectionId: inspection.id, itemKey: policy.key, result: 'NON_COMPLIANT', note: 'Политика не утверждена' } }, inspector);

    const before = await counts();
    const failed = await hub.execute(CompleteInspectionDocument, { input: { id: inspection.id, version: started.version, on: '2026-11-20', text: 'Итоги' } }, inspector);
    expect(failed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.stringMatching(/^findings\[\d+\]\.offenceArticleCode$/) });
    expect(await counts()).toEqual(before);
    const still = (await hub.execute(InspectionDetailDocument, { id: inspection.id }, inspector)).data!.inspection!;
    expect(still.status).toBe('IN_PROGRESS');

    await hub.execute(RecordFindingDocument, { input: { inspectionId: inspection.id, itemKey: policy.key, result: 'NON_COMPLIANT', note: 'Политика не утверждена', offenceArticleCode: ART_413_2_1 } }, inspector);
    const done = await hub.execute(CompleteInspectionDocument, { input: { id: inspection.id, version: still.version, on: '2026-11-20', text: 'Итоги' } }, inspector);
    expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
    const completed = done.data!.completeInspection;
    expect(completed.status).toBe('COMPLETED');
    expect(completed.report).toMatchObject({ findings: { COMPLIANT: 3, NON_COMPLIANT: 1 }, violationIds: [expect.any(Number)] });

    const after = await counts();
    expect(Number(after!.a) - Number(before!.a)).toBe(4);
    expect(Number(after!.v) - Number(before!.v)).toBe(1);

    // the new violation's sanction: the earlier 413-2(1) violation (March) was remedied without a
    // penalty decision (RECORDED → REMEDIED), so nothing was imposed and this is a first offence;
    // repetition counts from a penalty decision (test/integration/violations.test.ts)
    const risk = await hub.execute(HolderRiskDocument, { tin: flagged.tin }, inspector);
    const fromInspection = risk.data!.holder!.violations!.find((v) => v.status === 'RECORDED' && v.offenceArticleCode === ART_413_2_1)!;
    expect(fromInspection.sanction).toMatchObject({ repeat: false, articleCode: ART_413_2_1, fineIndicators: 650, offenderType: 'LEGAL_ENTITY' });

    // compliance changed: the policy obligation is NON_COMPLIANT through the open violation
    const status = await hub.execute(ComplianceStatusDocument, { holderTin: flagged.tin, asOf: '2026-11-21' }, inspector);
    expect(status.data!.complianceStatus.requirements.find((r) => r.obligation.requirement.code === POLICY)!.result).toBe('NON_COMPLIANT');

    // audit trail of the whole workflow
    const log = await hub.execute(AuditLogDocument, { filter: { entityType: 'Inspection', entityId: String(inspection.id) }, first: 20 }, inspector);
    expect(log.data!.auditLog.edges.map((e) => e.node.action)).toEqual(
      expect.arrayContaining(['SCHEDULE_INSPECTION', 'START_INSPECTION', 'RECORD_INSPECTION_FINDING', 'COMPLETE_INSPECTION']),
    );

    // public summary for anyone; details only for the Agency and the holder
    const summaries = (await hub.execute(InspectionSummariesDocument, { year: 2026 })).data!.inspectionSummaries;
    expect(summaries.find((s) => s.id === inspection.id)).toMatchObject({ holderName: 'ОсОО «Клиника План»', legalBasis: 'kg/law/2007/72', violationsByArticle: { [ART_413_2_1]: 1 } });
    // to anyone else an inspection is as unknown as an id nobody has
    const publicDetail = await hub.execute(InspectionDetailDocument, { id: inspection.id });
    const unknown = await hub.execute(InspectionDetailDocument, { id: 999_999 });
    expect(publicDetail).toEqual(unknown);
    expect(publicDetail).toEqual({ data: { inspection: null }, errors: undefined });

    // an inspector not assigned to the inspection cannot act on it; a violation is not public by node(id)
    const stranger = await hub.execute(RecordFindingDocument, { input: { inspectionId: inspection.id, itemKey: policy.key, result: 'COMPLIANT' } }, second);
    expect(stranger.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const violationId = toGlobalId('Violation', (completed.report as { violationIds: number[] }).violationIds[0]!);
    expect((await hub.execute(NodeByIdDocument, { id: violationId })).data!.node).toBeNull();
    expect((await hub.execute(NodeByIdDocument, { id: violationId }, inspector)).data!.node).toMatchObject({ __typename: 'Violation' });
  });

  it('refuses the plan to roles outside the Agency', async () => {
    const { errors } = await hub.execute(InspectionPlanDocument, { input: planInput }, await hub.viewerFor('PARTNER'));
    expect(errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
