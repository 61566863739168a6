/**
 * The search page of a site served below a path (https://user.github.io/casefile/), in Chromium under the site's
 * CSP: it loads Pagefind from the folder, and its results link the pages there, including the English pages the
 * French index holds (whose address the index gives from the root).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { servedBelow, serveSite, type SiteServer } from '../../scripts/serve.ts';
import { buildFixture } from '../pages/fixture-site.ts';
import { describeBrowser, launchBrowser, viewport, watchPage } from '../helpers/browser.ts';
import { searchDone } from '../helpers/search-page.ts';

const base = '/casefile/';

describeBrowser('the search page of a site served below a path, in Chromium', () => {
  let site: ReturnType<typeof buildFixture> | undefined;
  let browser: Browser;
  let server: SiteServer;

  beforeAll(async () => {
    site = buildFixture({ env: { CASEFILE_SITE_URL: `https://user.github.io${base}` } });
    expect(site.result.status, site.result.output).toBe(0);
    [browser, server] = await Promise.all([
      launchBrowser(),
      serveSite(site.result.dist, { base: servedBelow(site.result.dist) }),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  for (const [path, query, found] of [
    ['search/', 'backlog', 'stories/watchdog/'],
    // An English story the French site lists untranslated: the French index holds a copy, with the page's address.
    ['fr/search/', 'backlog', 'stories/watchdog/'],
  ] as const) {
    it(`finds "${query}" on ${base}${path} and links the page below the folder, which opens`, async () => {
      const context = await browser.newContext(viewport(1280));
      const page = await context.newPage();
      const watch = await watchPage(page, server.origin);
      await page.goto(`${server.origin}${base}${path}?q=${query}`);
      // The page's own word that the results shown answer this search (Pagefind's files load from the folder).
      await searchDone(page, `q=${query}`, 15_000);
      const links = await page.$$eval('#search-list li a[href]', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(links).toContain(`${base}${found}`);
      expect(links.filter((link) => !link.startsWith(base))).toEqual([]);
      await page.locator(`#search-list a[href$="${found}"]`).first().click();
      await page.waitForURL(`**${base}${found}`);
      expect(await page.locator('main h1').textContent()).toMatch(/watchdog/i);
      // Pagefind's script, WebAssembly and index came from the folder; nothing failed or broke the CSP.
      expect(watch.problems).toEqual([]);
      await context.close();
    });
  }
});
