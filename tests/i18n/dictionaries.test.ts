/**
 * Every configured language has a complete dictionary: the same keys as the English one (none missing, none extra)
 * and the same {placeholders} in each string, so a translation can never drop a name or a number.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dictionaries, t, type Dictionary } from '../../src/i18n/index.ts';
import { pluralKey } from '../../src/lib/plural.ts';
import { dictionaryProblems, siteDictionaryProblems, untranslatedProblems } from '../../src/i18n/check.ts';
import { defaultLocaleProblems } from '../../src/i18n/default-locale.ts';
import { repoRoot } from '../helpers/build.ts';

/** What a string English lacks, and that is no typo of one, is told. */
const newString =
  ": a new string is declared there first, in English, whatever the site's languages (the dictionaries are checked against it), then given in each language";
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { locales } from '../../src/i18n/locales.ts';
import { localeCodeProblem } from '../../src/i18n/locale-codes.ts';
import { persian } from './right-to-left/persian.ts';

const messages = (errors: { message: string }[]) => errors.map((error) => error.message);

/**
 * `dictionary` with its counted strings in the "many" form too, which Spanish has and English lacks (Spanish says
 * « 1 000 000 de casos »): the Spanish dictionaries below are English ones, and give it as "other" reads.
 */
function withMany(dictionary: Record<string, string>): Record<string, string> {
  const counted = Object.entries(dictionary).filter(([key]) => key.endsWith('.other'));
  return { ...dictionary, ...Object.fromEntries(counted.map(([key, text]) => [key.replace(/other$/, 'many'), text])) };
}

