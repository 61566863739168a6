/**
 * The search page of a language that lists no case file, in Chromium: a site whose only case file is French (no
 * English original), so the English search page has no filter by a case file's status. A link that carries one
 * there (the language switcher does) tells the reader it was not applied, rather than widening the search unsaid.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { buildFixture } from '../pages/fixture-site.ts';
import { describeBrowser, launchBrowser, viewport, watchPage } from '../helpers/browser.ts';
import { searchDone } from '../helpers/search-page.ts';

describeBrowser('the search page of a language that lists no case file, in Chromium', () => {
  let site: ReturnType<typeof buildFixture> | undefined;
  let browser: Browser;
  let server: SiteServer;

  beforeAll(async () => {
    site = buildFixture({
      edit: (root) => {
        mkdirSync(join(root, 'content/cases/fr'), { recursive: true });
        renameSync(join(root, 'content/cases/kloop-founder.mdx'), join(root, 'content/cases/fr/kloop-founder.mdx'));
        // The English story that linked it links no case file now.
        const story = join(root, 'content/stories/the-files.mdx');
        writeFileSync(story, readFileSync(story, 'utf8').replace('cases: [kloop-founder]\n', ''));
      },
    });
    expect(site.result.status, site.result.output).toBe(0);
    [browser, server] = await Promise.all([launchBrowser(), serveSite(site.result.dist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  it("says that a linked case file's status was not applied where the language lists no case file, naming the language", async () => {
    const context = await browser.newContext(viewport(360));
    const page = await context.newPage();
    const watch = await watchPage(page, server.origin);
    // The French page offers the filter, and finds the French case file with it.
    await page.goto(`${server.origin}/fr/search/?status=refused`);
    await searchDone(page, 'status=refused');
    expect(await page.locator('#search-case-status').inputValue()).toBe('refused');
    expect(await page.locator('#search-list li a').getAttribute('href')).toBe('/fr/cases/kloop-founder/');
    expect(await page.locator('#search-ignored').isVisible()).toBe(false);

    // The language switcher carries it to the English page, which has no such filter.
    await page.locator('.language-switcher a[hreflang="en"]').click();
    await searchDone(page, '');
    expect(await page.locator('#search-case-status').count()).toBe(0);
    expect(await page.locator('#search-ignored p').allTextContents()).toEqual([
      'No case files in English: the link’s filter “Request status: refused” was not applied.',
    ]);
    expect(await page.locator('#search-ignored').isVisible()).toBe(true);
    expect(page.url()).toBe(`${server.origin}/search/`);
    expect(await page.locator('#search-list li').count()).toBe(0);
    // With a query, the search runs without it, and says the same.
    await page.goto(`${server.origin}/search/?q=backlog&status=refused&notice=red-notice`);
    await searchDone(page, 'q=backlog');
    expect(await page.locator('#search-ignored p').allTextContents()).toEqual([
      'No case files in English: the link’s filter “Request status: refused” was not applied.',
      'No case files in English: the link’s filter “Request: red-notice” was not applied.',
    ]);
    expect(await page.locator('#search-list li').count()).toBeGreaterThan(0);
    await context.close();
    expect(watch.problems).toEqual([]);
  });
});
