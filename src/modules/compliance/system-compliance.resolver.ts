import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { todayInBishkek } from '../../clock.js';
import type { Context } from '../../context.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { Holder } from '../holder/holder.entity.js';
import { HolderDetail, NOTE_DETAILS, OwnedDetail } from '../holder/holder.visibility.js';
import { InformationSystem } from '../holder/information-system.entity.js';
import { ComplianceDistributionEntry, ProtectionLevel } from './compliance.types.js';
import { complianceDistribution, storedCompliance, StoredCompliance } from './holder-compliance.queries.js';
import { protectionLevelOf } from './protection-level.service.js';
import type { Row } from '../../graphql/row.js';

@Resolver(() => InformationSystem)
export class SystemComplianceResolver {
  @FieldResolver(() => ProtectionLevel, { nullable: true, description: `Res. 760 protection level on a date, with reasons. ${NOTE_DETAILS}` })
  @OwnedDetail()
  protectionLevel(@Root() s: Row<InformationSystem>, @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date (default: today).' }) asOf: string | null, @Ctx() ctx: Context) {
    return protectionLevelOf(ctx, s, asOf ?? todayInBishkek());
  }
}

@Resolver(() => Holder)
export class HolderComplianceResolver {
  @FieldResolver(() => StoredCompliance, { nullable: true, description: `Stored compliance status (as of its last recompute). ${NOTE_DETAILS}` })
  @HolderDetail()
  compliance(@Root() h: Row<Holder>, @Ctx() ctx: Context) {
    return storedCompliance(ctx, h.id);
  }

  @Query(() => [ComplianceDistributionEntry], { description: 'Number of holders per stored compliance status (dashboards; not for PUBLIC).' })
  complianceDistribution(@Ctx() ctx: Context) {
    return complianceDistribution(ctx);
  }
}
