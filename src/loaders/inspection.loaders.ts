// Batch loaders of violations and inspections.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Violation } from '../modules/violation/violation.entity.js';
import { loader, manyByKey } from './batch.js';

export function createInspectionLoaders(em: EntityManager) {
  return {
    violationsByHolder: loader<number, Violation[]>(async (ids) =>
      manyByKey(ids, await em.find(Violation, { holder: { $in: [...ids] } }, { orderBy: { detectedOn: 'desc', id: 'desc' } }), (v) => v.holder.id),
    ),
  };
}
