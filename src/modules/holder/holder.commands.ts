// Writes on holders: register, update, deregister, and the three registration stages. Each one is
// validated at the edge, checked against the viewer's role, atomic, version-checked and audited.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../domain/access/roles.js';
import { creationChanges, diffFields } from '../../domain/audit/diff.js';
import { registrationDatesProblem, transitionRegistration, type RegistrationAction } from '../../domain/registry/registration.js';
import { assertVersion, writeTransaction } from '../../db/write.js';
import { AppError } from '../../errors.js';
import { assertNoProblems, parseInput } from '../../graphql/parse-input.js';
import { appendAudit } from '../audit/audit.service.js';
import { afterHolderChange } from '../compliance/holder-compliance.service.js';
import { todayInBishkek } from '../../clock.js';
import { loadVocabulary, vocabularyProblems } from '../taxonomy/vocabulary.js';
import { Holder } from './holder.entity.js';
import { holderForEdit, lockHolder } from './holder.lookup.js';
import { HolderFieldsSchema, type HolderFields, type HolderFieldsInput } from './holder.schemas.js';
import { assertAgency } from '../auth/agency-only.js';

const HOLDER_FIELDS = Object.keys(HolderFieldsSchema.shape) as (keyof HolderFields)[];
/** Fields a holder's own key may change; identity and registration fields are the Agency's. */
export const EDITABLE_FIELDS = HOLDER_FIELDS.filter(
  (f) =>
    !['tin', 'kind', 'registryNumber', 'registrationStatus', 'applicationSubmittedOn', 'registeredOn', 'listsApprovedOn', 'deregisteredOn'].includes(f),
);

function snapshot(h: Holder): Record<string, unknown> {
  return Object.fromEntries(HOLDER_FIELDS.map((f) => [f, h[f as keyof Holder] ?? null]));
}

async function validate(em: EntityManager, fields: unknown): Promise<HolderFields> {
  const parsed = parseInput(HolderFieldsSchema, fields);
  assertNoProblems(vocabularyProblems(await loadVocabulary(em), parsed));
  return parsed;
}

export async function registerHolder(em: EntityManager, viewer: Viewer, input: Partial<HolderFieldsInput>): Promise<Holder> {
  assertAgency(viewer, 'register a holder');
  return writeTransaction(em, async (tx) => {
    const fields = await validate(tx, input);
    if (await tx.count(Holder, { tin: fields.tin })) throw new AppError('CONFLICT', `a holder with TIN ${fields.tin} already exists`, { field: 'input.tin' });
    const holder = tx.create(Holder, fields);
    await tx.flush();
    await lockHolder(tx, holder.id); // invisible to others until commit, but the recompute wants the lock
    appendAudit(tx, viewer, { action: 'REGISTER_HOLDER', entityType: 'Holder', entityId: holder.id, changes: creationChanges(fields) });
    await afterHolderChange(tx, holder.id, todayInBishkek());
    return holder;
  });
}

export interface UpdateHolderCommand extends Partial<HolderFieldsInput> {
  id: string;
  version: number;
}

export async function updateHolder(em: EntityManager, viewer: Viewer, input: UpdateHolderCommand): Promise<Holder> {
  const { id, version, ...patch } = input;
  return writeTransaction(em, async (tx) => {
    const holder = await holderForEdit(tx, viewer, id, 'input.id');
    assertVersion(holder.version, version);
    const before = snapshot(holder);
    const editable = Object.fromEntries(Object.entries(patch).filter(([k, v]) => v !== undefined && EDITABLE_FIELDS.includes(k as keyof HolderFields)));
    const fields = await validate(tx, { ...before, ...editable });
    const changes = diffFields(before, fields);
    if (Object.keys(changes).length === 0) return holder;
    tx.assign(holder, fields);
    appendAudit(tx, viewer, { action: 'UPDATE_HOLDER', entityType: 'Holder', entityId: holder.id, changes });
    await afterHolderChange(tx, holder.id, todayInBishkek());
    return holder;
  });
}

const STAGE_FIELDS: Record<RegistrationAction, keyof Holder> = {
  SUBMIT_APPLICATION: 'applicationSubmittedOn',
  REGISTER: 'registeredOn',
  APPROVE_LISTS: 'listsApprovedOn',
  DEREGISTER: 'deregisteredOn',
};

export interface RegistrationStepCommand {
  holderId: string;
  version: number;
  /** Day of the step; defaults to today. */
  on?: string | null;
  registryNumber?: string | null;
  reason?: string | null;
}

/**
 * Moves a holder through the registration stages. The holder itself submits its application; the
 * Agency registers it (with a registry number), approves its lists, or deregisters it (with a reason).
 */
export async function advanceRegistration(em: EntityManager, viewer: Viewer, action: RegistrationAction, input: RegistrationStepCommand, today: string): Promise<Holder> {
  if (action !== 'SUBMIT_APPLICATION') assertAgency(viewer, action.toLowerCase().replace('_', ' '));
  if (action === 'REGISTER' && !input.registryNumber?.trim()) throw AppError.badInput('input.registryNumber', 'is required to register a holder');
  if (action === 'DEREGISTER' && (input.reason?.trim().length ?? 0) < 5) throw AppError.badInput('input.reason', 'a reason of at least 5 characters is required');
  return writeTransaction(em, async (tx) => {
    const holder = await holderForEdit(tx, viewer, input.holderId);
    assertVersion(holder.version, input.version);
    const step = transitionRegistration(holder.registrationStatus, action);
    if (!step.ok) throw new AppError('BAD_USER_INPUT', step.reason, { field: 'input.holderId', rule: 'registration-stages' });
    const on = input.on ?? today;
    if (on > today) throw AppError.badInput('input.on', 'a registration step cannot be dated in the future');
    const before = snapshot(holder);
    const update: Partial<Holder> = { registrationStatus: step.to, [STAGE_FIELDS[action]]: on };
    if (action === 'REGISTER') update.registryNumber = input.registryNumber!.trim();
    // A new application after deregistration starts a new cycle; the audit log keeps the old one.
    if (action === 'SUBMIT_APPLICATION' && holder.registrationStatus === 'DEREGISTERED') {
      Object.assign(update, { registryNumber: null, registeredOn: null, listsApprovedOn: null, deregisteredOn: null });
    }
    const dates = registrationDatesProblem({ ...before, ...update } as Parameters<typeof registrationDatesProblem>[0]);
    if (dates) throw AppError.badInput('input.on', `${dates.field} ${dates.reason}`);
    const fields = await validate(tx, { ...before, ...update });
    tx.assign(holder, fields);
    appendAudit(tx, viewer, {
      action: `${action}`,
      entityType: 'Holder',
      entityId: holder.id,
      changes: diffFields(before, fields),
      reason: input.reason ?? null,
    });
    await afterHolderChange(tx, holder.id, today);
    return holder;
  });
}
