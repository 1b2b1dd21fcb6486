// The seeded vocabularies a Registry record may use, checked at the edge so that a record never
// holds a region, sector or category key that the taxonomies do not define.
import type { EntityManager } from '@mikro-orm/postgresql';
import { TaxonomyTerm } from './taxonomy-term.entity.js';

export interface Vocabulary {
  region: ReadonlySet<string>;
  sector: ReadonlySet<string>;
  dataCategory: ReadonlySet<string>;
  subjectCategory: ReadonlySet<string>;
}

export async function loadVocabulary(em: EntityManager): Promise<Vocabulary> {
  const terms = await em.find(TaxonomyTerm, {}, { fields: ['taxonomy', 'key'] });
  const of = (taxonomy: string) => new Set(terms.filter((t) => t.taxonomy === taxonomy).map((t) => t.key));
  return { region: of('region'), sector: of('sector'), dataCategory: of('data-category'), subjectCategory: of('subject-category') };
}

export interface FieldProblem {
  field: string;
  reason: string;
}

/** Unknown keys in a record, as `{ field, reason }` with the field's path. */
export function vocabularyProblems(
  vocab: Vocabulary,
  record: { regionCode?: string | null; sectorKey?: string | null; dataCategories?: string[]; subjectCategories?: string[] },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (record.regionCode && !vocab.region.has(record.regionCode)) problems.push({ field: 'regionCode', reason: `unknown region ${record.regionCode}` });
  if (record.sectorKey && !vocab.sector.has(record.sectorKey)) problems.push({ field: 'sectorKey', reason: `unknown sector ${record.sectorKey}` });
  record.dataCategories?.forEach((k, i) => {
    if (!vocab.dataCategory.has(k)) problems.push({ field: `dataCategories[${i}]`, reason: `unknown data category ${k}` });
  });
  record.subjectCategories?.forEach((k, i) => {
    if (!vocab.subjectCategory.has(k)) problems.push({ field: `subjectCategories[${i}]`, reason: `unknown subject category ${k}` });
  });
  return problems;
}
