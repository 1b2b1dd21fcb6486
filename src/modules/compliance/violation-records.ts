// Violations feed the compliance engine: one linked to a requirement makes it NON_COMPLIANT from
// its detection until it is remedied or cancelled (domain/compliance/results.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ViolationRecord } from '../../domain/compliance/results.js';

export async function loadViolationRecords(em: EntityManager, holderIds: number[]): Promise<Map<number, ViolationRecord[]>> {
  if (!holderIds.length) return new Map();
  const rows = await em.execute<(ViolationRecord & { holderId: number })[]>(
    `select id, holder_id as "holderId", requirement_codes as "requirementCodes", detected_on::text as "detectedOn",
            case when status = 'CANCELLED' then detected_on::text else closed_on::text end as "closedOn",
            status = 'CANCELLED' as cancelled, array_id as "arrayId", system_id as "systemId"
     from violation where holder_id in (?)`,
    [holderIds],
  );
  const map = new Map<number, ViolationRecord[]>();
  for (const v of rows) map.set(v.holderId, [...(map.get(v.holderId) ?? []), v]);
  return map;
}
