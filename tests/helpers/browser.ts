/**
 * Real-browser tests: Debian's Chromium driven by playwright-core, against the demo site served on 127.0.0.1 by
 * scripts/serve.ts with the security headers (CSP included) that a static host would send.
 *
 * Chromium is found at CASEFILE_CHROMIUM or /usr/bin/chromium. Without one, browser tests are skipped with a loud
 * line, unless CASEFILE_REQUIRE_BROWSER=1 (set by .ci/run), which makes a missing browser a failure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { demoDist } from './site.ts';
import { repoRoot } from './build.ts';

/** The line printed when the browser tests cannot run. */
export const skippedLine = 'BROWSER TESTS SKIPPED: no Chromium (install it with `apt-get install chromium` or set CASEFILE_CHROMIUM)';

/** The Chromium executable to drive, if there is one: CASEFILE_CHROMIUM when set (and only it), else /usr/bin/chromium. */
export function chromiumPath(): string | undefined {
  const path = process.env.CASEFILE_CHROMIUM || '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

/** Whether a missing Chromium fails the run (CI) instead of skipping the browser tests. */
export function browserRequired(): boolean {
  return process.env.CASEFILE_REQUIRE_BROWSER === '1';
}

/**
 * `describe` for tests that need Chromium: skipped (loudly) when there is none, or one failing test when
 * CASEFILE_REQUIRE_BROWSER=1.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (chromiumPath()) {
    describe(name, body);
  } else if (browserRequired()) {
    describe(name, () => {
      it('needs Chromium (CASEFILE_REQUIRE_BROWSER=1)', () => {
        throw new Error(`no Chromium at CASEFILE_CHROMIUM or /usr/bin/chromium, and CASEFILE_REQUIRE_BROWSER=1`);
      });
    });
  } else {
    console.warn(`\n${skippedLine}\n`);
    describe.skip(name, body);
  }
}

/** Launches the Chromium found by `chromiumPath()`, headless and quiet (no background network). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The page kinds every browser test visits, with the URL path of one page of each kind in the demo site. */
export type PageKind = 'home' | 'story' | 'case' | 'country' | 'dataset' | 'data catalog' | 'search' | 'methodology' | '404';

/** A URL no page answers: the server sends the site's 404 page for it. */
export const missingPath = '/no-such-page/';

/**
 * One page per kind, chosen from the built demo site (the first in alphabetical order, preferring a page with a
 * chart for stories and datasets). A kind the build does not have yet maps to undefined, and the tests for it fail saying so.
 */
export function pageKinds(dist = demoDist): Record<PageKind, string | undefined> {
  const first = (folder: string, prefer?: (dir: string) => boolean) => {
    const root = join(dist, folder);
    if (!existsSync(root)) return undefined;
    const dirs = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'index.html')))
      .map((entry) => entry.name)
      .sort();
    const chosen = (prefer && dirs.find((dir) => prefer(join(root, dir)))) ?? dirs[0];
    return chosen ? `/${folder}/${chosen}/` : undefined;
  };
  const exists = (path: string) => (existsSync(join(dist, path.slice(1), 'index.html')) ? path : undefined);
  return {
    home: exists('/'),
    story: first('stories', hasChart),
    case: first('cases'),
    country: first('countries'),
    dataset: first('data', hasChart),
    'data catalog': exists('/data/'),
    search: exists('/search/'),
    methodology: exists('/methodology/'),
    '404': existsSync(join(dist, '404.html')) ? missingPath : undefined,
  };
}

/** Whether the page in `dir` draws a chart (an svg inside a figure). */
function hasChart(dir: string): boolean {
  return /<figure[^>]*>(?:(?!<\/figure>)[\s\S])*<svg/.test(readFileSync(join(dir, 'index.html'), 'utf8'));
}

/** What went wrong while a page loaded and ran. */
export interface PageWatch {
  /** Console errors, uncaught exceptions, failed or error responses, CSP violations, requests to other hosts. */
  problems: string[];
}

