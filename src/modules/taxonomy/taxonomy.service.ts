import type { EntityManager } from '@mikro-orm/postgresql';
import { TaxonomyTerm } from './taxonomy-term.entity.js';

/** Terms of one vocabulary, ordered by key. */
export function termsOf(em: EntityManager, taxonomy: string): Promise<TaxonomyTerm[]> {
  return em.find(TaxonomyTerm, { taxonomy }, { orderBy: { key: 'asc' } });
}
