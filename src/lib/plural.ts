/**
 * Plural forms for counted strings: the dictionary holds `<key>.one` and `<key>.other`, and Intl.PluralRules picks
 * one for the page's language (French says "0 dossier", English "0 case files").
 */
import { pluralRules } from '../i18n/index.ts';

/** The plural category suffix of `count` in `lang`: "one" or "other" (the categories the dictionary provides). */
export function pluralForm(count: number, lang: string): 'one' | 'other' {
  return pluralRules(lang).select(count) === 'one' ? 'one' : 'other';
}
