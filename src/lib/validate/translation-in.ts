/**
 * A link from a page in another language than the default to a page in the default one that has a version in the
 * page's: that version's address, and what the editor is told.
 */
import { languageName } from '../../schemas/fields.ts';
import { type Locale, splitLocalePath, defaultLocale } from '../../i18n/locales.ts';
import type { LinkTargets } from './link-targets.ts';

/**
 * The address of the translation into `lang` of the story or case file at `path` (an original, in the default
 * language), when it is published with a page released at `released` or before; else undefined. Not the page in
 * `file` itself: a translation may link its original, as such.
 */
export function translationIn(
  targets: LinkTargets,
  path: string,
  lang: Locale,
  released: number,
  file: string,
): string | undefined {
  const original = path.endsWith('/') ? path : `${path}/`;
  for (const [address, target] of targets) {
    if (target.original !== original || splitLocalePath(address).lang !== lang) continue;
    if (target.file === file) return undefined;
    return target.held && target.release > released ? undefined : address;
  }
  return undefined;
}

/**
 * What a page in `lang` is told of `href`, a link to the default language's version of a `kind` of page that has
 * one in `lang`, at `address`: to write that address, so that its reader stays in the page's language.
 */
export function inLanguageAddress(href: string, kind: string, address: string, lang: Locale): string {
  const [own, theirs] = [languageName(defaultLocale), languageName(lang)];
  return `${href} is the ${kind}'s ${own} page, and this page is in ${theirs}: its ${theirs} page is ${address}: write that, so that the reader stays in ${theirs}`;
}
