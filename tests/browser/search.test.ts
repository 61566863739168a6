/**
 * The search page in Chromium, under the site's CSP: a case file is found by its subject's name, a filter narrows
 * the results, and the URL carries the search so it can be linked.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { demoDist, page as builtPage } from '../helpers/site.ts';
import { describeBrowser, launchBrowser, viewport, watchPage } from '../helpers/browser.ts';
import { announcements, recordAnnouncements, searchDone } from '../helpers/search-page.ts';
import { caseStatuses, noticeKinds } from '../../src/schemas/case.ts';
import { t, type StringKey } from '../../src/i18n/index.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's WCAG 2.0 to 2.2 A and AA violations on the page as it is, in the light scheme and then (its colour rules) the
 * dark, one line each: the page-kind checks (tests/browser/accessibility.test.ts) see the search page with no search,
 * not with its filters set and a link's filter left out. Evaluated through the DevTools protocol, as the CSP allows.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const runOnly =
      scheme === 'light'
        ? { type: 'tag' as const, values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
        : { type: 'rule' as const, values: ['color-contrast', 'link-in-text-block'] };
    const violations = await page.evaluate(
      async (only) =>
        (await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: only }))
          .violations,
      runOnly,
    );
    for (const violation of violations)
      for (const node of violation.nodes) found.push(`${scheme}: ${violation.id}: ${node.target.join(' ')}`);
  }
  return found;
}

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

/**
 * The demo's case files as the search page of `lang` lists them, each with its request's status and kind as its page
 * gives them to the index of that language ("Cancelled", « Annulée »): a French translation at /fr/cases/…, an
 * original the French site lists untranslated at its own address, with its French filters.
 */
function caseFilters(lang: 'en' | 'fr'): { path: string; status: string; notice: string }[] {
  return caseFiles().map(({ path }) => {
    const translated = lang !== 'en' && existsSync(join(demoDist, lang, path, 'index.html'));
    const listed = translated ? `/${lang}${path}` : path;
    const block = lang === 'en' || translated ? '[data-search-meta]' : `[data-search-edition="${lang}"]`;
    const filter = (name: string) =>
      builtPage(listed).querySelector(`${block} [data-pagefind-filter="${name}"]`)?.textContent ?? '';
    return { path: listed, status: filter('status'), notice: filter('notice') };
  });
}

/** The value of a key of the case schema whose label in `lang` is `label` ("Cancelled" -> "cancelled"). */
function keyOf(lang: string, prefix: 'status' | 'notice', label: string): string {
  const values: readonly string[] = prefix === 'status' ? caseStatuses : noticeKinds;
  const key = values.find((value) => t(lang)(`${prefix}.${value}` as StringKey) === label);
  expect(key, `a ${prefix} labelled "${label}" in ${lang}`).toBeDefined();
  return key!;
}

