/**
 * The French search page in Chromium, served with the site's CSP: it loads the French index (Pagefind picks it from
 * <html lang="fr">), answers in French and writes dates the French way, and finds what the French site lists in
 * English (untranslated stories and case files, datasets) with their texts marked as English.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { describeBrowser, launchBrowser, viewport, watchPage, type PageWatch } from '../helpers/browser.ts';
import { demoDist } from '../helpers/site.ts';
import { searchDone } from '../helpers/search-page.ts';

describeBrowser('the French search page in Chromium', () => {
  let browser: Browser;
  let server: SiteServer;
  let tab: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
    tab = await (await browser.newContext(viewport(1280))).newPage();
    watch = await watchPage(tab, server.origin);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds French pages, and the originals the French site lists untranslated, announced in French, with French kinds and dates', async () => {
    await tab.goto(`${server.origin}/fr/search/?q=diffusion`);
    await searchDone(tab, 'q=diffusion');
    expect(await tab.locator('#search-status').textContent()).toMatch(
      /^\d+\u00a0résultats? pour «\u00a0diffusion\u00a0»\.$/,
    );
    const results = await tab.$$eval('#search-list li', (items) =>
      items.map((item) => {
        const heading = item.querySelector('h3') as HTMLHeadingElement;
        const link = heading.querySelector('a') as HTMLAnchorElement;
        const excerpt = item.querySelector('.search-excerpt') as HTMLElement;
        const note = item.querySelector('.search-meta .search-lang')?.textContent ?? null;
        return {
          href: link.getAttribute('href'),
          hreflang: link.getAttribute('hreflang'),
          titleLang: heading.lang,
          excerptLang: excerpt.lang,
          note,
        };
      }),
    );
    expect(results.map((r) => r.href)).toContain('/fr/cases/igor-pestrikov/');
    // A French page's texts are in the page's language, a dataset's French page's too (the demo's datasets all have
    // French titles and descriptions, and the English its French page shows is not indexed); an English story's or
    // case file's are marked as English.
    // Links are the pages' addresses, never the index's "#fr" record names, nor an original with a French version.
    expect(results.filter((r) => r.href!.includes('#'))).toEqual([]);
    const langs = (href: string) => (href.startsWith('/fr/') ? ['', ''] : ['en', 'en']);
    expect(results.map((r) => ({ href: r.href, langs: [r.titleLang, r.excerptLang] }))).toEqual(
      results.map((r) => ({ href: r.href, langs: langs(r.href!) })),
    );
    expect(results.filter((r) => r.href!.startsWith('/fr/data/')).length).toBeGreaterThan(0);
    expect(results.filter((r) => r.href!.startsWith('/data/'))).toEqual([]);
    // A link to an English page says so, as the French lists do.
    expect(results.map((r) => [r.href, r.note])).toEqual(
      results.map((r) => [r.href, r.href!.startsWith('/fr/') ? null : 'en anglais']),
    );
    // And its link carries hreflang="en", as a static French page's links to the English site do.
    expect(results.map((r) => [r.href, r.hreflang])).toEqual(
      results.map((r) => [r.href, r.href!.startsWith('/fr/') ? null : 'en']),
    );
    expect(results.map((r) => r.href)).toContain('/stories/safeguards-added-and-quietly-dropped/');
    expect(results.map((r) => r.href)).not.toContain('/cases/igor-pestrikov/');
    const pestrikov = tab.locator('#search-list li', { has: tab.locator('a[href="/fr/cases/igor-pestrikov/"]') });
    expect(await pestrikov.locator('.search-kind').textContent()).toBe('Dossier');
    expect(await pestrikov.locator('time').textContent()).toBe('2\u00a0février 2026');
    expect(watch.problems).toEqual([]);
  });

  it('finds a dataset by its French title and shows its French page, in French', async () => {
    await tab.goto(`${server.origin}/fr/search/?q=recevables`);
    await searchDone(tab, 'q=recevables');
    expect(await tab.locator('#search-status').textContent()).toMatch(/^1\u00a0résultat pour/);
    const result = tab.locator('#search-list li');
    const link = result.locator('h3 a');
    expect(await link.getAttribute('href')).toBe('/fr/data/ccf-requests/');
    expect(await link.textContent()).toBe('Requêtes recevables adressées à la CCF, 2017–2024');
    expect(await result.locator('h3').getAttribute('lang')).toBeNull();
    // Its French page is indexed, in French: the excerpt is its text where the word is, marked, in the page's language.
    const excerpt = result.locator('.search-excerpt');
    expect(await excerpt.locator('mark').count()).toBeGreaterThan(0);
    // (Pagefind's marks take the punctuation after a word with it: "recevables," in the chart's summary.)
    const marked = (await excerpt.locator('mark').allTextContents()).map((text) => text.replace(/\p{P}+$/u, ''));
    expect(new Set(marked)).toEqual(new Set(['recevables']));
    expect(await excerpt.getAttribute('lang')).toBeNull();
    // Its page is in French.
    expect(await result.locator('.search-meta').textContent()).toBe('Jeu de données · 1er\u00a0mars 2026');
    expect(await result.locator('.search-kind').textContent()).toBe(
      await tab.locator('#search-kind option[value="dataset"]').textContent(),
    );
    expect(watch.problems).toEqual([]);
  });
});
