/**
 * Every page kind in a real Chromium, served with the site's CSP: loads cleanly, fits a 360 px phone, draws its
 * charts in both colour schemes, and leaves screenshots at 360 and 1280 px in tests/.output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { demoDist } from '../helpers/site.ts';
import {
  chartBoxes,
  describeBrowser,
  horizontalOverflow,
  launchBrowser,
  pageKinds,
  screenshotDir,
  viewport,
  watchPage,
  type PageKind,
} from '../helpers/browser.ts';

const kinds = Object.entries(pageKinds()) as [PageKind, string | undefined][];

describeBrowser('every page kind in Chromium', () => {
  let browser: Browser;
  let server: SiteServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
    mkdirSync(screenshotDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens `path` at `width` in `scheme`; returns the page and what went wrong while it loaded. */
  async function visit(kind: PageKind, path: string, width: number, scheme: 'light' | 'dark' = 'light') {
    const context = await browser.newContext(viewport(width, scheme));
    const page = await context.newPage();
    const watch = await watchPage(page, server.origin, { expectStatus404: kind === '404' });
    // The search page fetches after load (its index); other pages have nothing to wait for once loaded.
    const response = await page.goto(server.origin + path, { waitUntil: kind === 'search' ? 'networkidle' : 'load' });
    expect(response?.status(), `${path} status`).toBe(kind === '404' ? 404 : 200);
    await page.evaluate(() => document.fonts.ready);
    return { page, problems: watch.problems, close: () => context.close() };
  }

  const shot = (page: Page, kind: PageKind, width: number, scheme = 'light') =>
    page.screenshot({ path: join(screenshotDir, `${kind.replace(/\s+/g, '-')}-${width}${scheme === 'dark' ? '-dark' : ''}.png`), fullPage: true });

  it.each(kinds)('the %s page loads with no console error, failed request, CSP violation or other host', async (kind, path) => {
    expect(path, `the demo build has no ${kind} page`).toBeDefined();
    const problems: string[] = [];
    for (const [width, scheme] of [[1280, 'light'], [360, 'light'], [1280, 'dark']] as const) {
      const visited = await visit(kind, path!, width, scheme);
      problems.push(...visited.problems.map((problem) => `${width} px ${scheme}: ${problem}`));
      if (scheme === 'light' || kind === 'story') await shot(visited.page, kind, width, scheme);
      if (kind === 'story' && width === 1280 && scheme === 'light') {
        await visited.page.screenshot({ path: join(screenshotDir, 'readme-story-1280.png') });
      }
      await visited.close();
    }
    expect(problems).toEqual([]);
  });

  it.each(kinds)('the %s page needs no horizontal scrolling at 360 px', async (kind, path) => {
    expect(path, `the demo build has no ${kind} page`).toBeDefined();
    const { page, close } = await visit(kind, path!, 360);
    const overflow = await horizontalOverflow(page);
    await close();
    expect(overflow.scrollWidth, `page is ${overflow.scrollWidth} px wide at ${overflow.width} px; widest: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.width);
  });

  it.each(kinds)('every chart on the %s page is drawn with a non-empty box in light and dark', async (kind, path) => {
    expect(path, `the demo build has no ${kind} page`).toBeDefined();
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        const { page, close } = await visit(kind, path!, width, scheme);
        const charts = await chartBoxes(page);
        await close();
        if (kind === 'story' || kind === 'dataset') expect(charts.length, `charts on ${path}`).toBeGreaterThan(0);
        for (const chart of charts) {
          expect(chart.width > 0 && chart.height > 0, `${scheme} ${width} px: chart "${chart.label}" is drawn ${chart.width}x${chart.height}`).toBe(true);
        }
      }
    }
  });
});
