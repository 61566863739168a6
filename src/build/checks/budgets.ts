/**
 * Performance and privacy budgets of the built site, measured on every page and printed with every build:
 * - executable JavaScript: 0 bytes on every page but /search/ (inline or linked scripts that run, `on*` handler
 *   attributes, `javascript:` URLs; JSON-LD and other data blocks do not run and do not count);
 * - CSS: at most 20 kB uncompressed per page (linked stylesheets plus `<style>` elements);
 * - a story page's HTML plus its CSS: at most 100 kB gzipped (each file compressed on its own, as served);
 * - no request to another host: scripts, stylesheets, images, fonts, frames and media come from the site itself.
 * kB are 1,000 bytes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { PostBuildStep } from '../steps.ts';
import { site } from '../../site.config.ts';
import { CheckError } from './check-error.ts';
import { filePath, siteFiles, urlPath } from './site-files.ts';
import { localePath, locales, prefixedLocales } from '../../i18n/locales.ts';

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
const fetchedUrls: [selector: string, attribute: string][] = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['frame[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['input[src]', 'src'],
  ['image[href]', 'href'],
  ['use[href]', 'href'],
  ['image[xlink\\:href]', 'xlink:href'],
  ['use[xlink\\:href]', 'xlink:href'],
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
 * /stories/; pages of another language carry its code: "story (fr)" for /fr/stories/x/.
 */
export function pageKind(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const lang = prefixedLocales.find((code) => segments[0] === code);
  if (lang) return `${pageKind(`/${segments.slice(1).join('/')}${segments.length > 1 ? '/' : ''}`)} (${lang})`;
  if (segments.length === 0) return 'home';
  if (path === '/404.html') return '404';
  const singular: Record<string, string> = { stories: 'story', cases: 'case', countries: 'country', data: 'dataset' };
  if (segments.length === 1 && path.endsWith('/')) return segments[0] === 'data' ? 'data catalog' : segments[0];
  return singular[segments[0]] ?? segments.join('/');
}

/** Absolute URLs of `css` (in `url()` and `@import`) on a host other than `siteOrigin`. */
function thirdPartyInCss(css: string, siteOrigin: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map(
    (m) => m[2] ?? m[4],
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

/** Measures every page below `dir` (HTML files; the 404 page included). */
export function measurePages(dir: string, origin = site.url): PageFigures[] {
  const siteOrigin = new URL(origin).origin;
  const fileCache = new Map<string, { bytes: number; gzip: number; text: string }>();
  const siteFile = (pagePath: string, url: string) => {
    const target = new URL(url, `${siteOrigin}${pagePath}`);
    if (target.origin !== siteOrigin) return undefined;
    const file = join(dir, filePath(decodeURIComponent(target.pathname)));
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
    const html = readFileSync(join(dir, file));
    const document = parseHTML(html.toString('utf8')).document as unknown as Document;
    const thirdParty: string[] = [];
    let javascript = 0;
    let css = 0;
    let gzip = gzipSync(html, { level: 9 }).length;

    for (const script of document.querySelectorAll('script')) {
      if (!isExecutable(script.getAttribute('type'))) continue;
      const src = script.getAttribute('src');
      const bytes = src ? (siteFile(path, src)?.bytes ?? 0) : Buffer.byteLength(script.textContent ?? '');
      javascript += Math.max(1, bytes);
    }
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) javascript += Math.max(1, Buffer.byteLength(attribute.value));
        else if (/^\s*javascript:/i.test(attribute.value) && /(href|src|action|data)$/.test(name)) {
          javascript += Math.max(1, Buffer.byteLength(attribute.value));
        }
        if (name === 'style') thirdParty.push(...thirdPartyInCss(attribute.value, siteOrigin));
      }
    }
    for (const style of document.querySelectorAll('style')) {
      const text = style.textContent ?? '';
      css += Buffer.byteLength(text);
      thirdParty.push(...thirdPartyInCss(text, siteOrigin));
    }
    for (const link of document.querySelectorAll('link[href]')) {
      const rel = link.getAttribute('rel') ?? '';
      const href = link.getAttribute('href') ?? '';
      if (!fetchingRels.test(rel)) continue;
      if (isThirdParty(href, siteOrigin)) {
        thirdParty.push(href);
        continue;
      }
      if (!/\bstylesheet\b/i.test(rel)) continue;
      const sheet = siteFile(path, href);
      if (!sheet) continue;
      css += sheet.bytes;
      gzip += sheet.gzip;
      thirdParty.push(...thirdPartyInCss(sheet.text, siteOrigin));
    }
    for (const [selector, attribute] of fetchedUrls) {
      for (const element of document.querySelectorAll(selector)) {
        const url = element.getAttribute(attribute) ?? '';
        if (isThirdParty(url, siteOrigin)) thirdParty.push(url);
      }
    }
    for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
      for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0] ?? '';
        if (isThirdParty(url, siteOrigin)) thirdParty.push(url);
      }
    }
    return { path, kind: pageKind(path), javascript, css, gzip, thirdParty: [...new Set(thirdParty)] };
  });
}

/** The budget overruns among `figures`, one line each: `path: what (figure > limit)`. */
export function budgetProblems(figures: PageFigures[]): string[] {
  const problems: string[] = [];
  for (const page of figures) {
    if (!scriptPages.has(page.path) && page.javascript > budgets.javascript) {
      problems.push(`${page.path}: executable JavaScript ${page.javascript} B (limit ${budgets.javascript} B)`);
    }
    if (page.css > budgets.css) problems.push(`${page.path}: CSS ${kB(page.css)} (limit ${kB(budgets.css)})`);
    if (page.kind.replace(/ \(\w+\)$/, '') === 'story' && page.gzip > budgets.storyGzip) {
      problems.push(`${page.path}: HTML + CSS ${kB(page.gzip)} gzipped (limit ${kB(budgets.storyGzip)})`);
    }
    for (const url of page.thirdParty) problems.push(`${page.path}: requests another host: ${url}`);
  }
  return problems;
}

function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** A compact table of the figures: per kind of page, the page count and the largest figure of each budget. */
export function budgetTable(figures: PageFigures[]): string {
  const kinds = new Map<string, PageFigures[]>();
  for (const page of figures) kinds.set(page.kind, [...(kinds.get(page.kind) ?? []), page]);
  const rows = [['page kind', 'pages', 'JS max', 'CSS max', 'HTML+CSS gz max', 'other hosts']];
  for (const [kind, pages] of [...kinds].sort(([a], [b]) => a.localeCompare(b))) {
    const max = (pick: (page: PageFigures) => number) => Math.max(...pages.map(pick));
    rows.push([
      kind,
      String(pages.length),
      `${max((page) => page.javascript)} B`,
      kB(max((page) => page.css)),
      kB(max((page) => page.gzip)),
      String(pages.reduce((sum, page) => sum + page.thirdParty.length, 0)),
    ]);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  const limits = `limits: JS ${budgets.javascript} B (except ${[...scriptPages].join(', ')}), CSS ${kB(budgets.css)}/page, story HTML+CSS ${kB(budgets.storyGzip)} gz, other hosts 0`;
  return [...rows.map(line), limits].join('\n');
}

/** The build step: prints the figures and fails the build when a budget is exceeded. */
export const budgetCheck: PostBuildStep = {
  name: 'budgets',
  run({ outDir, log }) {
    const figures = measurePages(outDir);
    for (const line of budgetTable(figures).split('\n')) log(`budgets: ${line}`);
    const problems = budgetProblems(figures);
    if (problems.length > 0) throw new CheckError('budgets exceeded', problems);
  },
};
