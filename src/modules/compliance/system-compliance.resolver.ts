import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { todayInBishkek } from '../../clock.js';
import type { Context } from '../../context.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { Holder } from '../holder/holder.entity.js';
import { HolderDetail, NOTE_DETAILS, OwnedDetail } from '../holder/holder.visibility.js';
import { InformationSystem } from '../holder/information-system.entity.js';
import { ComplianceDistributionEntry, ProtectionLevel } from './compliance.types.js';
import { complianceDistribution, protectionLevelDistribution, riskDistribution, storedCompliance, StoredDistributionEntry } from './holder-compliance.queries.js';
import { StoredCompliance } from './stored-compliance.type.js';
import { protectionLevelOf } from './protection-level.query.js';
import { loadRuleTables } from '../reference/rule-table.entity.js';
import { RuleTableType, versionView } from './rule-table.types.js';
import { rowValidOn } from '../../domain/legal/versions.js';
import type { Row } from '../../graphql/row.js';

@Resolver(() => InformationSystem)
export class SystemComplianceResolver {
  @FieldResolver(() => ProtectionLevel, { nullable: true, description: `Res. 760 protection level on a date, with reasons. ${NOTE_DETAILS}` })
  @OwnedDetail()
  protectionLevel(@Root() s: Row<InformationSystem>, @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date (default: today).' }) asOf: string | null, @Ctx() ctx: Context) {
    return protectionLevelOf(ctx, s, asOf ?? todayInBishkek());
  }

  @Query(() => [RuleTableType], { description: 'The rule tables (Res. 760 protection levels, Res. 108 ch. 25 risk points) with every dated version, who loaded it and from which file (public reference data).' })
  async ruleTables(
    @Arg('code', () => String, { nullable: true, description: 'Only this table.' }) code: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date for `inForce` (default: today).' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<RuleTableType[]> {
    const day = asOf ?? todayInBishkek();
    return (await loadRuleTables(ctx.em))
      .filter((t) => code === null || t.code === code)
      .map((t) => {
        const inForce = rowValidOn(t.versions, day);
        return {
          code: t.code, kind: t.kind, sourceAct: t.sourceActCode, title: t.titles,
          versions: t.versions.map((v) => versionView(t.versions, v)),
          inForce: inForce ? versionView(t.versions, inForce) : null,
        };
      });
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

  @Query(() => [StoredDistributionEntry], { description: 'Holders per stored risk degree, from the same recompute as the compliance status (the points-table version in each holder\'s riskDegree answer; NOT_COMPUTED until recomputed). Dashboards; not for PUBLIC or HOLDER keys.' })
  riskDistribution(@Ctx() ctx: Context) {
    return riskDistribution(ctx);
  }

  @Query(() => [StoredDistributionEntry], { description: 'Information systems per stored protection level (Res. No. 760 table; UNDETERMINED when it cannot decide, NOT_COMPUTED until recomputed). Dashboards; not for PUBLIC or HOLDER keys.' })
  protectionLevelDistribution(@Ctx() ctx: Context) {
    return protectionLevelDistribution(ctx);
  }
}
