/**
 * Chart text against its drawing's edge: every label of every chart of the demo, as Chromium sets it, at a phone's
 * and a desktop's width. The layout estimates text widths (layout.ts) where the browser's font decides them; a
 * value at the longest bar's end ("741" on a phone) touched the SVG's right edge when the font's figures were wider
 * than the estimate.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { chartPages, describeBrowser, fontsSettled, launchBrowser, viewport } from '../helpers/browser.ts';
import { demoDist } from '../helpers/site.ts';

/** The least room, in CSS pixels, between a chart's text and its SVG's right edge. */
const clearance = 2;

describeBrowser('chart text inside its drawing', () => {
  let browser: Browser;
  let server: SiteServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([360, 1280])(
    `at %i px, no chart text of any page crosses its SVG's right edge or comes within ${clearance} px of it`,
    async (width) => {
      const paths = chartPages();
      expect(paths.length).toBeGreaterThan(3);
      const context = await browser.newContext(viewport(width));
      const page = await context.newPage();
      const near: string[] = [];
      let measured = 0;
      for (const path of paths) {
        await page.goto(server.origin + path);
        await fontsSettled(page);
        const texts = await page.evaluate(() =>
          [...document.querySelectorAll('.chart-drawing svg')]
            .filter((svg) => !svg.parentElement?.closest('svg') && svg.checkVisibility())
            .flatMap((svg) => {
              const edge = svg.getBoundingClientRect().right;
              return [...svg.querySelectorAll('text')]
                .map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }))
                .filter(({ box }) => box.width > 0)
                .map(({ text, box }) => ({ text, room: edge - box.right }));
            }),
        );
        measured += texts.length;
        for (const { text, room } of texts)
          if (room < clearance) near.push(`${path} "${text}": ${room.toFixed(1)} px from the right edge`);
      }
      await context.close();
      expect(measured, 'chart texts measured').toBeGreaterThan(100);
      expect(near).toEqual([]);
    },
  );
});
