// What the inspection tests start from, built fresh by each test through the real API (every call
// checked by `ok`), so no test depends on another's writes or on the order they run in.
import type { Viewer } from '../../src/domain/access/roles.js';
import { toGlobalId } from '../../src/graphql/node.js';
import {
  ApproveInspectionPlanDocument,
  ChangeViolationStatusDocument,
  RecordFindingDocument,
  RecordViolationDocument,
  ScheduleInspectionDocument,
  StartInspectionDocument,
  type RecordViolationInput,
  type StartInspectionMutation,
} from '../__generated__/graphql.js';
import { makeArray, makeHolder } from '../factories/registry.js';
import { registrySince } from './registry-history.js';
import { ok, startTestHub, type TestHub } from './test-hub.js';

export const ART_413_2_1 = 'kg/code/2021/128#art_413-2__part_1';
export const POLICY = 'kg.law58.art4.processing-policy';
export const PLAN = { year: 2026, track: 'BUSINESS' as const, capacity: 5 };
/** Room for every holder, so a test's own holders are entries whatever other tests registered. */
export const WHOLE_PLAN = { ...PLAN, capacity: 100_000 };

/** A violation of the processing-policy requirement (413-2(1)) found on a complaint in March. */
export const violationOn = (holderId: number, overrides: Partial<RecordViolationInput> = {}): RecordViolationInput => ({
  holderId: toGlobalId('Holder', holderId),
  provisionCodes: ['kg/law/2008/58#art_4__part_2'],
  requirementCodes: [POLICY],
  offenceArticleCode: ART_413_2_1,
  detectedOn: '2026-03-10',
  source: 'COMPLAINT',
  ...overrides,
});

export interface FixtureHolder {
  id: number;
  tin: string;
  gid: string;
}

export interface InspectionFixtures {
  hub: TestHub;
  inspector: Viewer;
  /** A second inspector, not assigned to the inspections the fixtures schedule. */
  second: Viewer;
  /**
   * flagged: a clinic with special data and a complaint violation, remedied in June without a
   * penalty decision (priority group 1; a later 413-2(1) offence is still a first one);
   * plain: a shop with staff records; quiet: a shop with nothing recorded.
   */
  holders(): Promise<{ flagged: FixtureHolder; plain: FixtureHolder; quiet: FixtureHolder }>;
  /** Fresh holders, a plan approved with the flagged one as an entry, and a valid schedule for it. */
  planned(): Promise<Awaited<ReturnType<InspectionFixtures['holders']>> & { planId: number; schedule: ScheduleInput }>;
  /** The flagged holder's planned inspection, started, with its checklist frozen. */
  started(): Promise<Started>;
  /** A started inspection with three COMPLIANT findings and a NON_COMPLIANT one on the policy, not yet naming its offence article. */
  withFindings(): Promise<Started & { policyKey: string }>;
}

type ScheduleInput = { holderId: string; planId: number; noticeDate: string; startDate: string; endDate: string; inspectorIds: number[] };
type Started = Awaited<ReturnType<InspectionFixtures['planned']>> & { inspection: StartInspectionMutation['startInspection'] };

export async function inspectionFixtures(): Promise<InspectionFixtures> {
  const hub = await startTestHub();
  const inspector = await hub.viewerFor('INSPECTOR');
  const second = await hub.viewerFor('INSPECTOR');
  const holder = async (nameRu: string, sectorKey: string) => {
    const h = await makeHolder(hub.orm.em, { nameRu, sectorKey });
    return { id: h.id, tin: h.tin, gid: toGlobalId('Holder', h.id) };
  };

  const holders: InspectionFixtures['holders'] = async () => {
    const flagged = await holder('ОсОО «Клиника План»', 'health');
    await makeArray(hub.orm.em, flagged.id, { name: 'Пациенты', dataCategories: ['special.health'], subjectCategories: ['patient'], subjectCount: 20_000 });
    const plain = await holder('ОсОО «Магазин План»', 'retail');
    await makeArray(hub.orm.em, plain.id);
    const quiet = await holder('ОсОО «Тихая»', 'retail');
    const v = (await ok(hub, RecordViolationDocument, { input: violationOn(flagged.id) }, inspector)).recordViolation.violation;
    await ok(hub, ChangeViolationStatusDocument, { input: { id: v.id, version: v.version, status: 'REMEDIED', on: '2026-06-01' } }, inspector);
    await registrySince(hub, '2010-01-01'); // the days asked about are before the fixtures were written
    return { flagged, plain, quiet };
  };

  const planned: InspectionFixtures['planned'] = async () => {
    const h = await holders();
    const planId = Number((await ok(hub, ApproveInspectionPlanDocument, { input: WHOLE_PLAN }, inspector)).approveInspectionPlan.id);
    const schedule = { holderId: h.flagged.gid, planId, noticeDate: '2026-11-01', startDate: '2026-11-12', endDate: '2026-11-20', inspectorIds: [inspector.keyId!] };
    return { ...h, planId, schedule };
  };

  const started: InspectionFixtures['started'] = async () => {
    const p = await planned();
    const scheduled = (await ok(hub, ScheduleInspectionDocument, { input: p.schedule }, inspector)).scheduleInspection;
    const inspection = (await ok(hub, StartInspectionDocument, { input: { id: scheduled.id, version: scheduled.version } }, inspector)).startInspection;
    return { ...p, inspection };
  };

  const withFindings: InspectionFixtures['withFindings'] = async () => {
    const s = await started();
    const policyKey = s.inspection.checklist.find((i) => i.requirementCode === POLICY)!.key;
    const inspectionId = s.inspection.id;
    for (const item of s.inspection.checklist.filter((i) => i.key !== policyKey).slice(0, 3)) {
      await ok(hub, RecordFindingDocument, { input: { inspectionId, itemKey: item.key, result: 'COMPLIANT', evidence: [{ kind: 'DOCUMENT', title: 'Акт', validUntil: '2027-12-31' }] } }, inspector);
    }
    await ok(hub, RecordFindingDocument, { input: { inspectionId, itemKey: policyKey, result: 'NON_COMPLIANT', note: 'Политика не утверждена' } }, inspector);
    return { ...s, policyKey };
  };

  return { hub, inspector, second, holders, planned, started, withFindings };
}
