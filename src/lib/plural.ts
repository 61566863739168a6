/**
 * Plural forms for counted strings. A dictionary gives a counted string once for each plural category its language
 * has, as Intl.PluralRules lists them: `count.cases.one` and `count.cases.other` in English, `.one`, `.few`, `.many`
 * and `.other` in Polish ("2 sprawy", "5 spraw"), `.zero` to `.other` in Arabic. The page's language picks one for
 * each count (English says "0 case files", French « 0 dossier »).
 */
import { pluralRules, type CountedKey } from '../i18n/index.ts';

/** A CLDR plural category: the suffix of a counted string's keys. */
export type PluralCategory = Intl.LDMLPluralRule;

/** Every CLDR plural category, in CLDR's order. */
export const allPluralCategories: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The plural category of `count` in `lang`, as Intl.PluralRules of the page's locale (writtenLocale) gives it. */
export function pluralForm(count: number, lang: string): PluralCategory {
  return pluralRules(lang).select(count);
}

/** The key of a counted string for `count` in `lang`: `count.cases.few` for 2 in Polish. */
export function pluralKey<Stem extends CountedKey>(
  stem: Stem,
  count: number,
  lang: string,
): `${Stem}.${PluralCategory}` {
  return `${stem}.${pluralForm(count, lang)}`;
}

/** The plural categories `lang` has, in CLDR's order: a dictionary gives each counted string in each of them. */
export function languagePluralCategories(lang: string): PluralCategory[] {
  const categories = pluralRules(lang).resolvedOptions().pluralCategories;
  return allPluralCategories.filter((category) => categories.includes(category));
}

/**
 * The counts pluralExamples tries, in turn: whole numbers; past 999, round numbers, as French and Spanish say "many"
 * only of millions (« 1 000 000 de dossiers »); and fractions, the only counts of Polish and Russian "other" (1.5) and
 * of Czech "many".
 */
const exampleCounts: readonly (readonly number[])[] = [
  Array.from({ length: 1000 }, (_, count) => count),
  Array.from({ length: 13 * 9 }, (_, i) => ((i % 9) + 1) * 10 ** (3 + Math.floor(i / 9))),
  Array.from({ length: 1000 }, (_, count) => count + 0.5),
];

/** A few counts `lang` says with `category`, the smallest first, to say which counts a form is for ("2, 3, 4"). */
export function pluralExamples(category: PluralCategory, lang: string, wanted = 3): number[] {
  const rules = pluralRules(lang);
  for (const counts of exampleCounts) {
    const found = counts.filter((count) => rules.select(count) === category).slice(0, wanted);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Whether `lang` says `category` of one count alone among those pluralExamples tries: Arabic says "zero" of 0 only,
 * "one" of 1 and "two" of 2, whose forms may say the number in words ("صفّان", two rows); Latvian's "zero" is said of
 * 0, 10, 11 … 20, 30, whose form must hold the number.
 */
export function saidOfOneCount(category: PluralCategory, lang: string): boolean {
  const key = `${lang} ${category}`;
  let alone = oneCountForms.get(key);
  if (alone === undefined) {
    const rules = pluralRules(lang);
    alone = exampleCounts.flat().filter((count) => rules.select(count) === category).length === 1;
    oneCountForms.set(key, alone);
  }
  return alone;
}

/** saidOfOneCount's answers, by language and category: a dictionary asks for each counted string's forms. */
const oneCountForms = new Map<string, boolean>();
