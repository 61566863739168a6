/** Which language an entry is in, which original it translates, and each language's edition of a list. */
import { describe, expect, it } from 'vitest';
import { edition, entryHref, entryLocale, entrySlug, translationKey } from '../../src/lib/translations.ts';
import { localePath, splitLocalePath } from '../../src/i18n/locales.ts';

const entry = (id: string, data: { lang?: string; translationKey?: string } = {}) => ({ id, data });

describe('translations', () => {
  it('the folder gives the language and the address: fr/x is the French version of x, at /fr/stories/x/', () => {
    expect(entryLocale(entry('the-files'))).toBe('en');
    expect(entryLocale(entry('fr/the-files'))).toBe('fr');
    expect(entrySlug(entry('fr/the-files'))).toBe('the-files');
    expect(translationKey(entry('fr/the-files'))).toBe('the-files');
    expect(entryHref('story', entry('fr/the-files'))).toBe('/fr/stories/the-files/');
    expect(entryHref('case', entry('the-files'))).toBe('/cases/the-files/');
    // A file named like a language, outside its folder, is an original.
    expect(entryLocale(entry('fr'))).toBe('en');
    expect(entryHref('story', entry('fr'))).toBe('/stories/fr/');
  });

  it('a translation with another file name names its original through translationKey', () => {
    const translated = entry('fr/les-dossiers', { translationKey: 'the-files' });
    expect(translationKey(translated)).toBe('the-files');
    expect(edition([entry('the-files'), translated], 'fr')).toEqual([translated]);
  });

  it('a frontmatter lang that contradicts the folder fails with the file, the field and the fix', () => {
    const french = {
      ...entry('fr/x', { lang: 'en' }),
      collection: 'stories',
      filePath: '/site/content/stories/fr/x.mdx',
    };
    expect(() => entryLocale(french)).toThrow(
      'content/stories/fr/x.mdx: lang: "en" does not match the file\'s folder (content/stories/fr/ holds fr pages): remove it or write lang: fr',
    );
    const english = { ...entry('x', { lang: 'fr' }), collection: 'cases', filePath: 'content/cases/x.mdx' };
    expect(() => entryLocale(english)).toThrow(
      'content/cases/x.mdx: lang: "fr" does not match the file\'s folder (content/cases/ holds en pages): move the file to content/cases/fr/',
    );
    expect(entryLocale(entry('fr/x', { lang: 'fr' }))).toBe('fr');
  });

  it('an edition keeps the originals order, replacing each translated one and appending translations without an original', () => {
    const a = entry('a');
    const b = entry('b');
    const frB = entry('fr/b');
    const frOnly = entry('fr/only-in-french');
    expect(edition([a, frB, b, frOnly], 'en')).toEqual([a, b]);
    expect(edition([a, frB, b, frOnly], 'fr')).toEqual([a, frB, frOnly]);
  });

  it('paths: the default language at the root, the others under their code', () => {
    expect(localePath('/', 'fr')).toBe('/fr/');
    expect(localePath('/search/', 'fr')).toBe('/fr/search/');
    expect(localePath('/search/', 'en')).toBe('/search/');
    expect(splitLocalePath('/fr/cases/x/')).toEqual({ lang: 'fr', path: '/cases/x/' });
    expect(splitLocalePath('/fr/')).toEqual({ lang: 'fr', path: '/' });
    expect(splitLocalePath('/france/')).toEqual({ lang: 'en', path: '/france/' });
    expect(splitLocalePath('/fr')).toEqual({ lang: 'fr', path: '/' });
    // The default language has no prefix: /en/x/ is no English page's address, and stays as it is.
    expect(splitLocalePath('/en/stories/x/')).toEqual({ lang: 'en', path: '/en/stories/x/' });
    // A language the site is not configured with gets no prefix: its pages are the default language's.
    expect(localePath('/search/', 'de')).toBe('/search/');
  });
});
