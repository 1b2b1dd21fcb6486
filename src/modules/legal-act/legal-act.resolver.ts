import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { Lang, pickText } from '../../graphql/localized-text.js';
import { toGlobalId } from '../../graphql/node.js';
import { latestVersion, versionInForceOn } from '../../domain/legal/versions.js';
import { assertActCode } from './legal-act.codes.js';
import { LinkDirection, RelationType } from './legal-act.enums.js';
import { LegalAct } from './legal-act.entity.js';
import { linksOfAct } from './legal-act.links.js';
import { listLegalActs } from './legal-act.service.js';
import { LegalActConnection, LegalActsArgs, LegalLink } from './legal-act.types.js';
import { LegalActVersion } from './legal-act-version.entity.js';
import { Provision } from './provision.entity.js';
import type { Row } from '../../graphql/row.js';

const links = (ctx: Context, act: LegalAct, type: RelationType | null, direction: LinkDirection | null) =>
  ctx.loaders.relationsByAct.load(act.id).then((rs) => linksOfAct(rs, act.id, type, direction));

@Resolver(() => LegalAct)
export class LegalActResolver {
  @Query(() => LegalAct, { nullable: true, description: 'An act by its code, e.g. `kg/law/2008/58`; null when unknown.' })
  legalAct(@Arg('code', { description: 'Act code `kg/<type>/<year>/<number>`.' }) code: string, @Ctx() ctx: Context) {
    assertActCode(code, 'code');
    return ctx.loaders.legalActByCode.load(code);
  }

  @Query(() => LegalActConnection, { description: 'Acts matching a filter, ordered by code (Relay connection, keyset cursors).' })
  legalActs(@Args(() => LegalActsArgs) args: LegalActsArgs, @Ctx() ctx: Context) {
    return listLegalActs(ctx.em, args.filter, args);
  }

  @FieldResolver(() => ID, { description: 'Global object ID.' })
  id(@Root() act: Row<LegalAct>) {
    return toGlobalId('LegalAct', act.id);
  }

  @FieldResolver(() => [LegalActVersion], { description: 'All versions (expressions), oldest text first.' })
  versions(@Root() act: Row<LegalAct>, @Ctx() ctx: Context) {
    return ctx.loaders.versionsByAct.load(act.id);
  }

  @FieldResolver(() => LegalActVersion, { nullable: true, description: 'The version in force on `date`; null if none was (e.g. a draft).' })
  async versionOn(@Root() act: Row<LegalAct>, @Arg('date', () => DateScalar, { description: 'Calendar day.' }) date: string, @Ctx() ctx: Context) {
    return versionInForceOn(await ctx.loaders.versionsByAct.load(act.id), date);
  }

  @FieldResolver(() => LegalActVersion, { nullable: true, description: 'The newest text, whatever its status.' })
  async latestVersion(@Root() act: Row<LegalAct>, @Ctx() ctx: Context) {
    return latestVersion(await ctx.loaders.versionsByAct.load(act.id));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Title of the latest version in `lang` (with `fallback`, the first available of ky, ru, en).' })
  async title(
    @Root() act: Row<LegalAct>,
    @Arg('lang', () => Lang, { defaultValue: Lang.RU, description: 'Language wanted.' }) lang: Lang,
    @Arg('fallback', { defaultValue: true, description: 'Use another language when `lang` is missing.' }) fallback: boolean,
    @Ctx() ctx: Context,
  ) {
    return pickText(latestVersion(await ctx.loaders.versionsByAct.load(act.id))?.titles, lang, fallback);
  }

  @FieldResolver(() => [Provision], { description: 'Provisions in document order (all levels, or only the top level).' })
  async provisions(@Root() act: Row<LegalAct>, @Arg('topLevelOnly', { defaultValue: false, description: 'Only provisions without a parent.' }) topLevelOnly: boolean, @Ctx() ctx: Context) {
    const all = await ctx.loaders.provisionsByAct.load(act.id);
    return topLevelOnly ? all.filter((p) => !p.parent) : all;
  }

  @FieldResolver(() => [LegalLink], { description: 'Edges of this act, filtered by type and direction.' })
  relations(
    @Root() act: Row<LegalAct>,
    @Arg('type', () => RelationType, { nullable: true, description: 'Only this edge type.' }) type: RelationType | null,
    @Arg('direction', () => LinkDirection, { nullable: true, description: 'Only this direction.' }) direction: LinkDirection | null,
    @Ctx() ctx: Context,
  ) {
    return links(ctx, act, type, direction);
  }

  @FieldResolver(() => [LegalLink], { description: 'Acts or provisions this act is based on (e.g. Res. 760 → Law 58 Art. 21).' })
  basedOn(@Root() act: Row<LegalAct>, @Ctx() ctx: Context) {
    return links(ctx, act, RelationType.BASED_ON, LinkDirection.OUTGOING);
  }

  @FieldResolver(() => [LegalLink], { description: 'Acts adopted on the basis of this act or its provisions.' })
  basisFor(@Root() act: Row<LegalAct>, @Ctx() ctx: Context) {
    return links(ctx, act, RelationType.BASED_ON, LinkDirection.INCOMING);
  }

  @FieldResolver(() => [LegalLink], { description: 'Acts this act amends.' })
  amends(@Root() act: Row<LegalAct>, @Ctx() ctx: Context) {
    return links(ctx, act, RelationType.AMENDS, LinkDirection.OUTGOING);
  }

  @FieldResolver(() => [LegalLink], { description: 'Acts that amend this act.' })
  amendedBy(@Root() act: Row<LegalAct>, @Ctx() ctx: Context) {
    return links(ctx, act, RelationType.AMENDS, LinkDirection.INCOMING);
  }

  @FieldResolver(() => [LegalLink], { description: 'Acts this act repeals.' })
  repeals(@Root() act: Row<LegalAct>, @Ctx() ctx: Context) {
    return links(ctx, act, RelationType.REPEALS, LinkDirection.OUTGOING);
  }

  @FieldResolver(() => [LegalLink], { description: 'Acts that repeal this act.' })
  repealedBy(@Root() act: Row<LegalAct>, @Ctx() ctx: Context) {
    return links(ctx, act, RelationType.REPEALS, LinkDirection.INCOMING);
  }

  @FieldResolver(() => [LegalLink], { description: 'Acts or provisions this act cites.' })
  cites(@Root() act: Row<LegalAct>, @Ctx() ctx: Context) {
    return links(ctx, act, RelationType.CITES, LinkDirection.OUTGOING);
  }

  @FieldResolver(() => [LegalLink], { description: 'Acts that cite this act or its provisions.' })
  citedBy(@Root() act: Row<LegalAct>, @Ctx() ctx: Context) {
    return links(ctx, act, RelationType.CITES, LinkDirection.INCOMING);
  }
}
