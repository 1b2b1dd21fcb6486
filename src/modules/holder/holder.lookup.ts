// Loading records named in a mutation input, with the viewer's right to edit them checked.
import type { EntityManager } from '@mikro-orm/postgresql';
import { canEditHolder, type Viewer } from '../../domain/access/roles.js';
import { AppError } from '../../errors.js';
import { fromGlobalId } from '../../graphql/node.js';
import { Holder } from './holder.entity.js';
import { InformationSystem } from './information-system.entity.js';
import { PersonalDataArray } from './personal-data-array.entity.js';

/** Database key of a global ID of `type`; BAD_USER_INPUT naming `field` otherwise. */
export function keyOf(id: string, type: string, field: string): number {
  const g = fromGlobalId(id, field);
  if (g.type !== type || !/^\d+$/.test(g.key)) throw AppError.badInput(field, `is not a ${type} ID`);
  return Number(g.key);
}

function assertCanEdit(viewer: Viewer, holderId: number): void {
  if (!canEditHolder(viewer, holderId)) throw new AppError('FORBIDDEN', `role ${viewer.role} may not change this holder's records`);
}

export async function holderForEdit(em: EntityManager, viewer: Viewer, id: string, field = 'input.holderId'): Promise<Holder> {
  const key = keyOf(id, 'Holder', field);
  assertCanEdit(viewer, key);
  const holder = await em.findOne(Holder, key);
  if (!holder) throw new AppError('NOT_FOUND', `holder ${id} was not found`, { field });
  return holder;
}

export async function arrayForEdit(em: EntityManager, viewer: Viewer, id: string, field = 'input.id'): Promise<PersonalDataArray> {
  const array = await em.findOne(PersonalDataArray, keyOf(id, 'PersonalDataArray', field));
  if (!array) throw new AppError('NOT_FOUND', `personal-data array ${id} was not found`, { field });
  assertCanEdit(viewer, array.holder.id);
  return array;
}

export async function systemForEdit(em: EntityManager, viewer: Viewer, id: string, field = 'input.id'): Promise<InformationSystem> {
  const system = await em.findOne(InformationSystem, keyOf(id, 'InformationSystem', field), { populate: ['arrays'] });
  if (!system) throw new AppError('NOT_FOUND', `information system ${id} was not found`, { field });
  assertCanEdit(viewer, system.holder.id);
  return system;
}
