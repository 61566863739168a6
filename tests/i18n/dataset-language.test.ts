/**
 * A dataset written in French (`"lang": "fr"`), charted on a French story and on an English one: on the French page
 * its texts are the page's language and carry no `lang`; on the English page they are marked French, except what its
 * `translations.en` gives, which is English and unmarked. Its own page, the data catalog and its JSON download say
 * the same. Figures: the CCF's cases finalised in 2018 (Red Notice Law Journal, 2020-06).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../pages/fixture-site.ts';
import { repoRoot } from '../helpers/build.ts';

const site = buildFixture({
  edit: (root) => {
    const sourcesFile = join(root, 'data/sources.json');
    const sources = JSON.parse(readFileSync(sourcesFile, 'utf8')) as Record<string, unknown>;
    const demoSources = JSON.parse(readFileSync(join(repoRoot, 'data/sources.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    sources['rnlj-ccf-2018'] = demoSources['rnlj-ccf-2018'];
    writeFileSync(sourcesFile, JSON.stringify(sources));
    writeFileSync(
      join(root, 'data/dossiers-ccf-2018.json'),
      JSON.stringify({
        lang: 'fr',
        title: 'Dossiers clôturés par la CCF en 2018',
        description: 'Les dossiers que la Commission de contrôle des fichiers a clôturés en 2018, par type.',
        sources: ['rnlj-ccf-2018'],
        license: 'CC BY 4.0',
        updated: '2026-02-01',
        columns: {
          type: { type: 'string', description: 'Le type de dossier', label: 'Type de dossier' },
          dossiers: { type: 'integer', description: 'Dossiers clôturés', label: 'Dossiers' },
        },
        rows: [
          { type: 'Plaintes', dossiers: 536 },
          { type: 'Accès', dossiers: 741 },
          { type: 'Révision', dossiers: 97 },
          { type: 'Autres', dossiers: 48 },
        ],
        notes: ['Chiffres du rapport annuel 2018 de la CCF.'],
        // The English translation gives the title, one label and one value; the rest stays French.
        translations: {
          en: {
            title: 'Cases the CCF finalised in 2018',
            columns: { dossiers: { label: 'Cases' }, type: { values: { Plaintes: 'Complaints' } } },
          },
        },
      }),
    );
    // The home page's key figures, written in French with French qualifiers (JURIST, January 2026; the fixture's
    // Russia row, which its stories quote, kept as it is).
    writeFileSync(
      join(root, 'data/headline-figures.json'),
      JSON.stringify({
        lang: 'fr',
        title: 'Les chiffres clés',
        description: 'Les chiffres qui cadrent l’enquête.',
        sources: ['jurist-files'],
        license: 'CC BY 4.0 (compilation)',
        updated: '2026-02-01',
        key: 'id',
        columns: {
          id: { type: 'string', description: 'Identifiant du chiffre' },
          label: { type: 'string', description: 'Ce que compte le chiffre' },
          value: { type: 'integer', description: 'Le chiffre' },
          qualifier: { type: 'string', description: '« environ » ou « au moins » ; vide quand le chiffre est exact' },
          country: { type: 'string', ref: 'country', description: 'Pays concerné' },
          source: { type: 'string', ref: 'source', description: 'Source' },
        },
        rows: [
          {
            id: 'russia-active',
            label: 'notices rouges actives demandées par la Russie (sept. 2024)',
            value: 4817,
            qualifier: null,
            country: 'RU',
            source: 'jurist-files',
          },
          {
            id: 'active',
            label: 'Notices rouges actives, tous pays confondus',
            value: 86000,
            qualifier: 'environ',
            country: null,
            source: 'jurist-files',
          },
          {
            id: 'ccf-removed-2024',
            label: 'Notices retirées par la CCF en 2024',
            value: 322,
            qualifier: 'Au moins',
            country: null,
            source: 'jurist-files',
          },
        ],
      }),
    );
    const figures =
      '<Chart dataset="headline-figures" type="bar" x="id" y="value" filter={{ id: ["active", "ccf-removed-2024"] }} title="Figures" />\n';
    const chart =
      '<Chart dataset="dossiers-ccf-2018" type="bar" x="type" y="dossiers" sort="none" title="Dossiers par type" />\n';
    mkdirSync(join(root, 'content/stories/fr'), { recursive: true });
    writeFileSync(
      join(root, 'content/stories/fr/dossiers.mdx'),
      `---\ntitle: Les dossiers\nsummary: Ce que la CCF a clôturé.\ndate: 2026-01-27\n---\n\n${chart}\n${figures}`,
    );
    writeFileSync(
      join(root, 'content/stories/cases-closed.mdx'),
      `---\ntitle: Cases closed\nsummary: What the CCF finalised.\ndate: 2026-01-27\n---\n\n${chart.replace('Dossiers par type', 'Cases by type')}\n${figures}`,
    );
  },
});
afterAll(() => site.remove());

/** The texts of `root`'s elements matching `selector` that have letters, each with the language marked on it. */
function marked(root: ParentNode, selector: string): [string, string | null][] {
  return [...root.querySelectorAll(selector)]
    .filter((element) => /\p{L}/u.test(element.textContent!))
    .map((element) => [element.textContent!.trim(), element.closest('[lang]')!.getAttribute('lang')]);
}

