import { describe, expect, it, vi } from 'vitest';
import { languagePluralCategories, pluralExamples, pluralForm, pluralKey } from '../../src/lib/plural.ts';

// Portuguese written as in Portugal: the code says pt, whose rules (Brazil's) say "one" of 0; pt-PT's say "other".
vi.mock('../../src/site.config.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/site.config.ts')>();
  const portuguese = { code: 'pt', label: 'Português', intl: 'pt-PT' };
  return { ...original, site: { ...original.site, locales: [...original.site.locales, portuguese] } };
});

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

  it('picks the form by the rules of the language\'s intl, not of its code: 0 is "other" in pt-PT, "one" in pt', () => {
    expect([0, 1, 2].map((n) => new Intl.PluralRules('pt').select(n))).toEqual(['one', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralForm(n, 'pt'))).toEqual(['other', 'one', 'other']);
    expect(pluralKey('count.rows', 0, 'pt')).toBe('count.rows.other');
    expect(pluralExamples('one', 'pt')).toEqual([1]);
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
