/**
 * Performance and privacy budgets of the built site, measured on every page and printed with every build:
 * - executable JavaScript: 0 bytes on every page but /search/ (inline or linked scripts that run, `on*` handler
 *   attributes, `javascript:` URLs, read as a browser reads them, and SVG animations setting a link to one; JSON-LD and other data blocks do not run and do not count);
 * - CSS: at most 20 kB uncompressed per page (linked stylesheets plus `<style>` elements);
 * - a story page's HTML plus its CSS: at most 100 kB gzipped (each file compressed on its own, as served);
 * - no request to another host: scripts, stylesheets, images, fonts, frames and media come from the site itself.
 * kB are 1,000 bytes.
 */
import { isJavascriptUrl } from '../../lib/javascript-url.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { max as d3max } from 'd3-array';
import type { PostBuildStep } from '../steps.ts';
import { basePath, site } from '../../site.config.ts';
import { CheckError } from './check-error.ts';
import { pagePass } from './page-pass.ts';
import { filePath, siteFiles, urlPath } from './site-files.ts';
import { codeSalt, pageFacts, type ScannedElement, scanPage, srcsetUrls } from './page-scan.ts';
import { folderLocale, localePath, locales } from '../../i18n/locales.ts';

/** The limits, in bytes. */
export const budgets = {
  /** Executable JavaScript on any page but the search page. */
  javascript: 0,
  /** Uncompressed CSS per page. */
  css: 20_000,
  /** A story page's HTML plus CSS, gzipped. */
  storyGzip: 100_000,
};

/** Pages allowed to run JavaScript: the search page of each language (/search/, /fr/search/). */
const scriptPages = new Set(locales.map((code) => localePath('/search/', code)));

/** What one page costs. */
export interface PageFigures {
  path: string;
  kind: string;
  /** Bytes of executable JavaScript (at least 1 per script element or handler). */
  javascript: number;
  /** Bytes of CSS, uncompressed. */
  css: number;
  /** Bytes of HTML plus CSS, each gzipped. */
  gzip: number;
  /** URLs on other hosts the page would request. */
  thirdParty: string[];
}

