import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { TaxonomyTerm } from './taxonomy-term.entity.js';
import { termsOf } from './taxonomy.service.js';

@Resolver(() => TaxonomyTerm)
export class TaxonomyResolver {
  @Query(() => [TaxonomyTerm], { description: 'Terms of a vocabulary (`region`, `data-category`, `subject-category`, `sector`), ordered by key.' })
  taxonomy(@Arg('name', { description: 'Vocabulary name.' }) name: string, @Ctx() ctx: Context) {
    return termsOf(ctx.em, name);
  }
}
