// The inspection workflow: schedule (planned from an approved plan entry, or unplanned on a
// ground), notify, start (freezing the checklist of obligations in force that day), record
// findings, complete (atomically: Agency findings, violations with sanctions, the report), cancel.
// Guards come from data (notice, duration, conflict of interest); a refusal names its rule.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../domain/access/roles.js';
import { assessHolder } from '../../domain/compliance/assess-holder.js';
import { conflictOfInterest, durationProblem, noticeProblem, transitionInspection, type InspectionAction, type Refusal } from '../../domain/inspections/workflow.js';
import { inspectionTrackOf } from '../../domain/registry/holder-kind.js';
import { assertVersion, writeTransaction } from '../../db/write.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { ApiKey } from '../auth/api-key.entity.js';
import { loadCatalog, loadHolderInputs } from '../compliance/compliance.inputs.js';
import { catalogOn } from '../compliance/protection-level.service.js';
import { holderIdOf, keyOf, lockHolder } from '../holder/holder.lookup.js';
import { Inspection, type ChecklistItem } from './inspection.entity.js';
import { InspectionPlan } from './inspection-plan.entity.js';
import { InspectorConflict } from './inspector-conflict.entity.js';
import { limitsOn, loadInspectionRules } from '../reference/reference-rules.js';
import { assertAgency } from '../auth/agency-only.js';

export const GROUNDS = ['COMPLAINT', 'RECORDED_VIOLATION', 'SUBJECT_REQUEST', 'INSTRUCTION'] as const;

export function refuse(r: Refusal, field: string): never {
  throw new AppError('BAD_USER_INPUT', `${r.rule}: ${r.reason}`, { field, rule: r.rule });
}

async function guardInspectors(tx: EntityManager, given: { holderId: number; inspectorIds: number[]; startDate: string; excludeId?: number }, lookbackMonths: number) {
  // integer[] columns come back from the driver as strings; compare numbers
  const inspection = { ...given, inspectorIds: given.inspectorIds.map(Number) };
  const keys = await tx.find(ApiKey, { id: { $in: inspection.inspectorIds }, role: 'INSPECTOR', revokedAt: null });
  const missing = inspection.inspectorIds.findIndex((id) => !keys.some((k) => k.id === id));
  if (missing >= 0) throw AppError.badInput(`input.inspectorIds[${missing}]`, 'is not an active INSPECTOR key');
  const past = await tx.find(Inspection, { holder: inspection.holderId, status: { $in: ['COMPLETED', 'IN_PROGRESS'] }, ...(inspection.excludeId ? { id: { $ne: inspection.excludeId } } : {}) });
  const declared = await tx.find(InspectorConflict, { holderId: inspection.holderId });
  inspection.inspectorIds.forEach((inspectorId, i) => {
    const r = conflictOfInterest({
      inspectorId,
      holderId: inspection.holderId,
      startDate: inspection.startDate,
      lookbackMonths,
      pastInspections: past.map((p) => ({ holderId: p.holder.id, inspectorIds: p.inspectorIds.map(Number), endDate: p.endDate ?? null, startDate: p.startDate ?? null })),
      declaredConflicts: declared.map((d) => ({ inspectorId: d.inspectorId, holderId: d.holderId })),
    });
    if (r) refuse(r, `input.inspectorIds[${i}]`);
  });
}

export interface ScheduleCommand {
  holderId: string;
  planId?: number | null;
  ground?: (typeof GROUNDS)[number] | null;
  inspectorIds: number[];
  noticeDate?: string | null;
  startDate: string;
  endDate: string;
}

