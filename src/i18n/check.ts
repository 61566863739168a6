/**
 * Whether every language the site is configured with (site.locales) has a complete dictionary: registered in
 * src/i18n/index.ts, with every string of the English one (src/i18n/en.ts, where the keys are declared), no string of
 * its own, and the same {placeholders} in each. `satisfies Dictionary` says the same to the type checker, which a
 * build does not run: without this check a language added to the configuration but not to `dictionaries` was
 * published in English, a missing string stopped the build on "Cannot read properties of undefined", and a
 * translated placeholder ("{minutos} min de lectura") was published as it was written. A dictionary copied from the
 * English one and registered untranslated passed: its pages were English words marked lang="es", read aloud with
 * Spanish rules.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../lib/content-error.ts';
import { editDistance, typoLimit } from '../lib/edit-distance.ts';
import {
  allPluralCategories,
  languagePluralCategories,
  pluralExamples,
  saidOfOneCount,
  type PluralCategory,
} from '../lib/plural.ts';
import { en } from './en.ts';
import { dictionaries, sameAsEnglish } from './index.ts';
import { defaultLocale, dictionaryEntry, dictionaryName, languageName, locales, writtenLocale } from './locales.ts';
import { intlLocaleProblem, localeCodeProblem } from './locale-codes.ts';
import { misnamedLanguageKeys } from './language-keys.ts';
import { defaultLocaleProblems } from './default-locale.ts';
import { labelInNameProblems } from './label-in-name.ts';
import { site } from '../site.config.ts';

// A name in any alphabet: a translator who writes {хвилини} for {minutes} is told so, not that the string has none.
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{([\p{L}\p{N}_]+)\}/gu)].map((m) => m[1]!))].sort();
const braced = (names: string[]) => names.map((name) => `{${name}}`).join(', ');

/** ": did you mean x?" for the one key of `candidates` that `key` is a typo of, and nothing where none or two are. */
function typoOf(key: string, candidates: readonly string[]): string {
  const near = candidates.filter((known) => editDistance(key, known) <= typoLimit(known));
  return near.length === 1 ? `: did you mean ${near[0]}?` : '';
}

/** The counted strings of `reference`, by their stem: those it gives an "other" form of (`count.rows`). */
function countedStems(reference: Readonly<Record<string, string>>): Set<string> {
  return new Set(
    Object.keys(reference)
      .filter((key) => key.endsWith('.other'))
      .map((key) => key.slice(0, -'.other'.length)),
  );
}

/**
 * The placeholder a counted string's form is picked by: {count}, or, in a sentence that holds another number, the
 * one named after the stem's last word (chart.summary.empty's {empty}); undefined where the string shows no count.
 */
function countPlaceholder(stem: string, english: string): string | undefined {
  const names = placeholders(english);
  return ['count', stem.slice(stem.lastIndexOf('.') + 1)].find((name) => names.includes(name));
}

/** The stem and plural category of `key` when it is a form of one of the counted strings `stems`. */
function countedForm(key: string, stems: Set<string>): { stem: string; category: PluralCategory } | undefined {
  const dot = key.lastIndexOf('.');
  const [stem, category] = [key.slice(0, dot), key.slice(dot + 1)];
  if (!stems.has(stem) || !(allPluralCategories as readonly string[]).includes(category)) return undefined;
  return { stem, category: category as PluralCategory };
}

/**
 * The problem of a string whose {placeholders} are not the English string's, or nothing. `count`, the placeholder of
 * a count a plural form is said of alone, may be left out: Arabic writes "two rows" as one word, "صفّان".
 */
function placeholderProblem(file: string, key: string, text: string, english: string, count?: string): ContentError[] {
  const expected = placeholders(english);
  const written = placeholders(text);
  if (written.join() === expected.join()) return [];
  if (count && written.join() === expected.filter((name) => name !== count).join()) return [];
  return [
    new ContentError(
      file,
      key,
      `placeholders ${braced(written) || '(none)'} where English has ${braced(expected) || 'none'}: they are filled in by name, so write them as in English, untranslated (${JSON.stringify(english)})`,
    ),
  ];
}

/**
 * What a string English lacks is told when it is no typo: a French-only site's editor who adds a line of interface
 * text to src/i18n/fr.ts alone would otherwise not know where else it goes.
 */
const newString =
  ": a new string is declared there first, in English, whatever the site's languages (the dictionaries are checked against it), then given in each language";

/**
 * Problems of one dictionary against the English one, each naming the file and the string. A counted string is
 * given in each plural category the language has (Intl.PluralRules: one, few, many and other in Polish), no other;
 * a form English lacks has the placeholders of English's "other". A control's name holds its visible text
 * (label-in-name.ts).
 */
