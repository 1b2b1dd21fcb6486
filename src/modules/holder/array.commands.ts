// Writes on personal-data arrays and information systems: add, update, remove. Same guarantees as
// holder writes: validated, role-checked, atomic, version-checked, audited in the same transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { Viewer } from '../../domain/access/roles.js';
import { creationChanges, diffFields, removalChanges } from '../../domain/audit/diff.js';
import { assertVersion, writeTransaction } from '../../db/write.js';
import { AppError } from '../../errors.js';
import { assertNoProblems, parseInput } from '../../graphql/parse-input.js';
import { appendAudit } from '../audit/audit.service.js';
import { afterHolderChange } from '../compliance/holder-compliance.service.js';
import { todayInBishkek } from '../../clock.js';
import { loadVocabulary, vocabularyProblems } from '../taxonomy/vocabulary.js';
import { arrayForEdit, holderForEdit, keyOf, systemForEdit } from './holder.lookup.js';
import { ArrayFieldsSchema, SystemFieldsSchema, type ArrayFields, type SystemFields } from './holder.schemas.js';
import { InformationSystem } from './information-system.entity.js';
import { PersonalDataArray } from './personal-data-array.entity.js';

const ARRAY_FIELDS = Object.keys(ArrayFieldsSchema.shape) as (keyof ArrayFields)[];
const SYSTEM_FIELDS = Object.keys(SystemFieldsSchema.shape) as (keyof SystemFields)[];
const pick = (o: object, fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, (o as Record<string, unknown>)[f] ?? null]));
const defined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** An array's or system's fields, parsed and checked against the vocabulary. */
async function valid<T extends ArrayFields | SystemFields>(em: EntityManager, schema: z.ZodType<T>, value: unknown): Promise<T> {
  const fields = parseInput(schema, value);
  assertNoProblems(vocabularyProblems(await loadVocabulary(em), fields));
  return fields;
}
const validArray = (em: EntityManager, value: unknown) => valid(em, ArrayFieldsSchema, value);
const validSystem = (em: EntityManager, value: unknown) => valid(em, SystemFieldsSchema, value);

/**
 * Removes an array or a system: audited with what it held (and why, when given), then the
 * holder's stored compliance recomputed, in one transaction.
 */
async function removeRecord<R extends PersonalDataArray | InformationSystem>(
  em: EntityManager,
  viewer: Viewer,
  input: { id: string; version: number; reason?: string | null },
  what: { forEdit: (tx: EntityManager, viewer: Viewer, id: string) => Promise<R>; action: 'REMOVE_ARRAY' | 'REMOVE_SYSTEM'; entityType: 'PersonalDataArray' | 'InformationSystem'; fields: readonly string[] },
) {
  return writeTransaction(em, async (tx) => {
    const record = await what.forEdit(tx, viewer, input.id);
    assertVersion(record.version, input.version);
    appendAudit(tx, viewer, {
      action: what.action,
      entityType: what.entityType,
      entityId: record.id,
      changes: removalChanges({ holderId: record.holder.id, ...pick(record, what.fields) }),
      reason: input.reason ?? null,
    });
    tx.remove(record);
    await afterHolderChange(tx, record.holder.id, todayInBishkek());
    return input.id;
  });
}

export async function addPersonalDataArray(em: EntityManager, viewer: Viewer, input: Partial<ArrayFields> & { holderId: string }) {
  return writeTransaction(em, async (tx) => {
    const holder = await holderForEdit(tx, viewer, input.holderId);
    const fields = await validArray(tx, input);
    const array = tx.create(PersonalDataArray, { ...fields, holder });
    await tx.flush();
    appendAudit(tx, viewer, { action: 'ADD_ARRAY', entityType: 'PersonalDataArray', entityId: array.id, changes: creationChanges({ holderId: holder.id, ...fields }) });
    await afterHolderChange(tx, holder.id, todayInBishkek());
    return array;
  });
}

