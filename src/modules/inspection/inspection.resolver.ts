import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { todayInBishkek } from '../../clock.js';
import type { Context } from '../../context.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { Holder } from '../holder/holder.entity.js';
import { HolderDetail, NOTE_DETAILS } from '../holder/holder.visibility.js';
import { approvePlan, buildPlan } from './plan.service.js';
import { approvedPlan, inspectionById, inspectionSummaries, planView, toInspectionType } from './inspection.views.js';
import { cancelInspection, declareConflict, notifyInspection, scheduleInspection, startInspection } from './inspection.service.js';
import { completeInspection, recordFinding } from './inspection-completion.service.js';
import { InspectionGround, InspectionPlanInput, InspectionPlanType, InspectionSummary, InspectionType, RecordFindingInput, RiskAssessment } from './inspection.types.js';
import type { Row } from '../../graphql/row.js';
import { ConnectionType, PageArgs } from '../../graphql/pagination.js';
import { ApprovedPlanFilter, InspectionFilter, listApprovedPlans, listInspections } from './inspection.list.js';
import { assertAgency } from '../auth/agency-only.js';

const InspectionConnection = ConnectionType(InspectionType, 'Inspection', 'inspections');
const InspectionPlanConnection = ConnectionType(InspectionPlanType, 'InspectionPlan', 'approved inspection plans');

@InputType({ description: 'An inspection to schedule.' })
class ScheduleInspectionInput {
  @Field(() => ID, { description: 'Global ID of the holder.' }) holderId!: string;
  @Field(() => Int, { nullable: true, description: 'Approved plan it comes from (planned inspection).' }) planId?: number | null;
  @Field(() => InspectionGround, { nullable: true, description: 'Ground of an unplanned inspection.' }) ground?: 'COMPLAINT' | 'RECORDED_VIOLATION' | 'SUBJECT_REQUEST' | 'INSTRUCTION' | null;
  @Field(() => [Int], { description: 'API key ids of the INSPECTOR keys assigned.' }) inspectorIds!: number[];
  @Field(() => DateScalar, { nullable: true, description: 'Notice date, if the holder is already notified.' }) noticeDate?: string | null;
  @Field(() => DateScalar, { description: 'Planned start.' }) startDate!: string;
  @Field(() => DateScalar, { description: 'Planned end.' }) endDate!: string;
}

@InputType({ description: 'A workflow step of an inspection.' })
class InspectionStepInput {
  @Field(() => Int, { description: 'Inspection id.' }) id!: number;
  @Field(() => Int, { description: 'The version read.' }) version!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Day of the step: notice date, start date or end date.' }) on?: string | null;
  @Field(() => String, { nullable: true, description: 'Reason (cancellation) or summary (completion).' }) text?: string | null;
}

@InputType({ description: 'A conflict of interest an inspector declares.' })
class DeclareConflictInput {
  @Field(() => Int, { description: 'API key id of the inspector.' }) inspectorId!: number;
  @Field(() => ID, { description: 'Global ID of the holder.' }) holderId!: string;
  @Field(() => DateScalar, { description: 'Day declared.' }) declaredOn!: string;
  @Field(() => String, { nullable: true, description: 'Note.' }) note?: string | null;
}

@Resolver(() => Holder)
export class HolderRiskResolver {
  @FieldResolver(() => RiskAssessment, { nullable: true, description: `Risk degree on a date, with every factor and its points. ${NOTE_DETAILS}` })
  @HolderDetail()
  riskDegree(@Root() h: Row<Holder>, @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date (default today).' }) asOf: string | null, @Ctx() ctx: Context) {
    return ctx.loaders.riskByHolder.load(`${asOf ?? todayInBishkek()}|${h.id}`);
  }
}

@Resolver()
export class InspectionResolver {
  @Query(() => InspectionPlanType, { description: 'Build (without saving) the ranked inspection plan for a year and track (ADMIN, INSPECTOR).' })
  async inspectionPlan(@Arg('input', { description: 'What plan.' }) input: InspectionPlanInput, @Ctx() ctx: Context) {
    assertAgency(ctx.viewer, 'run inspections'); // per-holder risk and violation counts are not public
    const { plan, inputs } = await buildPlan(ctx.em, { ...input, regionCode: input.region }, todayInBishkek());
    return planView(ctx, input, plan, null, inputs as Parameters<typeof planView>[4]);
  }

  @Mutation(() => InspectionPlanType, { description: 'Approve and freeze a plan: entries, inputs and their SHA-256 (ADMIN, INSPECTOR). Idempotent: the same input over the same Registry state (the same SHA-256) answers the plan approved first.' })
  async approveInspectionPlan(@Arg('input', { description: 'What plan.' }) input: InspectionPlanInput, @Ctx() ctx: Context) {
    return approvedPlan(ctx, await approvePlan(ctx.em, ctx.viewer, { ...input, regionCode: input.region }, todayInBishkek()));
  }

