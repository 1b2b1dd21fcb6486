import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { holderBreakdown, registrationsPerMonth, type Dimension } from './dashboard.service.js';
import { registerDescribedEnum } from '../../graphql/enum.js';

enum BreakdownDimension {
  REGION = 'REGION',
  KIND = 'KIND',
  REGISTRATION_STATUS = 'REGISTRATION_STATUS',
  SECTOR = 'SECTOR',
  COMPLIANCE_STATUS = 'COMPLIANCE_STATUS',
}
registerDescribedEnum(BreakdownDimension, 'BreakdownDimension', 'What to count holders by.', {
  REGION: 'Region code (public).',
  KIND: 'Holder kind (public).',
  REGISTRATION_STATUS: 'Registration stage (public).',
  SECTOR: 'Top-level sector (not for PUBLIC or HOLDER keys).',
  COMPLIANCE_STATUS: 'Stored compliance status, by the rule of complianceStatus (PARTIALLY_ASSESSED while obligations are not assessed; NOT_COMPUTED: none stored yet). Not for PUBLIC or HOLDER keys.',
});

@ObjectType({ description: 'Number of holders with one value of a dimension.' })
class BreakdownEntry {
  @Field(() => String, { nullable: true, description: 'The value (null: not recorded).' })
  key!: string | null;
  @Field(() => Int, { description: 'Holders with it.' })
  holders!: number;
}

@ObjectType({ description: 'Registrations in one month.' })
class MonthCount {
  @Field({ description: 'Month, `YYYY-MM`.' })
  month!: string;
  @Field(() => Int, { description: 'Holders entered in the Registry that month.' })
  registered!: number;
}

@Resolver()
export class DashboardResolver {
  @Query(() => [BreakdownEntry], { description: 'Holders counted by a dimension, largest first (dashboards).' })
  holderBreakdown(@Arg('by', () => BreakdownDimension, { description: 'Dimension.' }) by: BreakdownDimension, @Ctx() ctx: Context) {
    return holderBreakdown(ctx.em, ctx.viewer, by as Dimension);
  }

  @Query(() => [MonthCount], { description: 'Registrations per month between two dates (a trend for dashboards).' })
  registrationsPerMonth(
    @Arg('from', () => DateScalar, { description: 'First day.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last day.' }) to: string,
    @Ctx() ctx: Context,
  ) {
    return registrationsPerMonth(ctx.em, from, to);
  }
}