describe('dictionaries', () => {
  it.each(locales)('%s has every key of the English dictionary, no other, with the same placeholders', (code) => {
    expect(messages(dictionaryProblems(code, dictionaries[code]))).toEqual([]);
    expect(messages(siteDictionaryProblems(repoRoot))).toEqual([]);
  });

  it('names the file and the string of a missing string, a translated or lost placeholder and a string of its own', () => {
    const broken: Record<string, string> = {
      ...withMany(en),
      'story.readingTime.other': '{minutos} min de lectura',
      'count.stories.other': 'reportajes',
      'footer.rs': 'RSS',
    };
    delete broken['footer.rss'];
    expect(messages(dictionaryProblems('es', broken))).toEqual([
      `src/i18n/es.ts: footer.rss: missing: translate the English string ${JSON.stringify(en['footer.rss'])}`,
      'src/i18n/es.ts: story.readingTime.other: placeholders {minutos} where English has {minutes}: they are filled in by name, so write them as in English, untranslated ("{minutes} min read")',
      'src/i18n/es.ts: count.stories.other: placeholders (none) where English has {count}: they are filled in by name, so write them as in English, untranslated ("{count} stories")',
      'src/i18n/es.ts: footer.rs: no such string in src/i18n/en.ts: did you mean footer.rss?',
    ]);
  });

  it('names a placeholder translated into another alphabet as written, not as none', () => {
    const broken = { ...withMany(en), 'story.readingTime.other': '{хвилини} хв читання' };
    expect(messages(dictionaryProblems('es', broken))).toEqual([
      'src/i18n/es.ts: story.readingTime.other: placeholders {хвилини} where English has {minutes}: they are filled in by name, so write them as in English, untranslated ("{minutes} min read")',
    ]);
  });

  it('takes the placeholders in the order the language puts them, and suggests only a string the dictionary lacks', () => {
    expect(
      messages(
        dictionaryProblems('es', {
          ...withMany(en),
          'chart.summary.top.other': 'De {total}, se muestran los {count} mayores.',
        }),
      ),
    ).toEqual([]);
    // footer.rss is there: footer.rs is a string of its own, not a typo of it.
    expect(messages(dictionaryProblems('es', { ...withMany(en), 'footer.rs': 'RSS' }))).toEqual([
      `src/i18n/es.ts: footer.rs: no such string in src/i18n/en.ts${newString}`,
    ]);
    // A typo of two strings at once: no guess between them.
    expect(messages(dictionaryProblems('es', { 'nav.hat': 'x' }, { 'nav.cat': 'Cat', 'nav.bat': 'Bat' }))).toEqual([
      'src/i18n/es.ts: nav.cat: missing: translate the English string "Cat"',
      'src/i18n/es.ts: nav.bat: missing: translate the English string "Bat"',
      `src/i18n/es.ts: nav.hat: no such string in src/i18n/en.ts${newString}`,
    ]);
  });

  it("checks a registered language's dictionary, not only that there is one", () => {
    const { 'footer.rss': _left, ...incomplete } = en;
    const total = Object.keys(en).length;
    expect(messages(siteDictionaryProblems(repoRoot, ['en', 'es'], { en, es: withMany(incomplete) }))).toEqual([
      `src/i18n/es.ts: footer.rss: missing: translate the English string ${JSON.stringify(en['footer.rss'])}`,
      expect.stringMatching(`^src/i18n/es.ts: ${total - 1} of ${total} strings are the English ones`),
    ]);
  });

  it('stops on a language whose dictionary is mostly the English strings, naming the file, the count and a few keys', () => {
    const copied = withMany({ ...en, 'nav.home': 'Inicio', 'nav.stories': 'Reportajes' });
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

  it("names a region code's list of strings kept in English as JavaScript writes it, sameAsEnglish['pt-BR']", () => {
    const reference = { a: 'One', b: 'Two', c: 'Three', d: 'Four' };
    expect(
      messages(untranslatedProblems('pt-BR', { a: 'Um', b: 'Two', c: 'Three', d: 'Four' }, reference, ['e'])),
    ).toEqual([
      'src/i18n/index.ts: sameAsEnglish[\'pt-BR\']: "e" is no string of src/i18n/en.ts',
      "src/i18n/pt-BR.ts: 3 of 4 strings are the English ones (b, c, d): their pages would read English words as Brazilian Portuguese; translate them, and list a string kept as in English on purpose (a name, a code) in `sameAsEnglish['pt-BR']` (src/i18n/index.ts)",
    ]);
  });

  it('checks the languages the site is configured with against English, and each with the strings it keeps', () => {
    // Each string marked as translated, its words left as they are: a control's name keeps its visible text.
    const spanish = Object.fromEntries(Object.entries(en).map(([key, text]) => [key, `«${text}»`]));
    const kept = Object.keys(en).slice(0, Math.ceil(Object.keys(en).length / 2) + 1);
    const halfEnglish = withMany({
      ...spanish,
      ...Object.fromEntries(kept.map((key) => [key, en[key as keyof typeof en]])),
    });
    expect(messages(siteDictionaryProblems(repoRoot, ['en', 'es'], { en, es: halfEnglish }))).toEqual([
      expect.stringMatching(
        `^src/i18n/es.ts: ${kept.length} of ${Object.keys(en).length} strings are the English ones`,
      ),
    ]);
    expect(messages(siteDictionaryProblems(repoRoot, ['en', 'es'], { en, es: halfEnglish }, { es: kept }))).toEqual([]);
  });

  it('stops on a configured language with no dictionary, saying whether its file is written but not registered, and how to name its copy of English', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-i18n-'));
    try {
      expect(messages(siteDictionaryProblems(root, ['en', 'es'], { en }))).toEqual([
        'src/i18n/index.ts: dictionaries: site.locales has "es" (src/site.config.ts) but there is no dictionary for it: copy src/i18n/en.ts to src/i18n/es.ts, write `export const es = {` for its `export const en = {` (README, "Languages", says the rest), translate its strings, and add es to `dictionaries`',
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

  it("tells how to name and register a region code's dictionary, whose code is no JavaScript name (pt-BR: ptBR)", () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-i18n-'));
    try {
      expect(messages(siteDictionaryProblems(root, ['en', 'pt-BR'], { en }))).toEqual([
        'src/i18n/index.ts: dictionaries: site.locales has "pt-BR" (src/site.config.ts) but there is no dictionary for it: copy src/i18n/en.ts to src/i18n/pt-BR.ts, write `export const ptBR = {` for its `export const en = {` (README, "Languages", says the rest), translate its strings, and add \'pt-BR\': ptBR to `dictionaries`',
      ]);
      mkdirSync(join(root, 'src/i18n'), { recursive: true });
      writeFileSync(join(root, 'src/i18n/sr-Latn.ts'), 'export const srLatn = {};\n');
      expect(messages(siteDictionaryProblems(root, ['en', 'sr-Latn'], { en }))).toEqual([
        "src/i18n/index.ts: dictionaries: site.locales has \"sr-Latn\" and src/i18n/sr-Latn.ts exists, but it is not registered: import { srLatn } from './sr-Latn.ts' and add 'sr-Latn': srLatn to `dictionaries`",
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  // A French newsroom writes its language as France's locale, "fr-FR", where the French dictionary is registered as
  // 'fr': it was told to copy src/i18n/en.ts to src/i18n/fr-FR.ts and translate all its strings again.
  it('tells a language written with its country, whose dictionary is registered without, the code to write', () => {
    expect(messages(siteDictionaryProblems(repoRoot, ['fr-FR', 'en'], { en, fr }))).toEqual([
      "src/site.config.ts: site.locales: \"fr-FR\" has no dictionary, and French's is registered as 'fr' (src/i18n/index.ts): write { code: 'fr', intl: 'fr-FR' } for French as written in France, or register it as 'fr-FR': fr for pages and content folders that say fr-FR",
    ]);
    // In capitals, the code is the registered one written otherwise; tagLabels.fr, right, is told the same fix, not
    // to be written tagLabels.FR.
    expect(messages(siteDictionaryProblems(repoRoot, ['FR', 'en'], { en, fr }))).toEqual([
      'src/i18n/index.ts: dictionaries: site.locales has "FR" and `dictionaries` registers \'fr\': write "fr" in site.locales (src/site.config.ts), as BCP 47 writes the code, and as its pages\' lang and content folders will',
      'src/site.config.ts: tagLabels.fr: "fr" is how BCP 47 writes French\'s code, and site.locales writes it "FR": write "fr" in site.locales (as written, its entries are read for no language)',
    ]);
  });

  it('tells a default language that is none of site.locales the code to write', () => {
    expect(messages(defaultLocaleProblems(['fr', 'en'], 'fr-FR'))).toEqual([
      'src/site.config.ts: site.defaultLocale: "fr-FR" is none of the codes of site.locales (fr, en): write \'fr\'',
    ]);
    expect(messages(defaultLocaleProblems(['fr', 'en'], 'de'))).toEqual([
      'src/site.config.ts: site.defaultLocale: "de" is none of the codes of site.locales (fr, en): write one of them, or add it to site.locales',
    ]);
    expect(defaultLocaleProblems(['fr', 'en'], 'fr')).toEqual([]);
  });

  it('stops on tagLabels, countryNames or sameAsEnglish keyed by a language code written otherwise than site.locales writes it (pt-br for pt-BR), which no page reads', () => {
    const portuguese = withMany(Object.fromEntries(Object.entries(en).map(([key, text]) => [key, `«${text}»`])));
    const labelled = {
      tagLabels: { en: {}, 'pt-br': { leak: 'vazamento' } },
      countryNames: { pt_BR: { TJ: 'Tajiquistão' } },
    };
    expect(
      messages(
        siteDictionaryProblems(
          repoRoot,
          ['en', 'pt-BR'],
          { en, 'pt-BR': portuguese },
          { 'pt-br': ['data.csv'] },
          undefined,
          labelled,
        ),
      ),
    ).toEqual([
      "src/site.config.ts: tagLabels['pt-br']: \"pt-br\" is not how site.locales writes Brazilian Portuguese's code, pt-BR: write tagLabels['pt-BR'] (as written, its entries are read for no language)",
      "src/site.config.ts: countryNames.pt_BR: \"pt_BR\" is not how site.locales writes Brazilian Portuguese's code, pt-BR: write countryNames['pt-BR'] (as written, its entries are read for no language)",
      "src/i18n/index.ts: sameAsEnglish['pt-br']: \"pt-br\" is not how site.locales writes Brazilian Portuguese's code, pt-BR: write sameAsEnglish['pt-BR'] (as written, its entries are read for no language)",
    ]);
    // Labels of a language the site does not have (yet) are no mistake: they wait for it.
    expect(
      messages(
        siteDictionaryProblems(repoRoot, ['en', 'fr'], { en, fr: dictionaries.fr }, {}, undefined, {
          tagLabels: { es: {} },
        }),
      ),
    ).toEqual([]);
  });

  it('names the dictionary registered under the configured code in another case (pt-BR for pt-br), not a file to copy', () => {
    const portuguese = withMany(Object.fromEntries(Object.entries(en).map(([key, text]) => [key, `«${text}»`])));
    expect(messages(siteDictionaryProblems(repoRoot, ['en', 'pt-br'], { en, 'pt-BR': portuguese }, {}))).toEqual([
      'src/i18n/index.ts: dictionaries: site.locales has "pt-br" and `dictionaries` registers \'pt-BR\': write "pt-BR" in site.locales (src/site.config.ts), as BCP 47 writes the code, and as its pages\' lang and content folders will',
    ]);
    // Written as BCP 47 writes it in site.locales, and otherwise in `dictionaries`: the registration is to change.
    expect(messages(siteDictionaryProblems(repoRoot, ['en', 'pt-BR'], { en, 'pt-br': portuguese }, {}))).toEqual([
      "src/i18n/index.ts: dictionaries: site.locales has \"pt-BR\" and `dictionaries` registers 'pt-br': register it as 'pt-BR' in `dictionaries`, as site.locales and BCP 47 write the code",
    ]);
  });

  it("stops on a configured code that is no language's, naming the language of a country's code, and checks its dictionary no further", () => {
    // Ukrainian's dictionary, registered under Ukraine's code: its "few" and "many" forms are right for uk.
    const ukrainian = { ...withMany(en), 'count.rows.few': '{count} рядки' };
    expect(messages(siteDictionaryProblems(repoRoot, ['en', 'ua', 'xq'], { en, ua: ukrainian, xq: en }))).toEqual([
      'src/site.config.ts: site.locales: "ua" is the code of a country (Ukraine), not of a language: Ukrainian\'s is "uk"; the code marks the pages\' language (lang="ua") and picks their plural forms, dates and figures',
      'src/site.config.ts: site.locales: "xq" is no language\'s code: write the language\'s as BCP 47 has it ("es", "pt-BR"); the code marks the pages\' language (lang="xq") and picks their plural forms, dates and figures',
    ]);
  });

  // Intl names no "arevmda" variant, and CLDR has no data for many ISO 639-3 languages: a newsroom's real language.
  it('takes a code whose language is known with a variant Intl does not name, and a three-letter language CLDR lacks', () => {
    for (const code of ['hy-arevmda', 'ber', 'pt-BR', 'sr-Latn', 'fa-AF'])
      expect(localeCodeProblem(code), code).toBeUndefined();
    expect(localeCodeProblem('en_GB')?.message).toContain('"en_GB" is not a language code as BCP 47 writes one');
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
    expect(t('fr')('chart.summary.top.other', { count: 10, total: 1500 })).toBe(
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

  describe("a control's name holds its visible text, word for word (WCAG 2.5.3)", () => {
    it('stops on a name with another form of the visible words, naming the file, both strings and the name to write', () => {
      // Persian's ezafe makes "داده‌ها" "داده‌های" before what it qualifies: the name no longer says the words shown.
      const persianNames = {
        ...en,
        'chart.showData': 'نمایش داده‌ها',
        'chart.showDataOf': 'نمایش داده‌های «{title}»',
        'fact.source': 'منبع',
        'fact.sourceLabel': 'منبع: {publisher}، {title}',
      };
      expect(messages(dictionaryProblems('fa', persianNames))).toEqual([
        'src/i18n/fa.ts: chart.showDataOf: "نمایش داده‌های «{title}»" does not hold the visible text of its control, chart.showData ("نمایش داده‌ها"), word for word: a speech-recognition user, who says what they see, would not reach the control (WCAG 2.5.3); start the name with the visible text: "نمایش داده‌ها: «{title}»"',
        // Left in English, the name of a source whose address is not recorded says none of the Persian "source".
        'src/i18n/fa.ts: fact.sourceLabelElsewhere: "Source: {publisher}, {title} (its address is not recorded; this link opens {address})" does not hold the visible text of its control, fact.source ("منبع"), word for word: a speech-recognition user, who says what they see, would not reach the control (WCAG 2.5.3); start the name with the visible text: "منبع: {publisher}, {title} (its address is not recorded; this link opens {address})"',
      ]);
    });

    it('compares the words as they are said: in any case, whatever the spaces and punctuation, and never in the title', () => {
      const named = (strings: Record<string, string>) =>
        messages(dictionaryProblems('fr', { ...withMany(en), ...strings }));
      expect(
        named({ 'chart.showData': 'Show the data', 'chart.showDataOf': 'SHOW\u00a0the  data: “{title}”' }),
      ).toEqual([]);
      expect(named({ 'chart.dataset': 'À propos', 'chart.datasetOf': '{title} (à\u00a0propos\u202f!)' })).toEqual([]);
      // The visible words appear only once the title is filled in, or run across it: neither is the name's own.
      expect(named({ 'chart.showData': 'Données', 'chart.showDataOf': '{title}' })).toEqual([
        'src/i18n/fr.ts: chart.showDataOf: "{title}" does not hold the visible text of its control, chart.showData ("Données"), word for word: a speech-recognition user, who says what they see, would not reach the control (WCAG 2.5.3); start the name with the visible text: "Données: {title}"',
      ]);
      expect(
        named({ 'chart.showData': 'Afficher les données', 'chart.showDataOf': 'Afficher « {title} » les données' }),
      ).toEqual([
        'src/i18n/fr.ts: chart.showDataOf: "Afficher « {title} » les données" does not hold the visible text of its control, chart.showData ("Afficher les données"), word for word: a speech-recognition user, who says what they see, would not reach the control (WCAG 2.5.3); start the name with the visible text: "Afficher les données: « {title} »"',
      ]);
    });

    it("holds the test fixtures' dictionaries to it: the Persian one of tests/i18n/right-to-left/", () => {
      expect(messages(dictionaryProblems('fa', { ...en, ...persian }))).toEqual([]);
    });
  });

  describe('counted strings, in the plural forms of each language', () => {
    /**
     * English's strings, with the counted ones of the tests in Polish, in the four forms Polish has. A dictionary of
     * more forms than English's is a Dictionary to the type checker (tsc, tests/typecheck.test.ts), as a misspelt
     * form is not.
     */
    const polish = {
      ...en,
      'count.cases.one': '{count} sprawa',
      'count.cases.few': '{count} sprawy',
      'count.cases.many': '{count} spraw',
      'count.cases.other': '{count} sprawy',
      'count.rows.one': '{count} wiersz',
      'count.rows.few': '{count} wiersze',
      'count.rows.many': '{count} wierszy',
      'count.rows.other': '{count} wiersza',
    } satisfies Dictionary;
    // @ts-expect-error: "fewer" is no plural category, and the dictionary no place for it
    const misspelt = { ...polish, 'count.rows.fewer': '{count} wiersze' } satisfies Dictionary;
    const about = (stem: string) => (message: string) => message.startsWith(`src/i18n/pl.ts: ${stem}.`);

    it('names each form a language has that its dictionary lacks, with counts said in it and the English string', () => {
      expect(messages(dictionaryProblems('pl', polish)).filter(about('count.stories'))).toEqual([
        'src/i18n/pl.ts: count.stories.few: missing: Polish counts 2, 3, 4 with "few": translate the English string "{count} stories" for them',
        'src/i18n/pl.ts: count.stories.many: missing: Polish counts 0, 5, 6 with "many": translate the English string "{count} stories" for them',
      ]);
      expect(messages(dictionaryProblems('pl', polish)).filter(about('count.cases'))).toEqual([]);
      expect(messages(dictionaryProblems('pl', misspelt)).filter(about('count.rows'))).toEqual([
        'src/i18n/pl.ts: count.rows.fewer: no such string in src/i18n/en.ts',
      ]);
      // A misspelt form of a form the dictionary lacks is named as its typo, as a misspelt string is.
      const { 'count.rows.few': _few, ...fewMisspelt } = misspelt;
      expect(messages(dictionaryProblems('pl', fewMisspelt)).filter(about('count.rows'))).toEqual([
        `src/i18n/pl.ts: count.rows.few: missing: Polish counts 2, 3, 4 with "few": translate the English string "{count} rows" for them`,
        'src/i18n/pl.ts: count.rows.fewer: no such string in src/i18n/en.ts: did you mean count.rows.few?',
      ]);
      // Polish says "other" only of fractions, which a count of rows never is: the form is needed all the same.
      const { 'count.rows.other': _other, ...noOther } = polish;
      expect(messages(dictionaryProblems('pl', noOther)).filter(about('count.rows'))).toEqual([
        'src/i18n/pl.ts: count.rows.other: missing: Polish counts 0.5, 1.5, 2.5 with "other": translate the English string "{count} rows" for them',
      ]);
      // Arabic has six forms: English's one and other are two of them.
      expect(messages(dictionaryProblems('ar', en)).filter((m) => m.startsWith('src/i18n/ar.ts: count.rows.'))).toEqual(
        [
          'src/i18n/ar.ts: count.rows.zero: missing: Arabic counts 0 with "zero": translate the English string "{count} rows" for them',
          'src/i18n/ar.ts: count.rows.two: missing: Arabic counts 2 with "two": translate the English string "{count} rows" for them',
          'src/i18n/ar.ts: count.rows.few: missing: Arabic counts 3, 4, 5 with "few": translate the English string "{count} rows" for them',
          'src/i18n/ar.ts: count.rows.many: missing: Arabic counts 11, 12, 13 with "many": translate the English string "{count} rows" for them',
        ],
      );
      // French says "many" of round millions (« 1 000 000 de dossiers »), which its dictionary gives.
      const { 'count.cases.many': _many, ...french } = dictionaries.fr as Record<string, string>;
      expect(messages(dictionaryProblems('fr', french))).toEqual([
        'src/i18n/fr.ts: count.cases.many: missing: French counts 1000000, 2000000, 3000000 with "many": translate the English string "{count} case files" for them',
      ]);
    });

    it('names a form the language does not have, and a form whose placeholders are not those of English "other"', () => {
      expect(
        messages(dictionaryProblems('fr', { ...dictionaries.fr, 'count.cases.few': '{count}\u00a0dossiers' })),
      ).toEqual([
        'src/i18n/fr.ts: count.cases.few: French has no "few" form (Intl.PluralRules gives it one, many, other): remove it',
      ]);
      expect(messages(dictionaryProblems('en', { ...en, 'count.rows.two': '{count} rows' }))).toEqual([
        'src/i18n/en.ts: count.rows.two: English has no "two" form (Intl.PluralRules gives it one, other): remove it',
      ]);
      expect(
        messages(dictionaryProblems('pl', { ...polish, 'count.rows.few': '{liczba} wiersze' })).filter(
          about('count.rows'),
        ),
      ).toEqual([
        'src/i18n/pl.ts: count.rows.few: placeholders {liczba} where English has {count}: they are filled in by name, so write them as in English, untranslated ("{count} rows")',
      ]);
    });

    it('lets a form said of one count alone leave the number out (Arabic zero, one and two), not a form of several', () => {
      const arabicRows = {
        'count.rows.zero': 'لا صفوف',
        'count.rows.one': 'صف واحد',
        'count.rows.two': 'صفّان',
        'count.rows.few': '{count} صفوف',
        'count.rows.many': '{count} صفًا',
        'count.rows.other': '{count} صف',
      };
      const arabic = { ...en, ...arabicRows };
      expect(
        messages(dictionaryProblems('ar', arabic)).filter((m) => m.startsWith('src/i18n/ar.ts: count.rows.')),
      ).toEqual([]);
      // "few" is said of 3 to 10, 103 …: its number is no word of the string.
      expect(
        messages(dictionaryProblems('ar', { ...arabic, 'count.rows.few': 'صفوف' })).filter((m) =>
          m.startsWith('src/i18n/ar.ts: count.rows.'),
        ),
      ).toEqual([
        'src/i18n/ar.ts: count.rows.few: placeholders (none) where English has {count}: they are filled in by name, so write them as in English, untranslated ("{count} rows")',
      ]);
      // A count named after what it counts ({empty}) may be left out too; another placeholder ({total}) may not.
      const withSummaries = {
        ...arabic,
        'chart.summary.empty.one': 'صف آخر بلا بيانات.',
        'chart.summary.top.one': 'تظهر القيمة الأعلى من {total}.',
        'chart.summary.top.two': 'تظهر القيمتان الأعلى.',
      };
      const summaries = (m: string) => /^src\/i18n\/ar\.ts: chart\.summary\.(?:empty\.one|top\.one|top\.two):/.test(m);
      expect(messages(dictionaryProblems('ar', withSummaries)).filter(summaries)).toEqual([
        'src/i18n/ar.ts: chart.summary.top.two: placeholders (none) where English has {count}, {total}: they are filled in by name, so write them as in English, untranslated ("The {count} highest of {total} are shown.")',
      ]);
      // Latvian says "zero" of 0, 10, 11 … 19, 20, 30: the number stays.
      const latvian = {
        ...en,
        'count.rows.zero': 'rindu',
        'count.rows.one': '{count} rinda',
        'count.rows.other': '{count} rindas',
      };
      expect(
        messages(dictionaryProblems('lv', latvian)).filter((m) => m.startsWith('src/i18n/lv.ts: count.rows.')),
      ).toEqual([
        'src/i18n/lv.ts: count.rows.zero: placeholders (none) where English has {count}: they are filled in by name, so write them as in English, untranslated ("{count} rows")',
      ]);
    });

    it('holds the corrections headings, which show no count, to one string each: no plural form asked of them', () => {
      const headings = about('corrections.heading');
      // Polish, which counts in four forms, gives the single and the several heading once each.
      expect(messages(dictionaryProblems('pl', polish)).filter(headings)).toEqual([]);
      // One left out is a string to translate, not a plural form; a "few" form is no string English has.
      const { 'corrections.heading.several': _several, ...lacking } = polish;
      expect(
        messages(dictionaryProblems('pl', { ...lacking, 'corrections.heading.few': 'Sprostowania' })).filter(headings),
      ).toEqual([
        'src/i18n/pl.ts: corrections.heading.several: missing: translate the English string "Corrections"',
        'src/i18n/pl.ts: corrections.heading.few: no such string in src/i18n/en.ts',
      ]);
    });

    it('names only counted strings after a plural category: a key ending in one, few or many has an "other" form', () => {
      const categories = /\.(?:zero|one|two|few|many|other)$/;
      const uncounted = Object.keys(en).filter(
        (key) => categories.test(key) && !(key.replace(categories, '.other') in en),
      );
      expect(uncounted).toEqual([]);
    });

    it('writes a count in the form the page language picks, and a form a dictionary lacks in its own language\'s "other"', () => {
      const registered = dictionaries as unknown as Record<string, Dictionary>;
      const { 'count.rows.many': _many, ...lacking } = polish;
      registered.pl = lacking as unknown as Dictionary;
      try {
        const rows = (count: number) => t('pl')(pluralKey('count.rows', count, 'pl'), { count });
        expect([1, 2, 22].map(rows)).toEqual(['1 wiersz', '2 wiersze', '22 wiersze']);
        // Not English's "5 rows".
        expect(rows(5)).toBe('5 wiersza');
        registered.pl = polish;
        expect([5, 25].map(rows)).toEqual(['5 wierszy', '25 wierszy']);
      } finally {
        delete registered.pl;
      }
    });
  });
});
