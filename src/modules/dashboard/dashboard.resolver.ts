import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { InspectionFilter } from '../inspection/inspection.list.js';
import { ViolationFilter } from '../violation/violation.list.js';
import { inspectionBreakdown, violationBreakdown, type InspectionDimension, type ViolationDimension } from './enforcement.service.js';
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

enum ViolationBreakdownDimension {
  ARTICLE = 'ARTICLE',
  REGION = 'REGION',
  SECTOR = 'SECTOR',
  KIND = 'KIND',
  STATUS = 'STATUS',
  MONTH = 'MONTH',
}
registerDescribedEnum(ViolationBreakdownDimension, 'ViolationBreakdownDimension', 'What to count violations by.', {
  ARTICLE: 'Offence article part (`unspecified` when none was recorded).',
  REGION: "Holder's region code.",
  SECTOR: "Holder's top-level sector.",
  KIND: "Holder's kind.",
  STATUS: 'Violation status.',
  MONTH: 'Month detected, `YYYY-MM`.',
});

enum InspectionBreakdownDimension {
  STATUS = 'STATUS',
  TRACK = 'TRACK',
  RESULT = 'RESULT',
  MONTH = 'MONTH',
}
registerDescribedEnum(InspectionBreakdownDimension, 'InspectionBreakdownDimension', 'What to count inspections by.', {
  STATUS: 'Workflow status.',
  TRACK: 'STATE or BUSINESS.',
  RESULT: 'For completed inspections: VIOLATIONS_FOUND or NO_VIOLATIONS; null for the others.',
  MONTH: 'Month of the (planned or actual) start, `YYYY-MM`; null when not set.',
});

@ObjectType({ description: 'Violations with one value of a dimension, with their fines.' })
class ViolationBreakdownEntry {
  @Field(() => String, { nullable: true, description: 'The value (null: not recorded).' }) key!: string | null;
  @Field(() => Int, { description: 'Violations.' }) violations!: number;
  @Field(() => Int, { description: 'Penalty decisions on them (one per fined offender).' }) decisions!: number;
  @Field(() => Float, { description: 'Decided fines, in calculation indicators (ЭК).' }) fineIndicators!: number;
  @Field(() => Float, { description: 'Decided fines in soms, at the rate in force on each offence day; excludes decisionsWithoutSoms.' }) fineSoms!: number;
  @Field(() => Int, { description: 'Decisions with no soms figure (no rate in force on the day): their soms are unknown, not zero.' }) decisionsWithoutSoms!: number;
  @Field(() => Float, { description: 'Proposed fines of offenders not yet decided, in ЭК (a proposal, not a fine).' }) proposedFineIndicators!: number;
}

@ObjectType({ description: 'Inspections with one value of a dimension.' })
class InspectionBreakdownEntry {
  @Field(() => String, { nullable: true, description: 'The value (null: none).' }) key!: string | null;
  @Field(() => Int, { description: 'Inspections.' }) inspections!: number;
}

@Resolver()
export class EnforcementDashboardResolver {
  @Query(() => [ViolationBreakdownEntry], { description: 'Violations and their fines counted by a dimension, largest first; the filter and role scope of `violations`.' })
  violationBreakdown(
    @Arg('by', () => ViolationBreakdownDimension, { description: 'Dimension.' }) by: ViolationBreakdownDimension,
    @Arg('filter', () => ViolationFilter, { nullable: true, description: 'Which violations.' }) filter: ViolationFilter | null,
    @Ctx() ctx: Context,
  ) {
    return violationBreakdown(ctx.em, ctx.viewer, by as ViolationDimension, filter);
  }

  @Query(() => [InspectionBreakdownEntry], { description: 'Inspections counted by a dimension, largest first; the filter and role scope of `inspections`.' })
  inspectionBreakdown(
    @Arg('by', () => InspectionBreakdownDimension, { description: 'Dimension.' }) by: InspectionBreakdownDimension,
    @Arg('filter', () => InspectionFilter, { nullable: true, description: 'Which inspections.' }) filter: InspectionFilter | null,
    @Ctx() ctx: Context,
  ) {
    return inspectionBreakdown(ctx.em, ctx.viewer, by as InspectionDimension, filter);
  }
}
