/** The site's own addresses (its pages, its folders, the folder it is served below), for links and images. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../site.config.ts';
import { localeFolder, locales } from '../../i18n/locales.ts';

/**
 * The path from the site's root that a root-relative `path` written with the site's folder means: on a site served
 * below /red-notices/, /red-notices/cases/x/ means /cases/x/ and /red-notices means /. Pages link from the site's root
 * and the build adds the folder to every address, so a folder written too would be there twice. Undefined for any
 * other path, and on a site served below a folder named as one of its own addresses (/stories/, /fr/), where the path
 * may mean what it says (the link check reports it after the build if it does not).
 */
export function withoutFolder(path: string, base: string | undefined): string | undefined {
  if (base === undefined || base === '/') return undefined;
  if (path !== base.slice(0, -1) && !path.startsWith(base)) return undefined;
  if (ownFolders().has(base.split('/')[1]!)) return undefined;
  return path.slice(base.length - 1) || '/';
}

/** What to say of `written` (a link or an image's address, query and anchor kept), which holds the folder `base`. */
export function folderWritten(written: string, meant: string, base: string): string {
  const [address = ''] = written.split(/[?#]/);
  const rest = withoutFolder(address, base) ?? meant;
  return `${written}: the site is served below ${base}, and the build adds that folder to every address written from the site's root: write ${rest}${written.slice(address.length)}`;
}

/**
 * The site's own pages with an address of one segment (/methodology/, /stories/), in the default language or, for a
 * `locale`, below its folder (/fr/methodology/, /pt-br/methodology/): src/pages' pages and folders with an index,
 * src/pages/[locale]'s for every other language and src/pages/<folder>'s for that one (src/pages/pt-br/).
 */
export function ownPages(locale?: string): Set<string> {
  const cached = ownPageNames.get(locale ?? '');
  if (cached) return cached;
  const names = new Set<string>();
  const folders = new Set(locales.map(localeFolder));
  for (const dir of locale ? ['src/pages/[locale]', `src/pages/${localeFolder(locale)}`] : ['src/pages']) {
    const full = join(projectRoot, dir);
    if (!existsSync(full)) continue;
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      if (entry.name.startsWith('[') || entry.name.startsWith('_')) continue;
      const folderPage =
        entry.isDirectory() &&
        ['index.astro', 'index.mdx', 'index.md'].some((index) => existsSync(join(full, entry.name, index)));
      const page = folderPage ? entry.name : /^(.+)\.(?:astro|mdx|md)$/.exec(entry.name)?.[1];
      if (page && page !== 'index' && page !== '404' && !folders.has(page)) names.add(page);
    }
  }
  ownPageNames.set(locale ?? '', names);
  return names;
}
const ownPageNames = new Map<string, Set<string>>();

let ownFolderNames: Set<string> | undefined;

/**
 * The first segments of the site's own addresses: its pages' (src/pages, a language's folder for [locale]: pt-br),
 * public/'s files and folders, and the build's own (_astro, pagefind).
 */
export function ownFolders(): Set<string> {
  if (ownFolderNames) return ownFolderNames;
  const names = new Set<string>(['_astro', 'pagefind', ...locales.map(localeFolder)]);
  for (const dir of ['src/pages', 'public']) {
    const full = join(projectRoot, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full)) {
      if (!name.startsWith('[')) names.add(dir === 'public' ? name : name.replace(/\.(?:astro|mdx?|[jt]s)$/, ''));
    }
  }
  ownFolderNames = names;
  return names;
}

/** Forgets public/'s names read by ownFolders(): the dev server's, when a file or folder is added to it or removed. */
export function forgetOwnFolders(): void {
  ownFolderNames = undefined;
}

/** A root-relative path with its %-escapes decoded (/stories/caf%C3%A9/ is café's), or undefined for a malformed one. */
export function decoded(path: string): string | undefined {
  try {
    return decodeURI(path);
  } catch {
    return undefined;
  }
}
