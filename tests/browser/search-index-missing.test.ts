/**
 * The search page in Chromium when its index cannot load: a copy of the built demo whose `pagefind/pagefind.js` is
 * missing (a deploy that lost it) or broken (cut off), served on 127.0.0.1. A linked search whose filter value the
 * page does not list asks the index for its values first (search.js: openLinked); that fails too, so the value is
 * kept, as the link wrote it, and the search says it could not load, in the page's language, rather than dropping
 * the value as stale or saying nothing.
 */
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { demoDist } from '../helpers/site.ts';
import { describeBrowser, launchBrowser, viewport, watchPage } from '../helpers/browser.ts';
import { announcements, recordAnnouncements } from '../helpers/search-page.ts';

describeBrowser('the search page in Chromium, its index missing or broken', () => {
  let browser: Browser;
  const sites: { folder: string; server: SiteServer }[] = [];
  /** A copy of the demo build, changed by `edit`, served on 127.0.0.1. */
  const serveCopy = async (edit: (folder: string) => void) => {
    const folder = mkdtempSync(join(tmpdir(), 'casefile-search-index-'));
    cpSync(demoDist, folder, { recursive: true });
    edit(join(folder, 'pagefind/pagefind.js'));
    const server = await serveSite(folder);
    sites.push({ folder, server });
    return server;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    for (const { folder, server } of sites) {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  // Each with what the page reports of it, and nothing else: the file not found (the request, Chromium's line on it,
  // the failed import the script logs), or not valid JavaScript.
  const cases = [
    {
      name: 'missing',
      edit: (file: string) => unlinkSync(file),
      reported: /\/pagefind\/pagefind\.js|^console error: Failed to load resource: .* 404 \(Not Found\)$/,
    },
    {
      name: 'broken',
      edit: (file: string) => writeFileSync(file, 'export async function init() {'),
      reported: /^console error: SyntaxError: Unexpected end of input$/,
    },
  ];
  for (const { name, edit, reported } of cases) {
    it(`with pagefind.js ${name}, a linked search keeps the values the page does not list, and says "Searching…" then that search could not load, in English and French`, async () => {
      const server = await serveCopy(edit);
      const context = await browser.newContext(viewport(360));
      const page = await context.newPage();
      const watch = await watchPage(page, server.origin);
      await recordAnnouncements(page);
      for (const { base, country } of [
        { base: '', country: 'Atlantis' },
        { base: '/fr', country: 'Atlantide' },
      ]) {
        await page.goto(`${server.origin}${base}/search/?q=notice&country=${country}`);
        const failed = page.locator('#search-status[data-search-for][data-search-state="error"]');
        await failed.waitFor({ state: 'attached', timeout: 10_000 });
        const loading = await page.locator('#search').getAttribute('data-msg-loading');
        const error = await page.locator('#search').getAttribute('data-msg-error');
        expect(loading).toMatch(base ? /^Recherche en cours/ : /^Searching/);
        expect(error).toMatch(base ? /^La recherche n’a pas pu se charger\./ : /^Search could not load\./);
        expect(await failed.getAttribute('data-search-for')).toBe(`q=notice&country=${country}`);
        expect(await failed.getAttribute('aria-busy')).toBe('false');
        // What a screen reader is given: the wait, then the failure; no note that the value was left out.
        expect(await announcements(page)).toEqual([
          { region: 'search-status', text: loading, busy: 'false', state: 'running' },
          { region: 'search-status', text: error, busy: 'false', state: 'error' },
        ]);
        // The value the index could not be asked about is kept: chosen, in the address and in the summary's count.
        expect(await page.locator('#search-country').inputValue()).toBe(country);
        expect(new URL(page.url()).search).toBe(`?q=notice&country=${country}`);
        expect(await page.locator('#search-ignored').isVisible()).toBe(false);
        expect(await page.locator('#search-list li').count()).toBe(0);
        expect(await page.locator('#search-active button').count()).toBe(1);

        // The reader's next search fails in the same words, and is announced again all the same.
        await page.locator('#search-active button').click();
        await page
          .locator('#search-status[data-search-for="q=notice"][data-search-state="error"]')
          .waitFor({ state: 'attached', timeout: 10_000 });
        expect(await announcements(page)).toEqual([
          { region: 'search-status', text: '', busy: 'true', state: 'running' },
          { region: 'search-status', text: error, busy: 'false', state: 'error' },
        ]);
        expect(new URL(page.url()).search).toBe('?q=notice');
      }
      await context.close();
      expect(watch.problems.length).toBeGreaterThan(0);
      expect(watch.problems.filter((problem) => !reported.test(problem))).toEqual([]);
    });
  }
});
