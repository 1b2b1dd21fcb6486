import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { todayInBishkek } from '../../clock.js';
import type { Context } from '../../context.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { toGlobalId } from '../../graphql/node.js';
import { Holder } from '../holder/holder.entity.js';
import { HolderDetail, NOTE_DETAILS } from '../holder/holder.visibility.js';
import DataLoader from 'dataloader';
import { loader, manyByKey } from '../../loaders/batch.js';
import { DecidedBy, OffenceArticle } from './offence-article.types.js';
import { decisionsOfViolations, offendersOf, type DecisionRow, type OffenderRow } from './penalty.store.js';
import { offenderSeenBy } from './violation.visibility.js';
import { OffenderInput, PenaltyDecision, ViolationOffender } from './violation.types.js';
import { Violation } from './violation.entity.js';
import { ViolationSource, ViolationStatus } from './violation.enums.js';
import { changeViolationStatus, recordViolation } from './violation.service.js';
import type { Row } from '../../graphql/row.js';
import { ConnectionType, memoryPage, PageArgs } from '../../graphql/pagination.js';
import { listViolations, ViolationFilter } from './violation.list.js';
import { OffenceArticleFilter, offenceArticleList } from './offence-article.list.js';

const ViolationConnection = ConnectionType(Violation, 'Violation', 'violations');
const OffenceArticleConnection = ConnectionType(OffenceArticle, 'OffenceArticle', 'offence article parts');

@InputType({ description: 'A violation to record (ADMIN, INSPECTOR).' })
class RecordViolationInput {
  @Field(() => ID, { description: 'Global ID of the holder.' }) holderId!: string;
  @Field(() => ID, { nullable: true, description: 'The array concerned, if known.' }) arrayId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The system concerned, if known.' }) systemId?: string | null;
  @Field(() => [String], { description: 'Provisions violated.' }) provisionCodes!: string[];
  @Field(() => [String], { description: 'Requirements violated.' }) requirementCodes!: string[];
  @Field(() => String, { nullable: true, description: 'Offence article part (see `offenceArticles`).' }) offenceArticleCode?: string | null;
  @Field(() => DateScalar, { description: 'Day detected.' }) detectedOn!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Day the offence was committed (repetition counts from it); default the detection day.' }) committedOn?: string | null;
  @Field(() => [OffenderInput], { nullable: true, description: 'Who is fined (the legal entity, its officials, or the entrepreneur), each separately; default the holder itself as its kind’s offender type.' }) offenders?: OffenderInput[] | null;
  @Field(() => ViolationSource, { description: 'How it was found.' }) source!: ViolationSource;
  @Field(() => String, { nullable: true, description: 'What was found.' }) description?: string | null;
}

@InputType({ description: 'A status change of a violation.' })
class ChangeViolationStatusInput {
  @Field(() => ID, { description: 'Global ID of the violation.' }) id!: string;
  @Field(() => Int, { description: 'The version read.' }) version!: number;
  @Field(() => ViolationStatus, { description: 'New status.' }) status!: ViolationStatus;
  @Field(() => DateScalar, { nullable: true, description: 'Day of the change (default today); for UPHELD the date of the penalty decision.' }) on?: string | null;
  @Field(() => DecidedBy, { nullable: true, description: 'For UPHELD: who imposed the penalty (default: who decides under the article part).' }) decidedBy?: DecidedBy | null;
  @Field(() => String, { nullable: true, description: 'Why.' }) reason?: string | null;
}

@ObjectType({ description: 'Result of a write on a violation.' })
class ViolationPayload {
  @Field(() => Violation, { description: 'The violation after the write.' }) violation!: Violation;
  @Field(() => [PenaltyDecision], { description: 'Penalty decisions this write made (one per fined offender when it becomes UPHELD).' }) decisions!: PenaltyDecision[];
}

