// What is still missing per language in the legal content the hub has loaded (issue 14): titles of
// act versions, headings of chapters and articles, the words of provisions, requirement titles,
// offence-article titles and taxonomy labels. The committed baseline (test/fixtures/
// translation-gaps.json) may only go down: a new act or provision must come with what its sources give.
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadSanctions } from '../../src/modules/reference/reference-rules.js';

export const LANGS = ['ky', 'ru', 'en'] as const;
export type Gaps = Record<string, Record<(typeof LANGS)[number], number>>;

const missing = (column: string, lang: string) => `coalesce(${column}->>'${lang}', '') = ''`;

export async function translationGaps(em: EntityManager): Promise<Gaps> {
  const count = async (sql: string) => Number((await em.execute<{ n: string }[]>(sql))[0]!.n);
  const gaps: Gaps = {};
  const per = async (name: string, sql: (lang: string) => string) => {
    gaps[name] = { ky: await count(sql('ky')), ru: await count(sql('ru')), en: await count(sql('en')) };
  };
  await per('actVersionTitles', (l) => `select count(*) as n from legal_act_version where ${missing('titles', l)}`);
  await per('chapterAndArticleHeadings', (l) => `select count(*) as n from provision where kind in ('CHAPTER', 'ARTICLE', 'SECTION', 'ANNEX') and ${missing('heading', l)}`);
  // A provision with no wording in the language in any version (chapters excepted: their words are their articles').
  await per('provisionTexts', (l) => `select count(*) as n from provision p where kind <> 'CHAPTER' and not exists (select 1 from provision_text t where t.provision_id = p.id and t.lang = '${l}')`);
  await per('requirementTitles', (l) => `select count(*) as n from requirement where ${missing('titles', l)}`);
  await per('taxonomyLabels', (l) => `select count(*) as n from taxonomy_term where ${missing('label', l)}`);
  const articles = (await loadSanctions(em)).file.articles as { title?: Record<string, string | null> }[];
  gaps.offenceArticleTitles = { ky: 0, ru: 0, en: 0 };
  for (const a of articles) for (const l of LANGS) if (!a.title?.[l]) gaps.offenceArticleTitles[l]++;
  return gaps;
}
