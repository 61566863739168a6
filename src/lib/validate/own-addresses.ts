/** Links to the site's own pages written as whole addresses (https://site/…), copied from the published site. */
import { ContentError } from '../content-error.ts';
import { webAddresses } from '../mdx-usage.ts';
import { site } from '../../site.config.ts';
import { withoutFolder } from './site-addresses.ts';

/**
 * A link to one of the site's pages copied from the published site (`https://site/methodology/`, or its http:// or
 * www. form) is checked by nothing: the link checks take it for another site's, so a page renamed or never there
 * is a broken link in print, and an http:// one sends readers off the secure address. Written from the site's root
 * (`/methodology/`), it is checked before rendering, and right in previews and below a folder. A site served below a
 * folder (https://newsroom.org/investigations/) shares its host with pages no build of it makes (the newsroom's
 * /2024/03/story/): an address outside the folder is another site's, and written from the root it would get the
 * folder added, and break.
 */
export function checkOwnAddresses(
  errors: ContentError[],
  file: string,
  body: string,
  bodyLine: number,
  siteUrl: string = site.url,
  base?: string,
): void {
  const host = hostOf(siteUrl);
  for (const { line, address } of webAddresses(body, bodyLine)) {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      continue;
    }
    if (hostOf(url.href) !== host || !inFolder(url.pathname, base)) continue;
    const path = withoutFolder(url.pathname, base) ?? url.pathname;
    errors.push(
      new ContentError(
        file,
        `line ${line}: link`,
        `${address} is this site's own address, written whole: a link within the site is written from its root, and checked: write ${path}${url.search}${url.hash}`,
      ),
    );
  }
}

/** Whether `path` is one of the site's, served below the folder `base` ("/" or undefined: the whole host). */
function inFolder(path: string, base: string | undefined): boolean {
  return base === undefined || path === base.slice(0, -1) || path.startsWith(base);
}

/** A site's host without "www.": the same site either way. */
function hostOf(url: string): string {
  return new URL(url).host.toLowerCase().replace(/^www\./, '');
}