/**
 * Watches `page` for everything a reader should never meet: console errors, uncaught exceptions, failed requests,
 * HTTP errors (except the 404 status of the 404 page's own document, when `expectStatus404` is set), CSP
 * violations and requests to any host other than `origin`.
 */
export async function watchPage(page: Page, origin: string, options: { expectStatus404?: boolean } = {}): Promise<PageWatch> {
  const problems: string[] = [];
  const isDocument404 = (url: string, status: number) =>
    options.expectStatus404 && status === 404 && new URL(url).pathname === missingPath;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const location = message.location().url;
    if (location && isDocument404(location, 404) && /status of 404/.test(message.text())) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !isDocument404(response.url(), response.status())) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) problems.push(`request to another host: ${url}`);
  });
  // Violations are also console errors in Chromium; the event names the directive, which the message may not.
  await page.exposeFunction('__casefileCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __casefileCspViolation: (text: string) => void }).__casefileCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return { problems };
}

/** Options for a browser context at a width (360 or 1280 px) and colour scheme. */
export function viewport(width: number, colorScheme: 'light' | 'dark' = 'light'): BrowserContextOptions {
  return { viewport: { width, height: width < 600 ? 740 : 900 }, colorScheme, reducedMotion: 'reduce', locale: 'en-US', timezoneId: 'UTC' };
}

/** Where screenshots go (git-ignored). */
export const screenshotDir = join(repoRoot, 'tests/.output/screenshots');

/** How far a page overflows a narrow viewport: its scroll width, the viewport width and the widest culprits. */
export function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; width: number; wide: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.right <= width + 1) return false;
        // Content inside a scrolling container (a wide data table) is fine: the container scrolls, not the page.
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          const overflowX = getComputedStyle(parent).overflowX;
          if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') return false;
        }
        return true;
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')} right=${Math.round(element.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
}

/**
 * Every chart on the page (a figure holding an svg) with the box of its drawn svg: the largest visible one, as a
 * chart may carry a wide and a narrow rendering and show one of them by CSS.
 */
