// Reads of the stored per-holder status: one holder (batched) and the distribution for dashboards.
// Both read holder_compliance, written by aggregateResults' rule (src/domain/compliance/aggregate.ts).
import { Field, Int, ObjectType } from 'type-graphql';
import type { ReadScope } from '../../loaders/read-scope.js';
import { seesAllRegistryDetails } from '../../domain/access/roles.js';
import { AppError } from '../../errors.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { AggregateStatus } from './compliance.enums.js';
import type { StoredCompliance } from './stored-compliance.type.js';
import type { ComplianceDistributionEntry } from './compliance.types.js';


export async function storedCompliance(ctx: ReadScope, holderId: number): Promise<StoredCompliance | null> {
  return ctx.loaders.storedCompliance.load(holderId);
}

export async function complianceDistribution(ctx: ReadScope): Promise<ComplianceDistributionEntry[]> {
  if (!seesAllRegistryDetails(ctx.viewer)) throw new AppError('FORBIDDEN', 'dashboards are for the Agency and partners');
  // The tallies PostgreSQL keeps with every write (Migration20261202000000_holder_tallies), as
  // holderBreakdown(by: COMPLIANCE_STATUS) reads them: a few hundred rows, not 100,000.
  const rows = await ctx.em.execute<{ status: AggregateStatus; holders: string }[]>(
    'select status, sum(holders) as holders from compliance_tally group by status having sum(holders) <> 0 order by status',
  );
  return rows.map((r) => ({ status: r.status, holders: Number(r.holders) }));
}

@ObjectType({ description: 'Holders (or systems) with one stored value, and the days it was computed as of.' })
export class StoredDistributionEntry {
  @Field({ description: 'The value: a risk degree or a protection level; NOT_COMPUTED when none is stored yet, UNDETERMINED when the table cannot decide.' })
  key!: string;
  @Field(() => Int, { description: 'How many (holders for risk, information systems for protection levels).' })
  count!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Earliest day these were computed as of.' })
  asOfFrom!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Latest day these were computed as of.' })
  asOfTo!: string | null;
}

type DistributionRow = { key: string; count: string };

/** The distribution rows, each with the as-of range of everything stored (min and max of an index). */
async function withAsOf(ctx: ReadScope, rows: DistributionRow[]): Promise<StoredDistributionEntry[]> {
  const [range] = await ctx.em.execute<{ from: string | null; to: string | null }[]>('select min(as_of)::text as "from", max(as_of)::text as "to" from holder_compliance');
  return rows
    .map((r) => ({ key: r.key, count: Number(r.count), asOfFrom: r.key === 'NOT_COMPUTED' ? null : range!.from, asOfTo: r.key === 'NOT_COMPUTED' ? null : range!.to }))
    .filter((e) => e.count > 0)
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

/** Holders by their stored risk degree (the recompute's points-table version), largest first. */
export async function riskDistribution(ctx: ReadScope): Promise<StoredDistributionEntry[]> {
  if (!seesAllRegistryDetails(ctx.viewer)) throw new AppError('FORBIDDEN', 'dashboards are for the Agency and partners');
  // Holders without a stored risk: the Registry's total (the dashboard tallies) minus those with one.
  return withAsOf(
    ctx,
    await ctx.em.execute<DistributionRow[]>(
      `with stored as (select risk_degree as key, count(*) as count from holder_compliance where risk_degree is not null group by 1)
       select key, count from stored
       union all
       select 'NOT_COMPUTED', (select coalesce(sum(holders), 0) from holder_tally) - (select coalesce(sum(count), 0) from stored)`,
    ),
  );
}

/** Information systems by their stored protection level (Res. 760 table), largest first. */
export async function protectionLevelDistribution(ctx: ReadScope): Promise<StoredDistributionEntry[]> {
  if (!seesAllRegistryDetails(ctx.viewer)) throw new AppError('FORBIDDEN', 'dashboards are for the Agency and partners');
  // Grouped by the few distinct per-holder counts first (an index-only scan), then expanded.
  return withAsOf(
    ctx,
    await ctx.em.execute<DistributionRow[]>(
      `with g as (select protection_levels, count(*) as n from holder_compliance where protection_levels is not null group by 1),
            levels as (select l.key, sum(l.value::int * g.n) as count from g cross join lateral jsonb_each_text(g.protection_levels) l group by 1)
       select key, count from levels
       union all
       select 'NOT_COMPUTED', (select count(*) from information_system) - (select coalesce(sum(count), 0) from levels)`,
    ),
  );
}
