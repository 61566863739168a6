/**
 * Languages by name, for messages.
 */
import { languageName as languageNameIn } from '../../i18n/locales.ts';

/**
 * A language's name in English, the language of the build's messages: "French" for fr, whatever the site's default
 * language (a French-default site's messages said "the français label of the tag red-notices").
 */
export function languageName(code: string): string {
  return languageNameIn(code, 'en');
}
