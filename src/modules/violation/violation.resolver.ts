import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { todayInBishkek } from '../../clock.js';
import type { Context } from '../../context.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { toGlobalId } from '../../graphql/node.js';
import { Holder } from '../holder/holder.entity.js';
import { HolderDetail, NOTE_DETAILS } from '../holder/holder.visibility.js';
import { OffenceArticle } from '../inspection/inspection.types.js';
import { loadSanctions } from '../inspection/reference-rules.js';
import { Violation } from './violation.entity.js';
import { ViolationSource, ViolationStatus } from './violation.enums.js';
import { changeViolationStatus, recordViolation } from './violation.service.js';
import type { Row } from '../../graphql/row.js';

@InputType({ description: 'A violation to record (ADMIN, INSPECTOR).' })
class RecordViolationInput {
  @Field(() => ID, { description: 'Global ID of the holder.' }) holderId!: string;
  @Field(() => ID, { nullable: true, description: 'The array concerned, if known.' }) arrayId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The system concerned, if known.' }) systemId?: string | null;
  @Field(() => [String], { description: 'Provisions violated.' }) provisionCodes!: string[];
  @Field(() => [String], { description: 'Requirements violated.' }) requirementCodes!: string[];
  @Field(() => String, { nullable: true, description: 'Offence article part (see `offenceArticles`).' }) offenceArticleCode?: string | null;
  @Field(() => DateScalar, { description: 'Day detected.' }) detectedOn!: string;
  @Field(() => ViolationSource, { description: 'How it was found.' }) source!: ViolationSource;
  @Field(() => String, { nullable: true, description: 'What was found.' }) description?: string | null;
}

@InputType({ description: 'A status change of a violation.' })
class ChangeViolationStatusInput {
  @Field(() => ID, { description: 'Global ID of the violation.' }) id!: string;
  @Field(() => Int, { description: 'The version read.' }) version!: number;
  @Field(() => ViolationStatus, { description: 'New status.' }) status!: ViolationStatus;
  @Field(() => DateScalar, { nullable: true, description: 'Day of the change (default today).' }) on?: string | null;
  @Field(() => String, { nullable: true, description: 'Why.' }) reason?: string | null;
}

@ObjectType({ description: 'Result of a write on a violation.' })
class ViolationPayload {
  @Field(() => Violation, { description: 'The violation after the write.' }) violation!: Violation;
}

@Resolver(() => Violation)
export class ViolationResolver {
  @Query(() => [OffenceArticle], { description: 'Code of Offences personal-data articles with their dated sanction tables.' })
  async offenceArticles(@Ctx() ctx: Context) {
    return (await loadSanctions(ctx.em)).file.articles.map((a) => ({ ...a, part: a.part ?? null, repeatCode: a.repeatCode ?? null }));
  }

  @FieldResolver(() => ID, { description: 'Global object ID.' })
  id(@Root() v: Row<Violation>) {
    return toGlobalId('Violation', v.id);
  }

  @FieldResolver(() => Holder, { description: 'The holder.' })
  async holder(@Root() v: Row<Violation>, @Ctx() ctx: Context) {
    return (await ctx.loaders.holderById.load(v.holder.id))!;
  }

  @Mutation(() => ViolationPayload, { description: 'Record a violation; its sanction is computed with reasons (ADMIN, INSPECTOR).' })
  async recordViolation(@Arg('input', { description: 'The violation.' }) input: RecordViolationInput, @Ctx() ctx: Context) {
    return { violation: await recordViolation(ctx.em, ctx.viewer, input, todayInBishkek()) };
  }

  @Mutation(() => ViolationPayload, { description: 'Change the status of a violation; illegal transitions are refused (ADMIN, INSPECTOR).' })
  async changeViolationStatus(@Arg('input', { description: 'The change.' }) input: ChangeViolationStatusInput, @Ctx() ctx: Context) {
    return { violation: await changeViolationStatus(ctx.em, ctx.viewer, input, todayInBishkek()) };
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
