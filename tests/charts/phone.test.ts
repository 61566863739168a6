/**
 * The narrow-screen strategy in a real Chromium: at 360 px each chart shows its narrow drawing (340 px wide, so
 * its 12 px labels stay about 12 px), at 1280 px the wide one; print shows the wide one. Screenshots of every
 * story chart at 360 px are left in tests/.output/screenshots/charts/ for review.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { demoDist } from '../helpers/site.ts';
import { describeBrowser, launchBrowser, screenshotDir, viewport } from '../helpers/browser.ts';

const story = '/stories/two-decades-of-red-notices/';

/** For each figure: which drawing is displayed, and the smallest rendered size of its text in CSS pixels. */
function drawings(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.chart')].map((figure) => {
      const shown = [...figure.querySelectorAll('[data-chart-variant]')].filter(
        (div) => getComputedStyle(div).display !== 'none',
      );
      const texts = shown.flatMap((div) => [...div.querySelectorAll('text')]);
      const sizes = texts.map((text) => text.getBoundingClientRect().height).filter((h) => h > 0);
      return {
        shown: shown.map((div) => div.getAttribute('data-chart-variant')),
        smallestText: Math.min(...sizes),
        texts: sizes.length,
      };
    }),
  );
}

describeBrowser('charts on a phone', () => {
  let browser: Browser;
  let server: SiteServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
    mkdirSync(join(screenshotDir, 'charts'), { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('at 360 px every chart shows its narrow drawing with text of at least 10 px, and is screenshotted', async () => {
    const context = await browser.newContext(viewport(360));
    const page = await context.newPage();
    await page.goto(server.origin + story);
    const seen = await drawings(page);
    const figures = await page.$$('figure.chart');
    for (const [i, figure] of figures.entries())
      await figure.screenshot({ path: join(screenshotDir, 'charts', `chart-${i + 1}-360.png`) });
    await context.close();
    expect(seen.length).toBeGreaterThan(0);
    for (const figure of seen) {
      expect(figure.shown).toEqual(['narrow']);
      // (The smallest of no text would be Infinity.)
      expect(figure.texts).toBeGreaterThan(0);
      expect(figure.smallestText).toBeGreaterThanOrEqual(10);
    }
  });

  it('at 1280 px, and in print, every chart shows its wide drawing', async () => {
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    await page.goto(server.origin + story);
    const screen = await drawings(page);
    await page.emulateMedia({ media: 'print' });
    const print = await drawings(page);
    await context.close();
    expect(screen.length).toBeGreaterThan(0);
    expect(print.length).toBe(screen.length);
    for (const figure of [...screen, ...print]) expect(figure.shown).toEqual(['wide']);
  });
});
