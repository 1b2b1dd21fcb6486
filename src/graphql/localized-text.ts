// Multilingual text: Kyrgyz (state language), Russian (official language) and English, each only
// where a source gives it (domain.md §1.1). Stored as jsonb `{ ky, ru, en }`.
import { Field, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from './enum.js';

export enum Lang {
  KY = 'KY',
  RU = 'RU',
  EN = 'EN',
}

registerDescribedEnum(Lang, 'Lang', 'Language of a text.', {
  KY: 'Kyrgyz (state language).',
  RU: 'Russian (official language).',
  EN: 'English (translation, informative only).',
});

export interface LocalizedTextData {
  ky?: string | null;
  ru?: string | null;
  en?: string | null;
}

/** Order tried when the asked language is missing: the legally authentic texts first. */
const FALLBACK_ORDER: (keyof LocalizedTextData)[] = ['ky', 'ru', 'en'];

/** Text in `lang`, or (when `fallback`) the first available in Kyrgyz, Russian, English order. */
export function pickText(text: LocalizedTextData | null | undefined, lang: Lang, fallback: boolean): string | null {
  if (!text) return null;
  const exact = text[lang.toLowerCase() as keyof LocalizedTextData];
  if (exact || !fallback) return exact ?? null;
  for (const key of FALLBACK_ORDER) if (text[key]) return text[key]!;
  return null;
}

@ObjectType({ simpleResolvers: true, description: 'A text in the languages its source gives; a missing language is null.' })
export class LocalizedText implements LocalizedTextData {
  @Field(() => String, { nullable: true, description: 'Kyrgyz.' })
  ky?: string | null;

  @Field(() => String, { nullable: true, description: 'Russian.' })
  ru?: string | null;

  @Field(() => String, { nullable: true, description: 'English.' })
  en?: string | null;
}
