/**
 * Every configured language has a complete dictionary: the same keys as the English one (none missing, none extra)
 * and the same {placeholders} in each string, so a translation can never drop a name or a number.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dictionaries, t } from '../../src/i18n/index.ts';
import { dictionaryProblems, siteDictionaryProblems, untranslatedProblems } from '../../src/i18n/check.ts';
import { repoRoot } from '../helpers/build.ts';
import { en } from '../../src/i18n/en.ts';
import { locales } from '../../src/i18n/locales.ts';

const messages = (errors: { message: string }[]) => errors.map((error) => error.message);

describe('dictionaries', () => {
  it.each(locales)('%s has every key of the English dictionary, no other, with the same placeholders', (code) => {
    expect(messages(dictionaryProblems(code, dictionaries[code]))).toEqual([]);
    expect(messages(siteDictionaryProblems(repoRoot))).toEqual([]);
  });

  it('names the file and the string of a missing string, a translated or lost placeholder and a string of its own', () => {
    const broken: Record<string, string> = {
      ...en,
      'story.readingTime': '{minutos} min de lectura',
      'count.stories.other': 'reportajes',
      'footer.rs': 'RSS',
    };
    delete broken['footer.rss'];
    expect(messages(dictionaryProblems('es', broken))).toEqual([
      `src/i18n/es.ts: footer.rss: missing: translate the English string ${JSON.stringify(en['footer.rss'])}`,
      'src/i18n/es.ts: story.readingTime: placeholders {minutos} where English has {minutes}: they are filled in by name, so write them as in English, untranslated ("{minutes} min read")',
      'src/i18n/es.ts: count.stories.other: placeholders (none) where English has {count}: they are filled in by name, so write them as in English, untranslated ("{count} stories")',
      'src/i18n/es.ts: footer.rs: no such string in src/i18n/en.ts: did you mean footer.rss?',
    ]);
  });

  it('takes the placeholders in the order the language puts them, and suggests only a string the dictionary lacks', () => {
    expect(
      messages(
        dictionaryProblems('es', { ...en, 'chart.summary.top': 'De {total}, se muestran los {count} mayores.' }),
      ),
    ).toEqual([]);
    // footer.rss is there: footer.rs is a string of its own, not a typo of it.
    expect(messages(dictionaryProblems('es', { ...en, 'footer.rs': 'RSS' }))).toEqual([
      'src/i18n/es.ts: footer.rs: no such string in src/i18n/en.ts',
    ]);
    // A typo of two strings at once: no guess between them.
    expect(messages(dictionaryProblems('es', { 'nav.hat': 'x' }, { 'nav.cat': 'Cat', 'nav.bat': 'Bat' }))).toEqual([
      'src/i18n/es.ts: nav.cat: missing: translate the English string "Cat"',
      'src/i18n/es.ts: nav.bat: missing: translate the English string "Bat"',
      'src/i18n/es.ts: nav.hat: no such string in src/i18n/en.ts',
    ]);
  });

  it("checks a registered language's dictionary, not only that there is one", () => {
    const { 'footer.rss': _left, ...incomplete } = en;
    const total = Object.keys(en).length;
    expect(messages(siteDictionaryProblems(repoRoot, ['en', 'es'], { en, es: incomplete }))).toEqual([
      `src/i18n/es.ts: footer.rss: missing: translate the English string ${JSON.stringify(en['footer.rss'])}`,
      expect.stringMatching(`^src/i18n/es.ts: ${total - 1} of ${total} strings are the English ones`),
    ]);
  });

  it('stops on a language whose dictionary is mostly the English strings, naming the file, the count and a few keys', () => {
    const copied = { ...en, 'nav.home': 'Inicio', 'nav.stories': 'Reportajes' };
    const total = Object.keys(en).length;
    const [first, second, third] = Object.keys(en).filter((key) => key !== 'nav.home' && key !== 'nav.stories');
    expect(messages(siteDictionaryProblems(repoRoot, ['en', 'es'], { en, es: copied }))).toEqual([
      `src/i18n/es.ts: ${total - 2} of ${total} strings are the English ones (${first}, ${second}, ${third}, …): their pages would read English words as Spanish; translate them, and list a string kept as in English on purpose (a name, a code) in \`sameAsEnglish.es\` (src/i18n/index.ts)`,
    ]);
  });

  it('stops past half of the strings the same as English, and counts none a language keeps the same on purpose', () => {
    const reference = { a: 'One', b: 'Two', c: 'Three', d: 'Four' };
    const problems = (dictionary: Record<string, string>, kept: Record<string, readonly string[]> = {}) =>
      messages(untranslatedProblems('es', dictionary, reference, kept.es));
    // Half the same (as "Type" or "Notes" are in French) is a translation that shares words with English.
    expect(problems({ a: 'Uno', b: 'Dos', c: 'Three', d: 'Four' })).toEqual([]);
    expect(problems({ a: 'Uno', b: 'Two', c: 'Three', d: 'Four' })).toEqual([
      'src/i18n/es.ts: 3 of 4 strings are the English ones (b, c, d): their pages would read English words as Spanish; translate them, and list a string kept as in English on purpose (a name, a code) in `sameAsEnglish.es` (src/i18n/index.ts)',
    ]);
    expect(problems({ a: 'Uno', b: 'Two', c: 'Three', d: 'Four' }, { es: ['c', 'd'] })).toEqual([]);
    // A string listed that English does not have is a typo: it would keep nothing.
    expect(problems({ a: 'Uno', b: 'Dos', c: 'Three', d: 'Four' }, { es: ['e'] })).toEqual([
      'src/i18n/index.ts: sameAsEnglish.es: "e" is no string of src/i18n/en.ts',
    ]);
    expect(messages(untranslatedProblems('es', en, en, ['data.cvs']))).toContain(
      'src/i18n/index.ts: sameAsEnglish.es: "data.cvs" is no string of src/i18n/en.ts: did you mean data.csv?',
    );
  });

  it('checks the languages the site is configured with against English, and each with the strings it keeps', () => {
    const spanish = Object.fromEntries(Object.entries(en).map(([key, text]) => [key, `[es] ${text}`]));
    const kept = Object.keys(en).slice(0, Math.ceil(Object.keys(en).length / 2) + 1);
    const halfEnglish = { ...spanish, ...Object.fromEntries(kept.map((key) => [key, en[key as keyof typeof en]])) };
    expect(messages(siteDictionaryProblems(repoRoot, ['en', 'es'], { en, es: halfEnglish }))).toEqual([
      expect.stringMatching(
        `^src/i18n/es.ts: ${kept.length} of ${Object.keys(en).length} strings are the English ones`,
      ),
    ]);
    expect(messages(siteDictionaryProblems(repoRoot, ['en', 'es'], { en, es: halfEnglish }, { es: kept }))).toEqual([]);
  });

  it('stops on a configured language with no dictionary, saying whether its file is written but not registered', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-i18n-'));
    try {
      expect(messages(siteDictionaryProblems(root, ['en', 'es'], { en }))).toEqual([
        'src/i18n/index.ts: dictionaries: site.locales has "es" (src/site.config.ts) but there is no dictionary for it: copy src/i18n/en.ts to src/i18n/es.ts, translate its strings, and add es to `dictionaries`',
      ]);
      mkdirSync(join(root, 'src/i18n'), { recursive: true });
      writeFileSync(join(root, 'src/i18n/es.ts'), 'export const es = {};\n');
      expect(messages(siteDictionaryProblems(root, ['en', 'es'], { en }))).toEqual([
        'src/i18n/index.ts: dictionaries: site.locales has "es" and src/i18n/es.ts exists, but it is not registered: import { es } from \'./es.ts\' and add es to `dictionaries`',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('falls back to the English string for a string a dictionary lacks, so that code running before the preflight does not fail first', () => {
    const french = dictionaries.fr as Record<string, string>;
    const kept = french['nav.home']!;
    delete french['nav.home'];
    try {
      expect(t('fr')('nav.home')).toBe(en['nav.home']);
      expect(t('fr')('nav.stories')).toBe('Enquêtes');
    } finally {
      french['nav.home'] = kept;
    }
    // A language with no dictionary at all reads the default language's strings.
    expect(t('xx')('nav.home')).toBe(en['nav.home']);
  });

  it('fills a count in as the page writes figures, and a string as it is (a page number, a rank)', () => {
    expect(t('fr')('count.rows.other', { count: 12878 })).toBe('12\u202f878\u00a0lignes');
    expect(t('en')('count.rows.other', { count: 12878 })).toBe('12,878 rows');
    expect(t('fr')('chart.summary.top', { count: 10, total: 1500 })).toBe(
      'Seules les 10\u00a0valeurs les plus élevées sur 1\u202f500 sont représentées.',
    );
    expect(t('fr')('pager.status', { page: '2', pages: '1000' })).toBe('Page 2 sur 1000');
  });

  it('French strings use French typography: no-break spaces before colons, inside guillemets, narrow ones before ; ! ?', () => {
    const fr = dictionaries.fr as Record<string, string>;
    const texts = Object.values(fr);
    expect(texts.filter((text) => /[^\u00a0\u202f]:/.test(text) && !/https?:/.test(text))).toEqual([]);
    expect(texts.filter((text) => /[«][^\u00a0]|[^\u00a0][»]/.test(text))).toEqual([]);
    // A narrow one before ; ! ? (as typography.ts sets a French page's prose), so that a page does not mix the two.
    expect(texts.filter((text) => /[^\u202f][;!?]/.test(text))).toEqual([]);
    expect(texts.filter((text) => /'/.test(text))).toEqual([]);
  });
});
