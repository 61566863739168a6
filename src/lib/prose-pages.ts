/**
 * Links to the site's prose pages (methodology, about), written as MDX per language in src/pages/<lang>/: a language
 * that has not translated one yet links to the original, marked with the original's language (`hreflang`), as the
 * site's other links to pages in another language are.
 */
import { defaultLocale, localePath } from '../i18n/locales.ts';

/**
 * The link to prose page `name` from a page in `lang`, given the site's MDX pages as Vite's glob lists them from
 * src/layouts/ (`../pages/about.mdx`, `../pages/fr/about.mdx`).
 */
export function prosePageLink(
  name: string,
  lang: string,
  pages: readonly string[],
): { href: string; hreflang?: string } {
  const href = localePath(`/${name}/`, lang);
  if (hasProsePage(href, pages)) return { href };
  return lang === defaultLocale ? { href: `/${name}/` } : { href: `/${name}/`, hreflang: defaultLocale };
}

/** Whether the site has an MDX page at `href` ("/fr/methodology/"), given the pages as Vite's glob lists them from src/layouts/. */
export function hasProsePage(href: string, pages: readonly string[]): boolean {
  return pages.includes(`../pages${href.replace(/\/$/, '')}.mdx`);
}
