// Open violations feed the compliance engine (an open violation linked to a requirement makes it
// NON_COMPLIANT until remedied; see domain/compliance/results.ts). Violations are recorded by the
// inspections module (next issue); until that table exists no holder has any.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ViolationRecord } from '../../domain/compliance/results.js';

export async function loadViolationRecords(_em: EntityManager, _holderIds: number[]): Promise<Map<number, ViolationRecord[]>> {
  return new Map();
}
