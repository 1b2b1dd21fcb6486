// Aggregates for dashboards over the national Registry: counts by a dimension and registrations
// per month. One GROUP BY each, on indexed columns, so they stay fast on 100,000 holders.
// The compliance dimension reads holder_compliance.status, stored by aggregateResults' rule
// (src/domain/compliance/aggregate.ts), so it agrees with complianceStatus and complianceDistribution.
import type { EntityManager } from '@mikro-orm/postgresql';
import { seesAllRegistryDetails, type Viewer } from '../../domain/access/roles.js';
import { AppError } from '../../errors.js';

export const DIMENSIONS = {
  REGION: 'h.region_code',
  KIND: 'h.kind::text',
  REGISTRATION_STATUS: 'h.registration_status::text',
  SECTOR: "split_part(h.sector_key, '.', 1)",
  COMPLIANCE_STATUS: "coalesce(c.status::text, 'NOT_COMPUTED')",
} as const;
export type Dimension = keyof typeof DIMENSIONS;

/** Dimensions beyond the public Registry view are for roles that see Registry details. */
const DETAIL_DIMENSIONS: ReadonlySet<Dimension> = new Set(['SECTOR', 'COMPLIANCE_STATUS']);

export async function holderBreakdown(em: EntityManager, viewer: Viewer, by: Dimension): Promise<{ key: string | null; holders: number }[]> {
  if (DETAIL_DIMENSIONS.has(by) && !seesAllRegistryDetails(viewer)) {
    throw new AppError('FORBIDDEN', `a breakdown by ${by} needs a role that sees Registry details`, { field: 'by' });
  }
  const join = by === 'COMPLIANCE_STATUS' ? 'left join holder_compliance c on c.holder_id = h.id' : '';
  const rows = await em.execute<{ key: string | null; holders: string }[]>(
    `select ${DIMENSIONS[by]} as key, count(*) as holders from holder h ${join} group by 1 order by 2 desc, 1`,
  );
  return rows.map((r) => ({ key: r.key, holders: Number(r.holders) }));
}

/** Holders entered in the Registry per month (by `registeredOn`), from `from` to `to` inclusive. */
export async function registrationsPerMonth(em: EntityManager, from: string, to: string): Promise<{ month: string; registered: number }[]> {
  if (to < from) throw AppError.badInput('to', 'must not be before from');
  const rows = await em.execute<{ month: string; registered: string }[]>(
    `select to_char(m, 'YYYY-MM') as month, count(h.id) as registered
     from generate_series(date_trunc('month', ?::date), date_trunc('month', ?::date), interval '1 month') m
     left join holder h on h.registered_on >= m and h.registered_on < m + interval '1 month'
     group by m order by m`,
    [from, to],
  );
  return rows.map((r) => ({ month: r.month, registered: Number(r.registered) }));
}
