/**
 * How a story or case file says which language it is in and which original it translates.
 *
 * The folder decides the language: `content/stories/the-files.mdx` is in the default language (the original),
 * `content/stories/fr/the-files.mdx` is its French translation (entry id `fr/the-files`). A translation is linked to
 * its original by a shared key: the frontmatter `translationKey`, else the file name without the language folder, so
 * a translation named like its original needs no key, and lives at the same address under its language prefix
 * (/stories/the-files/ and /fr/stories/the-files/). The optional frontmatter `lang` may repeat the folder's
 * language; a different one is an error.
 */
import { ContentError } from './content-error.ts';
import { entryFile } from './entry-file.ts';
import { defaultLocale, localePath, locales, prefixedLocales, type Locale } from '../i18n/locales.ts';

/** What these helpers read of an entry. */
export interface Translatable {
  id: string;
  /** The collection and file, as Astro gives them, to name the file in errors. */
  collection?: string;
  filePath?: string | undefined;
  data: { lang?: string | undefined; translationKey?: string | undefined };
}

/**
 * The language folder an entry id starts with ("fr/the-files" -> fr), as site.locales writes its code, else the
 * default language. Astro lowercases ids: content/stories/pt-BR/x.mdx is "pt-br/x", and was published as an English
 * page at /stories/pt-br/x/.
 */
function folderLocale(id: string): Locale {
  const slash = id.indexOf('/');
  if (slash === -1) return defaultLocale;
  const folder = id.slice(0, slash).toLowerCase();
  return prefixedLocales.find((code) => code.toLowerCase() === folder) ?? defaultLocale;
}

/** The entry's language; the error names the entry's file when its frontmatter `lang` contradicts its folder. */
export function entryLocale(
  entry: Translatable,
  file = entry.collection ? entryFile(entry, entry.collection) : entry.id,
): Locale {
  const locale = folderLocale(entry.id);
  const declared = entry.data.lang;
  // BCP 47 ignores case: "pt-br" repeats pt-BR's folder.
  if (declared !== undefined && declared.toLowerCase() !== locale.toLowerCase()) {
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const root = locale === defaultLocale ? folder : folder.slice(0, -(locale.length + 1));
    const meant = locales.find((code) => code.toLowerCase() === declared.toLowerCase());
    const fix =
      meant && meant !== defaultLocale ? `move the file to ${root}${meant}/` : `remove it or write lang: ${locale}`;
    throw new ContentError(
      file,
      'lang',
      `"${declared}" does not match the file's folder (${folder || './'} holds ${locale} pages): ${fix}`,
    );
  }
  return locale;
}

/** The entry's id without its language folder: the slug of its address ("fr/the-files" -> "the-files"). */
export function entrySlug(entry: Translatable): string {
  const locale = folderLocale(entry.id);
  return locale === defaultLocale ? entry.id : entry.id.slice(locale.length + 1);
}

/** The key an original and its translations share. */
export function translationKey(entry: Translatable): string {
  return entry.data.translationKey ?? entrySlug(entry);
}

/** The address of a story or case file: /stories/<slug>/ for originals, /<lang>/stories/<slug>/ for translations. */
export function entryHref(kind: 'story' | 'case', entry: Translatable): string {
  return localePath(`/${kind === 'story' ? 'stories' : 'cases'}/${entrySlug(entry)}/`, entryLocale(entry));
}

/**
 * One language's edition of a list of originals: each original replaced by its translation in `lang` when there is
 * one (else kept, to be shown in its own language with a notice), followed by translations that have no original.
 */
export function edition<T extends Translatable>(entries: T[], lang: Locale): T[] {
  const originals = entries.filter((entry) => entryLocale(entry) === defaultLocale);
  const translations = new Map(
    entries.filter((entry) => entryLocale(entry) === lang).map((entry) => [translationKey(entry), entry]),
  );
  if (lang === defaultLocale) return originals;
  const keys = new Set(originals.map(translationKey));
  return [
    ...originals.map((entry) => translations.get(translationKey(entry)) ?? entry),
    ...[...translations.values()].filter((entry) => !keys.has(translationKey(entry))),
  ];
}