export async function scheduleInspection(em: EntityManager, viewer: Viewer, input: ScheduleCommand): Promise<Inspection> {
  assertAgency(viewer, 'run inspections');
  const holderId = keyOf(input.holderId, 'Holder', 'input.holderId');
  if (!input.planId && !input.ground) throw AppError.badInput('input.ground', 'an unplanned inspection needs a ground');
  if (!input.inspectorIds.length) throw AppError.badInput('input.inspectorIds', 'at least one inspector is required');
  return writeTransaction(em, async (tx) => {
    // Serialized per holder: the conflict-of-interest check reads the holder's other inspections.
    const holder = await lockHolder(tx, holderId);
    const track = inspectionTrackOf(holder.kind);
    const limits = await limitsOn(tx, await loadInspectionRules(tx), track, input.startDate, 'input.startDate');
    if (input.planId) {
      const plan = await tx.findOne(InspectionPlan, input.planId);
      const entries = (plan?.frozen.entries ?? []) as { holderId: number }[];
      if (!plan || !entries.some((e) => e.holderId === holderId)) throw AppError.badInput('input.planId', 'the holder is not an entry of this approved plan');
    }
    const duration = durationProblem(input.startDate, input.endDate, limits.maxDurationDays);
    if (duration) refuse(duration, 'input.endDate');
    if (input.noticeDate) {
      const notice = noticeProblem({ planned: Boolean(input.planId), noticeDate: input.noticeDate, startDate: input.startDate, noticeDays: limits.noticeDays });
      if (notice) refuse(notice, 'input.startDate');
    }
    await guardInspectors(tx, { holderId, inspectorIds: input.inspectorIds, startDate: input.startDate }, limits.conflictLookbackMonths);
    const inspection = tx.create(Inspection, {
      holder,
      planId: input.planId ?? null,
      planned: Boolean(input.planId),
      ground: input.ground ?? null,
      track,
      legalBasis: limits.sourceAct,
      inspectorIds: input.inspectorIds,
      noticeDate: input.noticeDate ?? null,
      startDate: input.startDate,
      endDate: input.endDate,
      status: input.noticeDate ? 'NOTIFIED' : 'PLANNED',
    });
    await tx.flush();
    appendAudit(tx, viewer, { action: 'SCHEDULE_INSPECTION', entityType: 'Inspection', entityId: inspection.id, changes: { scheduled: { before: null, after: { ...input, track } } } });
    return inspection;
  });
}

/** Only an inspector assigned to the inspection (or an ADMIN) acts on it. */
export function assertAssigned(viewer: Viewer, inspection: Inspection): void {
  if (viewer.role === 'ADMIN' || (viewer.keyId !== null && inspection.inspectorIds.map(Number).includes(viewer.keyId))) return;
  throw new AppError('FORBIDDEN', 'only an inspector assigned to this inspection (or an ADMIN) may act on it');
}

/**
 * The inspection locked for a write, in the one lock order: its holder first (lockHolder), then the
 * inspection row. So a finding recorded while the inspection completes waits, then sees it
 * COMPLETED, and completion (which writes the holder's assessments and violations) cannot deadlock
 * with a write on the holder.
 */
export async function lockInspection(tx: EntityManager, id: number, field: string): Promise<Inspection> {
  const notFound = () => AppError.notFound(field, `inspection ${id} was not found`);
  const holderId = await holderIdOf(tx, 'inspection', id);
  if (holderId === null) throw notFound();
  await lockHolder(tx, holderId, field);
  const inspection = await tx.findOne(Inspection, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!inspection) throw notFound();
  return inspection;
}

/** Loads an inspection for a workflow step (locked) and checks who acts and the transition. */
export async function inspectionForStep(tx: EntityManager, viewer: Viewer, id: number, version: number, action: InspectionAction) {
  const inspection = await lockInspection(tx, id, 'input.id');
  assertAssigned(viewer, inspection);
  assertVersion(inspection.version, version);
  const step = transitionInspection(inspection.status, action);
  if ('rule' in step) refuse(step, 'input.id');
  return { inspection, to: step.to };
}

export async function notifyInspection(em: EntityManager, viewer: Viewer, input: { id: number; version: number; noticeDate: string }, today: string) {
  assertAgency(viewer, 'run inspections');
  if (input.noticeDate > today) throw AppError.badInput('input.on', 'a notice cannot be dated in the future');
  return writeTransaction(em, async (tx) => {
    const { inspection, to } = await inspectionForStep(tx, viewer, input.id, input.version, 'NOTIFY');
    inspection.noticeDate = input.noticeDate;
    inspection.status = to;
    appendAudit(tx, viewer, { action: 'NOTIFY_INSPECTION', entityType: 'Inspection', entityId: inspection.id, changes: { noticeDate: { before: null, after: input.noticeDate } } });
    return inspection;
  });
}

