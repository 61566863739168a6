/**
 * The site's default language checked against its languages, with nothing but the settings loaded: the dev server
 * runs it before Astro starts (src/build/dev-settings.ts), when a dictionary that cannot be loaded (a copy of en.ts
 * still exporting `en`) must not stop it before the build's own line for that is printed. Loading a dictionary here
 * (src/i18n/check.ts loads them all) stopped `npm run dev` on Node's "does not provide an export named".
 */
import { ContentError } from '../lib/content-error.ts';
import { defaultLocale } from './locales.ts';

/**
 * The problem of a default language that is none of the configured ones (`site.defaultLocale: 'fr-FR'` beside `{ code:
 * 'fr' }`), which Astro's configuration stopped on with a stack trace: the code of the same language when one is
 * configured, else the codes to choose from.
 */
export function defaultLocaleProblems(
  configured: readonly string[],
  defaultCode: string = defaultLocale,
): ContentError[] {
  if (configured.includes(defaultCode)) return [];
  const language = (code: string) => {
    try {
      return new Intl.Locale(code).language;
    } catch {
      return code.toLowerCase();
    }
  };
  const same = configured.find((code) => language(code) === language(defaultCode));
  return [
    new ContentError(
      'src/site.config.ts',
      'site.defaultLocale',
      `"${defaultCode}" is none of the codes of site.locales (${configured.join(', ')}): ${same ? `write '${same}'` : 'write one of them, or add it to site.locales'}`,
    ),
  ];
}
