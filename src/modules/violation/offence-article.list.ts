// The Code of Offences article parts (seeds/sanctions) as the `offenceArticles` list and its export:
// filtered by article and decider, ordered by code.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, InputType } from 'type-graphql';
import { byCode } from '../../graphql/pagination.js';
import { DecidedBy } from './offence-article.types.js';
import { loadSanctions } from '../reference/reference-rules.js';

@InputType({ description: 'Filter for `offenceArticles`; all given conditions must hold.' })
export class OffenceArticleFilter {
  @Field(() => [String], { nullable: true, description: 'Any of these article numbers, e.g. "413-2".' }) articles?: string[] | null;
  @Field(() => DecidedBy, { nullable: true, description: 'Decided by the Agency itself or by a court.' }) decidedBy?: DecidedBy | null;
}

export async function offenceArticleList(em: EntityManager, f: OffenceArticleFilter | null | undefined) {
  return (await loadSanctions(em)).file.articles
    .filter((a) => !f?.articles?.length || f.articles.includes(a.article))
    .filter((a) => !f?.decidedBy || a.decidedBy === f.decidedBy)
    .map((a) => ({ ...a, part: a.part ?? null, repeatCode: a.repeatCode ?? null }))
    .sort(byCode);
}
