// Loading records named in a mutation input, with the viewer's right to edit them checked, and the
// one lock order of every write on a holder's data: the holder row first, then its records.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canEditHolder, type Viewer } from '../../domain/access/roles.js';
import { AppError } from '../../errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/node.js';
import { Holder } from './holder.entity.js';
import { InformationSystem } from './information-system.entity.js';
import { PersonalDataArray } from './personal-data-array.entity.js';

/** Database key of a global ID of `type`; BAD_USER_INPUT naming `field` otherwise. */
export function keyOf(id: string, type: string, field: string): number {
  const g = fromGlobalId(id, field);
  if (g.type !== type || !/^\d+$/.test(g.key)) throw AppError.badInput(field, `is not a ${type} ID`);
  return Number(g.key);
}

const locked = new WeakMap<EntityManager, Set<number>>();

/**
 * The first lock of every write on a holder's data: its row, FOR UPDATE. Taken before any insert
 * or update, so concurrent writers on one holder queue here instead of deadlocking on the share
 * lock an insert's foreign key takes, and each one's compliance recompute sees the ones before it.
 * Lock order: holder, then its own rows (arrays, systems, violations), then an inspection.
 */
export async function lockHolder(tx: EntityManager, holderId: number, field = 'input.holderId'): Promise<Holder> {
  const holder = await tx.findOne(Holder, holderId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!holder) throw AppError.notFound(field, `holder ${toGlobalId('Holder', holderId)} was not found`);
  locked.set(tx, (locked.get(tx) ?? new Set()).add(holderId));
  return holder;
}

/** Guard for code that writes derived state (the stored compliance): the holder must be locked. */
export function assertHolderLocked(tx: EntityManager, holderId: number): void {
  if (!locked.get(tx)?.has(holderId)) throw new Error(`holder ${holderId} was written without lockHolder() first`);
}

type OwnedTable = 'personal_data_array' | 'information_system' | 'violation' | 'inspection';

/** The holder a record belongs to, read before taking its lock (records never change holder). */
export async function holderIdOf(tx: EntityManager, table: OwnedTable, id: number): Promise<number | null> {
  const [row] = await tx.execute<{ holder_id: number }[]>(`select holder_id from ${table} where id = ?`, [id]);
  return row?.holder_id ?? null;
}

function assertCanEdit(viewer: Viewer, holderId: number): void {
  if (!canEditHolder(viewer, holderId)) throw new AppError('FORBIDDEN', `role ${viewer.role} may not change this holder's records`);
}

/** The holder, locked for the write. */
export async function holderForEdit(em: EntityManager, viewer: Viewer, id: string, field = 'input.holderId'): Promise<Holder> {
  const key = keyOf(id, 'Holder', field);
  assertCanEdit(viewer, key);
  return lockHolder(em, key, field);
}

/** The holder of an owned record, checked and locked; the record itself is read after the lock. */
async function lockOwner(em: EntityManager, viewer: Viewer, table: OwnedTable, key: number, notFound: () => AppError, field: string): Promise<void> {
  const holderId = await holderIdOf(em, table, key);
  if (holderId === null) throw notFound();
  assertCanEdit(viewer, holderId);
  await lockHolder(em, holderId, field);
}

export async function arrayForEdit(em: EntityManager, viewer: Viewer, id: string, field = 'input.id'): Promise<PersonalDataArray> {
  const notFound = () => AppError.notFound(field, `personal-data array ${id} was not found`);
  const key = keyOf(id, 'PersonalDataArray', field);
  await lockOwner(em, viewer, 'personal_data_array', key, notFound, field);
  const array = await em.findOne(PersonalDataArray, key);
  if (!array) throw notFound(); // removed while we waited for the lock
  return array;
}

export async function systemForEdit(em: EntityManager, viewer: Viewer, id: string, field = 'input.id'): Promise<InformationSystem> {
  const notFound = () => AppError.notFound(field, `information system ${id} was not found`);
  const key = keyOf(id, 'InformationSystem', field);
  await lockOwner(em, viewer, 'information_system', key, notFound, field);
  const system = await em.findOne(InformationSystem, key, { populate: ['arrays'] });
  if (!system) throw notFound();
  return system;
}