export function chartBoxes(page: Page): Promise<{ label: string; width: number; height: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure')]
      .filter((figure) => figure.querySelector('svg') && !figure.parentElement?.closest('figure'))
      .map((figure) => {
        const svgs = [...figure.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg'));
        const boxes = svgs
          .filter((svg) => svg.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
          .map((svg) => svg.getBoundingClientRect())
          .sort((a, b) => b.width * b.height - a.width * a.height);
        const label = svgs[0].getAttribute('aria-label') ?? figure.querySelector('figcaption, h2, h3, p')?.textContent ?? '';
        return { label: label.trim().slice(0, 60), width: Math.round(boxes[0]?.width ?? 0), height: Math.round(boxes[0]?.height ?? 0) };
      }),
  );
}

/**
 * Colour contrast inside charts, which axe does not measure in SVG: every text needs 4.5:1 against the page
 * background (WCAG 1.4.3; chart labels are small text), every data mark 3:1 through its fill or its outline
 * (WCAG 1.4.11). Gridlines (a group labelled "grid", or strokes in --chart-grid) are decoration, and areas in
 * --chart-empty mean "no data": neither is measured. Colours are resolved by the browser (custom
 * properties, currentColor, any colour space) through a canvas, with fill/stroke opacity and group opacity applied.
 * Returns one line per failing element, at most `limit`.
 */
export function chartContrastProblems(page: Page, limit = 10): Promise<string[]> {
  return page.evaluate((max) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    type Rgba = [number, number, number, number];
    const parse = (color: string): Rgba | undefined => {
      if (!color || color === 'none' || color.startsWith('url(')) return undefined;
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = 'rgba(0, 0, 0, 0)';
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const blend = ([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba => [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];
    const luminance = ([r, g, b]: Rgba) =>
      [r, g, b]
        .map((v) => v / 255)
        .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const hex = ([r, g, b]: Rgba) => `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
    const background = (element: Element): Rgba => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        if (node instanceof SVGElement && !(node instanceof SVGSVGElement)) continue;
        const color = parse(getComputedStyle(node).backgroundColor);
        if (color && color[3] > 0) return color[3] === 1 ? color : blend(color, background(node.parentElement ?? document.documentElement));
      }
      return [255, 255, 255, 1];
    };
    const groupOpacity = (element: Element, svg: Element) => {
      let opacity = 1;
      for (let node: Element | null = element; node && node !== svg.parentElement; node = node.parentElement) {
        opacity *= Number(getComputedStyle(node).opacity);
      }
      return opacity;
    };
    const paint = (element: Element, property: 'fill' | 'stroke', svg: Element, bg: Rgba): Rgba | undefined => {
      const style = getComputedStyle(element);
      const color = parse(style[property]);
      if (!color) return undefined;
      if (property === 'stroke' && parseFloat(style.strokeWidth) === 0) return undefined;
      const alpha = color[3] * Number(property === 'fill' ? style.fillOpacity : style.strokeOpacity) * groupOpacity(element, svg);
      return blend([color[0], color[1], color[2], alpha], bg);
    };

    const token = (name: string) => parse(getComputedStyle(document.documentElement).getPropertyValue(name).trim());
    const same = (a: Rgba | undefined, b: Rgba | undefined) => !!a && !!b && a.every((v, i) => Math.abs(v - b[i]) < 2);
    const grid = token('--chart-grid');
    const empty = token('--chart-empty');

    const problems: string[] = [];
    const charts = [...document.querySelectorAll('figure svg')].filter((svg) => !svg.parentElement?.closest('svg'));
    for (const svg of charts) {
      if (!svg.checkVisibility()) continue;
      const bg = background(svg);
      const name = (svg.getAttribute('aria-label') ?? svg.closest('figure')?.querySelector('figcaption')?.textContent ?? '').trim().slice(0, 40);
      const skip = (element: Element) => {
        if (element.closest('defs, clipPath, mask, pattern, marker, [aria-label*="grid" i]')) return true;
        // Gridlines (drawn in --chart-grid) are decoration; "no data" areas (--chart-empty) are not data marks.
        const style = getComputedStyle(element);
        if (same(parse(style.stroke), grid) && !parse(style.fill)?.[3]) return true;
        if (same(parse(style.fill), empty)) return true;
        if (!element.checkVisibility()) return true;
        // Lines and paths may be flat (a horizontal rule has no height); other shapes without area draw nothing.
        const box = element.getBoundingClientRect();
        return box.width * box.height === 0 && element.tagName !== 'line' && element.tagName !== 'path';
      };
      for (const text of svg.querySelectorAll('text')) {
        if (skip(text) || !text.textContent?.trim()) continue;
        const fill = paint(text, 'fill', svg, bg);
        if (fill && ratio(fill, bg) < 4.5) {
          problems.push(`"${name}": text "${text.textContent.trim().slice(0, 30)}" ${hex(fill)} on ${hex(bg)} is ${ratio(fill, bg).toFixed(2)}:1 (needs 4.5:1)`);
        }
      }
      for (const mark of svg.querySelectorAll('rect, circle, ellipse, path, line, polyline, polygon')) {
        if (skip(mark) || mark.closest('text')) continue;
        const fill = paint(mark, 'fill', svg, bg);
        const stroke = paint(mark, 'stroke', svg, bg);
        const best = Math.max(fill ? ratio(fill, bg) : 0, stroke ? ratio(stroke, bg) : 0);
        if ((fill || stroke) && best < 3) {
          const label = mark.closest('[aria-label]')?.getAttribute('aria-label') ?? mark.tagName;
          problems.push(`"${name}": ${label} ${mark.tagName} ${fill ? `fill ${hex(fill)}` : ''}${stroke ? ` stroke ${hex(stroke)}` : ''} on ${hex(bg)} is ${best.toFixed(2)}:1 (needs 3:1)`);
        }
      }
    }
    return [...new Set(problems)].slice(0, max);
  }, limit);
}
