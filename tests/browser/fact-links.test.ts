/**
 * Where a <Fact>'s figure takes its reader: the row of its dataset page (`/data/<id>/#row-<key>`), which must be told
 * apart from its neighbours and seen under the table's column headings, so that "917" is read as the active notices
 * of Kyrgyzstan, not guessed.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { describeBrowser, launchBrowser, pageKinds, viewport } from '../helpers/browser.ts';
import { demoDist } from '../helpers/site.ts';

describeBrowser("a Fact's link to its dataset row in Chromium", () => {
  let browser: Browser;
  let server: SiteServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // The row was scrolled to the top edge of the screen, unmarked, its column headings above it off the screen: the
  // reader saw "Kyrgyzstan  Kyrgyzstan  25  917  OCCRP" and had to scroll up to learn which figure was which.
  it.each([1280, 360])(
    "lands a story's figures on their rows marked, under the table's headings, at %i px",
    async (width) => {
      const context = await browser.newContext(viewport(width));
      const page = await context.newPage();
      await page.goto(server.origin + pageKinds().story!);
      const targets = await page.$$eval('.fact > a[href*="#row-"]', (links) => [
        ...new Set(links.map((link) => link.getAttribute('href')!)),
      ]);
      expect(targets.length, 'rows the story links to').toBeGreaterThan(5);
      const problems: string[] = [];
      for (const target of targets) {
        await page.goto(server.origin + target);
        const seen = await page.evaluate(() => {
          const row = document.querySelector<HTMLElement>(':target')!;
          const next = (row.nextElementSibling ?? row.previousElementSibling) as HTMLElement;
          const looks = (element: HTMLElement) => {
            const style = getComputedStyle(element);
            return `${style.backgroundColor} ${style.outlineStyle} ${style.outlineWidth}`;
          };
          const head = row.closest('table')!.querySelector('thead')!;
          // A phone's cards label each cell and hide the heading row: only a table laid out as one needs it in view.
          const headShown = getComputedStyle(head.querySelector('th')!).position !== 'absolute';
          return {
            tag: row.tagName,
            marked: looks(row) !== looks(next),
            rowTop: Math.round(row.getBoundingClientRect().top),
            headTop: headShown ? Math.round(head.getBoundingClientRect().top) : 0,
          };
        });
        if (seen.tag !== 'TR') problems.push(`${target}: the target is a ${seen.tag}`);
        if (!seen.marked) problems.push(`${target}: the row looks as its neighbour does`);
        if (seen.headTop < 0) problems.push(`${target}: the column headings are ${-seen.headTop} px above the screen`);
        if (seen.rowTop < 0) problems.push(`${target}: the row starts above the screen`);
      }
      await context.close();
      expect(problems).toEqual([]);
    },
  );
});
