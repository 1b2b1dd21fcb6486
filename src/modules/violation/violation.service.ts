// Recording violations and changing their status (the Agency's acts), with the sanction computed
// from the dated tables and the holder's history, audit-logged, and the holder's stored compliance
// status recomputed in the same transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../domain/access/roles.js';
import { creationChanges } from '../../domain/audit/diff.js';
import { offendersProblem, resolveOffenders, type OffenderInput } from '../../domain/sanctions/offenders.js';
import { computeSanction, type OffenderFact, type PenaltyDecisionFact, type Sanction } from '../../domain/sanctions/sanction.js';
import { violationTransitionProblem, type ViolationStatusValue } from '../../domain/sanctions/violation-status.js';
import { assertVersion, writeTransaction } from '../../db/write.js';
import { legalBasisOn } from '../../domain/inspections/legal-basis.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { afterHolderChange } from '../compliance/holder-compliance.service.js';
import { Requirement } from '../compliance/requirement.entity.js';
import { holderIdOf, keyOf, lockHolder } from '../holder/holder.lookup.js';
import { basisActs, decisionFactsOfHolder, decisionsOfViolations, insertDecision, insertOffenders, loadSanctionContext, offendersOf, updateOffenderSanction, type DecisionRow, type SanctionContext } from './penalty.store.js';
import { Violation } from './violation.entity.js';
import type { ViolationSource } from './violation.enums.js';
import { assertAgency } from '../auth/agency-only.js';

export interface ViolationFields {
  holderId: number;
  arrayId?: number | null;
  systemId?: number | null;
  provisionCodes: string[];
  requirementCodes: string[];
  offenceArticleCode?: string | null;
  detectedOn: string;
  /** Day the offence was committed (repetition and the dated tables read it); default the detection day. */
  committedOn?: string | null;
  source: ViolationSource;
  description?: string | null;
  inspectionId?: number | null;
  offenders?: OffenderInput[] | null;
}

/** The sanction of one offender of a violation, from the holder's penalty decisions and the dated tables. */
function sanctionFor(ctx: SanctionContext, v: { id?: number | null; offenceArticleCode?: string | null; committedOn: string; committedGiven: boolean }, offender: OffenderFact, decisions: readonly PenaltyDecisionFact[]): Sanction | null {
  const article = v.offenceArticleCode ? ctx.articles.get(v.offenceArticleCode) : undefined;
  if (!article) return null;
  const code = ctx.versionsOf(article.code);
  const s = computeSanction({
    article,
    articles: ctx.articles,
    offender,
    committedOn: v.committedOn,
    violationId: v.id ?? null,
    decisions,
    rule: ctx.file.repetition,
    caps: ctx.file.caps,
    rates: ctx.file.calculationIndicator,
    codeVersions: code.versions,
    codeAct: code.act,
  });
  if (!v.committedGiven) s.reasons.splice(1, 0, `committed on ${v.committedOn}: the detection day (no commission date was given)`);
  return s;
}

const committedOf = (v: { committedOn?: string | null; detectedOn: string }) => ({ committedOn: v.committedOn ?? v.detectedOn, committedGiven: Boolean(v.committedOn) });

/**
 * Creates a violation inside `tx` (also used by completeInspection); `field` prefixes error paths.
 * Locks the holder first (a no-op when the caller already holds the lock): the sanctions depend on
 * the holder's penalty decisions, and the stored compliance on all of its violations.
 */
