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
 * A few whole numbers `lang` counts with `category`, the smallest first, to say which counts a form is for ("2, 3, 4"
 * for Polish "few"). Past 999, round numbers are tried: French and Spanish say "many" only of millions
 * (« 1 000 000 de dossiers »).
 */
export function pluralExamples(category: PluralCategory, lang: string, wanted = 3): number[] {
  const rules = pluralRules(lang);
  const found: number[] = [];
  for (let count = 0; count < 1000 && found.length < wanted; count++)
    if (rules.select(count) === category) found.push(count);
  for (let power = 1000; power <= 1e15 && found.length === 0; power *= 10)
    for (let digit = 1; digit <= 9 && found.length < wanted; digit++)
      if (rules.select(digit * power) === category) found.push(digit * power);
  return found;
}