// Keyed by the request's loader set, which a committed write replaces (src/context.ts): a later
// read in the same request then sees the write.
const rowsCache = new WeakMap<object, { offenders: DataLoader<number, OffenderRow[]>; decisions: DataLoader<number, DecisionRow[]> }>();
function penaltyLoaders(ctx: Context) {
  let l = rowsCache.get(ctx.loaders);
  if (!l) {
    l = {
      offenders: loader(async (ids) => manyByKey(ids, await offendersOf(ctx.em, ids), (r) => r.violationId)),
      decisions: loader(async (ids) => manyByKey(ids, await decisionsOfViolations(ctx.em, ids), (r) => r.violationId)),
    };
    rowsCache.set(ctx.loaders, l);
  }
  return l;
}

@Resolver(() => Violation)
export class ViolationResolver {
  @Query(() => ViolationConnection, { description: 'Recorded violations, newest first, filtered (Agency, ANALYST, PARTNER: all; a HOLDER key: its own; FORBIDDEN for PUBLIC).' })
  violations(
    @Arg('filter', () => ViolationFilter, { nullable: true, description: 'Conditions, all of which must hold.' }) filter: ViolationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listViolations(ctx.em, ctx.viewer, filter, page);
  }

  @Query(() => OffenceArticleConnection, { description: 'Code of Offences personal-data article parts with their dated sanction tables, ordered by code, filtered.' })
  async offenceArticles(
    @Arg('filter', () => OffenceArticleFilter, { nullable: true, description: 'Conditions, all of which must hold.' }) filter: OffenceArticleFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return memoryPage(await offenceArticleList(ctx.em, filter), page, (a) => a.code);
  }

  @FieldResolver(() => ID, { description: 'Global object ID.' })
  id(@Root() v: Row<Violation>) {
    return toGlobalId('Violation', v.id);
  }

  @FieldResolver(() => DateScalar, { description: 'Day the offence was committed (the detection day when not recorded).' })
  committedOn(@Root() v: Row<Violation>) {
    return v.committedOn ?? v.detectedOn;
  }

  @FieldResolver(() => [ViolationOffender], { description: 'Who is fined, each with its own sanction and decision.' })
  async offenders(@Root() v: Row<Violation>, @Ctx() ctx: Context): Promise<ViolationOffender[]> {
    const l = penaltyLoaders(ctx);
    const [rows, decisions] = await Promise.all([l.offenders.load(v.id), l.decisions.load(v.id)]);
    return rows.map((o) => ({
      id: o.id,
      ...offenderSeenBy(ctx.viewer, o),
      decision: (decisions.find((d) => d.offenderId === o.id) as PenaltyDecision | undefined) ?? null,
    }));
  }

  @FieldResolver(() => [PenaltyDecision], { description: 'Penalty decisions on this violation (one per fined offender).' })
  async penaltyDecisions(@Root() v: Row<Violation>, @Ctx() ctx: Context) {
    return penaltyLoaders(ctx).decisions.load(v.id);
  }

  @FieldResolver(() => Holder, { description: 'The holder.' })
  async holder(@Root() v: Row<Violation>, @Ctx() ctx: Context) {
    return (await ctx.loaders.holderById.load(v.holder.id))!;
  }

  @Mutation(() => ViolationPayload, { description: 'Record a violation; its sanction is computed with reasons (ADMIN, INSPECTOR).' })
  async recordViolation(@Arg('input', { description: 'The violation.' }) input: RecordViolationInput, @Ctx() ctx: Context) {
    return { violation: await recordViolation(ctx.em, ctx.viewer, input, todayInBishkek()), decisions: [] };
  }

  @Mutation(() => ViolationPayload, { description: 'Change the status of a violation; illegal transitions are refused. UPHELD imposes the penalty on each offender, dated `on` (ADMIN, INSPECTOR).' })
  async changeViolationStatus(@Arg('input', { description: 'The change.' }) input: ChangeViolationStatusInput, @Ctx() ctx: Context) {
    return changeViolationStatus(ctx.em, ctx.viewer, input, todayInBishkek());
  }
}

@Resolver(() => Holder)
export class HolderViolationsResolver {
  @FieldResolver(() => [Violation], { nullable: true, description: `Recorded violations, newest first. ${NOTE_DETAILS}` })
  @HolderDetail()
  violations(@Root() h: Row<Holder>, @Ctx() ctx: Context) {
    return ctx.loaders.violationsByHolder.load(h.id);
  }
}
