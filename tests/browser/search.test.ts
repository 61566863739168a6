/**
 * The search page in Chromium, under the site's CSP: a case file is found by its subject's name, a filter narrows
 * the results, and the URL carries the search so it can be linked.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { demoDist, page as builtPage } from '../helpers/site.ts';
import { describeBrowser, launchBrowser, viewport, watchPage } from '../helpers/browser.ts';
import { searchDone } from '../helpers/search-page.ts';

/** The demo's case files with their headlines, which name the person or group. */
function caseFiles(): { path: string; title: string }[] {
  const root = join(demoDist, 'cases');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'index.html')))
    .map((entry) => {
      const path = `/cases/${entry.name}/`;
      return { path, title: builtPage(path).querySelector('main h1')?.textContent?.trim() ?? '' };
    });
}

/** The kind each result shows ("Case file", "Dataset"), in the order shown. */
async function resultKinds(page: Page): Promise<string[]> {
  return page.locator('#search-list li .search-kind').allTextContents();
}

/** How many results the status announces ("7 results for …", "1 result for …", "No results …": 0). */
async function announced(page: Page): Promise<number> {
  const text = (await page.locator('#search-status').textContent()) ?? '';
  return /^\d+ /.test(text) ? Number(text.split(' ')[0]) : 0;
}

/** Result links in the order shown, as site paths. */
async function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval('#search-list li a[href]', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

describeBrowser('the search page in Chromium', () => {
  let browser: Browser;
  let server: SiteServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the case file "Pestrikov" from a linked query, then a kind filter keeps only case files', async () => {
    const pestrikov = caseFiles().find((entry) => /Pestrikov/i.test(entry.title) || /pestrikov/.test(entry.path));
    expect(pestrikov, 'a case file about Pestrikov in the demo build').toBeDefined();
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    const watch = await watchPage(page, server.origin);

    await page.goto(`${server.origin}/search/?q=Pestrikov`);
    await searchDone(page, 'q=Pestrikov');
    expect((await resultPaths(page))[0]).toBe(pestrikov!.path);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results? for “Pestrikov”\.$/);
    expect(await page.locator('#search-list mark').count(), 'the match is highlighted').toBeGreaterThan(0);

    // Each assertion below is read once the results answer the new filter: the previous results could pass them.
    await page.selectOption('#search-kind', 'case');
    await searchDone(page, 'q=Pestrikov&kind=case');
    expect(new URL(page.url()).searchParams.get('kind')).toBe('case');
    const cases = await resultPaths(page);
    expect(cases).toHaveLength(await announced(page));
    expect(cases).toContain(pestrikov!.path);
    expect(cases.filter((path) => !path.startsWith('/cases/'))).toEqual([]);
    expect(new Set(await resultKinds(page))).toEqual(new Set(['Case file']));

    await page.selectOption('#search-kind', 'dataset');
    await searchDone(page, 'q=Pestrikov&kind=dataset');
    expect(await resultPaths(page)).not.toContain(pestrikov!.path);
    expect(await resultPaths(page)).toHaveLength(await announced(page));
    expect((await resultKinds(page)).filter((kind) => kind !== 'Dataset')).toEqual([]);
    await context.close();
    expect(watch.problems).toEqual([]);
  });

  it('finds every case file by the words of its title', async () => {
    const cases = caseFiles();
    expect(cases.length).toBeGreaterThan(0);
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    for (const { path, title } of cases) {
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(title)}`);
      await searchDone(page, { q: title });
      expect(await resultPaths(page), `search for "${title}"`).toContain(path);
    }
    await context.close();
  });

  it('on a phone, folds the filters so that what a search finds shows on the first screen; with a filter set, shows them', async () => {
    const context = await browser.newContext(viewport(360));
    const page = await context.newPage();
    const watch = await watchPage(page, server.origin);
    await page.goto(`${server.origin}/search/`);
    await expect
      .poll(() => page.locator('#search-filters').evaluate((box) => (box as HTMLDetailsElement).open))
      .toBe(false);
    await page.locator('#search-q').fill('notice');
    await page.locator('#search-q').press('Enter');
    await searchDone(page, 'q=notice');
    expect(await page.locator('#search-status').textContent()).toMatch(/results? for “notice”/);
    // A 360 × 740 phone: the count and the first result are on the screen without scrolling.
    await page.evaluate(() => window.scrollTo(0, 0));
    const first = await page.locator('#search-list li').first().boundingBox();
    expect(first!.y, 'the first result starts on the first screen').toBeLessThan(740);
    // The summary that opens them is a target a finger can hit: 24 px high at least (WCAG 2.5.8).
    const summary = await page.locator('#search-filters summary').boundingBox();
    expect(summary!.height, 'height of "Narrow the results"').toBeGreaterThanOrEqual(24);
    // The summary opens them, with the keyboard too.
    await page.locator('#search-filters summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#search-kind').isVisible()).toBe(true);
    // A linked search with a filter shows what narrows it.
    await page.goto(`${server.origin}/search/?q=notice&kind=case`);
    await searchDone(page, 'q=notice&kind=case');
    expect(await page.locator('#search-filters').evaluate((box) => (box as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('#search-kind').inputValue()).toBe('case');
    await context.close();
    expect(watch.problems).toEqual([]);
    // On a desktop screen they are open from the start.
    const wide = await browser.newContext(viewport(1280));
    const desktop = await wide.newPage();
    await desktop.goto(`${server.origin}/search/`);
    await expect.poll(() => desktop.locator('#search-kind').isVisible()).toBe(true);
    await wide.close();
  });

  it('without JavaScript, says first that search needs it, on the first screen of a phone, and shows no form that cannot work', async () => {
    const context = await browser.newContext({ ...viewport(360), javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/?q=Pestrikov&kind=case`);
    const notice = page.locator('main .notice');
    // Without JavaScript the page is as it was loaded: read once, not polled for 5 s (which a busy machine outlasted).
    expect(await notice.textContent()).toContain('needs JavaScript');
    const box = await notice.boundingBox();
    expect(box?.y, 'the notice is above the fold of a 360 × 740 phone screen').toBeLessThan(740 - (box?.height ?? 0));
    expect(await page.locator('.search-form').isVisible()).toBe(false);
    expect(await page.locator('#search-q').isVisible()).toBe(false);
    await context.close();
  });
});
