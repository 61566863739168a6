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

/** The least room, in CSS pixels, between a chart's text and each edge of its SVG. */
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
    `at %i px, no chart text of any page crosses an edge of its SVG or comes within ${clearance} px of one`,
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
              const edge = svg.getBoundingClientRect();
              return [...svg.querySelectorAll('text')]
                .map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }))
                .filter(({ box }) => box.width > 0)
                .map(({ text, box }) => ({
                  text,
                  rooms: {
                    left: box.left - edge.left,
                    right: edge.right - box.right,
                    top: box.top - edge.top,
                    bottom: edge.bottom - box.bottom,
                  },
                }));
            }),
        );
        measured += texts.length;
        for (const { text, rooms } of texts)
          for (const [side, room] of Object.entries(rooms))
            if (room < clearance) near.push(`${path} "${text}": ${room.toFixed(1)} px from the ${side} edge`);
      }
      await context.close();
      expect(measured, 'chart texts measured').toBeGreaterThan(100);
      expect(near).toEqual([]);
    },
  );
});