export async function updatePersonalDataArray(em: EntityManager, viewer: Viewer, input: Partial<ArrayFields> & { id: string; version: number }) {
  const { id, version, ...patch } = input;
  return writeTransaction(em, async (tx) => {
    const array = await arrayForEdit(tx, viewer, id);
    assertVersion(array.version, version);
    const before = pick(array, ARRAY_FIELDS);
    const fields = await validArray(tx, { ...before, ...defined(patch) });
    const changes = diffFields(before, fields);
    if (!Object.keys(changes).length) return array;
    tx.assign(array, fields);
    appendAudit(tx, viewer, { action: 'UPDATE_ARRAY', entityType: 'PersonalDataArray', entityId: array.id, changes });
    await afterHolderChange(tx, array.holder.id, todayInBishkek());
    return array;
  });
}

export function removePersonalDataArray(em: EntityManager, viewer: Viewer, input: { id: string; version: number; reason?: string | null }) {
  return removeRecord(em, viewer, input, { forEdit: arrayForEdit, action: 'REMOVE_ARRAY', entityType: 'PersonalDataArray', fields: ARRAY_FIELDS });
}

/** The holder's arrays named by global ID; an array of another holder is a bad input. */
async function arraysOf(em: EntityManager, holderId: number, ids: string[] | undefined): Promise<PersonalDataArray[]> {
  const keys = (ids ?? []).map((id, i) => keyOf(id, 'PersonalDataArray', `input.arrayIds[${i}]`));
  const arrays = keys.length ? await em.find(PersonalDataArray, { id: { $in: keys }, holder: holderId }) : [];
  const missing = keys.findIndex((k) => !arrays.some((a) => a.id === k));
  if (missing >= 0) throw AppError.badInput(`input.arrayIds[${missing}]`, "is not one of this holder's arrays");
  return arrays;
}

type SystemCommand = Partial<SystemFields> & { arrayIds?: string[] };

export async function addInformationSystem(em: EntityManager, viewer: Viewer, input: SystemCommand & { holderId: string }) {
  return writeTransaction(em, async (tx) => {
    const holder = await holderForEdit(tx, viewer, input.holderId);
    const fields = await validSystem(tx, input);
    const arrays = await arraysOf(tx, holder.id, input.arrayIds);
    const system = tx.create(InformationSystem, { ...fields, holder });
    system.arrays.set(arrays);
    await tx.flush();
    appendAudit(tx, viewer, {
      action: 'ADD_SYSTEM',
      entityType: 'InformationSystem',
      entityId: system.id,
      changes: creationChanges({ holderId: holder.id, ...fields, arrayIds: arrays.map((a) => a.id).sort() }),
    });
    await afterHolderChange(tx, holder.id, todayInBishkek());
    return system;
  });
}

export async function updateInformationSystem(em: EntityManager, viewer: Viewer, input: SystemCommand & { id: string; version: number }) {
  const { id, version, arrayIds, ...patch } = input;
  return writeTransaction(em, async (tx) => {
    const system = await systemForEdit(tx, viewer, id);
    assertVersion(system.version, version);
    const before = { ...pick(system, SYSTEM_FIELDS), arrayIds: system.arrays.getItems().map((a) => a.id).sort() };
    const fields = await validSystem(tx, { ...pick(system, SYSTEM_FIELDS), ...defined(patch) });
    const arrays = arrayIds ? await arraysOf(tx, system.holder.id, arrayIds) : system.arrays.getItems();
    const changes = diffFields(before, { ...fields, arrayIds: arrays.map((a) => a.id).sort() });
    if (!Object.keys(changes).length) return system;
    tx.assign(system, fields);
    system.arrays.set(arrays);
    // A change of linked arrays alone touches only the pivot table; touching the row bumps its version.
    system.updatedAt = new Date();
    appendAudit(tx, viewer, { action: 'UPDATE_SYSTEM', entityType: 'InformationSystem', entityId: system.id, changes });
    await afterHolderChange(tx, system.holder.id, todayInBishkek());
    return system;
  });
}

export function removeInformationSystem(em: EntityManager, viewer: Viewer, input: { id: string; version: number; reason?: string | null }) {
  return removeRecord(em, viewer, input, { forEdit: systemForEdit, action: 'REMOVE_SYSTEM', entityType: 'InformationSystem', fields: SYSTEM_FIELDS });
}
