/**
 * The search page in Chromium at 360 px, served as a static host would (scripts/serve.ts, with the site's CSP): a
 * linked search opens with its results, typing searches and rewrites the URL without adding history entries, a link
 * with filters opens with them selected, and the controls are reachable and visibly focused from the keyboard.
 * (tests/browser/search.test.ts covers the kind filter on a query and every case file by its title.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { describeBrowser, launchBrowser, viewport, watchPage, type PageWatch } from '../helpers/browser.ts';
import { demoDist } from '../helpers/site.ts';

describeBrowser('the search page in Chromium at 360 px', () => {
  let browser: Browser;
  let server: SiteServer;
  let context: BrowserContext;
  let tab: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
    context = await browser.newContext(viewport(360));
    tab = await context.newPage();
    watch = await watchPage(tab, server.origin);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const status = () => tab.locator('#search-status').textContent();
  const resultPaths = () =>
    tab.$$eval('#search-list li h3 a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const query = () => tab.locator('#search-q');

  it('opens a linked search with the case file first, its kind, date and the match highlighted', async () => {
    await tab.goto(`${server.origin}/search/?q=Pestrikov`);
    await expect.poll(status, { timeout: 10_000 }).toMatch(/results? for “Pestrikov”\.$/);
    expect(await query().inputValue()).toBe('Pestrikov');
    expect((await resultPaths())[0]).toMatch(/^\/cases\/[^/]*pestrikov[^/]*\/$/);
    const first = tab.locator('#search-list li').first();
    expect(await first.locator('.search-kind').textContent()).toBe('Case file');
    expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await first.locator('mark').first().textContent()).toMatch(/^pestrikov\W*$/i);
    // Nothing wider than the screen.
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(watch.problems).toEqual([]);
  });

  it('answers a name no page holds with no results, not with the pages of a word it starts with, filters or not', async () => {
    // Pagefind itself answers "elephant" with the pages that mention El Salvador.
    for (const search of ['q=elephant', 'q=elephant&kind=story']) {
      await tab.goto(`${server.origin}/search/?${search}`);
      await expect.poll(status, { timeout: 10_000 }).toBe('No results for “elephant”.');
      expect(await resultPaths()).toEqual([]);
      expect(await tab.locator('#search-more').isHidden()).toBe(true);
    }
    // A name the site holds still finds its pages.
    await query().fill('Salvador');
    await expect.poll(resultPaths, { timeout: 10_000 }).not.toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  it('searches as the reader types and rewrites the URL without adding history entries', async () => {
    await tab.goto(`${server.origin}/search/`);
    expect(await status()).toBe('');
    const entries = await tab.evaluate(() => history.length);
    await query().pressSequentially('Pestrikov');
    await expect.poll(() => tab.url(), { timeout: 10_000 }).toBe(`${server.origin}/search/?q=Pestrikov`);
    await expect.poll(resultPaths, { timeout: 10_000 }).not.toEqual([]);
    expect((await resultPaths())[0]).toMatch(/pestrikov/);
    expect(await tab.evaluate(() => history.length)).toBe(entries);
    // Clearing the box clears the results, the announcement and the URL.
    await query().fill('');
    await expect.poll(() => tab.url()).toBe(`${server.origin}/search/`);
    expect(await resultPaths()).toEqual([]);
    expect(await status()).toBe('');
    expect(watch.problems).toEqual([]);
  });

  it('opens a link with filters and no query with those filters selected and only matching pages listed', async () => {
    await tab.goto(`${server.origin}/search/?kind=case&country=Russia`);
    expect(await tab.getByLabel('Kind').inputValue()).toBe('case');
    expect(await tab.getByLabel('Country').inputValue()).toBe('Russia');
    await expect.poll(status, { timeout: 10_000 }).toMatch(/for these filters\.$/);
    const paths = await resultPaths();
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path).toMatch(/^\/cases\//);
    expect(watch.problems).toEqual([]);
  });

  it('filters by tag, and the language switcher carries the search to the French search page, country left out', async () => {
    await tab.goto(`${server.origin}/search/?country=Russia`);
    await expect.poll(status, { timeout: 10_000 }).toMatch(/for these filters\.$/);
    const russia = Number((await status())!.split(' ')[0]);
    await tab.goto(`${server.origin}/search/?tag=ccf&country=Russia`);
    expect(await tab.getByLabel('Tag').inputValue()).toBe('ccf');
    await expect.poll(status, { timeout: 10_000 }).toMatch(/for these filters\.$/);
    const tagged = Number((await status())!.split(' ')[0]);
    expect(tagged).toBeGreaterThan(0);
    expect(tagged).toBeLessThan(russia);
    const french = tab.locator('.language-switcher a[hreflang="fr"]');
    expect(await french.getAttribute('href')).toBe('/fr/search/?tag=ccf');
    await query().fill('Pestrikov');
    await expect.poll(() => french.getAttribute('href'), { timeout: 10_000 }).toBe('/fr/search/?q=Pestrikov&tag=ccf');
    // Let that search finish: a request still in flight when the next test navigates away would be reported there.
    await expect.poll(status, { timeout: 10_000 }).toMatch(/“Pestrikov”\.$/);
    await tab.waitForLoadState('networkidle');
    expect(watch.problems).toEqual([]);
  });

  it('typesets French results as the pages are: no title or excerpt can start a line with ":" or "»"', async () => {
    await tab.goto(`${server.origin}/fr/search/?q=russie`);
    await expect.poll(status, { timeout: 10_000 }).toMatch(/résultats? pour «\u00a0russie\u00a0»/);
    const texts = await tab.locator('#search-list h3, #search-list .search-excerpt').allTextContents();
    expect(texts.length).toBeGreaterThan(4);
    expect(texts.filter((text) => /[ \t\n](?=[:;!?»])|«[ \t\n]/.test(text))).toEqual([]);
    await tab.waitForLoadState('networkidle');
    expect(watch.problems).toEqual([]);
  });

  it('shows ten results at a time; "Show more" adds the next ten and moves focus to the first of them', async () => {
    await tab.goto(`${server.origin}/search/?q=Interpol`);
    await expect.poll(status, { timeout: 10_000 }).toMatch(/^\d+ results for “Interpol”\.$/);
    const total = Number((await status())!.split(' ')[0]);
    expect(total).toBeGreaterThan(10);
    expect(await resultPaths()).toHaveLength(10);
    await tab.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(async () => (await resultPaths()).length).toBe(Math.min(20, total));
    expect(await tab.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-list li')[10])).toBe(true);
    expect(await tab.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(total > 20);
    expect(watch.problems).toEqual([]);
  });

  it('reaches the query box, the filters\' summary and every filter with Tab, each with a visible focus outline', async () => {
    await tab.goto(`${server.origin}/search/`);
    await query().focus();
    for (const id of ['search-q', 'search-kind', 'search-country', 'search-year', 'search-tag']) {
      if (id === 'search-kind') {
        // The submit button sits between the box and the filters, then the summary that folds them.
        await tab.keyboard.press('Tab');
        expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Search');
        await tab.keyboard.press('Tab');
        expect(await tab.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent])).toEqual(['SUMMARY', 'Narrow the results']);
        expect(await tab.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), 'focus outline on the summary').not.toBe('none');
        // On this phone-sized page the filters start folded: Enter opens them.
        expect(await tab.locator('#search-kind').isVisible()).toBe(false);
        await tab.keyboard.press('Enter');
      }
      if (id !== 'search-q') await tab.keyboard.press('Tab');
      expect(await tab.evaluate(() => document.activeElement?.id)).toBe(id);
      const outline = await tab.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline, `focus outline on #${id}`).not.toBe('none');
    }
  });
});