export async function createViolation(tx: EntityManager, viewer: Viewer, f: ViolationFields, today: string, field = 'input', opts: { dropProvisionsNotInForce?: boolean } = {}): Promise<Violation> {
  if (f.detectedOn > today) throw AppError.badInput(`${field}.detectedOn`, 'must not be in the future');
  if (f.committedOn && f.committedOn > f.detectedOn) throw AppError.badInput(`${field}.committedOn`, `must not be after the detection on ${f.detectedOn}`);
  const holder = await lockHolder(tx, f.holderId, `${field}.holderId`);
  for (const [key, entity, id] of [['arrayId', 'personal_data_array', f.arrayId], ['systemId', 'information_system', f.systemId]] as const) {
    if (!id) continue;
    const [row] = await tx.execute<{ n: string }[]>(`select count(*) as n from ${entity} where id = ? and holder_id = ?`, [id, holder.id]);
    if (row!.n === '0' || Number(row!.n) === 0) throw AppError.notFound(`${field}.${key}`, `${key} is not one of this holder's records`);
  }
  const known = await tx.find(Requirement, { code: { $in: f.requirementCodes } }, { fields: ['code'] });
  const unknown = f.requirementCodes.findIndex((c) => !known.some((k) => k.code === c));
  if (unknown >= 0) throw AppError.notFound(`${field}.requirementCodes[${unknown}]`, `no requirement ${f.requirementCodes[unknown]}`);
  // In-force acts only: a violation cites provisions of acts with a version in force on the day the
  // offence was committed (never a draft). Refused for input; an inspection's finding (whose
  // requirement may list provisions of several acts) keeps only those in force, and says so below.
  const on = f.committedOn ?? f.detectedOn;
  const acts = await basisActs(tx, f.provisionCodes.map((c) => c.split('#')[0]!));
  const dropped: string[] = [];
  const provisionCodes = f.provisionCodes.filter((c, i) => {
    const act = c.split('#')[0]!;
    const basis = legalBasisOn(acts.get(act) ?? null, act, on);
    if (!('rule' in basis)) return true;
    if (!opts.dropProvisionsNotInForce) throw new AppError('BAD_USER_INPUT', `${basis.rule}: ${basis.reason}`, { field: `${field}.provisionCodes[${i}]`, rule: basis.rule });
    dropped.push(`${c} (${basis.reason})`);
    return false;
  });
  f = { ...f, provisionCodes };
  const ctx = await loadSanctionContext(tx);
  const article = f.offenceArticleCode ? ctx.articles.get(f.offenceArticleCode) : undefined;
  if (f.offenceArticleCode && !article) throw AppError.notFound(`${field}.offenceArticleCode`, `no offence article ${f.offenceArticleCode}`);
  const given = f.offenders ?? [];
  const problem = offendersProblem(holder.kind, given);
  if (problem) throw AppError.badInput(`${field}.offenders[${problem.index}].${problem.field}`, problem.message);
  const offenders = resolveOffenders({
    holderId: holder.id,
    holderKind: holder.kind,
    holderLabel: 'the holder',
    offenders: given,
    roleTypes: ctx.file.offenderRoles,
    kindTypes: ctx.file.offenderTypes,
  });
  const decisions = await decisionFactsOfHolder(tx, holder.id);
  const dated = { offenceArticleCode: f.offenceArticleCode, ...committedOf(f) };
  const sanctions = offenders.map((o) => sanctionFor(ctx, dated, o, decisions));
  const { offenders: _named, ...row } = f;
  const violation = tx.create(Violation, { ...row, committedOn: f.committedOn ?? null, holder, status: 'RECORDED', sanction: sanctions[0] ?? null, closedOn: null });
  await tx.flush();
  await insertOffenders(tx, violation.id, offenders, sanctions);
  appendAudit(tx, viewer, {
    action: 'RECORD_VIOLATION',
    entityType: 'Violation',
    entityId: violation.id,
    ...(dropped.length ? { reason: `provisions not in force on ${on} left out: ${dropped.join('; ')}` } : {}),
    changes: creationChanges({ ...row, offenders: offenders.map((o) => ({ role: o.role, offenderType: o.type, assumed: o.assumed, personName: o.personName, personPosition: o.personPosition })), sanctions }),
  });
  return violation;
}

/**
 * Re-derives the proposed sanctions of the holder's offenders that have no decision yet, after a
 * new penalty decision (it can make an offence committed after it a repeat). Decided sanctions stay
 * as decided.
 */
async function refreshUndecided(tx: EntityManager, ctx: SanctionContext, holderId: number): Promise<void> {
  const violations = await tx.find(Violation, { holder: holderId }, { fields: ['id', 'offenceArticleCode', 'detectedOn', 'committedOn', 'sanction', 'version'] });
  const decisions = await decisionFactsOfHolder(tx, holderId);
  const decided = new Set((await decisionsOfViolations(tx, violations.map((v) => v.id))).map((d) => d.offenderId));
  const offenders = await offendersOf(tx, violations.map((v) => v.id));
  for (const v of violations) {
    const own = offenders.filter((o) => o.violationId === v.id);
    for (const o of own) {
      if (decided.has(o.id)) continue;
      const s = sanctionFor(ctx, { id: v.id, offenceArticleCode: v.offenceArticleCode, ...committedOf(v) }, { role: o.role, type: o.offenderType, key: o.offenderKey, assumed: o.assumed, label: o.role === 'OFFICIAL' && !o.assumed ? 'an official of the holder' : 'the holder' }, decisions);
      if (JSON.stringify(s) === JSON.stringify(o.sanction)) continue;
      await updateOffenderSanction(tx, o.id, s);
      if (o.position === 0) v.sanction = s;
    }
  }
}