/** The labels of a select's options, and the value selected. */
async function selectState(page: Page, id: string): Promise<{ options: string[]; value: string }> {
  return {
    options: await page.locator(`#${id} option`).allTextContents(),
    value: await page.locator(`#${id}`).inputValue(),
  };
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

/** The words each of the filters-set buttons shows, without those only a screen reader hears ("Remove filter"). */
async function shownFilters(page: Page): Promise<string[]> {
  return page.locator('#search-active button').evaluateAll((buttons) =>
    buttons.map((button) =>
      [...button.childNodes]
        .filter((node) => !(node instanceof Element && node.classList.contains('visually-hidden')))
        .map((node) => node.textContent)
        .join(''),
    ),
  );
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

  it('on a phone, folds the filters so that what a search finds shows on the first screen; those set show as buttons that remove them', async () => {
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
    // A linked search with filters stays folded, the count of those set on its summary and each shown after it.
    await page.goto(`${server.origin}/search/?q=notice&kind=case&status=cancelled`);
    await searchDone(page, 'q=notice&kind=case&status=cancelled');
    expect(await page.locator('#search-filters').evaluate((box) => (box as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#search-kind').inputValue()).toBe('case');
    expect(await page.locator('#search-filters summary').textContent()).toBe('Narrow the results (2 set)');
    const set = page.getByRole('list', { name: 'Filters set' }).getByRole('button');
    // Named by what they remove, their visible words in the name (WCAG 2.5.3); the "×" is not read out.
    expect(await shownFilters(page)).toEqual(['Kind: Case file ×', 'Request status: Cancelled ×']);
    expect(
      await page.getByRole('button', { name: 'Remove filter Request status: Cancelled', exact: true }).count(),
    ).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    const firstFiltered = await page.locator('#search-list li').first().boundingBox();
    expect(firstFiltered!.y, 'the first result starts on the first screen, the filters set').toBeLessThan(740);
    expect(await axeViolations(page)).toEqual([]);
    // Each is a button a finger can hit, and the keyboard can press: it removes its filter and searches again; focus
    // goes to the next one, then to the summary when none is left.
    expect((await set.first().boundingBox())!.height).toBeGreaterThanOrEqual(24);
    await page.getByRole('button', { name: 'Remove filter Kind: Case file' }).focus();
    await page.keyboard.press('Enter');
    await searchDone(page, 'q=notice&status=cancelled');
    expect(new URL(page.url()).search).toBe('?q=notice&status=cancelled');
    expect(await page.locator('#search-kind').inputValue()).toBe('');
    expect(await page.locator('#search-filters summary').textContent()).toBe('Narrow the results (1 set)');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Remove filter Request status: Cancelled ×',
    );
    await page.keyboard.press('Enter');
    await searchDone(page, 'q=notice');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    expect(await page.locator('#search-filters summary').textContent()).toBe('Narrow the results');
    expect(await page.locator('#search-active').isVisible()).toBe(false);
    expect(await page.locator('#search-case-status').inputValue()).toBe('');
    await context.close();
    expect(watch.problems).toEqual([]);
    // On a desktop screen they are open from the start.
    const wide = await browser.newContext(viewport(1280));
    const desktop = await wide.newPage();
    await desktop.goto(`${server.origin}/search/`);
    await expect.poll(() => desktop.locator('#search-kind').isVisible()).toBe(true);
    await wide.close();
  });

  it("filters case files by their request's status and kind, offered while the kind lets case files through, kept in the address, back and to the French page", async () => {
    const cases = caseFilters('en');
    const cancelled = cases.filter((entry) => entry.status === 'Cancelled');
    expect(cancelled.length, 'cancelled case files in the demo').toBeGreaterThan(0);
    expect(cancelled.length, 'and others').toBeLessThan(cases.length);
    const notice = cancelled[0]!.notice;
    const noticeKey = keyOf('en', 'notice', notice);
    const both = cancelled.filter((entry) => entry.notice === notice);
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    const watch = await watchPage(page, server.origin);

    await page.goto(`${server.origin}/search/`);
    await searchDone(page, '');
    // Labelled, after the kind, offering the statuses and requests of the case files, in the schema's order.
    expect(await page.locator('label[for="search-case-status"]').textContent()).toBe('Request status');
    expect(await page.locator('label[for="search-notice"]').textContent()).toBe('Request');
    const offered = (prefix: 'status' | 'notice', values: readonly string[]) => [
      'Any',
      ...values
        .map((value) => t('en')(`${prefix}.${value}` as StringKey))
        .filter((label) => cases.some((entry) => entry[prefix] === label)),
    ];
    expect(await selectState(page, 'search-case-status')).toEqual({
      options: offered('status', caseStatuses),
      value: '',
    });
    expect(await selectState(page, 'search-notice')).toEqual({ options: offered('notice', noticeKinds), value: '' });
    const order = await page.$$eval('#search-filters select', (selects) => selects.map((select) => select.id));
    expect(order.slice(0, 3)).toEqual(['search-kind', 'search-case-status', 'search-notice']);

    await page.selectOption('#search-case-status', 'cancelled');
    await searchDone(page, 'status=cancelled');
    expect(new URL(page.url()).search).toBe('?status=cancelled');
    expect((await resultPaths(page)).sort()).toEqual(cancelled.map((entry) => entry.path).sort());
    expect(await page.locator('#search-status').textContent()).toBe(
      `${cancelled.length} result${cancelled.length === 1 ? '' : 's'} for these filters.`,
    );
    await page.selectOption('#search-notice', noticeKey);
    await searchDone(page, `status=cancelled&notice=${noticeKey}`);
    expect((await resultPaths(page)).sort()).toEqual(both.map((entry) => entry.path).sort());
    expect(new Set(await resultKinds(page))).toEqual(new Set(['Case file']));

    // Stories have no status: walking the kinds with the arrow keys, "Story" hides the case files' filters and drops
    // them from the search and the address; "Case file", next, shows them again as they were.
    await page.locator('#search-kind').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-kind').inputValue()).toBe('story');
    await searchDone(page, 'kind=story');
    expect(await page.locator('#search-case-status').isVisible()).toBe(false);
    expect(await page.locator('#search-notice').isVisible()).toBe(false);
    expect(new URL(page.url()).search).toBe('?kind=story');
    expect(await resultPaths(page)).toHaveLength(await announced(page));
    expect(await announced(page)).toBeGreaterThan(0);
    expect(new Set(await resultKinds(page))).toEqual(new Set(['Story']));
    await page.keyboard.press('ArrowDown');
    const search = `kind=case&status=cancelled&notice=${noticeKey}`;
    await searchDone(page, search);
    expect(await page.locator('#search-case-status').isVisible()).toBe(true);
    expect([
      await page.locator('#search-case-status').inputValue(),
      await page.locator('#search-notice').inputValue(),
    ]).toEqual(['cancelled', noticeKey]);
    expect((await resultPaths(page)).sort()).toEqual(both.map((entry) => entry.path).sort());
    // The next control Tab reaches is the status filter.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-case-status');

    // Back from a result, the search is as it was.
    expect(new URL(page.url()).search).toBe(`?${search}`);
    await page.locator('#search-list li h3 a').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/cases/'));
    await page.goBack();
    await searchDone(page, search);
    expect(await page.locator('#search-notice').inputValue()).toBe(noticeKey);
    expect((await resultPaths(page)).sort()).toEqual(both.map((entry) => entry.path).sort());

    // The address holds them as the content does, the same in every language: the language switcher carries them.
    const french = page.locator('.language-switcher a[hreflang="fr"]');
    expect(await french.getAttribute('href')).toBe(`/fr/search/?${search}`);
    await french.click();
    await searchDone(page, search);
    expect(await page.locator('label[for="search-case-status"]').textContent()).toBe('Statut de la demande');
    // Its label runs to two lines at 1280 px, the others' to one: the selects of the row stand level all the same.
    const tops = await page
      .locator('#search-filters select')
      .evaluateAll((selects) => selects.slice(0, 4).map((select) => Math.round(select.getBoundingClientRect().top)));
    expect(new Set(tops).size, `tops of the first row's selects: ${tops.join(', ')}`).toBe(1);
    expect(await page.locator('#search-case-status option:checked').textContent()).toBe('Annulée');
    expect(await page.locator('#search-notice option:checked').textContent()).toBe(
      t('fr')(`notice.${noticeKey}` as StringKey),
    );
    const inFrench = caseFilters('fr');
    expect((await resultPaths(page)).sort()).toEqual(
      inFrench
        .filter((entry) => both.some((each) => each.path === entry.path.replace(/^\/fr\//, '/')))
        .map((entry) => entry.path)
        .sort(),
    );
    await context.close();
    expect(watch.problems).toEqual([]);
  });

  it("filters case files by their request's status and kind in French, as the French index holds them, and folds them with the others at 360 px, the one set in sight", async () => {
    const cases = caseFilters('fr');
    const refused = cases.filter((entry) => entry.status === 'Refusée par Interpol');
    expect(refused.length, 'case files refused by Interpol in the French index').toBeGreaterThan(0);
    const context = await browser.newContext(viewport(360));
    const page = await context.newPage();
    const watch = await watchPage(page, server.origin);

    // A linked search on a phone shows the filter it sets after the folded filters, in French, the status chosen
    // among the French ones.
    await page.goto(`${server.origin}/fr/search/?status=refused`);
    await searchDone(page, 'status=refused');
    expect(await page.locator('#search-filters').evaluate((box) => (box as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#search-filters summary').textContent()).toBe('Affiner les résultats (1\u00a0actif)');
    expect(await shownFilters(page)).toEqual(['Statut de la demande\u00a0: Refusée par Interpol ×']);
    expect(
      await page
        .getByRole('list', { name: 'Filtres actifs' })
        .getByRole('button', { name: 'Retirer le filtre Statut de la demande' })
        .count(),
    ).toBe(1);
    await page.locator('#search-filters summary').click();
    expect(await page.locator('label[for="search-case-status"]').textContent()).toBe('Statut de la demande');
    expect(await page.locator('label[for="search-notice"]').textContent()).toBe('Demande');
    const labels = caseStatuses
      .map((value) => t('fr')(`status.${value}` as StringKey))
      .filter((label) => cases.some((entry) => entry.status === label));
    expect(await selectState(page, 'search-case-status')).toEqual({ options: ['Tous', ...labels], value: 'refused' });
    expect(await page.locator('#search-case-status option:checked').textContent()).toBe('Refusée par Interpol');
    expect((await resultPaths(page)).sort()).toEqual(refused.map((entry) => entry.path).sort());
    expect(new Set(await resultKinds(page))).toEqual(new Set(['Dossier']));
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+\u00a0résultats? pour ces filtres\.$/);
    // At 360 px each filter takes the width, within the screen, one under another.
    const boxes = await Promise.all(
      ['#search-kind', '#search-case-status', '#search-notice', '#search-country'].map((id) =>
        page.locator(id).boundingBox(),
      ),
    );
    for (const box of boxes) expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height);

    // A request kind narrows further; a dataset kind, which they cannot narrow, hides both.
    const notice = refused[0]!.notice;
    const noticeKey = keyOf('fr', 'notice', notice);
    await page.selectOption('#search-notice', noticeKey);
    await searchDone(page, `status=refused&notice=${noticeKey}`);
    expect((await resultPaths(page)).sort()).toEqual(
      refused
        .filter((entry) => entry.notice === notice)
        .map((entry) => entry.path)
        .sort(),
    );
    await page.selectOption('#search-kind', 'dataset');
    await searchDone(page, 'kind=dataset');
    expect(await page.locator('#search-case-status').isVisible()).toBe(false);
    expect(await page.locator('#search-notice').isVisible()).toBe(false);
    expect(new Set(await resultKinds(page))).toEqual(new Set(['Jeu de données']));

    // Opened without a filter, they fold with the others.
    await page.goto(`${server.origin}/fr/search/`);
    await expect
      .poll(() => page.locator('#search-filters').evaluate((box) => (box as HTMLDetailsElement).open))
      .toBe(false);
    expect(await page.locator('#search-case-status').isVisible()).toBe(false);
    await page.locator('#search-filters summary').click();
    expect(await page.locator('#search-case-status').isVisible()).toBe(true);
    await context.close();
    expect(watch.problems).toEqual([]);
  });

  it('a link with filter values that match nothing says each was not applied, in English and French, rather than widening the search unsaid', async () => {
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    const watch = await watchPage(page, server.origin);
    await page.goto(`${server.origin}/search/?q=notice`);
    await searchDone(page, 'q=notice');
    const plain = await resultPaths(page);
    expect(await page.locator('#search-ignored').isVisible()).toBe(false);

    // A kind and a country no page has: the search runs without them, says so, and the address drops them.
    await recordAnnouncements(page);
    await page.goto(`${server.origin}/search/?q=notice&kind=video&country=Atlantis`);
    await searchDone(page, 'q=notice');
    const notes = [
      'The link’s filter “Kind: video” matches nothing on this site, so it was not applied.',
      'The link’s filter “Country: Atlantis” matches nothing on this site, so it was not applied.',
    ];
    expect(await page.locator('#search-ignored p').allTextContents()).toEqual(notes);
    // Heard once, as the page opens: the wait for the index, which is asked about the values first, then the note,
    // then the count it qualifies.
    expect(await page.getByRole('status').filter({ hasText: notes[0] }).getAttribute('id')).toBe('search-ignored');
    expect((await announcements(page)).map(({ region, text }) => [region, text])).toEqual([
      ['search-status', 'Searching…'],
      ['search-ignored', notes.join('')],
      ['search-status', expect.stringMatching(/^\d+ results? for “notice”\.$/)],
    ]);
    expect(await page.locator('#search-ignored').isVisible()).toBe(true);
    expect(new URL(page.url()).search).toBe('?q=notice');
    expect([
      await page.locator('#search-kind').inputValue(),
      await page.locator('#search-country').inputValue(),
    ]).toEqual(['', '']);
    expect(await page.locator('#search-country option[value="Atlantis"]').count()).toBe(0);
    expect(await resultPaths(page)).toEqual(plain);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results? for “notice”\.$/);
    expect(await axeViolations(page)).toEqual([]);
    // Once the reader picks a filter, the note about the link no longer describes the search.
    // It is hidden, not rewritten: nothing more is said of it.
    await page.selectOption('#search-kind', 'case');
    await searchDone(page, 'q=notice&kind=case');
    expect(await page.locator('#search-ignored').isVisible()).toBe(false);
    expect((await announcements(page)).filter(({ region }) => region !== 'search-status')).toEqual([]);

    // A stale case file's status, and a year no page has, in French: the French page says so in French.
    await page.goto(`${server.origin}/fr/search/?status=lapsed&year=1899`);
    await searchDone(page, '');
    expect(await page.locator('#search-ignored p').allTextContents()).toEqual([
      'Le filtre «\u00a0Statut de la demande\u00a0: lapsed\u00a0» du lien ne correspond à rien sur ce site\u00a0: il n’a pas été appliqué.',
      'Le filtre «\u00a0Année\u00a0: 1899\u00a0» du lien ne correspond à rien sur ce site\u00a0: il n’a pas été appliqué.',
    ]);
    expect(page.url()).toBe(`${server.origin}/fr/search/`);
    expect(await resultPaths(page)).toEqual([]);
    expect(await page.locator('#search-active').isVisible()).toBe(false);
    await context.close();
    expect(watch.problems).toEqual([]);
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
