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
import { chromium, type Browser, type BrowserContextOptions, type Page, type Request } from 'playwright-core';
import { demoDist } from './site.ts';
import { repoRoot } from './build.ts';

/** The line printed when the browser tests cannot run. */
export const skippedLine =
  'BROWSER TESTS SKIPPED: no Chromium (install it with `apt-get install chromium` or set CASEFILE_CHROMIUM)';

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
export type PageKind =
  | 'home'
  | 'story'
  | 'case'
  | 'country'
  | 'dataset'
  | 'data catalog'
  | 'search'
  | 'methodology'
  | 'sources'
  // The page the footer's "RSS feed" leads to, in place of the feed's XML.
  | 'feeds'
  | '404'
  // The French edition (/fr/): its own strings, formats and lengths, and pages listing English originals.
  | 'home fr'
  | 'story fr'
  | 'case fr'
  | 'case list fr'
  | 'country fr'
  | 'dataset fr'
  | 'search fr'
  | 'feeds fr'
  | '404 fr';

/** A URL no page answers: the server sends the site's 404 page for it. */
export const missingPath = '/no-such-page/';

/**
 * One page per kind, chosen from the built demo site: for stories the home page's lead story, else (as for the
 * other kinds) the first in alphabetical order, preferring a page with a chart for stories and datasets. A kind the build does not have yet maps to undefined, and the tests for it fail saying so.
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
    story: leadStory(dist) ?? first('stories', hasChart),
    case: first('cases'),
    country: first('countries'),
    dataset: first('data', hasChart),
    'data catalog': exists('/data/'),
    search: exists('/search/'),
    methodology: exists('/methodology/'),
    sources: exists('/sources/'),
    feeds: exists('/feeds/'),
    '404': existsSync(join(dist, '404.html')) ? missingPath : undefined,
    'home fr': exists('/fr/'),
    'story fr': first('fr/stories', hasChart),
    'case fr': first('fr/cases'),
    'case list fr': exists('/fr/cases/'),
    'country fr': first('fr/countries'),
    'dataset fr': first('fr/data', hasChart),
    'search fr': exists('/fr/search/'),
    'feeds fr': exists('/fr/feeds/'),
    '404 fr': existsSync(join(dist, 'fr/404.html')) ? `/fr${missingPath}` : undefined,
  };
}

/** The home page's lead story (the first story it links to from its main content), when it draws a chart. */
function leadStory(dist: string): string | undefined {
  const home = join(dist, 'index.html');
  if (!existsSync(home)) return undefined;
  const main = readFileSync(home, 'utf8').split(/<main\b/)[1] ?? '';
  const path = main.match(/href="(\/stories\/[^"/]+\/)"/)?.[1];
  return path && existsSync(join(dist, path, 'index.html')) && hasChart(join(dist, path)) ? path : undefined;
}