export interface RecordViolationCommand extends Omit<ViolationFields, 'holderId' | 'arrayId' | 'systemId' | 'inspectionId'> {
  holderId: string;
  arrayId?: string | null;
  systemId?: string | null;
}

export async function recordViolation(em: EntityManager, viewer: Viewer, input: RecordViolationCommand, today: string): Promise<Violation> {
  assertAgency(viewer, 'record or change violations');
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

export interface ChangeStatusCommand {
  id: string;
  version: number;
  status: ViolationStatusValue;
  /** Day of the change; for UPHELD the date of the penalty decision. */
  on?: string | null;
  /** For UPHELD: who imposed the penalty (default: who the article's part says decides). */
  decidedBy?: 'AGENCY' | 'COURT' | null;
  reason?: string | null;
}

/**
 * Changes the status. Becoming UPHELD imposes the penalty: one decision per offender with a fine,
 * dated `on`, with the sanction computed from the decisions before the offence, stored and
 * returned; the holder's undecided sanctions are then re-derived (the decision may make a later
 * offence a repeat; it never makes an earlier one a repeat).
 */
export async function changeViolationStatus(em: EntityManager, viewer: Viewer, input: ChangeStatusCommand, today: string): Promise<{ violation: Violation; decisions: DecisionRow[] }> {
  assertAgency(viewer, 'record or change violations');
  const key = keyOf(input.id, 'Violation', 'input.id');
  const notFound = () => AppError.notFound('input.id', `violation ${input.id} was not found`);
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
    if (on > today) throw AppError.badInput('input.on', 'must not be in the future');
    if (input.decidedBy && input.status !== 'UPHELD') throw AppError.badInput('input.decidedBy', 'only a change to UPHELD imposes a penalty');
    const before = { status: v.status, closedOn: v.closedOn ?? null };
    v.status = input.status;
    if (input.status === 'REMEDIED' || input.status === 'CANCELLED') v.closedOn = on;
    const made: DecisionRow[] = [];
    if (input.status === 'UPHELD' && v.offenceArticleCode) {
      const ctx = await loadSanctionContext(tx);
      const facts = await decisionFactsOfHolder(tx, holderId);
      const already = new Set((await decisionsOfViolations(tx, [v.id])).map((d) => d.offenderId));
      for (const o of await offendersOf(tx, [v.id])) {
        if (already.has(o.id)) continue;
        const s = sanctionFor(ctx, { id: v.id, offenceArticleCode: v.offenceArticleCode, ...committedOf(v) }, { role: o.role, type: o.offenderType, key: o.offenderKey, assumed: o.assumed, label: o.role === 'OFFICIAL' && !o.assumed ? 'an official of the holder' : 'the holder' }, facts);
        if (!s || s.fineIndicators === null) continue;
        const decidedBy = input.decidedBy ?? s.decidedBy;
        const d = await insertDecision(tx, {
          violationId: v.id,
          offenderId: o.id,
          holderId,
          offenderKey: o.offenderKey,
          articleCode: s.articleCode,
          decidedOn: on,
          decidedBy,
          fineIndicators: s.fineIndicators,
          fineSoms: s.fineSoms,
          rateSoms: s.rateSoms,
          rateValidFrom: s.rateValidFrom,
          reasons: [...s.reasons, `penalty imposed on ${on} by ${decidedBy === 'AGENCY' ? 'the Agency' : 'a court'} under ${s.articleCode} on ${o.role}${o.assumed ? ' (assumed: the holder itself)' : ''}`],
          decidedByKeyId: viewer.keyId,
        });
        await updateOffenderSanction(tx, o.id, s);
        if (o.position === 0) v.sanction = s;
        made.push(d);
        appendAudit(tx, viewer, {
          action: 'DECIDE_PENALTY',
          entityType: 'Violation',
          entityId: v.id,
          changes: { penaltyDecision: { before: null, after: { id: d.id, offenderId: o.id, articleCode: d.articleCode, decidedOn: on, decidedBy, fineIndicators: d.fineIndicators, fineSoms: d.fineSoms } } },
          reason: input.reason ?? null,
        });
      }
      if (made.length) await refreshUndecided(tx, ctx, holderId);
    }
    appendAudit(tx, viewer, {
      action: 'CHANGE_VIOLATION_STATUS',
      entityType: 'Violation',
      entityId: v.id,
      changes: { status: { before: before.status, after: v.status }, closedOn: { before: before.closedOn, after: v.closedOn ?? null } },
      reason: input.reason ?? null,
    });
    await afterHolderChange(tx, v.holder.id, today);
    return { violation: v, decisions: made };
  });
}