describe('a dataset written in French', () => {
  it('builds', () => {
    expect(site.result.status, site.result.output).toBe(0);
  });

  it('is not marked English anywhere on a French page, and the page says nothing of datasets in English', () => {
    const page = site.page('/fr/stories/dossiers/');
    const chart = page.querySelector('figure.chart')!;
    // Only its source's title, which is English, is marked so.
    expect(
      [...chart.querySelectorAll('[lang="en"]:not(.source-title)')].map((element) => element.outerHTML.slice(0, 200)),
    ).toEqual([]);
    // Its words are there, and in French: the drawing's categories, the table's header and cells.
    expect(marked(chart, '[data-chart-variant="wide"] svg text')).toContainEqual(['Accès', 'fr']);
    expect(marked(chart, 'thead th')).toEqual([
      ['Type de dossier', 'fr'],
      ['Dossiers', 'fr'],
    ]);
    expect(chart.querySelector('.chart-summary')!.textContent!.replace(/[\u00a0\u202f]/g, ' ')).toContain(
      'Maximum : 741, Accès',
    );
    expect(page.querySelector('.lang-notice')).toBeNull();
  });

  it('is marked French on an English page where translations.en does not translate it, and not where it does', () => {
    const page = site.page('/stories/cases-closed/');
    const chart = page.querySelector('figure.chart')!;
    expect(marked(chart, 'thead th')).toEqual([
      ['Type de dossier', 'fr'],
      ['Cases', 'en'],
    ]);
    const cells = marked(chart, 'tbody th');
    expect(cells).toEqual([
      ['Complaints', 'en'],
      ['Accès', 'fr'],
      ['Révision', 'fr'],
      ['Autres', 'fr'],
    ]);
    const drawn = marked(chart, '[data-chart-variant="wide"] svg text');
    expect(drawn).toContainEqual(['Accès', 'fr']);
    expect(drawn).toContainEqual(['Complaints', 'en']);
    const summary = marked(chart, '.chart-summary span[lang]');
    // The summary quotes the label as a sentence does, lower-cased.
    expect(summary).toContainEqual(['type de dossier', 'fr']);
    expect(summary.every(([, lang]) => lang === 'fr')).toBe(true);
    // The story's list of datasets says the dataset is in French.
    expect(page.querySelector('.lang-notice')?.textContent).toBe('The datasets are published in French.');
  });

  it("marks its own page's French texts, and shows its English title unmarked", () => {
    const page = site.page('/data/dossiers-ccf-2018/');
    expect(page.documentElement.getAttribute('lang')).toBe('en');
    const h1 = page.querySelector('h1')!;
    expect([h1.textContent, h1.getAttribute('lang')]).toEqual(['Cases the CCF finalised in 2018', null]);
    expect(page.querySelector('.page-header .description')!.getAttribute('lang')).toBe('fr');
    expect(marked(page, '#notes-heading + ul li')).toEqual([['Chiffres du rapport annuel 2018 de la CCF.', 'fr']]);
    expect(marked(page, '.column-names td.text')).toEqual([
      ['Le type de dossier', 'fr'],
      ['Dossiers clôturés', 'fr'],
    ]);
  });

  it('says its language in its JSON download, and in the French data catalog names no English', () => {
    const json = JSON.parse(site.read('data/dossiers-ccf-2018.json')) as { lang: string };
    expect(json.lang).toBe('fr');
    // The catalog lists the fixture's English datasets too: the French one is named beside them.
    expect(site.page('/fr/data/').querySelector('.lang-notice')?.textContent).toBe(
      'Les jeux de données sont publiés en anglais et français.',
    );
    expect(site.page('/data/').querySelector('.lang-notice')?.textContent).toBe(
      'The datasets are published in English and French.',
    );
  });

  // A French dataset's qualifiers (« environ », « Au moins ») are the dictionaries' words in its language: an English
  // page says them in English, unmarked, where it showed the French words marked French; a French page as written.
  it.each([
    ['/', ['about', 'at least']],
    ['/fr/', ['environ', 'au moins']],
  ])("says a French dataset's qualifiers in the words of the page's language on %s's key figures", (path, words) => {
    const page = site.page(path);
    const qualifiers = [...page.querySelectorAll('.figure-qualifier')];
    expect(qualifiers.map((q) => [q.textContent!.trim(), q.getAttribute('lang')])).toEqual(
      words.map((word) => [word, null]),
    );
  });

  it.each([
    ['/stories/cases-closed/', ['about 86,000', 'at least 322']],
    ['/fr/stories/dossiers/', ['environ 86\u202f000', 'au moins 322']],
  ])("says them so in a chart's table and summary on %s, unmarked", (path, figures) => {
    const page = site.page(path);
    const chart = [...page.querySelectorAll('figure.chart')].find((c) => c.textContent!.includes('Figures'))!;
    const cells = [...chart.querySelectorAll('tbody td')].map((td) => td.textContent!.trim());
    expect(cells).toEqual(figures);
    const summary = chart.querySelector('.chart-summary')!;
    expect(summary.textContent).toContain(figures[0]);
    expect(summary.textContent, summary.textContent!).toContain(figures[1]);
    // Nothing of them marked as another language: the summary, nor the drawing's labels.
    const marked = [...chart.querySelectorAll('.chart-summary [lang], [data-chart-variant="wide"] svg [lang]')];
    expect(
      marked.map((element) => element.textContent).filter((text) => /environ|moins|about|least/i.test(text!)),
    ).toEqual([]);
  });

  it("prints the figures of the dataset's English page with their qualifiers in English, unmarked", () => {
    const cells = [
      ...site.page('/data/headline-figures/').querySelectorAll('#rows-heading + * td[data-label="value"]'),
    ];
    expect(cells.map((cell) => [cell.textContent, cell.closest('[lang]')!.getAttribute('lang')])).toEqual([
      ['4,817', 'en'],
      ['about 86,000', 'en'],
      ['at least 322', 'en'],
    ]);
  });
});