  @Query(() => InspectionPlanType, { nullable: true, description: 'An approved plan as frozen on approval (ADMIN, INSPECTOR).' })
  async approvedInspectionPlan(@Arg('id', () => Int, { description: 'Plan id.' }) id: number, @Ctx() ctx: Context) {
    assertAgency(ctx.viewer, 'run inspections');
    return approvedPlan(ctx, id);
  }

  @Query(() => InspectionPlanConnection, { description: 'Approved plans, newest approval first, as frozen on approval (ADMIN, INSPECTOR).' })
  approvedInspectionPlans(
    @Arg('filter', () => ApprovedPlanFilter, { nullable: true, description: 'Which plans.' }) filter: ApprovedPlanFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listApprovedPlans(ctx, filter, page);
  }

  @Query(() => InspectionType, { nullable: true, description: 'An inspection in detail (Agency, or the holder itself; null otherwise, as for an unknown id).' })
  inspection(@Arg('id', () => Int, { description: 'Inspection id.' }) id: number, @Ctx() ctx: Context) {
    return inspectionById(ctx, id);
  }

  @Query(() => InspectionConnection, { description: 'Inspections, newest first, filtered (ADMIN, INSPECTOR: all; a HOLDER key: its own; FORBIDDEN otherwise). An inspector\'s own: `filter: {inspectorId: <its key id>}`.' })
  inspections(
    @Arg('filter', () => InspectionFilter, { nullable: true, description: 'Conditions, all of which must hold.' }) filter: InspectionFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listInspections(ctx, filter, page);
  }

  @Query(() => [InspectionSummary], { description: 'Public summaries of completed inspections: holder, dates, legal basis, violations by article.' })
  inspectionSummaries(@Arg('year', () => Int, { nullable: true, description: 'Only inspections ending in this year.' }) year: number | null, @Ctx() ctx: Context) {
    return inspectionSummaries(ctx, year);
  }

  @Mutation(() => InspectionType, { description: 'Schedule an inspection; refused with the rule that refuses it (notice, duration, conflict of interest).' })
  async scheduleInspection(@Arg('input', { description: 'The inspection.' }) input: ScheduleInspectionInput, @Ctx() ctx: Context) {
    return toInspectionType(ctx, await scheduleInspection(ctx.em, ctx.viewer, input));
  }

  @Mutation(() => InspectionType, { description: 'Record the notice to the holder.' })
  async notifyInspection(@Arg('input', { description: 'Step; `on` is the notice date.' }) input: InspectionStepInput, @Ctx() ctx: Context) {
    return toInspectionType(ctx, await notifyInspection(ctx.em, ctx.viewer, { ...input, noticeDate: input.on ?? todayInBishkek() }, todayInBishkek()));
  }

  @Mutation(() => InspectionType, { description: 'Start the inspection, freezing its checklist of obligations in force that day.' })
  async startInspection(@Arg('input', { description: 'Step; `on` is the start date.' }) input: InspectionStepInput, @Ctx() ctx: Context) {
    return toInspectionType(ctx, await startInspection(ctx.em, ctx.viewer, { ...input, startDate: input.on }, todayInBishkek()));
  }

  @Mutation(() => InspectionType, { description: 'Record (or correct) the finding on a checklist item.' })
  async recordInspectionFinding(@Arg('input', { description: 'The finding.' }) input: RecordFindingInput, @Ctx() ctx: Context) {
    const finding = await recordFinding(ctx.em, ctx.viewer, { ...input, evidence: input.evidence ?? [] });
    return (await inspectionById(ctx, finding.inspectionId))!;
  }

  @Mutation(() => InspectionType, { description: 'Complete atomically: findings become Agency assessments, NON_COMPLIANT ones violations with sanctions, then the report.' })
  async completeInspection(@Arg('input', { description: 'Step; `on` is the end date, `text` the summary.' }) input: InspectionStepInput, @Ctx() ctx: Context) {
    return toInspectionType(ctx, await completeInspection(ctx.em, ctx.viewer, { id: input.id, version: input.version, endDate: input.on ?? todayInBishkek(), summary: input.text }, todayInBishkek()));
  }

  @Mutation(() => InspectionType, { description: 'Cancel with a reason.' })
  async cancelInspection(@Arg('input', { description: 'Step; `text` is the reason.' }) input: InspectionStepInput, @Ctx() ctx: Context) {
    return toInspectionType(ctx, await cancelInspection(ctx.em, ctx.viewer, { id: input.id, version: input.version, reason: input.text ?? '' }));
  }

  @Mutation(() => Boolean, { description: 'Declare a conflict of interest with a holder; the inspector can then not be assigned to it.' })
  async declareConflictOfInterest(@Arg('input', { description: 'The declaration.' }) input: DeclareConflictInput, @Ctx() ctx: Context) {
    await declareConflict(ctx.em, ctx.viewer, input);
    return true;
  }
}
