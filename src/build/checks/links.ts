/**
 * Every internal link of the built site resolves: each URL a page or feed points at on this site is a file of the
 * site, and each `#anchor` is an id on the page it names. Pages are served as folders (`trailingSlash: 'always'`),
 * so a link to a page without its trailing slash counts as broken.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { PostBuildStep } from '../steps.ts';
import { site } from '../../site.config.ts';
import { CheckError } from './check-error.ts';
import { filePath, siteFiles, urlPath } from './site-files.ts';

/** Attributes that hold one URL, by the elements that carry them. */
const urlAttributes: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

interface Reference {
  /** The site file (relative path) that holds the link. */
  from: string;
  url: string;
}

/** The ids (and legacy `<a name>`) a page can be linked to with `#id`. */
function anchorsOf(document: Document): Set<string> {
  const ids = new Set<string>();
  for (const element of document.querySelectorAll('[id]')) ids.add(element.getAttribute('id') ?? '');
  for (const element of document.querySelectorAll('a[name]')) ids.add(element.getAttribute('name') ?? '');
  return ids;
}

function referencesOf(file: string, document: Document): Reference[] {
  const references: Reference[] = [];
  for (const [selector, attribute] of urlAttributes) {
    for (const element of document.querySelectorAll(selector)) {
      references.push({ from: file, url: element.getAttribute(attribute) ?? '' });
    }
  }
  for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) references.push({ from: file, url });
    }
  }
  return references;
}

/**
 * URLs in a feed or sitemap: the text of `<loc>`, `<link>` and of a `<guid>` that is a permalink (RSS's default;
 * `isPermaLink="false"` makes it an opaque id), and `href` attributes.
 */
function xmlReferences(file: string, text: string): Reference[] {
  const references: Reference[] = [];
  for (const match of text.matchAll(/<(loc|link|guid)(\s[^>]*)?>\s*([^<\s][^<]*?)\s*<\/\1>/g)) {
    if (match[1] === 'guid' && /isPermaLink\s*=\s*["']false["']/.test(match[2] ?? '')) continue;
    references.push({ from: file, url: match[3].replace(/&amp;/g, '&') });
  }
  for (const match of text.matchAll(/\shref="([^"]+)"/g))
    references.push({ from: file, url: match[1].replace(/&amp;/g, '&') });
  return references;
}

/**
 * The broken internal links of the site in `dir`, one line each: `from: url (why)`, or `url (why) in N files: …`
 * when several files hold it. URLs on `origin` (the site's public address) count as internal; other hosts and
 * schemes (mailto:, tel:) are not checked.
 */
export function findBrokenLinks(dir: string, origin = site.url): string[] {
  const siteOrigin = new URL(origin).origin;
  const anchors = new Map<string, Set<string>>();
  const references: Reference[] = [];
  for (const file of siteFiles(dir, ['.html'])) {
    const { document } = parseHTML(readFileSync(join(dir, file), 'utf8'));
    anchors.set(file, anchorsOf(document as unknown as Document));
    references.push(...referencesOf(file, document as unknown as Document));
  }
  for (const file of siteFiles(dir, ['.xml']))
    references.push(...xmlReferences(file, readFileSync(join(dir, file), 'utf8')));

  const anchorsIn = (file: string): Set<string> => {
    let ids = anchors.get(file);
    if (!ids) {
      ids = anchorsOf(parseHTML(readFileSync(join(dir, file), 'utf8')).document as unknown as Document);
      anchors.set(file, ids);
    }
    return ids;
  };

  // A broken link in the layout shows on every page: one line per URL, naming the files that hold it.
  const broken = new Map<string, string[]>();
  for (const { from, url } of references) {
    const why = brokenBecause(dir, from, url, siteOrigin, anchorsIn);
    if (!why) continue;
    const key = `${url} (${why})`;
    const files = broken.get(key) ?? [];
    if (!files.includes(from)) files.push(from);
    broken.set(key, files);
  }
  return [...broken].map(([link, files]) =>
    files.length === 1
      ? `${files[0]}: ${link}`
      : `${link} in ${files.length} files: ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}`,
  );
}

function brokenBecause(
  dir: string,
  from: string,
  url: string,
  siteOrigin: string,
  anchorsIn: (file: string) => Set<string>,
): string | undefined {
  if (url.trim() === '') return 'empty URL';
  let target: URL;
  try {
    target = new URL(url, `${siteOrigin}${urlPath(from)}`);
  } catch {
    return 'not a valid URL';
  }
  // Other hosts and schemes are not this check's business (javascript: URLs count against the JavaScript budget).
  if (target.origin !== siteOrigin) return undefined;

  let path: string;
  try {
    path = decodeURIComponent(target.pathname);
  } catch {
    return 'badly encoded path';
  }
  const file = filePath(path);
  const full = join(dir, file);
  if (!existsSync(full)) return 'no such file';
  if (statSync(full).isDirectory()) {
    return existsSync(join(full, 'index.html')) ? 'page link without its trailing slash' : 'no such file';
  }
  let fragment: string;
  try {
    fragment = decodeURIComponent(target.hash.slice(1));
  } catch {
    return 'badly encoded #anchor';
  }
  if (fragment && fragment !== 'top' && file.endsWith('.html') && !anchorsIn(file).has(fragment)) {
    return `no element with id "${fragment}"`;
  }
  return undefined;
}

/** The build step: fails the build on any broken internal link or anchor. */
export const linkCheck: PostBuildStep = {
  name: 'links',
  run({ outDir, log }) {
    const problems = findBrokenLinks(outDir);
    if (problems.length > 0) throw new CheckError('broken links', problems);
    log(`links: ${siteFiles(outDir, ['.html', '.xml']).length} pages and feeds, 0 broken links`);
  },
};
