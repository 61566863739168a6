/**
 * Chart text against chart text: every label of every chart of the demo, as Chromium sets it, at a phone's and a
 * desktop's width, in English and French. The layout places labels by widths it estimates (text-width.ts): tick
 * labels side by side, a wrapped name's lines, a value beside its bar's label. Two that overlap read as one.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { chartPages, describeBrowser, fontsSettled, launchBrowser, viewport } from '../helpers/browser.ts';
import { demoDist } from '../helpers/site.ts';

describeBrowser('chart text apart', () => {
  let browser: Browser;
  let server: SiteServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([360, 1280])('at %i px, no two lines of chart text of any page overlap', async (width) => {
    const paths = chartPages();
    expect(paths.some((path) => path.startsWith('/fr/'))).toBe(true);
    const context = await browser.newContext(viewport(width));
    const page = await context.newPage();
    const overlaps: string[] = [];
    let measured = 0;
    for (const path of paths) {
      await page.goto(server.origin + path);
      await fontsSettled(page);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('.chart-drawing svg')]
          .filter((svg) => !svg.parentElement?.closest('svg') && svg.checkVisibility())
          .map((svg) =>
            // Each line: a wrapped label's lines are its tspans.
            [...svg.querySelectorAll('text')]
              .flatMap((text) => {
                const lines = [...text.querySelectorAll('tspan')];
                return lines.length ? lines : [text];
              })
              .map((line) => ({ text: line.textContent ?? '', box: line.getBoundingClientRect() }))
              .filter(({ box }) => box.width > 0)
              .map(({ text, box }) => ({ text, left: box.left, right: box.right, top: box.top, bottom: box.bottom })),
          ),
      );
      for (const lines of found) {
        measured += lines.length;
        // A line's box is its font's ascent and descent: the lines of a wrapped label, 1.25em apart, do not meet, and
        // a box may graze another by a pixel where glyphs do not.
        for (const [i, a] of lines.entries())
          for (const b of lines.slice(i + 1)) {
            const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (across > 1 && down > 1) overlaps.push(`${path} "${a.text}" and "${b.text}": ${across.toFixed(1)} px`);
          }
      }
    }
    await context.close();
    expect(measured, 'chart text lines measured').toBeGreaterThan(100);
    expect(overlaps).toEqual([]);
  });
});
