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

@Resolver(() => PersonalDataArray)
export class PersonalDataArrayResolver {
  @Query(() => PersonalDataArray, { nullable: true, description: 'An array by global ID; null when unknown.' })
  personalDataArray(@Arg('id', () => ID, { description: 'Global ID.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.arrayById.load(keyOf(id, 'PersonalDataArray', 'id'));
  }

  @FieldResolver(() => ID, { description: 'Global object ID.' })
  id(@Root() a: Row<PersonalDataArray>) {
    return toGlobalId('PersonalDataArray', a.id);
  }

  @FieldResolver(() => Holder, { description: 'The holder of the array.' })
  async holder(@Root() a: Row<PersonalDataArray>, @Ctx() ctx: Context) {
    return prefetchedOf<Holder>(a, 'holder') ?? (await ctx.loaders.holderById.load(a.holder.id))!;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: `Whether a cross-border transfer is planned. ${NOTE_DETAILS}` })
  @OwnedDetail()
  plansCrossBorderTransfer(@Root() a: Row<PersonalDataArray>) {
    return a.crossBorderCountries.length > 0;
  }

  @FieldResolver(() => [InformationSystem], { nullable: true, description: `Systems that process this array. ${NOTE_DETAILS}` })
  @OwnedDetail()
  informationSystems(@Root() a: Row<PersonalDataArray>, @Ctx() ctx: Context) {
    return prefetchedOf<InformationSystem[]>(a, 'informationSystems') ?? ctx.loaders.systemsByArray.load(a.id);
  }
}
