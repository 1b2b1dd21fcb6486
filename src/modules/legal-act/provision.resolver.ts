import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { toGlobalId } from '../../graphql/node.js';
import { assertProvisionCode } from './legal-act.codes.js';
import { RelationType } from './legal-act.enums.js';
import { LegalAct } from './legal-act.entity.js';
import { linksToProvision } from './legal-act.links.js';
import { LegalLink } from './legal-act.types.js';
import { Provision } from './provision.entity.js';
import type { Row } from '../../graphql/row.js';

@Resolver(() => Provision)
export class ProvisionResolver {
  @Query(() => Provision, { nullable: true, description: 'A provision by address, e.g. `kg/law/2008/58#art_21`; null when unknown.' })
  provision(@Arg('code', { description: 'Address `<act code>#<eId>`.' }) code: string, @Ctx() ctx: Context) {
    assertProvisionCode(code, 'code');
    return ctx.loaders.provisionByCode.load(code);
  }

  @FieldResolver(() => ID, { description: 'Global object ID.' })
  id(@Root() provision: Row<Provision>) {
    return toGlobalId('Provision', provision.id);
  }

  @FieldResolver(() => LegalAct, { description: 'The act this provision belongs to.' })
  async act(@Root() provision: Row<Provision>, @Ctx() ctx: Context) {
    return (await ctx.loaders.legalActById.load(provision.act.id))!;
  }

  @FieldResolver(() => Provision, { nullable: true, description: 'The enclosing provision (article of a point, chapter of an article).' })
  parent(@Root() provision: Row<Provision>, @Ctx() ctx: Context) {
    return provision.parent ? ctx.loaders.provisionById.load(provision.parent.id) : null;
  }

  @FieldResolver(() => [Provision], { description: 'Directly nested provisions in document order.' })
  children(@Root() provision: Row<Provision>, @Ctx() ctx: Context) {
    return ctx.loaders.provisionsByParent.load(provision.id);
  }

  @FieldResolver(() => [LegalLink], { description: 'Edges from other acts pointing at this provision (e.g. acts based on it).' })
  async referencedBy(
    @Root() provision: Row<Provision>,
    @Arg('type', () => RelationType, { nullable: true, description: 'Only this edge type.' }) type: RelationType | null,
    @Ctx() ctx: Context,
  ) {
    return linksToProvision(await ctx.loaders.relationsByTargetProvision.load(provision.id), type);
  }
}
