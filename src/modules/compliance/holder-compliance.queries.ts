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
