import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { TaxonomyTerm } from './taxonomy-term.entity.js';

@Resolver(() => TaxonomyTerm)
export class TaxonomyResolver {
  @Query(() => [TaxonomyTerm], { description: 'Terms of a vocabulary (`region`, `data-category`, `subject-category`, `sector`), ordered by key.' })
  taxonomy(@Arg('name', { description: 'Vocabulary name.' }) name: string, @Ctx() ctx: Context) {
    return ctx.em.find(TaxonomyTerm, { taxonomy: name }, { orderBy: { key: 'asc' } });
  }
}
