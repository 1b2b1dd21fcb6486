// Aggregates for dashboards over the national Registry: counts by a dimension and registrations
// per month, so they stay fast on 100,000 holders.
// Breakdowns read the tallies the database keeps in every writing transaction
// (Migration20261202000000_holder_tallies): a few hundred delta rows instead of every holder, and
// exactly what a GROUP BY over holder would give at the same snapshot (a test compares the two).
// The compliance dimension counts holder_compliance.status, stored by aggregateResults' rule
// (src/domain/compliance/aggregate.ts), so it agrees with complianceStatus and complianceDistribution;
// a holder without a stored row is NOT_COMPUTED.
import type { EntityManager } from '@mikro-orm/postgresql';
import { seesAllRegistryDetails, type Viewer } from '../../domain/access/roles.js';
import { AppError } from '../../errors.js';

/** Each dimension as an expression over holder_tally's columns. */
export const DIMENSIONS = {
  REGION: 'region_code',
  KIND: 'kind',
  REGISTRATION_STATUS: 'registration_status',
  SECTOR: "split_part(sector_key, '.', 1)",
  COMPLIANCE_STATUS: null,
} as const;
export type Dimension = keyof typeof DIMENSIONS;

/** Dimensions beyond the public Registry view are for roles that see Registry details. */
const DETAIL_DIMENSIONS: ReadonlySet<Dimension> = new Set(['SECTOR', 'COMPLIANCE_STATUS']);

const BY_COMPLIANCE = `select status as key, sum(holders) as holders from compliance_tally group by 1
  union all select 'NOT_COMPUTED', (select coalesce(sum(holders), 0) from holder_tally) - (select coalesce(sum(holders), 0) from compliance_tally)`;

export async function holderBreakdown(em: EntityManager, viewer: Viewer, by: Dimension): Promise<{ key: string | null; holders: number }[]> {
  if (DETAIL_DIMENSIONS.has(by) && !seesAllRegistryDetails(viewer)) {
    throw new AppError('FORBIDDEN', `a breakdown by ${by} needs a role that sees Registry details`, { field: 'by' });
  }
  const expr = DIMENSIONS[by];
  const groups = expr === null ? BY_COMPLIANCE : `select ${expr} as key, sum(holders) as holders from holder_tally group by 1`;
  const rows = await em.execute<{ key: string | null; holders: string }[]>(`select key, holders from (${groups}) g where holders > 0 order by 2 desc, 1`);
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
