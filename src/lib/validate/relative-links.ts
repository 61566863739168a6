/** Links in an MDX body written relative to the page. */
import { posix } from 'node:path';
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { isAddressWithoutScheme } from '../address-without-scheme.ts';
import { relativeLinks } from '../mdx-usage.ts';
import { defaultLocale, isLocale, localePath } from '../../i18n/locales.ts';
import { slugFromPath } from '../slug.ts';
import type { LinkTargets } from './link-targets.ts';

/**
 * A link relative to the page (../cases/x, ./other.mdx) resolves from the page's address, /stories/<slug>/, not from
 * its file: one to the file itself, or one that reaches a story or case file only when read from the file's folder,
 * is a broken link the link check would report after rendering, against the built page. Reported here with its line
 * and the address meant. Any other relative link is left to the link check.
 */
export function checkRelativeLinks(
  errors: ContentError[],
  file: string,
  body: string,
  bodyLine: number,
  project: Project,
  targets: LinkTargets,
): void {
  const links = relativeLinks(body, bodyLine);
  if (links.length === 0) return;
  const parts = file.split('/');
  const kind = parts[1] === 'cases' ? 'cases' : 'stories';
  const language = parts.length > 3 && isLocale(parts[2]!) ? parts[2]! : defaultLocale;
  const pageHref = localePath(
    `/${kind}/${slugFromPath(parts.slice(language === defaultLocale ? 2 : 3).join('/'))}/`,
    language,
  );
  const known = (path: string) =>
    targets.has(path) || (/^\/data\/([^/]+)\/$/.test(path) && project.datasets.has(path.split('/')[2]!));
  for (const { line, href } of links) {
    if (isAddressWithoutScheme(href)) {
      const read = new URL(href, `https://site.invalid${pageHref}`).pathname;
      const why = `without https://, an address is read as a page of this site (${decodeURI(read)})`;
      errors.push(new ContentError(file, `line ${line}: link`, `${href}: ${why}: write https://${href}`));
      continue;
    }
    const [target = ''] = href.split(/[?#]/);
    const fromPage = new URL(target, `https://site.invalid${pageHref}`).pathname;
    if (known(fromPage.endsWith('/') ? fromPage : `${fromPage}/`) && !/\.mdx?$/i.test(target)) continue;
    // What the editor meant, reading the link from the file's folder: content/cases/x(.mdx) is /cases/x/.
    const fromFile = posix.normalize(posix.join(posix.dirname(file), target)).replace(/\.mdx?$/i, '');
    const meant = pageAt(fromFile);
    const toFile = /\.mdx?$/i.test(target);
    // stories/x/, written as from the site's root without its first "/": /stories/<slug>/stories/x/ is no page.
    const fromRoot =
      !toFile &&
      !target.startsWith('.') &&
      new URL(`/${target}`, 'https://site.invalid/').pathname.replace(/\/?$/, '/');
    if (fromRoot && known(fromRoot)) {
      const why = `without its leading /, a link is read from the page's address, ${pageHref}, not from the site's root`;
      errors.push(
        new ContentError(file, `line ${line}: link`, `${href}: ${why}: write ${fromRoot}${href.slice(target.length)}`),
      );
      continue;
    }
    // Other relative links (../, ../../about/) may be right: the link check after rendering judges them.
    if (!toFile && !(meant && targets.has(meant))) continue;
    const fix =
      meant && targets.has(meant)
        ? `write ${meant}`
        : "write the page's address from the site's root, e.g. /stories/<file name>/";
    const why = toFile
      ? 'links go to pages, not to their files'
      : `a relative link is read from the page's address, ${pageHref}, not from its file`;
    errors.push(new ContentError(file, `line ${line}: link`, `${href}: ${why}: ${fix}`));
  }
}

/**
 * The address of the page in `file` (content/stories/x, content/stories/pt-BR/x: a language folder as site.locales
 * writes its code, published under its folder, /pt-br/), or undefined for a path that is no page's.
 */
function pageAt(file: string): string | undefined {
  const page = /^content\/(stories|cases)\/(?:([^/]+)\/)?([^/]+?)\/?$/.exec(file);
  if (!page || (page[2] !== undefined && !isLocale(page[2]))) return undefined;
  const [, kind, lang, name] = page;
  return localePath(`/${kind}/${slugFromPath(name!)}/`, lang ?? defaultLocale);
}
