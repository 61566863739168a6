/**
 * The French search page in Chromium, served with the site's CSP: it loads the French index (Pagefind picks it from
 * <html lang="fr">), answers in French and writes dates the French way.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { describeBrowser, launchBrowser, viewport, watchPage, type PageWatch } from '../helpers/browser.ts';
import { demoDist } from '../helpers/site.ts';

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

  it('finds French pages only, announced in French, with French kinds and dates', async () => {
    await tab.goto(`${server.origin}/fr/search/?q=diffusion`);
    const status = () => tab.locator('#search-status').textContent();
    await expect.poll(status, { timeout: 10_000 }).toMatch(/^\d+\u00a0résultats? pour «\u00a0diffusion\u00a0»\.$/);
    const paths = await tab.$$eval('#search-list li h3 a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(paths).toContain('/fr/cases/igor-pestrikov/');
    expect(paths.every((path) => path.startsWith('/fr/'))).toBe(true);
    const pestrikov = tab.locator('#search-list li', { has: tab.locator('a[href="/fr/cases/igor-pestrikov/"]') });
    expect(await pestrikov.locator('.search-kind').textContent()).toBe('Dossier');
    expect(await pestrikov.locator('time').textContent()).toBe('2 février 2026');
    expect(watch.problems).toEqual([]);
  });
});
