/**
 * Chart text at every width a reader may have: a chart is drawn at 340 and 680 px and the page shows one, scaled to
 * its box, so the text grows and shrinks with the box. Between a phone and a desktop, and in a phone turned sideways
 * or a desktop zoomed in, the axis text stays between 10 and 16 CSS pixels (it is 12 px at the drawing's own width).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { describeBrowser, launchBrowser, pageKinds, viewport } from '../helpers/browser.ts';
import { demoDist } from '../helpers/site.ts';

const widths = [320, 360, 440, 520, 559, 560, 600, 640, 700, 800, 1024, 1280];

describeBrowser('chart text from a phone to a desktop', () => {
  let browser: Browser;
  let server: SiteServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws axis text between 10 and 16 px at every viewport width from 320 to 1280 px', async () => {
    const path = pageKinds().story;
    expect(path).toBeDefined();
    const sizes: [number, number, number][] = [];
    for (const width of widths) {
      const context = await browser.newContext(viewport(width));
      const page = await context.newPage();
      await page.goto(server.origin + path!);
      // The text size of the visible drawing of each chart: its 12 px font scaled by the drawing's box.
      const scaled = await page.evaluate(() =>
        [...document.querySelectorAll('.chart-drawing svg')]
          // Drawings with text only: a map is drawn once, without labels.
          .filter((svg) => !svg.parentElement?.closest('svg') && svg.checkVisibility() && svg.querySelector('text'))
          .map((svg) => (12 * svg.getBoundingClientRect().width) / (svg as SVGSVGElement).viewBox.baseVal.width),
      );
      await context.close();
      expect(scaled.length, `charts seen at ${width} px`).toBeGreaterThan(0);
      sizes.push([width, Math.min(...scaled), Math.max(...scaled)]);
    }
    const outside = sizes
      .filter(([, min, max]) => min < 10 || max > 16)
      .map(([w, min, max]) => `${w} px: ${min.toFixed(1)}–${max.toFixed(1)}`);
    expect(outside).toEqual([]);
  });
});