/** Starts the inspection and freezes its checklist: the obligations that apply to the holder that day. */
export async function startInspection(em: EntityManager, viewer: Viewer, input: { id: number; version: number; startDate?: string | null }, today: string) {
  assertAgency(viewer, 'run inspections');
  return writeTransaction(em, async (tx) => {
    const { inspection, to } = await inspectionForStep(tx, viewer, input.id, input.version, 'START');
    const startDate = input.startDate ?? inspection.startDate!;
    if (startDate > today) throw AppError.badInput('input.on', `an inspection starts on its day; ${startDate} is in the future`);
    const limits = await limitsOn(tx, await loadInspectionRules(tx), inspection.track, startDate, 'input.startDate');
    const notice = noticeProblem({ planned: inspection.planned, noticeDate: inspection.noticeDate ?? null, startDate, noticeDays: limits.noticeDays });
    if (notice) refuse(notice, 'input.startDate');
    await guardInspectors(tx, { holderId: inspection.holder.id, inspectorIds: inspection.inspectorIds, startDate, excludeId: inspection.id }, limits.conflictLookbackMonths);
    const catalog = await catalogOn(tx, await loadCatalog(tx), startDate);
    const inputs = (await loadHolderInputs(tx, [inspection.holder.id], startDate)).get(inspection.holder.id);
    if (!inputs) throw AppError.badInput('input.startDate', `the holder was not in the Registry on ${startDate}`);
    const checklist: ChecklistItem[] = assessHolder(catalog, inputs, startDate)
      .obligations.filter((o) => o.applies)
      .map((o) => ({
        key: `${o.requirementCode}@${o.target.type}:${o.target.id}`,
        requirementCode: o.requirementCode,
        targetType: o.target.type,
        targetId: o.target.id,
        title: catalog.requirementsByCode.get(o.requirementCode)?.titles.ru ?? catalog.requirementsByCode.get(o.requirementCode)?.titles.en ?? null,
        reasons: o.reasons,
      }));
    inspection.startDate = startDate;
    inspection.checklist = checklist;
    inspection.status = to;
    appendAudit(tx, viewer, { action: 'START_INSPECTION', entityType: 'Inspection', entityId: inspection.id, changes: { status: { before: 'NOTIFIED', after: to }, checklistItems: { before: null, after: checklist.length } } });
    return inspection;
  });
}

export async function cancelInspection(em: EntityManager, viewer: Viewer, input: { id: number; version: number; reason: string }) {
  assertAgency(viewer, 'run inspections');
  if (input.reason.trim().length < 5) throw AppError.badInput('input.reason', 'a reason of at least 5 characters is required');
  return writeTransaction(em, async (tx) => {
    const { inspection, to } = await inspectionForStep(tx, viewer, input.id, input.version, 'CANCEL');
    const before = inspection.status;
    inspection.status = to;
    inspection.cancelReason = input.reason;
    appendAudit(tx, viewer, { action: 'CANCEL_INSPECTION', entityType: 'Inspection', entityId: inspection.id, changes: { status: { before, after: to } }, reason: input.reason });
    return inspection;
  });
}

export async function declareConflict(em: EntityManager, viewer: Viewer, input: { inspectorId: number; holderId: string; declaredOn: string; note?: string | null }) {
  if (!(viewer.role === 'ADMIN' || (viewer.role === 'INSPECTOR' && viewer.keyId === input.inspectorId))) {
    throw new AppError('FORBIDDEN', 'an inspector declares their own conflicts (or an ADMIN for them)');
  }
  const holderId = keyOf(input.holderId, 'Holder', 'input.holderId');
  return writeTransaction(em, async (tx) => {
    const c = tx.create(InspectorConflict, { inspectorId: input.inspectorId, holderId, declaredOn: input.declaredOn, note: input.note ?? null });
    await tx.flush();
    appendAudit(tx, viewer, { action: 'DECLARE_CONFLICT', entityType: 'InspectorConflict', entityId: c.id, changes: { conflict: { before: null, after: { ...input, holderId } } } });
    return c;
  });
}
