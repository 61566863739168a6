/**
 * The site's `robots.txt`: crawlers may read every page, and are pointed at the sitemap index by its full address.
 * A preview (PREVIEW=1) keeps every crawler off the whole site instead, as its pages' `noindex` and its headers'
 * `X-Robots-Tag` do.
 *
 * An editor's own `public/robots.txt` (which Astro copies into the output) is published as it is, with a note when it
 * names no sitemap; but never in a preview, whose robots.txt must not let a crawler in, whatever the editor's says.
 * Written after Astro, as `_headers` is (src/build/security-headers.ts), rather than by an endpoint in src/pages/:
 * Astro skips an endpoint whose file public/ also has, and a preview must replace the editor's file.
 *
 * Crawlers read robots.txt only at the root of a host: a site served below a path publishes it at the folder's root,
 * where it is ignored, and the deployer copies its Sitemap line to the host's (README, "Below a path").
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostBuildStep } from './steps.ts';
import { readIfPresent } from './read-if-present.ts';
import { isPreview } from '../lib/visibility.ts';
import { absoluteUrl, basePath, site } from '../site.config.ts';

/** Where @astrojs/sitemap writes the sitemap index, from the site's root. */
export const sitemapIndexPath = '/sitemap-index.xml';

/** The robots.txt a build writes when the editor has none: every page allowed, the sitemap index named. */
export function publishedRobots(siteUrl: string = site.url): string {
  return `# Written by the build (src/build/robots.ts)\nUser-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapIndexPath, siteUrl)}\n`;
}

/** A preview's robots.txt: no crawler may read any of it, and no sitemap is named. */
export const previewRobots =
  '# A preview build (PREVIEW=1), never to be crawled (src/build/robots.ts)\nUser-agent: *\nDisallow: /\n';

/** Whether a robots.txt has a `Sitemap:` line (field names are case-insensitive, RFC 9309). */
function namesSitemap(text: string): boolean {
  return /^[ \t]*sitemap[ \t]*:/im.test(text);
}

/**
 * The robots.txt to publish, and what the build says about it. `editors` is the text of public/robots.txt, if any.
 * A preview's always wins over the editor's: a hosted preview crawled would put drafts and embargoed pages in search.
 */
export function robotsFile(
  editors: string | undefined,
  options: { preview: boolean; siteUrl?: string },
): { text: string; notes: string[] } {
  const siteUrl = options.siteUrl ?? site.url;
  if (options.preview) {
    const notes =
      editors === undefined
        ? []
        : ['public/robots.txt is not published in a preview, whose robots.txt keeps every crawler off the site'];
    return { text: previewRobots, notes };
  }
  if (editors === undefined) return { text: publishedRobots(siteUrl), notes: [] };
  if (namesSitemap(editors)) return { text: editors, notes: [] };
  const line = `Sitemap: ${absoluteUrl(sitemapIndexPath, siteUrl)}`;
  return {
    text: editors,
    notes: [
      `public/robots.txt has no Sitemap line, so crawlers are not pointed at the sitemap: it is published as it is; add "${line}" to it`,
    ],
  };
}

/** The post-build step that writes robots.txt into the staging folder, or keeps the editor's. */
export const robotsStep: PostBuildStep = {
  name: 'robots.txt',
  run({ outDir, log }) {
    const file = join(outDir, 'robots.txt');
    const editors = readIfPresent(file);
    const preview = isPreview();
    const { text, notes } = robotsFile(editors, { preview });
    if (text !== editors) writeFileSync(file, text);
    for (const note of notes) log(`note: ${note}`);
    const whose = preview
      ? "a preview's, every crawler kept off"
      : text === editors
        ? 'public/robots.txt, as it is'
        : 'written, naming the sitemap index';
    const base = basePath();
    // Below a path, crawlers never read this one: say where the Sitemap line has to go.
    const below =
      base === '/'
        ? ''
        : `; crawlers read robots.txt only at the host's root, ${new URL('/robots.txt', site.url).href} (README, "Below a path")`;
    log(`robots.txt: ${whose}${preview ? '' : below}`);
  },
};
