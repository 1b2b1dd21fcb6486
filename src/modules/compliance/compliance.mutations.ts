import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { todayInBishkek } from '../../clock.js';
import type { Context } from '../../context.js';
import { recordAssessment } from './assessment.commands.js';
import { toGlobalId } from '../../graphql/node.js';
import { RecordAssessmentInput, RecordAssessmentPayload } from './assessment.types.js';

@Resolver()
export class ComplianceMutations {
  @Mutation(() => RecordAssessmentPayload, { description: 'Record an Agency finding (ADMIN, INSPECTOR) or a self-assessment (the holder itself), with evidence.' })
  async recordAssessment(@Arg('input', { description: 'The assessment.' }) input: RecordAssessmentInput, @Ctx() ctx: Context) {
    const a = await recordAssessment(ctx.em, ctx.viewer, { ...input, evidence: input.evidence ?? [] }, todayInBishkek());
    return {
      assessment: {
        id: a.id,
        holderId: toGlobalId('Holder', a.holder.id),
        requirementCode: a.requirement.code,
        result: a.result,
        assessedOn: a.assessedOn,
        isSelfAssessment: a.isSelfAssessment,
        evidence: a.evidence.map((e) => ({ uri: null, sha256: null, validUntil: null, ...e })),
      },
    };
  }
}
