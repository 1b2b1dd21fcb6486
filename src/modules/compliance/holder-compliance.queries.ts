// Reads of the stored per-holder status: one holder (batched) and the distribution for dashboards.
// Both read holder_compliance, written by aggregateResults' rule (src/domain/compliance/aggregate.ts).
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Context } from '../../context.js';
import { seesAllRegistryDetails } from '../../domain/access/roles.js';
import { AppError } from '../../errors.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { AggregateStatus } from './compliance.enums.js';
import type { ComplianceDistributionEntry } from './compliance.types.js';

@ObjectType({ description: 'A holder’s stored compliance status.' })
export class StoredCompliance {
  @Field(() => AggregateStatus, { description: 'Status (the rule of complianceStatus: PARTIALLY_ASSESSED while some applicable obligations are not assessed).' })
  status!: AggregateStatus;
  @Field(() => Float, { nullable: true, description: 'Weighted score 0–100.' })
  score!: number | null;
  @Field(() => Float, { nullable: true, description: 'Assessed share of the applicable weight.' })
  coverage!: number | null;
  @Field(() => DateScalar, { description: 'Date it was computed as of.' })
  asOf!: string;
  @Field(() => Int, { description: 'Applicable obligations not assessed.' })
  notAssessed!: number;
}

export async function storedCompliance(ctx: Context, holderId: number): Promise<StoredCompliance | null> {
  return ctx.loaders.storedCompliance.load(holderId);
}

export async function complianceDistribution(ctx: Context): Promise<ComplianceDistributionEntry[]> {
  if (!seesAllRegistryDetails(ctx.viewer)) throw new AppError('FORBIDDEN', 'dashboards are for the Agency and partners');
  const rows = await ctx.em.execute<{ status: AggregateStatus; holders: string }[]>(
    'select status, count(*) as holders from holder_compliance group by status order by status',
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

type DistributionRow = { key: string; count: string; asOfFrom: string | null; asOfTo: string | null };
const distribution = (rows: DistributionRow[]): StoredDistributionEntry[] => rows.map((r) => ({ ...r, count: Number(r.count) }));

/** Holders by their stored risk degree (the recompute's points-table version), largest first. */
export async function riskDistribution(ctx: Context): Promise<StoredDistributionEntry[]> {
  if (!seesAllRegistryDetails(ctx.viewer)) throw new AppError('FORBIDDEN', 'dashboards are for the Agency and partners');
  return distribution(
    await ctx.em.execute<DistributionRow[]>(
      `select coalesce(c.risk_degree, 'NOT_COMPUTED') as key, count(*) as count, min(c.as_of)::text as "asOfFrom", max(c.as_of)::text as "asOfTo"
       from holder h left join holder_compliance c on c.holder_id = h.id group by 1 order by 2 desc, 1`,
    ),
  );
}

/** Information systems by their stored protection level (Res. 760 table), largest first. */
export async function protectionLevelDistribution(ctx: Context): Promise<StoredDistributionEntry[]> {
  if (!seesAllRegistryDetails(ctx.viewer)) throw new AppError('FORBIDDEN', 'dashboards are for the Agency and partners');
  return distribution(
    await ctx.em.execute<DistributionRow[]>(
      `select key, sum(n) as count, min(day)::text as "asOfFrom", max(day)::text as "asOfTo" from (
         select l.key, l.value::int as n, c.as_of as day
         from holder_compliance c cross join lateral jsonb_each_text(coalesce(c.protection_levels, '{}')) l
         union all
         select 'NOT_COMPUTED', 1, null from information_system s left join holder_compliance c on c.holder_id = s.holder_id where c.protection_levels is null
       ) x group by 1
       order by 2 desc, 1`,
    ),
  );
}
