/**
 * The demo site's pages read as a copy editor reads them: the text a reader sees (each element's own text, and the
 * titles, labels and descriptions a browser or a screen reader gives), in English and in French. Code is left out.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoDist, page } from '../helpers/site.ts';

/** Every built page's address, but Pagefind's, the social cards' and the assets' folders. */
function builtPages(folder = demoDist): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return ['pagefind', 'og', '_astro'].includes(name) ? [] : builtPages(path);
    return name.endsWith('.html') ? [`/${relative(demoDist, path)}`] : [];
  });
}

/** The texts a page shows, each with its language (the nearest `lang`): an element's own text, its attributes'. */
function pageTexts(path: string): { text: string; lang: string }[] {
  const doc = page(path);
  const texts: { text: string; lang: string }[] = [];
  const langOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang') ?? 'en';
  const visit = (element: Element) => {
    if (['SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEMPLATE'].includes(element.tagName)) return;
    // Another element's text stands as U+FFFC, so that a space before it is seen.
    const own = [...element.childNodes].map((node) => (node.nodeType === 3 ? node.textContent : '\ufffc')).join('');
    if (own.replace(/\ufffc/g, '').trim()) texts.push({ text: own, lang: langOf(element) });
    for (const child of element.children) visit(child);
    for (const name of ['title', 'alt', 'aria-label', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value) texts.push({ text: value, lang: langOf(element) });
    }
  };
  visit(doc.documentElement);
  for (const meta of doc.querySelectorAll('meta[name="description"], meta[property="og:description"]'))
    texts.push({ text: meta.getAttribute('content') ?? '', lang: langOf(doc.documentElement) });
  return texts;
}

const pages = builtPages().map((path) => ({ path, texts: pageTexts(path) }));

/** Each text matching `pattern` in a text of a page (in `lang`, or any), with the page and the words around it. */
function found(pattern: RegExp, lang?: string): string[] {
  return pages.flatMap(({ path, texts }) =>
    texts
      .filter((text) => lang === undefined || text.lang.split('-')[0] === lang)
      .flatMap(({ text }) =>
        [...text.matchAll(pattern)].map((m) => `${path}: …${text.slice(m.index - 30, m.index + 30)}…`),
      ),
  );
}

describe("the demo's pages as a copy editor reads them", () => {
  it('are all read: English and French pages', () => {
    expect(pages.length).toBeGreaterThan(80);
    expect(pages.filter(({ path }) => path.startsWith('/fr/')).length).toBeGreaterThan(40);
  });

  it('have no straight apostrophe or quotation mark in the text a reader sees, in any language', () => {
    expect(found(/["']/g)).toEqual([]);
  });

  it('write a range of years with an en dash, not a hyphen (2019–2020)', () => {
    expect(found(/(?<![\p{L}\p{N}-])(?:1\d{3}|20\d{2})-(?:1\d{3}|20\d{2})(?![\p{N}-])/gu)).toEqual([]);
  });

  it('keep a French colon, semicolon, exclamation or question mark and closing guillemet off the start of a line', () => {
    expect(found(/[ \t\r\n](?=[:;!?»])|«[ \t\r\n]/g, 'fr')).toEqual([]);
  });

  it("typeset a source's French note as French prose: a figure joined to the noun it counts", () => {
    expect(page('/fr/sources/').querySelector('main')?.textContent).toContain(
      'Donne 8\u202f136\u00a0notices rouges pour 2011',
    );
    // The French methodology quotes a note as the French bibliography shows it, every note being translated.
    const methodology = page('/fr/methodology/').querySelector('main')!;
    expect(methodology.textContent?.replace(/[ \t\n]+/g, ' ')).toContain(
      'par une note telle que «\u00a0Chiffres d’Interpol cités par l’AFP\u00a0».',
    );
    expect(page('/fr/sources/').querySelector('main')?.textContent).toContain('Chiffres d’Interpol cités par l’AFP.');
    expect(methodology.querySelector('[lang="en"]')).toBeNull();
  });

  it("show the demo datasets' measures, units and notes in French on their French pages", () => {
    const cells = (path: string, column: number) =>
      [...page(path).querySelectorAll('section[aria-labelledby="rows-heading"] tbody tr')].map((row) => {
        const cell = row.children[column]!;
        return [cell.textContent?.trim(), cell.getAttribute('lang')];
      });
    expect(cells('/fr/data/ccf-decisions/', 1)).toContainEqual(['Dossiers clôturés', null]);
    expect(cells('/fr/data/ccf-decisions/', 4)).toContainEqual(['Deux années cumulées.', null]);
    expect(cells('/fr/data/headline-figures/', 3)).toEqual(
      expect.arrayContaining([
        ['personnes', null],
        ['fois', null],
      ]),
    );
    // Every dataset's notes and columns' descriptions, in French and unmarked.
    const datasetPages = pages.map(({ path }) => path).filter((path) => /^\/fr\/data\/[^/]+\/index\.html$/.test(path));
    const english = (selector: string) => {
      const texts = datasetPages.flatMap((path) => [...page(path).querySelectorAll(selector)]);
      expect(texts.length, selector).toBeGreaterThan(15);
      return texts
        .filter((text) => text.closest('[lang]')?.getAttribute('lang') !== 'fr')
        .map((text) => text.textContent);
    };
    expect(english('[aria-labelledby="notes-heading"] li')).toEqual([]);
    expect(english('[aria-labelledby="columns-heading"] tbody td:last-child')).toEqual([]);
    // The row notes of the datasets whose notes explain single rows.
    expect(cells('/fr/data/red-notices-issued/', 5)).toContainEqual(['Aucun chiffre vérifié.', null]);
    // The timeline's events, in its table and its chart's description.
    expect(cells('/fr/data/investigation-timeline/', 1)).toContainEqual(['Publication des Interpol Files', null]);
    expect(page('/fr/data/investigation-timeline/').querySelector('.dataset-chart')?.textContent).toContain(
      'Dernier événement\u00a0: Suite de l’enquête de Disclose sur la Turquie (28\u00a0janvier 2026).',
    );
    // The chart's description lists the series in a French sentence, in lower case as the column's description has it.
    expect(page('/fr/data/red-notices-in-circulation/').querySelector('.dataset-chart')?.textContent).toContain(
      'Une série par mesure\u00a0: toutes les notices rouges valides et notices rouges publiques.',
    );
  });
});
