/**
 * Languages by name, for messages.
 */
import { site } from '../../site.config.ts';

/** A language's name in the site's default language: "French" for fr. */
export function languageName(code: string): string {
  return new Intl.DisplayNames([site.defaultLocale], { type: 'language' }).of(code) ?? code;
}
