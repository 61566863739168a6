/** Folders under content/stories or content/cases that are no language folder of the site. */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { defaultLocale, isLocale, languageName, locales, prefixedLocales } from '../../i18n/locales.ts';
import { slugFromPath } from '../slug.ts';
import { countryCode, plainName } from '../../i18n/locale-codes.ts';

/**
 * Folders under content/stories or content/cases, once per folder: only language folders (fr/) belong there. Astro
 * publishes any other's pages at addresses with the folder in them (/stories/archive/old/), in the default language's
 * lists, feed and search: an editor who filed old stories in archive/ or drafts/ published them. So each is an error
 * that says what the folder would do and how to keep its pages out (a "_" name, src/lib/content-files.ts). One named
 * for a language of the site otherwise than site.locales writes it (fra/, fre/, french/, français/, fr_CA/ for fr/)
 * names the folder meant; so does the code in capitals (FR/), or in small letters where site.locales writes capitals
 * (pt-br/ for pt-BR/): Astro reads both alike (ids are lowercased), but a disk that ignores case takes FR/ and fr/ for
 * one folder, and git for two. One named for the default language (en/, eng/,
 * english/), or with the code of a language the site does not have (de/), says so; one named by a country's code, not
 * its language's (ua/ for uk/, Ukrainian), names the language's folder.
 */
export function languageFolders(project: Project): ContentError[] {
  const names = new Intl.DisplayNames([defaultLocale], { type: 'language', fallback: 'none' });
  const errors: ContentError[] = [];
  /** The files of each folder that does not belong, by the folder (content/stories/archive, content/stories/fr/old). */
  const folders = new Map<string, string[]>();
  for (const file of project.pages) {
    const parts = file.split('/');
    if (parts.length < 4) continue;
    const language = parts[2]!;
    if (parts.length === 4 && isLocale(language) && language !== defaultLocale) continue;
    const depth = isLocale(language) && language !== defaultLocale ? 4 : 3;
    const where = parts.slice(0, depth).join('/');
    folders.set(where, [...(folders.get(where) ?? []), file]);
  }
  const keepOut = 'or prefix the folder with _ to keep it out of the site';
  for (const [where, files] of folders) {
    const parts = where.split('/');
    const kind = parts[1]!;
    const folder = parts.at(-1)!;
    const inLanguage = parts.length === 4 ? parts[2]! : undefined;
    const prefix = inLanguage ? `/${inLanguage}` : '';
    const address = `${prefix}/${kind}/${slugFromPath(folder)}/…`;
    const top = parts.slice(0, 2).join('/');
    const meant = inLanguage ? undefined : folder === defaultLocale ? defaultLocale : localeMeant(folder);
    const country = inLanguage || meant ? undefined : countryMeant(folder);
    let language: string | undefined;
    try {
      language = !inLanguage && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/.test(folder) ? names.of(folder) : undefined;
    } catch {
      language = undefined;
    }
    let message: string;
    if (country) {
      const isNot = `"${folder}" is the code of a country (${country.name}), not of a language`;
      message =
        country.language === defaultLocale
          ? `${isNot}: its pages would be published at ${address}; pages in ${names.of(country.language)}, the site's default language, go in ${top}/ itself`
          : `${isNot}: ${names.of(country.language)}'s pages go in ${country.language}/, and these would be published as ${defaultLocale} pages, at ${address}, in the ${defaultLocale} lists, feed and search: move them to ${top}/${country.language}/`;
    } else if (meant === defaultLocale) {
      message = `"${folder}" means ${names.of(meant)}, the site's default language: its pages would be published at ${address}; pages in ${names.of(meant)} go in ${top}/ itself`;
    } else if (meant) {
      const home = `${top}/${meant}/`;
      message =
        folder.toLowerCase() === meant.toLowerCase()
          ? `"${folder}" is not how the site writes ${names.of(meant)}'s code, ${meant}: rename the folder ${home} (a disk that ignores case, as on macOS and Windows, takes ${folder}/ and ${meant}/ for one folder; git and the build's machine, for two)`
          : `"${folder}" means ${names.of(meant)}, whose pages go in ${meant}/: its pages would be published as ${defaultLocale} pages, at ${address}, in the ${defaultLocale} lists, feed and search: move them to ${home}`;
    } else if (language) {
      const languages = locales
        .filter((code) => code !== defaultLocale)
        .map((code) => `${code}/`)
        .join(', ');
      message = `"${folder}" is the code of a language (${language}) the site does not have: its pages would be published as ${defaultLocale} pages, at ${address}; translations go in ${languages || 'a folder named after one of site.locales'} (or add the language to site.locales), ${keepOut}`;
    } else {
      const example = prefixedLocales[0] ? ` (or a language folder such as ${prefixedLocales[0]}/)` : '';
      const home = inLanguage ? `${top}/${inLanguage}/` : `${top}/`;
      const first = files[0]!;
      const shown = first.slice(home.length);
      const others = files.length - 1;
      const page = `${prefix}/${kind}/${slugFromPath(shown)}/`;
      message = `${kind === 'stories' ? 'stories' : 'case files'} live directly in ${top}/${inLanguage ? ` (translations in ${home})` : example}: ${shown}${others ? ` and ${others} other file${others === 1 ? '' : 's'} of the folder` : ''} would be published at ${page}${others ? '…' : ''}; move ${others ? 'them' : 'it'}, ${keepOut}`;
    }
    errors.push(new ContentError(`${where}/`, 'folder', message));
  }
  return errors;
}

/** Each configured language by its names in the site's languages and in its own (french, francais), as plainName writes them. */
let localeNames: Map<string, string> | undefined;

/**
 * The configured language a folder's name means when it is not its code as site.locales writes it: the code in
 * another case (FR, pt-br for pt-BR), another code for the language (fra, fre: ISO 639-2; Intl reads them as fr), the code with a region
 * (fr_CA, fr-FR), or the language's name (french, français). Undefined for other names (a desk, a year, fr-politics).
 */
function localeMeant(folder: string): string | undefined {
  const tag = folder.replaceAll('_', '-').toLowerCase();
  const written = locales.find((code) => code.toLowerCase() === tag);
  if (written) return written;
  if (/^[a-z]{2,3}(?:[-_][a-z]{4})?(?:[-_](?:[a-z]{2}|\d{3}))?$/i.test(folder)) {
    try {
      const { language } = new Intl.Locale(folder.replaceAll('_', '-'));
      if (isLocale(language)) return language;
    } catch {
      // Not a language tag: perhaps a name.
    }
  }
  localeNames ??= new Map(
    locales.flatMap((code) =>
      [...new Set([...locales, code])].map((inLanguage) => [plainName(languageName(code, inLanguage)), code] as const),
    ),
  );
  return localeNames.get(plainName(folder));
}

/** The configured language of the country whose code a folder is, when it is no language's: ua/ for uk/. */
function countryMeant(folder: string): { language: string; name: string } | undefined {
  const country = countryCode(folder);
  return country && isLocale(country.language) ? { language: country.language, name: country.country } : undefined;
}