/** Elements and attributes that make the browser fetch a URL. */
const fetchedUrls: [element: string, attribute: string][] = [
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
  ['frame', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['input', 'src'],
  ['image', 'href'],
  ['use', 'href'],
  ['image', 'xlink:href'],
  ['use', 'xlink:href'],
];

/** `<link rel>` values that fetch or connect. */
const fetchingRels =
  /\b(stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest|apple-touch-icon|mask-icon)\b/i;

/** Script types that run (the HTML standard's classic and module scripts, import maps, speculation rules). */
function isExecutable(type: string | null): boolean {
  const value = (type ?? '').trim().toLowerCase();
  return (
    value === '' ||
    value === 'module' ||
    value === 'importmap' ||
    value === 'speculationrules' ||
    /(java|ecma|j|live)script/.test(value)
  );
}

/**
 * The kind of page at `path`, for the printed table and the story budget: "story" for /stories/x/, "stories" for
 * /stories/ and its later pages (/stories/page/2/); pages of another language carry its code: "story (fr)" for
 * /fr/stories/x/, "story (pt-BR)" for /pt-br/stories/x/.
 */
export function pageKind(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const lang = folderLocale(segments[0]);
  if (lang)
    return `${pageKind(`/${segments.slice(1).join('/')}${segments.length > 1 && path.endsWith('/') ? '/' : ''}`)} (${lang})`;
  const [first] = segments;
  if (first === undefined) return 'home';
  if (path === '/404.html') return '404';
  const singular: Record<string, string> = { stories: 'story', cases: 'case', countries: 'country', data: 'dataset' };
  // A list's own address, or one of its later pages (/stories/page/2/).
  const list = segments.length === 1 || (segments.length === 3 && segments[1] === 'page' && /^\d+$/.test(segments[2]!));
  if (list && path.endsWith('/')) return first === 'data' ? 'data catalog' : first;
  return singular[first] ?? segments.join('/');
}

/** Absolute URLs of `css` (in `url()` and `@import`) on a host other than `siteOrigin`. */
function thirdPartyInCss(css: string, siteOrigin: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map(
    (m) => m[2] ?? m[4] ?? '',
  );
  return urls.filter((url) => isThirdParty(url, siteOrigin));
}

function isThirdParty(url: string, siteOrigin: string): boolean {
  const trimmed = url.trim();
  if (!/^(https?:)?\/\//i.test(trimmed)) return false;
  try {
    return new URL(trimmed, siteOrigin).origin !== siteOrigin;
  } catch {
    return true;
  }
}

/**
 * What a page holds, before the files it links are looked up: the same for the same bytes (and origin), so it is
 * remembered by them (page-scan.ts). Stylesheets are kept in document order among the other hosts' `<link>`s,
 * because the URLs inside a stylesheet are listed where the stylesheet is linked.
 */
export interface PageScan {
  /** Inline scripts, handler attributes and javascript: URLs, in bytes. */
  javascript: number;
  /** Executable scripts loaded from this site, by URL (their bytes are counted when looked up). */
  scripts: string[];
  /** `<style>` elements, in bytes. */
  css: number;
  /** The page's HTML, gzipped. */
  gzip: number;
  inStyleAttributes: string[];
  inStyleElements: string[];
  inLinks: ({ url: string } | { sheet: string })[];
  inFetched: string[][];
  inSrcsets: string[];
}

/** SVG elements that animate another element's attribute (HTML's parser gives their names in lower case). */
const animations = new Set(['animate', 'set', 'animatemotion', 'animatetransform']);

/** What `html` holds for the budgets; `elements` are its elements (scanPage), when a pass over the pages has them. */
export function scanForBudgets(
  html: Buffer,
  siteOrigin: string,
  elements: ScannedElement[] = scanPage(html.toString('utf8')),
): PageScan {
  const scan: PageScan = {
    javascript: 0,
    scripts: [],
    css: 0,
    gzip: gzipSync(html, { level: 9 }).length,
    // Other hosts are listed in a fixed order of sources (style attributes, style elements, stylesheet links, then
    // fetching elements by attribute, then srcsets), whatever the order of the elements on the page.
    inStyleAttributes: [],
    inStyleElements: [],
    inLinks: [],
    inFetched: fetchedUrls.map((): string[] => []),
    inSrcsets: [],
  };
  for (const { name: tag, attributes, text } of elements) {
    for (const [name, value] of Object.entries(attributes)) {
      if (name.startsWith('on')) scan.javascript += Math.max(1, Buffer.byteLength(value));
      else if (isJavascriptUrl(value) && /(href|src|action|data)$/.test(name)) {
        scan.javascript += Math.max(1, Buffer.byteLength(value));
      }
      if (name === 'style') scan.inStyleAttributes.push(...thirdPartyInCss(value, siteOrigin));
    }
    // An SVG animation can set a link's address: <animate attributeName="href" values="javascript:…"> runs on a click.
    if (animations.has(tag) && /(?:^|:)href$/i.test(attributes.attributename ?? '')) {
      for (const name of ['values', 'from', 'to', 'by']) {
        for (const value of (attributes[name] ?? '').split(';')) {
          if (isJavascriptUrl(value)) scan.javascript += Math.max(1, Buffer.byteLength(value));
        }
      }
    }
    fetchedUrls.forEach(([element, attribute], index) => {
      const url = element === tag ? attributes[attribute] : undefined;
      if (url !== undefined && isThirdParty(url, siteOrigin)) scan.inFetched[index]?.push(url);
    });
    if (tag === 'script' && isExecutable(attributes.type ?? null)) {
      if (attributes.src) scan.scripts.push(attributes.src);
      else scan.javascript += Math.max(1, Buffer.byteLength(text));
    } else if (tag === 'style') {
      scan.css += Buffer.byteLength(text);
      scan.inStyleElements.push(...thirdPartyInCss(text, siteOrigin));
    } else if (tag === 'link' && attributes.href !== undefined) {
      const rel = attributes.rel ?? '';
      const href = attributes.href;
      if (!fetchingRels.test(rel)) continue;
      if (isThirdParty(href, siteOrigin)) scan.inLinks.push({ url: href });
      else if (/\bstylesheet\b/i.test(rel)) scan.inLinks.push({ sheet: href });
    }
    if ((tag === 'img' || tag === 'source') && attributes.srcset !== undefined) {
      scan.inSrcsets.push(...srcsetUrls(attributes.srcset).filter((url) => isThirdParty(url, siteOrigin)));
    }
  }
  return scan;
}

/** What the remembered page scans depend on besides a page's bytes: this module's code, what it imports, the origin. */
export function budgetScanSalt(siteOrigin: string): string {
  return `${codeSalt(import.meta.url)}\n${siteOrigin}`;
}

/**
 * Measures every page below `dir` (HTML files; the 404 page included). With `cacheDir`, what each page holds is
 * remembered by its bytes, so that a rebuild scans only the pages that changed. `scans` gives what pages hold, by
 * file, from a pass over the pages that other checks share (page-pass.ts): pages it holds are not read again.
 */
export function measurePages(
  dir: string,
  origin = site.url,
  options: { cacheDir?: string; scans?: ReadonlyMap<string, PageScan> } = {},
): PageFigures[] {
  const siteOrigin = new URL(origin).origin;
  // A site served below a path links its files below it (src/build/base-path.ts); pages are named by their path from
  // the site's root, as in the site's folder.
  const base = basePath(origin);
  const salt = options.cacheDir ? budgetScanSalt(siteOrigin) : '';
  const fileCache = new Map<string, { bytes: number; gzip: number; text: string }>();
  const siteFile = (pagePath: string, url: string) => {
    const target = new URL(url, `${siteOrigin}${base}${pagePath.slice(1)}`);
    if (target.origin !== siteOrigin || !target.pathname.startsWith(base)) return undefined;
    const file = join(dir, filePath(decodeURIComponent(target.pathname.slice(base.length - 1))));
    if (!fileCache.has(file)) {
      if (!existsSync(file) || !statSync(file).isFile()) return undefined;
      const buffer = readFileSync(file);
      fileCache.set(file, {
        bytes: buffer.length,
        gzip: gzipSync(buffer, { level: 9 }).length,
        text: buffer.toString('utf8'),
      });
    }
    return fileCache.get(file);
  };

  return siteFiles(dir, ['.html']).map((file) => {
    const path = urlPath(file);
    const scan =
      options.scans?.get(file) ??
      (() => {
        const html = readFileSync(join(dir, file));
        return pageFacts(options.cacheDir, salt, html, () => scanForBudgets(html, siteOrigin));
      })();
    let { javascript, css, gzip } = scan;
    for (const src of scan.scripts) javascript += Math.max(1, siteFile(path, src)?.bytes ?? 0);
    const inLinks = scan.inLinks.flatMap((item) => {
      if ('url' in item) return [item.url];
      const sheet = siteFile(path, item.sheet);
      if (!sheet) return [];
      css += sheet.bytes;
      gzip += sheet.gzip;
      return thirdPartyInCss(sheet.text, siteOrigin);
    });
    const thirdParty = [
      ...scan.inStyleAttributes,
      ...scan.inStyleElements,
      ...inLinks,
      ...scan.inFetched.flat(),
      ...scan.inSrcsets,
    ];
    return { path, kind: pageKind(path), javascript, css, gzip, thirdParty: [...new Set(thirdParty)] };
  });
}

/** Whether a kind of page is a story's, in any language ("story", "story (fr)"): the gzipped budget is theirs. */
function isStory(kind: string): boolean {
  return kind.replace(/ \(\w+\)$/, '') === 'story';
}

/** The budget overruns among `figures`, one line each: `path: what (figure > limit)`. */
export function budgetProblems(figures: PageFigures[]): string[] {
  const problems: string[] = [];
  for (const page of figures) {
    if (!scriptPages.has(page.path) && page.javascript > budgets.javascript) {
      problems.push(`${page.path}: executable JavaScript ${page.javascript} B (limit ${budgets.javascript} B)`);
    }
    if (page.css > budgets.css) problems.push(`${page.path}: CSS ${overLimit(page.css, budgets.css)}`);
    if (isStory(page.kind) && page.gzip > budgets.storyGzip) {
      problems.push(`${page.path}: HTML + CSS gzipped ${overLimit(page.gzip, budgets.storyGzip)}`);
    }
    for (const url of page.thirdParty) problems.push(`${page.path}: requests another host: ${url}`);
  }
  return problems;
}

function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** Whether `figure` is over `limit` by less than kB show: both print as the same number of kB. */
function hiddenByRounding(figure: number, limit: number | undefined): boolean {
  return limit !== undefined && figure > limit && kB(figure) === kB(limit);
}

const grouped = (bytes: number) => bytes.toLocaleString('en-US');

/**
 * A figure over its limit, "21.0 kB (limit 20.0 kB)"; in bytes when rounding to kB would print the same number twice
 * and read as within the limit: "20,001 bytes (limit 20,000)".
 */
function overLimit(figure: number, limit: number): string {
  if (!hiddenByRounding(figure, limit)) return `${kB(figure)} (limit ${kB(limit)})`;
  return `${grouped(figure)} bytes (limit ${grouped(limit)})`;
}

/** A figure of the table, in kB, or in bytes where kB would show an overrun as the limit itself. */
function tableFigure(figure: number, limit?: number): string {
  return hiddenByRounding(figure, limit) ? `${grouped(figure)} B` : kB(figure);
}

/** A compact table of the figures: per kind of page, the page count and the largest figure of each budget. */
export function budgetTable(figures: PageFigures[]): string {
  const kinds = new Map<string, PageFigures[]>();
  for (const page of figures) {
    const same = kinds.get(page.kind);
    if (same) same.push(page);
    else kinds.set(page.kind, [page]);
  }
  const rows = [['page kind', 'pages', 'JS max', 'CSS max', 'HTML+CSS gz max', 'other hosts']];
  for (const [kind, pages] of [...kinds].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    const max = (pick: (page: PageFigures) => number) => d3max(pages, pick) ?? 0;
    rows.push([
      kind,
      String(pages.length),
      `${max((page) => page.javascript)} B`,
      tableFigure(
        max((page) => page.css),
        budgets.css,
      ),
      tableFigure(
        max((page) => page.gzip),
        isStory(kind) ? budgets.storyGzip : undefined,
      ),
      String(pages.reduce((sum, page) => sum + page.thirdParty.length, 0)),
    ]);
  }
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  const limits = `limits: JS ${budgets.javascript} B (except ${[...scriptPages].join(', ')}), CSS ${kB(budgets.css)}/page, story HTML+CSS ${kB(budgets.storyGzip)} gz, other hosts 0`;
  return [...rows.map(line), limits].join('\n');
}

/** The build step: prints the figures and fails the build when a budget is exceeded. */
export const budgetCheck: PostBuildStep = {
  name: 'budgets',
  async run(context) {
    const { outDir, log } = context;
    // Reading, scanning and compressing every page takes seconds on a large archive: done in a worker thread, in one
    // pass over the pages with the link check; what is left here is looking up the few stylesheets and scripts.
    const { budgetScans: scans } = await pagePass(context, 'budgets');
    const figures = measurePages(outDir, site.url, scans ? { scans } : {});
    for (const line of budgetTable(figures).split('\n')) log(`budgets: ${line}`);
    const problems = budgetProblems(figures);
    if (problems.length > 0) throw new CheckError('budgets exceeded', problems);
  },
};