/** Every page of the built site that draws a chart, as URL paths, sorted (all languages). */
export function chartPages(dist = demoDist): string[] {
  const pages: string[] = [];
  const walk = (dir: string, path: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro')
        walk(join(dir, entry.name), `${path}${entry.name}/`);
    }
    if (existsSync(join(dir, 'index.html')) && hasChart(dir)) pages.push(path);
  };
  walk(dist, '/');
  return pages.sort();
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
 * Watches `page` for everything a reader should never meet: console errors, uncaught exceptions, failed requests
 * (except those the page was still making when the next page was asked for),
 * HTTP errors (except the 404 status of the 404 page's own document, when `expectStatus404` is set), CSP
 * violations and requests to any host other than `origin`.
 */
export async function watchPage(
  page: Page,
  origin: string,
  options: { expectStatus404?: boolean } = {},
): Promise<PageWatch> {
  const problems: string[] = [];
  const isDocument404 = (url: string, status: number) =>
    options.expectStatus404 && status === 404 && new URL(url).pathname.endsWith(missingPath);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const location = message.location().url;
    if (location && isDocument404(location, 404) && /status of 404/.test(message.text())) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  // A reader who leaves a page cancels what it was still loading (a font, a search fragment): Chromium reports those
  // as net::ERR_ABORTED. Such a request is no fault of the page, so it is told apart by the main-frame navigations
  // started after it; an abort with no navigation since, and every other failure, is reported. The page being left
  // may start loading something (a font) between the request for the next page and that page's arrival (its commit):
  // such a request counts as started before the navigation.
  let navigations = 0;
  let arrived = true;
  const startedAt = new WeakMap<Request, number>();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) arrived = true;
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    const started = startedAt.get(request);
    if (error === 'net::ERR_ABORTED' && started !== undefined && started < navigations) return;
    problems.push(`request failed: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isDocument404(response.url(), response.status())) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame())
      [navigations, arrived] = [navigations + 1, false];
    else startedAt.set(request, arrived ? navigations : navigations - 1);
    const url = request.url();
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin)
      problems.push(`request to another host: ${url}`);
  });
  // Violations are also console errors in Chromium; the event names the directive, which the message may not.
  await page.exposeFunction('__casefileCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __casefileCspViolation: (text: string) => void }).__casefileCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return { problems };
}

/**
 * Waits until the web fonts the page's text uses now have loaded (or failed). The page is laid out first: a face is
 * asked for only when text laid out needs it, which may come after the load event, and for text a script has just
 * added (search results) always does.
 */
export async function fontsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    document.body.getBoundingClientRect();
    await document.fonts.ready;
  });
}

/** Options for a browser context at a width (360 or 1280 px) and colour scheme. */
export function viewport(width: number, colorScheme: 'light' | 'dark' = 'light'): BrowserContextOptions {
  return {
    viewport: { width, height: width < 600 ? 740 : 900 },
    colorScheme,
    reducedMotion: 'reduce',
    locale: 'en-US',
    // The tests' zone (vitest.config.ts): the search page's dates must not depend on the reader's.
    timezoneId: process.env.TZ ?? 'Pacific/Honolulu',
  };
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
        // Unless it escapes it: an absolutely positioned element whose containing block lies outside the container
        // (no positioned element in between) overflows the page, as a visually hidden label in a table can.
        let escaping = ['absolute', 'fixed'].includes(getComputedStyle(element).position);
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          const style = getComputedStyle(parent);
          const positioned = style.position !== 'static';
          if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX) && (!escaping || positioned)) return false;
          if (escaping && positioned) escaping = false;
        }
        return true;
      })
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')} right=${Math.round(element.getBoundingClientRect().right)}`,
      );
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
        const label =
          svgs[0]?.getAttribute('aria-label') ?? figure.querySelector('figcaption, h2, h3, p')?.textContent ?? '';
        return {
          label: label.trim().slice(0, 60),
          width: Math.round(boxes[0]?.width ?? 0),
          height: Math.round(boxes[0]?.height ?? 0),
        };
      }),
  );
}

/**
 * Every visible data table that scrolls sideways (`.table-scroll`): how far its caption reaches past the visible box
 * (0 when the caption wraps within it), its cells of sentences (`.text`) narrower than 7rem (a description squeezed
 * to a letter a line), and, when only columns of words (no cell over 40 characters) come before its first column of
 * figures, how far into the
 * table that column starts against the visible width (a reader should see a figure without scrolling); for a table
 * laid out as cards, how far its box scrolls sideways instead.
 */
export function tableBoxes(page: Page): Promise<
  {
    label: string;
    captionOverflow: number;
    narrowCells: string[];
    cardsScroll?: number;
    figureColumn?: { left: number; visible: number };
  }[]
> {
  return page.evaluate(() => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    return [...document.querySelectorAll('.table-scroll')]
      .filter((box) => box.getBoundingClientRect().width > 0)
      .map((box) => {
        const visible = box.getBoundingClientRect();
        const caption = box.querySelector('caption:not(.visually-hidden)');
        const captionOverflow = caption
          ? Math.max(0, Math.round(caption.getBoundingClientRect().right - visible.right))
          : 0;
        const narrowCells = [...box.querySelectorAll('td.text')]
          .filter((cell) => cell.getBoundingClientRect().width < 7 * rem)
          .map(
            (cell) =>
              `${(cell.textContent ?? '').trim().slice(0, 30)} (${Math.round(cell.getBoundingClientRect().width)} px)`,
          )
          .slice(0, 3);
        const label = (box.getAttribute('aria-label') ?? '').slice(0, 60);
        // A table laid out as cards (a phone's case list, a stacked data table) has nothing to scroll to.
        const cards = [...box.querySelectorAll('tbody tr')].some((row) => getComputedStyle(row).display === 'grid');
        if (cards) return { label, captionOverflow, narrowCells, cardsScroll: box.scrollWidth - box.clientWidth };
        const rows = [...box.querySelectorAll('tbody tr')].map((row) => [...row.children]);
        const cells = rows[0] ?? [];
        const first = cells.findIndex((cell) => cell.classList.contains('num'));
        if (first < 0) return { label, captionOverflow, narrowCells };
        const left = Math.round(cells[first]!.getBoundingClientRect().left - visible.left);
        return { label, captionOverflow, narrowCells, figureColumn: { left, visible: Math.round(visible.width) } };
      });
  });
}

/** How much of its box's width each long entry of a facts box (`.facts-box > .wide`, a dataset's sources) takes. */
export function wideFactShares(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.facts-box > .wide')].map((entry) => {
      const box = entry.parentElement!;
      const style = getComputedStyle(box);
      const inner = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return Math.round((entry.getBoundingClientRect().width / inner) * 100) / 100;
    }),
  );
}
