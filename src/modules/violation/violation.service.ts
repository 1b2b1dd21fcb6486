// Recording violations and changing their status (the Agency's acts), with the sanction computed
// from the dated tables and the holder's history, audit-logged, and the holder's stored compliance
// status recomputed in the same transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { canManageRegistry, type Viewer } from '../../domain/access/roles.js';
import { creationChanges } from '../../domain/audit/diff.js';
import { computeSanction } from '../../domain/sanctions/sanction.js';
import { isUpheldViolation, violationTransitionProblem, type ViolationStatusValue } from '../../domain/sanctions/violation-status.js';
import { assertVersion, writeTransaction } from '../../db/write.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { afterHolderChange } from '../compliance/holder-compliance.service.js';
import { Requirement } from '../compliance/requirement.entity.js';
import { holderIdOf, keyOf, lockHolder } from '../holder/holder.lookup.js';
import { loadSanctions } from '../inspection/reference-rules.js';
import { Violation } from './violation.entity.js';
import type { ViolationSource } from './violation.enums.js';

export interface ViolationFields {
  holderId: number;
  arrayId?: number | null;
  systemId?: number | null;
  provisionCodes: string[];
  requirementCodes: string[];
  offenceArticleCode?: string | null;
  detectedOn: string;
  source: ViolationSource;
  description?: string | null;
  inspectionId?: number | null;
}

function assertAgency(viewer: Viewer): void {
  if (!canManageRegistry(viewer)) throw new AppError('FORBIDDEN', 'only ADMIN or INSPECTOR may record or change violations');
}

/**
 * Creates a violation inside `tx` (also used by completeInspection); `field` prefixes error paths.
 * Locks the holder first (a no-op when the caller already holds the lock): the sanction depends on
 * the holder's earlier violations, and the stored compliance on all of them.
 */
export async function createViolation(tx: EntityManager, viewer: Viewer, f: ViolationFields, today: string, field = 'input'): Promise<Violation> {
  if (f.detectedOn > today) throw AppError.badInput(`${field}.detectedOn`, 'must not be in the future');
  const holder = await lockHolder(tx, f.holderId, `${field}.holderId`);
  for (const [key, entity, id] of [['arrayId', 'personal_data_array', f.arrayId], ['systemId', 'information_system', f.systemId]] as const) {
    if (!id) continue;
    const [row] = await tx.execute<{ n: string }[]>(`select count(*) as n from ${entity} where id = ? and holder_id = ?`, [id, holder.id]);
    if (row!.n === '0' || Number(row!.n) === 0) throw new AppError('NOT_FOUND', `${key} is not one of this holder's records`, { field: `${field}.${key}` });
  }
  const known = await tx.find(Requirement, { code: { $in: f.requirementCodes } }, { fields: ['code'] });
  const unknown = f.requirementCodes.findIndex((c) => !known.some((k) => k.code === c));
  if (unknown >= 0) throw new AppError('NOT_FOUND', `no requirement ${f.requirementCodes[unknown]}`, { field: `${field}.requirementCodes[${unknown}]` });
  const sanctions = await loadSanctions(tx);
  const article = f.offenceArticleCode ? sanctions.articles.get(f.offenceArticleCode) : undefined;
  if (f.offenceArticleCode && !article) throw new AppError('NOT_FOUND', `no offence article ${f.offenceArticleCode}`, { field: `${field}.offenceArticleCode` });
  const prior = await tx.find(Violation, { holder: holder.id }, { fields: ['offenceArticleCode', 'detectedOn', 'status'] });
  const sanction = article
    ? computeSanction({
        article,
        articles: sanctions.articles,
        offenderType: sanctions.file.offenderTypes[holder.kind],
        detectedOn: f.detectedOn,
        prior: prior.map((p) => ({ offenceArticleCode: p.offenceArticleCode ?? null, detectedOn: p.detectedOn, upheld: isUpheldViolation(p.status) })),
        rates: sanctions.file.calculationIndicator,
      })
    : null;
  const violation = tx.create(Violation, { ...f, holder, status: 'RECORDED', sanction, closedOn: null });
  await tx.flush();
  appendAudit(tx, viewer, { action: 'RECORD_VIOLATION', entityType: 'Violation', entityId: violation.id, changes: creationChanges({ ...f, sanction }) });
  return violation;
}

export interface RecordViolationCommand extends Omit<ViolationFields, 'holderId' | 'arrayId' | 'systemId' | 'inspectionId'> {
  holderId: string;
  arrayId?: string | null;
  systemId?: string | null;
}

export async function recordViolation(em: EntityManager, viewer: Viewer, input: RecordViolationCommand, today: string): Promise<Violation> {
  assertAgency(viewer);
  const fields: ViolationFields = {
    ...input,
    holderId: keyOf(input.holderId, 'Holder', 'input.holderId'),
    arrayId: input.arrayId ? keyOf(input.arrayId, 'PersonalDataArray', 'input.arrayId') : null,
    systemId: input.systemId ? keyOf(input.systemId, 'InformationSystem', 'input.systemId') : null,
  };
  return writeTransaction(em, async (tx) => {
    const v = await createViolation(tx, viewer, fields, today);
    await afterHolderChange(tx, fields.holderId, today);
    return v;
  });
}

export async function changeViolationStatus(
  em: EntityManager,
  viewer: Viewer,
  input: { id: string; version: number; status: ViolationStatusValue; on?: string | null; reason?: string | null },
  today: string,
): Promise<Violation> {
  assertAgency(viewer);
  const key = keyOf(input.id, 'Violation', 'input.id');
  const notFound = () => new AppError('NOT_FOUND', `violation ${input.id} was not found`, { field: 'input.id' });
  return writeTransaction(em, async (tx) => {
    const holderId = await holderIdOf(tx, 'violation', key);
    if (holderId === null) throw notFound();
    await lockHolder(tx, holderId, 'input.id');
    const v = await tx.findOne(Violation, key);
    if (!v) throw notFound();
    assertVersion(v.version, input.version);
    const problem = violationTransitionProblem(v.status, input.status);
    if (problem) throw new AppError('BAD_USER_INPUT', problem, { field: 'input.status', rule: 'violation-status' });
    const on = input.on ?? today;
    if (on < v.detectedOn) throw AppError.badInput('input.on', `must not be before the detection on ${v.detectedOn}`);
    const before = { status: v.status, closedOn: v.closedOn ?? null };
    v.status = input.status;
    if (input.status === 'REMEDIED' || input.status === 'CANCELLED') v.closedOn = on;
    appendAudit(tx, viewer, {
      action: 'CHANGE_VIOLATION_STATUS',
      entityType: 'Violation',
      entityId: v.id,
      changes: { status: { before: before.status, after: v.status }, closedOn: { before: before.closedOn, after: v.closedOn ?? null } },
      reason: input.reason ?? null,
    });
    await afterHolderChange(tx, v.holder.id, today);
    return v;
  });
}