export function dictionaryProblems(
  code: string,
  dictionary: Readonly<Record<string, unknown>>,
  reference: Readonly<Record<string, string>> = en,
): ContentError[] {
  const file = `src/i18n/${code}.ts`;
  const problems: ContentError[] = [];
  const stems = countedStems(reference);
  const categories = languagePluralCategories(code);
  const language = languageName(code, 'en');
  // The keys the dictionary is to have, of which a key it has of its own may be a typo ("count.rows.fwe").
  const expectedKeys = [
    ...Object.keys(reference).filter((key) => !countedForm(key, stems)),
    ...[...stems].flatMap((stem) => categories.map((category) => `${stem}.${category}`)),
  ];
  for (const [key, english] of Object.entries(reference)) {
    if (countedForm(key, stems)) continue;
    const text = dictionary[key];
    if (typeof text !== 'string')
      problems.push(new ContentError(file, key, `missing: translate the English string ${JSON.stringify(english)}`));
    else problems.push(...placeholderProblem(file, key, text, english));
  }
  for (const stem of stems) {
    for (const category of categories) {
      const key = `${stem}.${category}`;
      const text = dictionary[key];
      const english = reference[key] ?? reference[`${stem}.other`]!;
      if (typeof text === 'string') {
        const count = saidOfOneCount(category, code) ? countPlaceholder(stem, english) : undefined;
        problems.push(...placeholderProblem(file, key, text, english, count));
      } else {
        const counts = pluralExamples(category, code).join(', ');
        problems.push(
          new ContentError(
            file,
            key,
            `missing: ${language} counts ${counts} with "${category}": translate the English string ${JSON.stringify(english)} for them`,
          ),
        );
      }
    }
  }
  for (const key of Object.keys(dictionary)) {
    const form = countedForm(key, stems);
    if (form && !categories.includes(form.category)) {
      problems.push(
        new ContentError(
          file,
          key,
          `${language} has no "${form.category}" form (Intl.PluralRules gives it ${categories.join(', ')}): remove it`,
        ),
      );
    }
    if (form || key in reference) continue;
    const near = typoOf(
      key,
      expectedKeys.filter((known) => !(known in dictionary)),
    );
    // A plural form the string has not, or a form of a string that is not counted, is no new string.
    const dot = key.lastIndexOf('.');
    const asForm =
      stems.has(key.slice(0, dot)) || (allPluralCategories as readonly string[]).includes(key.slice(dot + 1));
    problems.push(new ContentError(file, key, `no such string in src/i18n/en.ts${near || (asForm ? '' : newString)}`));
  }
  return [...problems, ...labelInNameProblems(code, dictionary)];
}

/**
 * The share of a dictionary's strings written as in English past which it was copied and not translated: more than
 * half. French's dictionary has 16 of its 315 strings as English has them ("Sources", "Type", "CSV", "{at} ({series})"),
 * 5%, each right; a copy left as it was has all of them, and the Spanish of tests/i18n/third-language.test.ts, which
 * translates the 13 strings its pages are read for, 297. Strings a language keeps on purpose are not counted.
 */
const untranslatedShare = 0.5;

/** How many of a dictionary's strings to name when most are English: enough to find them, not a page of keys. */
const namedKeys = 3;

/** A language's list in `sameAsEnglish` as JavaScript names it: sameAsEnglish.es, sameAsEnglish['pt-BR']. */
function keptList(code: string): string {
  return dictionaryName(code) === code ? `sameAsEnglish.${code}` : `sameAsEnglish['${code}']`;
}

/**
 * The problem of a dictionary most of whose strings are the English ones, less those the language lists as written
 * so on purpose (`kept`, from `sameAsEnglish` in src/i18n/index.ts), and of a string listed there English lacks.
 */
export function untranslatedProblems(
  code: string,
  dictionary: Readonly<Record<string, unknown>>,
  reference: Readonly<Record<string, string>> = en,
  kept: readonly string[] = [],
): ContentError[] {
  const unlisted = Object.keys(reference).filter((key) => !kept.includes(key));
  const problems = kept
    .filter((key) => !(key in reference))
    .map((key) => {
      const detail = `${JSON.stringify(key)} is no string of src/i18n/en.ts${typoOf(key, unlisted)}`;
      return new ContentError('src/i18n/index.ts', keptList(code), detail);
    });
  const english = unlisted.filter((key) => dictionary[key] === reference[key]);
  const total = Object.keys(reference).length;
  if (english.length <= total * untranslatedShare) return problems;
  const named = english.slice(0, namedKeys).join(', ') + (english.length > namedKeys ? ', …' : '');
  const language = languageName(code, 'en');
  problems.push(
    new ContentError(
      `src/i18n/${code}.ts`,
      '',
      `${english.length} of ${total} strings are the English ones (${named}): their pages would read English words as ${language}; translate them, and list a string kept as in English on purpose (a name, a code) in \`${keptList(code)}\` (src/i18n/index.ts)`,
    ),
  );
  return problems;
}

/**
 * The problem of a code written with its country or script ("fr-FR") whose language has a dictionary registered under
 * the language's code alone ('fr'), or undefined: the pages want `{ code: 'fr', intl: 'fr-FR' }`, not a new dictionary.
 */
