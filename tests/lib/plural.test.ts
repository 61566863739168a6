import { describe, expect, it } from 'vitest';
import { languagePluralCategories, pluralExamples, pluralForm, pluralKey } from '../../src/lib/plural.ts';

describe('plural forms', () => {
  it('picks "one" or "other" by the rules of the page language', () => {
    expect([0, 1, 2].map((n) => pluralForm(n, 'en'))).toEqual(['other', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralForm(n, 'fr'))).toEqual(['one', 'one', 'other']);
  });

  it('picks every category a language has, not only "one" and "other": Polish 2 "few" and 5 "many", Arabic six', () => {
    expect([1, 2, 5, 22, 25].map((n) => pluralForm(n, 'pl'))).toEqual(['one', 'few', 'many', 'few', 'many']);
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralForm(n, 'ar'))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    // French says "many" only of round millions (« 1 000 000 de dossiers »), as Node 24's ICU has it.
    expect([1_000_000, 1_000_001].map((n) => pluralForm(n, 'fr'))).toEqual(['many', 'other']);
    expect(pluralKey('count.cases', 2, 'pl')).toBe('count.cases.few');
  });

  it('lists the categories a language has in CLDR order, with a few counts for each', () => {
    expect(languagePluralCategories('en')).toEqual(['one', 'other']);
    expect(languagePluralCategories('fr')).toEqual(['one', 'many', 'other']);
    expect(languagePluralCategories('pl')).toEqual(['one', 'few', 'many', 'other']);
    expect(languagePluralCategories('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralExamples('few', 'pl')).toEqual([2, 3, 4]);
    expect(pluralExamples('many', 'pl')).toEqual([0, 5, 6]);
    expect(pluralExamples('other', 'ar')).toEqual([100, 101, 102]);
    expect(pluralExamples('many', 'fr')).toEqual([1_000_000, 2_000_000, 3_000_000]);
    // Polish and Russian say "other" of fractions alone, Czech "many".
    expect(pluralExamples('other', 'pl')).toEqual([0.5, 1.5, 2.5]);
    expect(pluralExamples('many', 'cs')).toEqual([0.5, 1.5, 2.5]);
    expect(pluralExamples('zero', 'ar')).toEqual([0]);
  });
});
