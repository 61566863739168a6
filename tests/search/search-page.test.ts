/**
 * The search page as built (src/pages/search.astro): a form that works as a link target without JavaScript, with
 * labelled controls and a live region, one external script, and the only JavaScript on the site.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { firstQueryCost, pagesWithScripts } from '../../src/build/search-bytes.ts';
import { openSearchProbe } from '../../src/build/search-probe.ts';
import { demoDist, page } from '../helpers/site.ts';
import { localTagLabel } from '../../src/lib/tags.ts';
import { caseStatuses, noticeKinds } from '../../src/schemas/case.ts';
import { t, type StringKey } from '../../src/i18n/index.ts';
import { frenchUnits, notCounted } from '../../src/lib/typography.ts';

const labelOf = (doc: Document, id: string) => doc.querySelector(`label[for="${id}"]`)?.textContent?.trim();

describe('the search page', () => {
  const doc = page('/search/');

  it("is a GET form to /search/ with a labelled query box and kind, case file's status and request, country, year and tag filters", () => {
    const form = doc.querySelector('main form')!;
    expect(form.getAttribute('action')).toBe('/search/');
    // The page's own search landmark, named; the header's search form, on every other page, is left out here, where
    // a reader would meet two fields named "Search the site" one above the other.
    expect(doc.getElementById(form.getAttribute('aria-labelledby')!)?.textContent).toBe('Search');
    expect(doc.querySelector('header form')).toBeNull();
    expect([...doc.querySelectorAll('form[role="search"]')]).toEqual([form]);
    expect(doc.querySelectorAll('input[type="search"]')).toHaveLength(1);
    expect(form.getAttribute('method')).toBe('get');
    const input = form.querySelector('input[name="q"]')!;
    expect(input.getAttribute('type')).toBe('search');
    expect(labelOf(doc, input.id)).toBe('Search the site');
    for (const [name, label] of [
      ['kind', 'Kind'],
      ['status', 'Request status'],
      ['notice', 'Request'],
      ['country', 'Country'],
      ['year', 'Year'],
      ['tag', 'Tag'],
    ]) {
      const select = form.querySelector(`select[name="${name}"]`);
      expect(select, name).not.toBeNull();
      expect(labelOf(doc, select!.id)).toBe(label);
      expect(select!.querySelector('option')!.getAttribute('value')).toBe('');
    }
    const kinds = [...form.querySelectorAll('select[name="kind"] option')].map((option) =>
      option.getAttribute('value'),
    );
    expect(kinds).toEqual(['', 'story', 'case', 'country', 'dataset']);
    const countries = [...form.querySelectorAll('select[name="country"] option')].map((option) => option.textContent);
    expect(countries).toContain('Russia');
    const tag = (doc: Document, value: string) => doc.querySelector(`select[name="tag"] option[value="${value}"]`);
    expect(tag(form.ownerDocument, 'red-notices')?.textContent).toBe('red notices');
    expect(tag(form.ownerDocument, 'el-salvador')?.textContent).toBe('El Salvador');
    // In French, tags read in French (site.tagLabels); one without a French label would read as written, marked English.
    const french = page('/fr/search/');
    expect([tag(french, 'red-notices')?.textContent, tag(french, 'red-notices')?.getAttribute('lang')]).toEqual([
      'notices rouges',
      null,
    ]);
    expect(tag(french, 'kyrgyzstan')?.textContent).toBe('Kirghizstan');
    expect(localTagLabel('new-tag', 'fr')).toEqual({ label: 'new tag', lang: 'en' });
    expect(localTagLabel('russia', 'fr')).toEqual({ label: 'Russie' });
    expect(localTagLabel('ccf', 'en')).toEqual({ label: 'CCF' });
    // The options are in the order of their labels in the page's language.
    const labels = [...french.querySelectorAll('select[name="tag"] option')]
      .slice(1)
      .map((option) => option.textContent!);
    expect(labels).toEqual(labels.toSorted((a, b) => a.localeCompare(b, 'fr')));
  });

  it('offers exactly the kinds, countries, years and tags the index of its language can filter by, in each language', async () => {
    for (const [path, lang] of [
      ['/search/', 'en'],
      ['/fr/search/', 'fr'],
    ] as const) {
      const searchPage = page(path);
      const probe = await openSearchProbe(demoDist, lang);
      const filters = await probe.filters();
      await probe.close();
      const options = (name: string) =>
        [...searchPage.querySelectorAll(`select[name="${name}"] option`)]
          .map((option) => option.getAttribute('value'))
          .filter(Boolean);
      for (const name of ['kind', 'country', 'year', 'tag']) {
        expect(options(name).sort(), `${path} ${name}`).toEqual(Object.keys(filters[name]!).sort());
      }
      // A case file's status and kind of request: in the address as the content writes them ("cancelled"), passed
      // to Pagefind as the index holds them, in its language (« Annulée »), which is also what the option reads.
      for (const [name, values, key] of [
        ['status', caseStatuses, 'status'],
        ['notice', noticeKinds, 'notice'],
      ] as const) {
        const held = [...searchPage.querySelectorAll(`select[name="${name}"] option[value]:not([value=""])`)];
        expect(held.map((option) => option.getAttribute('data-filter-value')).sort(), `${path} ${name}`).toEqual(
          Object.keys(filters[name] ?? {}).sort(),
        );
        expect(held.length, `${path} ${name}: the demo has case files of more than one`).toBeGreaterThan(1);
        for (const option of held) {
          const value = option.getAttribute('value')!;
          expect(values as readonly string[]).toContain(value);
          expect([option.textContent, option.getAttribute('data-filter-value')]).toEqual([
            t(lang)(`${key}.${value}` as StringKey),
            t(lang)(`${key}.${value}` as StringKey),
          ]);
        }
      }
    }
  });

  it('announces results in a polite live region and explains itself without JavaScript', () => {
    const status = doc.querySelector('#search-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(doc.querySelector('noscript')?.textContent).toContain('needs JavaScript');
  });

  it('loads one external module script and no inline script', () => {
    const scripts = [...doc.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(scripts.map((script) => [script.getAttribute('type'), script.getAttribute('src')])).toEqual([
      ['module', '/search/search.js'],
    ]);
    expect(scripts[0]!.textContent).toBe('');
    expect(existsSync(join(demoDist, 'search/search.js'))).toBe(true);
  });

  it("hands the script the words a French figure is not joined to and the units it is, typography.ts's lists, so that results are typeset as pages are", () => {
    expect(doc.querySelector('#search')?.getAttribute('data-not-counted')?.split(' ')).toEqual(notCounted);
    expect(doc.querySelector('#search')?.getAttribute('data-units')?.split(' ')).toEqual(frenchUnits);
  });

  it('is not itself in the search index', () => {
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
  });
});

describe('the cost of search', () => {
  it('no page but the search page of each language loads JavaScript', () => {
    expect(pagesWithScripts(demoDist)).toEqual(['/fr/search/', '/search/']);
  });

  it('a first search downloads under 150 kB (gzip): script, pagefind.js, wasm, index chunks, fragments', async () => {
    const cost = await firstQueryCost(demoDist, 'Pestrikov');
    const paths = cost.files.map((file) => file.path);
    expect(paths.slice(0, 2)).toEqual(['/search/search.js', '/pagefind/pagefind.js']);
    expect(paths.some((path) => path.endsWith('.pagefind'))).toBe(true);
    expect(paths.some((path) => path.endsWith('.pf_fragment'))).toBe(true);
    expect(cost.results).toBeGreaterThan(0);
    expect(cost.gzipBytes).toBeLessThan(150 * 1024);
  });
});