function languageRegistered(
  code: string,
  registered: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>,
): ContentError | undefined {
  const { language, region, script } = new Intl.Locale(code);
  // "FR", the code in capitals, is the same code written otherwise: the next message's.
  if ((!region && !script) || !registered[language]) return undefined;
  return new ContentError(
    'src/site.config.ts',
    'site.locales',
    `"${code}" has no dictionary, and ${languageName(language, 'en')}'s is registered as '${language}' (src/i18n/index.ts): write { code: '${language}', intl: '${code}' } for ${languageName(language, 'en')} as written in ${regionOrScript(code)}, or register it as '${code}': ${dictionaryName(language)} for pages and content folders that say ${code}`,
  );
}

/** Where or how a locale with a region or a script writes its language: "France" for fr-FR, "Latin" for sr-Latn. */
function regionOrScript(code: string): string {
  const { region, script } = new Intl.Locale(code);
  if (region) return new Intl.DisplayNames(['en'], { type: 'region' }).of(region) ?? region;
  return `the ${new Intl.DisplayNames(['en'], { type: 'script' }).of(script!) ?? script} script`;
}

/**
 * What a code written in one case in site.locales ("FR") and in another in `dictionaries` ('fr') is told: the one BCP
 * 47 writes, which the pages' lang and content folders then follow (content/stories/FR/ and lang="FR" were the other
 * choice given; addresses are the code in small letters either way).
 */
function caseToWrite(configured: string, registered: string): string {
  const canonical = Intl.getCanonicalLocales(configured)[0];
  if (registered === canonical)
    return `write "${canonical}" in site.locales (src/site.config.ts), as BCP 47 writes the code, and as its pages' lang and content folders will`;
  if (configured === canonical)
    return `register it as '${configured}' in \`dictionaries\`, as site.locales and BCP 47 write the code`;
  return `write the code alike in both, '${configured}' there or "${registered}" in site.locales (src/site.config.ts), whose spelling the pages' lang and content folders follow`;
}

/** Whether `code` is English, in any of its regions (`en`, `en-GB`). */
function isEnglish(code: string): boolean {
  return new Intl.Locale(code).language === 'en';
}

/**
 * The problems of every configured language's dictionary, a language without one included, or of its code or its
 * `intl` (`pagesLocale`: the locale its pages are written in, writtenLocale), and of an entry of `sameAsEnglish` or of
 * the `labelled` tables of src/site.config.ts keyed by a configured code written otherwise (src/i18n/language-keys.ts).
 */
export function siteDictionaryProblems(
  projectRoot: string,
  configured: readonly string[] = locales,
  registered: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>> = dictionaries,
  kept: Readonly<Record<string, readonly string[] | undefined>> = sameAsEnglish,
  pagesLocale: (code: string) => string = writtenLocale,
  labelled: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
    tagLabels: site.tagLabels,
    countryNames: site.countryNames,
  },
): ContentError[] {
  const tables = [
    ...Object.entries(labelled).map(([name, table]) => ({
      file: 'src/site.config.ts',
      name,
      keys: Object.keys(table),
    })),
    { file: 'src/i18n/index.ts', name: 'sameAsEnglish', keys: Object.keys(kept) },
  ];
  const problems = configured.flatMap((code) => {
    // A code that names no language, or whose intl is another language's, has no plural forms to hold its dictionary
    // to (the intl's are the pages'): that is the problem to name.
    const notALanguage = localeCodeProblem(code) ?? intlLocaleProblem(code, pagesLocale(code));
    if (notALanguage) return [notALanguage];
    const dictionary = registered[code];
    // English, default language or not, is what the others are compared with: its strings are the English ones.
    if (dictionary && isEnglish(code)) return dictionaryProblems(code, dictionary);
    if (dictionary)
      return [...dictionaryProblems(code, dictionary), ...untranslatedProblems(code, dictionary, en, kept[code])];
    // Registered under the code without its country ('fr' for "fr-FR"): translating English again would not help.
    const withoutCountry = languageRegistered(code, registered);
    if (withoutCountry) return [withoutCountry];
    // Registered under the code in another case: copying English again, as the next message says, would not help.
    const inAnotherCase = Object.keys(registered).find((key) => key.toLowerCase() === code.toLowerCase());
    if (inAnotherCase) {
      return [
        new ContentError(
          'src/i18n/index.ts',
          'dictionaries',
          `site.locales has "${code}" and \`dictionaries\` registers '${inAnotherCase}': ${caseToWrite(code, inAnotherCase)}`,
        ),
      ];
    }
    const written = existsSync(join(projectRoot, 'src', 'i18n', `${code}.ts`));
    const [name, entry] = [dictionaryName(code), dictionaryEntry(code)];
    return [
      new ContentError(
        'src/i18n/index.ts',
        'dictionaries',
        written
          ? `site.locales has "${code}" and src/i18n/${code}.ts exists, but it is not registered: import { ${name} } from './${code}.ts' and add ${entry} to \`dictionaries\``
          : `site.locales has "${code}" (src/site.config.ts) but there is no dictionary for it: copy src/i18n/en.ts to src/i18n/${code}.ts, write \`export const ${name} = {\` for its \`export const en = {\` (README, "Languages", says the rest), translate its strings, and add ${entry} to \`dictionaries\``,
      ),
    ];
  });
  return [...defaultLocaleProblems(configured), ...problems, ...misnamedLanguageKeys(configured, tables)];
}
