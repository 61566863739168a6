/**
 * Every configured language has a complete dictionary: the same keys as the English one (none missing, none extra)
 * and the same {placeholders} in each string, so a translation can never drop a name or a number.
 */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import { locales } from '../../src/i18n/locales.ts';

/** Problems of `dictionary` against the English reference, one line each. */
function dictionaryProblems(dictionary: Record<string, string> | undefined, reference: Record<string, string>): string[] {
  if (!dictionary) return ['no dictionary'];
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(', ');
  const problems: string[] = [];
  for (const key of Object.keys(reference)) {
    if (!(key in dictionary)) problems.push(`missing key ${key}`);
    else if (placeholders(dictionary[key]!) !== placeholders(reference[key]!)) {
      problems.push(`${key}: placeholders {${placeholders(dictionary[key]!)}} instead of {${placeholders(reference[key]!)}}`);
    }
  }
  for (const key of Object.keys(dictionary)) if (!(key in reference)) problems.push(`extra key ${key}`);
  return problems;
}

describe('dictionaries', () => {
  it.each(locales)('%s has every key of the English dictionary, no other, with the same placeholders', (code) => {
    expect(dictionaryProblems(dictionaries[code], en)).toEqual([]);
  });

  it('reports a missing key, an extra key and a lost placeholder', () => {
    const broken: Record<string, string> = { ...en, 'story.readingTime': '{count} min', 'made.up': 'x' };
    delete broken['nav.home'];
    expect(dictionaryProblems(broken, en)).toEqual([
      'missing key nav.home',
      'story.readingTime: placeholders {count} instead of {minutes}',
      'extra key made.up',
    ]);
  });

  it('French strings use French typography: no-break spaces before colons, inside guillemets', () => {
    const fr = dictionaries.fr as Record<string, string>;
    const texts = Object.values(fr);
    expect(texts.filter((text) => /[^\u00a0\u202f]:/.test(text) && !/https?:/.test(text))).toEqual([]);
    expect(texts.filter((text) => /[«][^\u00a0]|[^\u00a0][»]/.test(text))).toEqual([]);
    expect(texts.filter((text) => /'/.test(text))).toEqual([]);
  });
});
