import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { toGlobalId } from '../../graphql/node.js';
import { Holder } from './holder.entity.js';
import { keyOf } from './holder.lookup.js';
import { NOTE_DETAILS, OwnedDetail } from './holder.visibility.js';
import { InformationSystem } from './information-system.entity.js';
import { PersonalDataArray } from './personal-data-array.entity.js';
import { prefetchedOf } from './registry-page.js';
import type { Row } from '../../graphql/row.js';

@Resolver(() => InformationSystem)
export class InformationSystemResolver {
  @Query(() => InformationSystem, { nullable: true, description: 'An information system by global ID; null when unknown.' })
  informationSystem(@Arg('id', () => ID, { description: 'Global ID.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.systemById.load(keyOf(id, 'InformationSystem', 'id'));
  }

  @FieldResolver(() => ID, { description: 'Global object ID.' })
  id(@Root() s: Row<InformationSystem>) {
    return toGlobalId('InformationSystem', s.id);
  }

  @FieldResolver(() => Holder, { description: 'The holder of the system.' })
  async holder(@Root() s: Row<InformationSystem>, @Ctx() ctx: Context) {
    return prefetchedOf<Holder>(s, 'holder') ?? (await ctx.loaders.holderById.load(s.holder.id))!;
  }

  @FieldResolver(() => [PersonalDataArray], { nullable: true, description: `Arrays this system processes. ${NOTE_DETAILS}` })
  @OwnedDetail()
  personalDataArrays(@Root() s: Row<InformationSystem>, @Ctx() ctx: Context) {
    return prefetchedOf<PersonalDataArray[]>(s, 'personalDataArrays') ?? ctx.loaders.arraysBySystem.load(s.id);
  }
}
