// `provisionTexts(search:, lang:, asOf:)`: full-text search over the words of provisions. Russian
// and English go through PostgreSQL's stemmers (`search`, GIN), so "договора" finds "договор";
// Kyrgyz has no stemmer in PostgreSQL, so it is a substring match over a trigram index: "келишим"
// finds "келишимди". With `asOf`, only wordings of the version in force that day (the rule of
// versionInForceOn: of overlapping versions the one that entered into force last).
import type { EntityManager } from '@mikro-orm/postgresql';
import { likePattern } from '../../db/like.js';
import { AppError } from '../../errors.js';
import { keysetPage, type Condition } from '../../graphql/keyset.js';
import type { Lang } from '../../graphql/localized-text.js';
import type { PageArgs } from '../../graphql/pagination.js';
import { versionInForceSql } from './legal-act.service.js';
import { ProvisionText } from './provision-text.entity.js';

const FROM = 'from provision_text t join legal_act_version v on v.id = t.version_id';
const STEMMER = { ru: 'russian', en: 'english' } as const;
const MAX_SEARCH = 200;


export function searchProvisionTexts(em: EntityManager, search: string, lang: Lang, asOf: string | null | undefined, args: PageArgs) {
  const term = search.trim();
  if (!term) throw AppError.badInput('search', 'is empty');
  if (term.length > MAX_SEARCH) throw AppError.badInput('search', `is longer than ${MAX_SEARCH} characters`);
  const l = lang.toLowerCase() as 'ky' | 'ru' | 'en';
  const conditions: Condition[] = [['t.lang = ?', [l]]];
  if (l === 'ky') conditions.push(['(t.body ilike ? or t.heading ilike ?)', [likePattern(term), likePattern(term)]]);
  else conditions.push(['t.search @@ websearch_to_tsquery(?::regconfig, ?)', [STEMMER[l], term]]);
  if (asOf) {
    conditions.push([versionInForceSql('v'), [asOf, asOf]]);
    conditions.push([
      `not exists (select 1 from legal_act_version w where w.act_id = v.act_id and w.id <> v.id and ${versionInForceSql('w')}
         and (w.in_force_from, w.version_date) > (v.in_force_from, v.version_date))`,
      [asOf, asOf],
    ]);
  }
  return keysetPage(em, { select: `select t.* ${FROM}`, idColumn: 't.id', conditions }, FROM, args, (rows: Record<string, unknown>[]) =>
    rows.map((r) => em.map(ProvisionText, r) as ProvisionText),
  );
}
