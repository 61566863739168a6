/**
 * The search page in Chromium at 360 px, served as a static host would (scripts/serve.ts, with the site's CSP): a
 * linked search opens with its results, typing searches and rewrites the URL without adding history entries, a link
 * with filters opens with them selected, and the controls are reachable and visibly focused from the keyboard.
 * (tests/browser/search.test.ts covers the kind filter on a query and every case file by its title.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import {
  describeBrowser,
  fontsSettled,
  launchBrowser,
  viewport,
  watchPage,
  type PageWatch,
} from '../helpers/browser.ts';
import { minifyScript } from '../../src/build/minify-scripts.ts';
import { repoRoot } from '../helpers/build.ts';
import { demoDist } from '../helpers/site.ts';
import { announcements, recordAnnouncements, searchDone, searchSettled } from '../helpers/search-page.ts';
import { focusReport } from '../helpers/focus-report.ts';

/** The stand-in for Pagefind that some tests load (stubbedSearch below), as the page sees it. */
declare global {
  function stub(): { asked: string[]; release(step: string): void };
}

describeBrowser('the search page in Chromium at 360 px', () => {
  let browser: Browser;
  let server: SiteServer;
  let context: BrowserContext;
  let tab: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    // With CASEFILE_SKIP_DEMO_BUILD=1 the demo may have been built before the script last changed: these tests then
    // drive the old script, and fail as if they raced it (a search at each arrow key, from before filters waited).
    const built = readFileSync(join(demoDist, 'search/search.js'), 'utf8');
    expect(
      built === (await minifyScript(readFileSync(join(repoRoot, 'public/search/search.js'), 'utf8'))),
      `${demoDist}/search/search.js is not public/search/search.js: the demo was built before the script changed; build it again (run without CASEFILE_SKIP_DEMO_BUILD=1)`,
    ).toBe(true);
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
    tab.$$eval('#search-list li h3 a', (links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
  const query = () => tab.locator('#search-q');

  it('opens a linked search with the case file first, its kind, date and the match highlighted', async () => {
    await tab.goto(`${server.origin}/search/?q=Pestrikov`);
    await searchDone(tab, 'q=Pestrikov');
    expect(await status()).toMatch(/results? for “Pestrikov”\.$/);
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
      await searchDone(tab, search);
      expect(await status()).toBe('No results for “elephant”.');
      expect(await resultPaths()).toEqual([]);
      expect(await tab.locator('#search-more').isHidden()).toBe(true);
    }
    // A name the site holds still finds its pages.
    await query().fill('Salvador');
    await searchDone(tab, 'q=Salvador&kind=story');
    expect(await resultPaths()).not.toEqual([]);
    expect(await status()).toMatch(/^\d+ results? for “Salvador”\.$/);
    expect(watch.problems).toEqual([]);
  });

  it('searches as the reader types and rewrites the URL without adding history entries', async () => {
    await tab.goto(`${server.origin}/search/`);
    expect(await status()).toBe('');
    const entries = await tab.evaluate(() => history.length);
    await query().pressSequentially('Pestrikov');
    await searchDone(tab, 'q=Pestrikov');
    expect(tab.url()).toBe(`${server.origin}/search/?q=Pestrikov`);
    expect((await resultPaths())[0]).toMatch(/pestrikov/);
    expect(await tab.evaluate(() => history.length)).toBe(entries);
    // Clearing the box clears the results, the announcement and the URL.
    await query().fill('');
    await searchDone(tab, '');
    expect(tab.url()).toBe(`${server.origin}/search/`);
    expect(await resultPaths()).toEqual([]);
    expect(await status()).toBe('');
    expect(watch.problems).toEqual([]);
  });

  it('opens a link with filters and no query with those filters selected and only matching pages listed', async () => {
    await tab.goto(`${server.origin}/search/?kind=case&country=Russia`);
    expect(await tab.getByLabel('Kind').inputValue()).toBe('case');
    expect(await tab.getByLabel('Country').inputValue()).toBe('Russia');
    await searchDone(tab, 'kind=case&country=Russia');
    expect(await status()).toMatch(/for these filters\.$/);
    const paths = await resultPaths();
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path).toMatch(/^\/cases\//);
    expect(watch.problems).toEqual([]);
  });

  it('filters by tag, and the language switcher carries the search to the French search page, country left out', async () => {
    await tab.goto(`${server.origin}/search/?country=Russia`);
    await searchDone(tab, 'country=Russia');
    expect(await status()).toMatch(/for these filters\.$/);
    const russia = Number((await status())!.split(' ')[0]);
    await tab.goto(`${server.origin}/search/?tag=ccf&country=Russia`);
    expect(await tab.getByLabel('Tag').inputValue()).toBe('ccf');
    await searchDone(tab, 'country=Russia&tag=ccf');
    expect(await status()).toMatch(/for these filters\.$/);
    const tagged = Number((await status())!.split(' ')[0]);
    expect(tagged).toBeGreaterThan(0);
    expect(tagged).toBeLessThan(russia);
    const french = tab.locator('.language-switcher a[hreflang="fr"]');
    expect(await french.getAttribute('href')).toBe('/fr/search/?tag=ccf');
    await query().fill('Pestrikov');
    // Let that search finish: a request still in flight when the next test navigates away would be reported there.
    await searchDone(tab, 'q=Pestrikov&country=Russia&tag=ccf');
    expect(await french.getAttribute('href')).toBe('/fr/search/?q=Pestrikov&tag=ccf');
    expect(await status()).toMatch(/^\d+ results? for “Pestrikov”\.$/);
    // The results are this search's: as many as announced, each with the name highlighted (the filters' were not).
    expect(await resultPaths()).toHaveLength(Number((await status())!.split(' ')[0]));
    const marks = await tab
      .locator('#search-list li')
      .evaluateAll((items) => items.map((item) => item.querySelector('mark')?.textContent ?? ''));
    expect(marks.filter((mark) => !/^pestrikov\W*$/i.test(mark))).toEqual([]);
    // What the search and its results still load (superseded searches, fonts for the new text) is loaded and reported.
    await searchSettled(tab);
    await fontsSettled(tab);
    expect(watch.problems).toEqual([]);
  });

  it('typesets French results as the pages are: no title or excerpt can start a line with ":" or "»"', async () => {
    await tab.goto(`${server.origin}/fr/search/?q=russie`);
    await searchDone(tab, 'q=russie');
    expect(await status()).toMatch(/résultats? pour «\u00a0russie\u00a0»/);
    const texts = await tab.locator('#search-list h3, #search-list .search-excerpt').allTextContents();
    expect(texts.length).toBeGreaterThan(4);
    expect(texts.filter((text) => /[ \t\n](?=[:;!?»])|«[ \t\n]/.test(text))).toEqual([]);
    await searchSettled(tab);
    await fontsSettled(tab);
    expect(watch.problems).toEqual([]);
  });

  /** Each result as the reader sees it: its title, kind, excerpt, the excerpt's language and its marked words. */
  const shownResults = () =>
    tab.$$eval('#search-list li', (items) =>
      items.map((item) => {
        const excerpt = item.querySelector('.search-excerpt') as HTMLElement;
        return {
          title: item.querySelector('h3')!.textContent!.trim(),
          kind: item.querySelector('.search-kind')!.textContent!.trim(),
          excerpt: excerpt.textContent!.trim(),
          lang: excerpt.closest('[lang]')!.getAttribute('lang'),
          marks: [...excerpt.querySelectorAll('mark')].map((mark) => mark.textContent!),
        };
      }),
    );
  /** Words as compared below: letters and digits only, lower-case, without the spaces typesetting changes. */
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();

  /**
   * What every result of a search for a word should show: an excerpt that marks the word, does not open with the
   * title or the kind the result shows above it, and says where it is cut: it starts with "…" or where a sentence
   * starts, and ends with "…" or where one ends.
   */
  const expectExcerptsAround = (results: Awaited<ReturnType<typeof shownResults>>, word: RegExp) => {
    expect(results.length).toBeGreaterThan(4);
    for (const result of results) {
      const where = `the excerpt of "${result.title}": "${result.excerpt}"`;
      expect(
        result.marks.some((mark) => word.test(mark)),
        where,
      ).toBe(true);
      expect(words(result.excerpt).startsWith(words(result.title)), where).toBe(false);
      expect(words(result.excerpt).startsWith(words(result.kind)), where).toBe(false);
      expect(result.excerpt, where).toMatch(/^(…|\p{Lu}|\p{N})/u);
      expect(result.excerpt, where).toMatch(/(…|[.!?»”)])$/u);
    }
  };

  it('shows each result with an excerpt around the match, marked, cut with "…", not repeating its title or kind', async () => {
    await tab.goto(`${server.origin}/search/?q=Pestrikov`);
    await searchDone(tab, 'q=Pestrikov');
    const results = await shownResults();
    expectExcerptsAround(results, /^pestrikov\W*$/i);
    // A dataset's excerpt does not open with its kind, nor a case file's with its title (Pagefind's own excerpts do).
    expect(results.map((result) => result.kind)).toEqual(expect.arrayContaining(['Dataset', 'Case file']));
    expect(results.every((result) => result.lang === 'en')).toBe(true);
    expect(watch.problems).toEqual([]);
  });

  it('shows French results the same way, an English page listed in French with its English text marked as English', async () => {
    await tab.goto(`${server.origin}/fr/search/?q=pestrikov`);
    await searchDone(tab, 'q=pestrikov');
    const results = await shownResults();
    expectExcerptsAround(results, /^pestrikov\W*$/i);
    // A case file the French edition lists untranslated matched in its English text: that text is shown, marked
    // English. (A dataset's French page leaves its untranslated English texts out of the French index.)
    const english = results.find((result) => result.title.startsWith('ICC judges and prosecutors'));
    expect(english, JSON.stringify(results.map((result) => result.title))).toBeDefined();
    expect(english!.lang).toBe('en');
    expect(english!.excerpt).toMatch(/Pestrikov/);
    expect(results.some((result) => result.lang === 'fr')).toBe(true);
    await searchSettled(tab);
    expect(watch.problems).toEqual([]);
  });

  it('shows a French reader the translated summary of a page listed in French when only its French words matched', async () => {
    await tab.goto(`${server.origin}/fr/search/?q=garde-fous`);
    await searchDone(tab, 'q=garde-fous');
    const timeline = (await shownResults()).find((result) => result.title === 'Les Interpol Files\u00a0: chronologie');
    expect(timeline).toBeDefined();
    expect(timeline!.lang).toBe('fr');
    expect(timeline!.marks.map(words)).toContain('garde fous');
    expect(timeline!.excerpt).toMatch(/^… .*…$/u);
    expect(watch.problems).toEqual([]);
  });

  it('shows ten results at a time; "Show more" adds the next ten and moves focus to the first of them', async () => {
    await tab.goto(`${server.origin}/search/?q=Interpol`);
    await searchDone(tab, 'q=Interpol');
    expect(await status()).toMatch(/^\d+ results for “Interpol”\.$/);
    const total = Number((await status())!.split(' ')[0]);
    expect(total).toBeGreaterThan(10);
    expect(await resultPaths()).toHaveLength(10);
    await tab.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(async () => (await resultPaths()).length).toBe(Math.min(20, total));
    expect(
      await tab.evaluate(
        () => document.activeElement?.closest('li') === document.querySelectorAll('#search-list li')[10],
      ),
    ).toBe(true);
    expect(await tab.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(total > 20);
    expect(watch.problems).toEqual([]);
  });

  it('announces the count once per finished search, once its results are shown, and nothing while a search runs', async () => {
    await tab.goto(`${server.origin}/search/?q=Pestrikov`);
    await searchDone(tab, 'q=Pestrikov');
    // Every change to the live region's text, with what the region said of its search at that moment.
    await tab.evaluate(() => {
      const region = document.getElementById('search-status')!;
      const said: { text: string; busy: string | null; state?: string; for?: string }[] = [];
      new MutationObserver(() =>
        said.push({
          text: region.textContent ?? '',
          busy: region.getAttribute('aria-busy'),
          state: region.dataset.searchState,
          for: region.dataset.searchFor,
        }),
      ).observe(region, { childList: true, characterData: true, subtree: true });
      (window as unknown as { said: typeof said }).said = said;
    });
    await query().fill('');
    await query().pressSequentially('Interpol');
    await searchDone(tab, 'q=Interpol');
    const said = await tab.evaluate(
      () => (window as unknown as { said: { text: string; busy: string | null; state?: string; for?: string }[] }).said,
    );
    // Typed key by key, the word may be searched more than once on a slow machine; each finished search speaks once.
    expect(said.at(-1)).toEqual({
      text: expect.stringMatching(/^\d+ results for “Interpol”\.$/),
      busy: 'false',
      state: 'done',
      for: 'q=Interpol',
    });
    expect(said.filter((entry) => entry.busy !== 'false' || entry.state !== 'done')).toEqual([]);
    const searches = said.map((entry) => entry.for);
    expect(searches).toEqual([...new Set(searches)]);
    expect(searches.length).toBeLessThan('Interpol'.length);
  });

  // A live region is announced when its text changes: a filter that left the count's words as they were ran a search
  // that a screen reader did not hear, and its reader could not tell that it had run.
  it("announces every finished search, one in the last one's words too, once each, in English and French", async () => {
    const page = await context.newPage();
    await recordAnnouncements(page);
    for (const base of ['', '/fr']) {
      await page.goto(`${server.origin}${base}/search/?q=elephant&kind=story`);
      await searchDone(page, 'q=elephant&kind=story');
      const none = (await page.locator('#search').getAttribute('data-msg-none'))!.replace('{query}', 'elephant');
      expect(await page.locator('#search-status').textContent()).toBe(none);
      await announcements(page);
      // Another kind, no results again, in the same words: the region is emptied while the search runs (busy, so not
      // said), then written once it is done.
      await page.locator('#search-filters summary').click();
      await page.selectOption('#search-kind', 'case');
      await searchDone(page, 'q=elephant&kind=case');
      expect(await page.locator('#search-status').textContent()).toBe(none);
      expect(await announcements(page)).toEqual([
        { region: 'search-status', text: '', busy: 'true', state: 'running' },
        { region: 'search-status', text: none, busy: 'false', state: 'done' },
      ]);
      // Other words are written once, with no emptying first.
      await page.locator('#search-q').fill('Pestrikov');
      await searchDone(page, 'q=Pestrikov&kind=case');
      expect(await announcements(page)).toEqual([
        { region: 'search-status', text: expect.stringMatching(/Pestrikov/), busy: 'false', state: 'done' },
      ]);
    }
    await page.close();
  });

  it('answers a query the filters leave without results by pointing to their remove buttons and to "Any" as each filter writes it, which find it again, in English and French', async () => {
    for (const { base, said, any, anyYear, remove } of [
      {
        base: '',
        said: 'No results for “Pestrikov” with these filters. Remove them, or set them back to “Any”, to search every page.',
        any: 'Any',
        anyYear: 'Any',
        remove: 'Remove filter Tag: ',
      },
      {
        base: '/fr',
        said: 'Aucun résultat pour «\u00a0Pestrikov\u00a0» avec ces filtres. Retirez-les, ou remettez-les sur «\u00a0Tous\u00a0» («\u00a0Toutes\u00a0» pour l’année), pour chercher dans toutes les pages.',
        any: 'Tous',
        anyYear: 'Toutes',
        remove: 'Retirer le filtre Mot-clé\u00a0: ',
      },
    ]) {
      await tab.goto(`${server.origin}${base}/search/?q=Pestrikov&tag=el-salvador`);
      await searchDone(tab, 'q=Pestrikov&tag=el-salvador');
      expect(await status()).toBe(said);
      // What it names is on the page: the tag's option "Any", and on a phone, filters folded, the button removing it.
      expect(await tab.locator('#search-tag option[value=""]').textContent()).toBe(any);
      expect(await tab.locator('#search-year option[value=""]').textContent()).toBe(anyYear);
      const button = tab.getByRole('button', { name: remove });
      expect(await button.isVisible()).toBe(true);
      await button.click();
      await searchDone(tab, 'q=Pestrikov');
      expect((await resultPaths()).length, 'results for "Pestrikov" once the tag is removed').toBeGreaterThan(0);
    }
    expect(watch.problems).toEqual([]);
  });

  it('searches once the reader pauses: keys typed 199 ms apart start no search, 200 ms after the last one starts one', async () => {
    // The page's clock is the test's: how fast this machine types does not decide what is asserted.
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-11-22T12:00:00Z') });
    await page.goto(`${server.origin}/search/`);
    await searchDone(page, '');
    // Every search the page starts raises its count of work in flight.
    await page.evaluate(() => {
      const region = document.getElementById('search-status')!;
      const started: string[] = [];
      let pending = Number(region.dataset.pending);
      new MutationObserver(() => {
        if (Number(region.dataset.pending) > pending) started.push(region.dataset.searchFor ?? '');
        pending = Number(region.dataset.pending);
      }).observe(region, { attributes: true, attributeFilter: ['data-pending'] });
      (window as unknown as { started: string[] }).started = started;
    });
    const started = () => page.evaluate(() => (window as unknown as { started: string[] }).started.slice());
    await page.clock.pauseAt(new Date('2026-11-22T12:01:00Z'));
    const box = page.locator('#search-q');
    for (const key of 'Interpol') {
      await box.press(key);
      await page.clock.runFor(199);
    }
    expect(await started()).toEqual([]);
    // Meanwhile the results are marked as not answering the box.
    expect(await page.locator('#search-status').getAttribute('data-search-state')).toBe('running');
    await page.clock.runFor(1);
    expect(await started()).toEqual(['q=Interpol']);
    await page.clock.resume();
    await searchDone(page, 'q=Interpol');
    expect(await started()).toEqual(['q=Interpol']);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results for “Interpol”\.$/);
    await context.close();
  });

  // On a closed select Chromium fires "change" at each arrow key: a keyboard reader walking the kinds to the one they
  // wanted ran a search at each step, and heard each step's count ("12 results…", "3 results…") on the live region.
  // A filter now searches once the choice settles, as the query box does once typing pauses.
  it('searches once a filter walked with arrow keys settles: steps 199 ms apart start no search and say nothing, 200 ms after the last one starts one', async () => {
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-11-22T12:00:00Z') });
    await page.goto(`${server.origin}/search/?q=Interpol`);
    await searchDone(page, 'q=Interpol');
    // Every search the page starts, and every change to what the live region says.
    await page.evaluate(() => {
      const region = document.getElementById('search-status')!;
      const heard = { started: [] as string[], said: [] as string[] };
      let pending = Number(region.dataset.pending);
      new MutationObserver(() => {
        if (Number(region.dataset.pending) > pending) heard.started.push(region.dataset.searchFor ?? '');
        pending = Number(region.dataset.pending);
      }).observe(region, { attributes: true, attributeFilter: ['data-pending'] });
      new MutationObserver(() => heard.said.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      (window as unknown as { heard: typeof heard }).heard = heard;
    });
    const heard = () =>
      page.evaluate(() =>
        structuredClone((window as unknown as { heard: { started: string[]; said: string[] } }).heard),
      );
    await page.clock.pauseAt(new Date('2026-11-22T12:01:00Z'));
    const kind = page.locator('#search-kind');
    await kind.focus();
    const steps = await kind.evaluate((select: HTMLSelectElement) => select.options.length - 1);
    expect(steps, 'kinds to walk through').toBeGreaterThan(2);
    for (let step = 0; step < steps; step++) {
      await page.keyboard.press('ArrowDown');
      await page.clock.runFor(199);
    }
    const last = await kind.inputValue();
    expect(last, 'the arrow keys moved the choice').not.toBe('');
    expect(await heard()).toEqual({ started: [], said: [] });
    await page.clock.runFor(1);
    expect((await heard()).started).toEqual([`q=Interpol&kind=${last}`]);
    await page.clock.resume();
    await searchDone(page, `q=Interpol&kind=${last}`);
    const { started, said } = await heard();
    await context.close();
    expect(started).toEqual([`q=Interpol&kind=${last}`]);
    expect(said).toEqual([expect.stringMatching(/^(\d+ results?|No results) for “Interpol”/)]);
  });

  it('never shows an earlier search that answers last over a later one', async () => {
    const { page, context } = await stubbedSearch({ hold: ['search:slow'] });
    await page.goto(`${server.origin}/search/`);
    const box = page.locator('#search-q');
    await box.fill('slow');
    await box.press('Enter');
    await expect.poll(() => stubAsked(page)).toContain('search:slow');
    await box.fill('fast');
    await box.press('Enter');
    await searchDone(page, 'q=fast');
    expect(await stubTitles(page)).toEqual(['fast 0', 'fast 1', 'fast 2']);
    // The earlier search is all that is left in flight.
    await searchSettled(page, 1);
    // The earlier search answers now, and the page settles: everything that answer leads to has happened.
    await page.evaluate(() => stub().release('search:slow'));
    await searchSettled(page);
    expect(await stubAsked(page)).toContain('answered:slow');
    expect(await stubTitles(page)).toEqual(['fast 0', 'fast 1', 'fast 2']);
    expect(await page.locator('#search-status').textContent()).toBe('3 results for “fast”.');
    expect(await page.locator('#search-status').getAttribute('data-search-for')).toBe('q=fast');
    expect(new URL(page.url()).search).toBe('?q=fast');
    await context.close();
  });

  it('"Show more" clicked while a newer search runs leaves that search\'s results whole, in order', async () => {
    // The newer search's first result is held: the click comes after Pagefind answered it, before its results show.
    const { page, context } = await stubbedSearch({ hold: ['data:beta:0'], counts: { alpha: 15, beta: 25 } });
    await page.goto(`${server.origin}/search/?q=alpha`);
    await searchDone(page, 'q=alpha');
    const box = page.locator('#search-q');
    await box.fill('beta');
    await box.press('Enter');
    await expect.poll(() => stubAsked(page)).toContain('data:beta:0');
    await page.locator('#search-more').click();
    // The click's page of results has loaded (and done what it does); the newer search alone is still held.
    await searchSettled(page, 1);
    await page.evaluate(() => stub().release('data:beta:0'));
    await searchDone(page, 'q=beta');
    while (await page.locator('#search-more').isVisible()) {
      const shown = (await stubTitles(page)).length;
      await page.locator('#search-more').click();
      await expect.poll(async () => (await stubTitles(page)).length).toBeGreaterThan(shown);
    }
    expect(await stubTitles(page)).toEqual(Array.from({ length: 25 }, (_, i) => `beta ${i}`));
    await context.close();
  });

  it('"Show more" whose page loads only after a newer search has shown its results adds nothing to them', async () => {
    // Both held: the newer search's first result, and the page the click asks for, which arrives last.
    const { page, context } = await stubbedSearch({
      hold: ['data:beta:0', 'data:alpha:10'],
      counts: { alpha: 15, beta: 25 },
    });
    await page.goto(`${server.origin}/search/?q=alpha`);
    await searchDone(page, 'q=alpha');
    const box = page.locator('#search-q');
    await box.fill('beta');
    await box.press('Enter');
    await expect.poll(() => stubAsked(page)).toContain('data:beta:0');
    await page.locator('#search-more').click();
    await expect.poll(() => stubAsked(page)).toContain('data:alpha:10');
    await page.evaluate(() => stub().release('data:beta:0'));
    await searchDone(page, 'q=beta');
    await page.evaluate(() => stub().release('data:alpha:10'));
    await searchSettled(page);
    expect(await stubTitles(page)).toEqual(Array.from({ length: 10 }, (_, i) => `beta ${i}`));
    // And the next page is the newer search's next ten.
    await page.locator('#search-more').click();
    await expect.poll(async () => (await stubTitles(page)).length).toBe(20);
    expect(await stubTitles(page)).toEqual(Array.from({ length: 20 }, (_, i) => `beta ${i}`));
    await context.close();
  });

  it('says "Searching…" while Pagefind loads where a screen reader hears it: not under aria-busy, which silences it', async () => {
    const { page, context } = await stubbedSearch({ hold: ['search:slow'] });
    await page.goto(`${server.origin}/search/`);
    await searchDone(page, '');
    await page.evaluate(() => {
      const region = document.getElementById('search-status')!;
      const said: { text: string; busy: string | null }[] = [];
      new MutationObserver(() =>
        said.push({ text: region.textContent ?? '', busy: region.getAttribute('aria-busy') }),
      ).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      (window as unknown as { said: typeof said }).said = said;
    });
    const box = page.locator('#search-q');
    await box.fill('slow');
    await box.press('Enter');
    // Pagefind has loaded and is asked: the wait is on the page, and still running.
    await expect.poll(() => stubAsked(page)).toContain('search:slow');
    expect(await page.locator('#search-status').getAttribute('data-search-state')).toBe('running');
    expect(await page.evaluate(() => (window as unknown as { said: unknown[] }).said)).toEqual([
      { text: 'Searching…', busy: 'false' },
    ]);
    await page.evaluate(() => stub().release('search:slow'));
    await searchDone(page, 'q=slow');
    expect(await page.locator('#search-status').textContent()).toBe('3 results for “slow”.');
    await context.close();
  });

  it('"Show more" clicked twice while its results load adds them once, and the next ten after', async () => {
    // On a slow connection the first click seems to do nothing, and the reader clicks again.
    const { page, context } = await stubbedSearch({ hold: ['data:alpha:10'], counts: { alpha: 25 } });
    await page.goto(`${server.origin}/search/?q=alpha`);
    await searchDone(page, 'q=alpha');
    await page.locator('#search-more').click();
    await expect.poll(() => stubAsked(page)).toContain('data:alpha:10');
    await page.locator('#search-more').click();
    // Whatever the second click started has ended; the first click's page is still held.
    await searchSettled(page, 1);
    await page.evaluate(() => stub().release('data:alpha:10'));
    await searchSettled(page);
    expect(await stubTitles(page)).toEqual(Array.from({ length: 20 }, (_, i) => `alpha ${i}`));
    await page.locator('#search-more').click();
    await expect.poll(async () => (await stubTitles(page)).length).toBe(25);
    expect(await stubTitles(page)).toEqual(Array.from({ length: 25 }, (_, i) => `alpha ${i}`));
    expect(await page.locator('#search-more').isHidden()).toBe(true);
    await context.close();
  });

  it('a search that fails says so with no results under it, not those of the search before', async () => {
    const { page, context } = await stubbedSearch({});
    await page.goto(`${server.origin}/search/?q=alpha`);
    await searchDone(page, 'q=alpha');
    expect(await stubTitles(page)).toHaveLength(3);
    const box = page.locator('#search-q');
    await box.fill('broken');
    await box.press('Enter');
    const status = page.locator('#search-status[data-search-for="q=broken"][data-search-state="error"]');
    await status.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await status.textContent()).toBe('Search could not load. Check your connection and reload the page.');
    expect(await stubTitles(page)).toEqual([]);
    expect(await page.locator('#search-more').isHidden()).toBe(true);
    await context.close();
  });

  /**
   * A page whose Pagefind is a stand-in answering each query with `counts[query]` (3 by default) results titled
   * "<query> <n>", a query "broken" with an error, and holding the steps named in `hold` ("search:<query>",
   * "data:<query>:<n>": the first time only) until the test calls `stub().release(step)` in the page.
   */
  async function stubbedSearch(options: { hold?: string[]; counts?: Record<string, number> }) {
    const context = await browser.newContext(viewport(1280));
    await context.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: stubModule }),
    );
    await context.addInitScript(
      ({ hold, counts }) => {
        const releases = new Map<string, () => void>();
        const asked: string[] = [];
        const searchStub = {
          asked,
          counts,
          step(name: string) {
            asked.push(name);
            if (!hold.includes(name)) return Promise.resolve();
            hold.splice(hold.indexOf(name), 1);
            return new Promise<void>((resolve) => releases.set(name, resolve));
          },
          release: (name: string) => releases.get(name)?.(),
        };
        Object.assign(window, { searchStub, stub: () => searchStub });
      },
      { hold: options.hold ?? [], counts: options.counts ?? {} },
    );
    const page = await context.newPage();
    // The page's clock stands still: the pause after typing (200 ms) never ends on its own, so a search starts only at
    // Enter, as the tests mean. On a busy machine the real 200 ms could pass between fill() and Enter, and the word
    // was searched twice: first by the timer (the held step), then by Enter (not held, answered at once).
    await page.clock.install({ time: new Date('2026-11-22T12:00:00Z') });
    await page.clock.pauseAt(new Date('2026-11-22T12:01:00Z'));
    return { context, page };
  }
  const stubModule = `
    const stub = globalThis.searchStub;
    export async function options() {}
    export async function init() {}
    export async function search(query) {
      const q = query ?? '';
      await stub.step('search:' + q);
      stub.asked.push('answered:' + q);
      if (q === 'broken') throw new Error('the stand-in index is broken');
      const results = Array.from({ length: stub.counts[q] ?? 3 }, (_, i) => ({
        data: async () => {
          await stub.step('data:' + q + ':' + i);
          return { url: '/stub/' + q + '/' + i + '/', excerpt: '<mark>' + q + '</mark> ' + i, meta: { title: q + ' ' + i, kind: 'story' } };
        },
      }));
      return { results, totalFilters: {} };
    }`;
  const stubAsked = (page: Page) => page.evaluate(() => stub().asked.slice());
  const stubTitles = (page: Page) => page.locator('#search-list li h3 a').allTextContents();

  it("reaches the query box, the filters' summary and every filter with Tab, each with a focus outline of 2 px or more at 3:1 against its background, on screen and uncovered", async () => {
    await tab.goto(`${server.origin}/search/`);
    // Outlines are measured round text in its web font, not in the fallback a late font would replace.
    await fontsSettled(tab);
    const problems: string[] = [];
    await query().focus();
    for (const id of [
      'search-q',
      'search-kind',
      'search-case-status',
      'search-notice',
      'search-country',
      'search-year',
      'search-tag',
    ]) {
      if (id === 'search-kind') {
        // The submit button sits between the box and the filters, then the summary that folds them.
        await tab.keyboard.press('Tab');
        expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Search');
        await tab.keyboard.press('Tab');
        expect(
          await tab.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent]),
        ).toEqual(['SUMMARY', 'Narrow the results']);
        problems.push(
          ...((await tab.evaluate(focusReport))?.problems ?? ['nothing focused']).map((p) => `summary: ${p}`),
        );
        // On this phone-sized page the filters start folded: Enter opens them.
        expect(await tab.locator('#search-kind').isVisible()).toBe(false);
        await tab.keyboard.press('Enter');
      }
      if (id !== 'search-q') await tab.keyboard.press('Tab');
      expect(await tab.evaluate(() => document.activeElement?.id)).toBe(id);
      problems.push(...((await tab.evaluate(focusReport))?.problems ?? ['nothing focused']).map((p) => `#${id}: ${p}`));
    }
    expect(problems).toEqual([]);
  });
});
