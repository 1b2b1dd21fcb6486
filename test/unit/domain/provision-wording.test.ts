import { describe, expect, it } from 'vitest';
import { compareWordings, wordingOf } from '../../../src/domain/legal/provision-wording.js';

const texts = [
  { lang: 'ru' as const, version: { id: 1 }, text: 'старая редакция' },
  { lang: 'en' as const, version: { id: 2 }, text: 'new wording' },
];

describe('provision wording', () => {
  it('reads a version in its language, another only with fallback, never another version', () => {
    expect(wordingOf(texts, 1, 'ru', false)?.text).toBe('старая редакция');
    expect(wordingOf(texts, 2, 'ru', false)).toBeNull();
    expect(wordingOf(texts, 2, 'ru', true)?.lang).toBe('en');
    expect(wordingOf(texts, 3, 'ru', true)).toBeNull();
  });

  it('compares two wordings word by word, and says UNKNOWN when one is missing', () => {
    expect(compareWordings('a b c', 'a b c').change).toBe('UNCHANGED');
    const d = compareWordings('the holder must register', 'the holder must notify and register');
    expect(d.change).toBe('CHANGED');
    expect(d.segments.filter((s) => s.kind === 'ADDED').map((s) => s.text.trim())).toEqual(['notify and']);
    expect(compareWordings(null, 'x')).toEqual({ change: 'UNKNOWN', segments: [] });
  });
});
