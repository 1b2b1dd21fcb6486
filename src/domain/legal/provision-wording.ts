// Reading a provision's words as of a version, and what changed between two versions. A wording
// a version does not have is unknown, never taken from another version: only `fallback` may take
// another language, and the answer then says which (Kyrgyz and Russian are both official,
// Constitution Art. 13; English is a translation).
import { diffWords } from 'diff';

export type TextLang = 'ky' | 'ru' | 'en';
const FALLBACK: TextLang[] = ['ky', 'ru', 'en'];

export interface Wording {
  lang: TextLang;
  version: { id: number };
  text: string;
}

/** The wording of one version in `lang`; with `fallback`, else the first of ky, ru, en it has. */
export function wordingOf<W extends Wording>(texts: readonly W[], versionId: number, lang: TextLang, fallback: boolean): W | null {
  const ofVersion = texts.filter((t) => t.version.id === versionId);
  const exact = ofVersion.find((t) => t.lang === lang);
  if (exact || !fallback) return exact ?? null;
  for (const l of FALLBACK) {
    const other = ofVersion.find((t) => t.lang === l);
    if (other) return other;
  }
  return null;
}

export type Change = 'CHANGED' | 'UNCHANGED' | 'UNKNOWN';

export interface Segment {
  kind: 'SAME' | 'ADDED' | 'REMOVED';
  text: string;
}

/** Word by word what `after` changed in `before`; UNKNOWN when either wording is not known. */
export function compareWordings(before: string | null, after: string | null): { change: Change; segments: Segment[] } {
  if (before === null || after === null) return { change: 'UNKNOWN', segments: [] };
  if (before === after) return { change: 'UNCHANGED', segments: [{ kind: 'SAME', text: after }] };
  const segments = diffWords(before, after).map((p) => ({ kind: p.added ? 'ADDED' : p.removed ? 'REMOVED' : 'SAME', text: p.value }) as Segment);
  return { change: 'CHANGED', segments };
}
