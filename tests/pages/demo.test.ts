/**
 * The pages of the demo site, whatever its content: a page for every public story, case file, country and dataset,
 * citations that land on their source, facts that land on their row, downloads that hold the dataset.
 */
import { typeset } from '../../src/lib/typography.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { demoDist, page, readBuilt } from '../helpers/site.ts';
import { fixedNow, repoRoot } from '../helpers/build.ts';
import { loadProject } from '../../src/lib/load-project.ts';
import { withheld } from '../../src/lib/visibility.ts';
import { referencedCountries } from '../../src/lib/countries.ts';
import { entryHref } from '../../src/lib/translations.ts';

const { project } = loadProject(repoRoot);
const now = new Date(fixedNow);
const stories = project.stories.filter((e) => !withheld(e.data, now));
const cases = project.cases.filter((e) => !withheld(e.data, now));
// Every published page in every language (translations live at /fr/stories/<slug>/, see src/lib/translations.ts).
const articles = [...stories.map((e) => entryHref('story', e)), ...cases.map((e) => entryHref('case', e))];
const built = (path: string) => existsSync(join(demoDist, path.endsWith('/') ? `${path}index.html` : path));

describe('the demo site', () => {
  it('has a page for every public story and case file, and for every country they or the datasets name', () => {
    // Read from the content: a list that lost its stories or case files would check nothing here.
    expect(stories.length, 'public stories in the demo content').toBeGreaterThanOrEqual(4);
    expect(cases.length, 'public case files in the demo content').toBeGreaterThanOrEqual(4);
    for (const path of articles) expect(built(path), path).toBe(true);
    const codes = referencedCountries(
      [...stories, ...cases].map((e) => e.data),
      [...project.datasets.values()],
    );
    for (const code of codes) expect(built(`/countries/${code.toLowerCase()}/`), code).toBe(true);
  });

  it("tells a reader whose search cannot load to check their connection, in the page's language (the dev server's hint is for editors)", () => {
    expect(readBuilt('search/index.html')).toContain(
      'data-msg-error="Search could not load. Check your connection and reload the page."',
    );
    expect(readBuilt('fr/search/index.html')).toContain(
      'data-msg-error="La recherche n’a pas pu se charger. Vérifiez votre connexion et rechargez la page."',
    );
  });

  it('has a page, a CSV and a JSON file for every dataset, holding exactly its rows', () => {
    for (const [id, dataset] of project.datasets) {
      expect(built(`/data/${id}/`), id).toBe(true);
      const raw = JSON.parse(readFileSync(join(repoRoot, dataset.file), 'utf8'));
      expect(JSON.parse(readBuilt(`/data/${id}.json`)).rows, id).toEqual(raw.rows);
      const csv = csvParse(readBuilt(`/data/${id}.csv`));
      expect(csv.columns, id).toEqual(Object.keys(raw.columns));
      expect(csv.length, id).toBe(raw.rows.length);
    }
  });

  it('says when a dataset was last corrected beside when it was last checked, on its page and in the catalog', () => {
    const datasets = [...project.datasets.values()];
    const corrected = datasets.filter((d) => d.corrections.length > 0);
    expect(corrected.length).toBeGreaterThan(0);
    const iso = (date: Date) => date.toISOString().slice(0, 10);
    for (const dataset of corrected) {
      const newest = iso(new Date(Math.max(...dataset.corrections.map((c) => c.date.getTime()))));
      const facts = [...page(`/data/${dataset.id}/`).querySelectorAll('dl.facts-box > div')].map((div) => [
        div.querySelector('dt')?.textContent,
        div.querySelector('dd time')?.getAttribute('datetime'),
      ]);
      expect(facts).toContainEqual(['Last checked', iso(dataset.updated)]);
      expect(facts).toContainEqual(['Corrected', newest]);
      for (const [catalog, label] of [
        ['/data/', 'Corrected'],
        ['/fr/data/', 'Rectifié le'],
      ] as const) {
        const card = [...page(catalog).querySelectorAll('li.card')].find((li) =>
          li.querySelector(`a[href="${catalog}${dataset.id}/"]`),
        );
        expect(card?.querySelector('.meta')?.textContent, catalog).toContain(label);
        expect([...card!.querySelectorAll('.meta time')].map((time) => time.getAttribute('datetime'))).toEqual([
          iso(dataset.updated),
          newest,
        ]);
      }
    }
    // A dataset never corrected says nothing of corrections.
    const clean = datasets.find((d) => d.corrections.length === 0)!;
    expect(page(`/data/${clean.id}/`).querySelector('dl.facts-box')?.textContent).not.toContain('Corrected');
  });

  it('gives every figure of its prose a source, as the footer says: a Fact, or a numbered note in its paragraph', () => {
    const unsourced = [...project.stories, ...project.cases].flatMap((entry) =>
      entry.body
        .split(/\n\s*\n/)
        // Components' own lines (charts, imports, comments, responses) hold attributes, not prose.
        .filter((paragraph) => !/^\s*(import |<Chart|<Response|\{\/\*)/.test(paragraph))
        .map((paragraph) => paragraph.replace(/<Fact\b[^>]*\/>/g, '').replace(/\]\([^)]*\)/g, ']'))
        .filter((paragraph) => !/<Cite\b/.test(paragraph))
        // A figure: digits not part of a word or an identifier, other than a year or a single digit.
        .flatMap((paragraph) =>
          [...paragraph.matchAll(/(?<![\w-])\d[\d,.\u202f\u00a0]*\d%?(?![\w-])/g)].map((m) => m[0]),
        )
        .filter((figure) => !/^(19|20)\d\d$/.test(figure))
        .map((figure) => `${entry.file}: ${figure}`),
    );
    expect(unsourced).toEqual([]);
  });

  it("prints a source's date only where it is recorded, on the sources page and under a story, with no stand-in year", () => {
    const undated = [...project.sources.values()].filter((source) => source.date === undefined);
    const dated = [...project.sources.values()].filter((source) => source.date !== undefined);
    expect(undated.map((source) => source.id)).toContain('afp-interpol-2012');
    const sourcesPage = page('/sources/');
    const meta = (id: string, doc = sourcesPage) => doc.querySelector(`#source-${id} .meta`)?.textContent ?? '';
    // The AFP dispatch quotes 2012's figures; no year is printed for it (2013 was a stand-in).
    expect(meta('afp-interpol-2012')).toBe(`(${project.sources.get('afp-interpol-2012')!.note})`);
    for (const source of undated)
      expect(meta(source.id), source.id).not.toMatch(/^\(\d{4}|^\((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/);
    for (const source of dated) expect(meta(source.id), source.id).toMatch(/^\(\S/);
    expect(meta('pace-doc-14277')).toMatch(/^\(2017; /);
    const story = page('/stories/two-decades-of-red-notices/');
    expect(meta('afp-interpol-2012', story)).toBe(`(${project.sources.get('afp-interpol-2012')!.note})`);
  });

  // French pages showed every source's note in English (marked lang="en"): a source gives its note per language in
  // `translations`, as a dataset gives its texts, and the French pages show the French one, unmarked.
  it("shows a source's note in the page's language where the source gives one, in the sources page and under a story", () => {
    const noted = [...project.sources.values()].filter((source) => source.note !== undefined);
    expect(noted.length).toBeGreaterThan(20);
    let shown = 0;
    for (const source of noted) {
      const french = source.translations?.fr?.note;
      expect(french, `${source.id}: its French note`).toBeDefined();
      const meta = (path: string) => page(path).querySelector(`#source-${source.id} .meta`);
      if (!meta('/fr/sources/')) continue;
      shown++;
      // Typeset as French prose is (« 8 136\u00a0notices »), and the English one as English.
      expect(meta('/fr/sources/')!.textContent, source.id).toContain(typeset(french!, 'fr'));
      expect(meta('/fr/sources/')!.querySelector('[lang]'), `${source.id}: a French note marked`).toBeNull();
      expect(meta('/sources/')!.textContent, source.id).toContain(typeset(source.note!, 'en'));
    }
    expect(shown).toBeGreaterThan(20);
    const jurist = page('/fr/stories/the-interpol-files/').querySelector('#source-jurist-interpol-files .meta')!;
    expect(jurist.textContent).toBe(
      '(janv. 2026\u202f; Relaie les chiffres que Disclose a tirés des documents divulgués (notices actives, classement de septembre 2024, suppressions par la CCF en 2024).)',
    );
    expect(jurist.querySelector('[lang]')).toBeNull();
  });

  it('marks an English name in a French page\'s prose lang="en", so that a screen reader reads it in English', () => {
    const prose = page('/fr/cases/rinat-tuhvatshin-kloop/').querySelector('main')!;
    const english = [...prose.querySelectorAll('[lang="en"]')].map((element) =>
      element.textContent!.replace(/\s+/g, ' '),
    );
    expect(english).toContain('Organized Crime and Corruption Reporting Project');
  });

  it("ends a dataset's name above its correction with a full stop, not a colon before the correction's capital, in French and English", () => {
    const named = articles.flatMap((path) =>
      [...page(path).querySelectorAll('.corrections li')]
        .filter((item) => item.querySelector('.correction-dataset'))
        .map((item) => ({ path, text: item.textContent!.replace(/\s+/g, ' ') })),
    );
    const french = named.filter(({ path }) => path.startsWith('/fr/'));
    expect(french.length, 'French pages with a dataset correction').toBeGreaterThan(0);
    expect(named.length, 'pages with a dataset correction').toBeGreaterThan(french.length);
    for (const { path, text } of french) expect(text, path).toMatch(/Dans le jeu de données « [^»]+ »\. Une version/);
    for (const { path, text } of named) expect(text, path).not.toMatch(/[:：]\s*\p{Lu}/u);
  });

  it("never links a source's title to a page that is not the document: the address is linked as what it is", () => {
    const elsewhere = [...project.sources.values()].filter((source) => source.addressKnown === false);
    expect(elsewhere.length).toBeGreaterThan(0);
    const pages = [...articles, ...[...project.datasets.keys()].map((id) => `/data/${id}/`)];
    let shown = 0;
    let factLinks = 0;
    for (const path of pages) {
      const doc = page(path);
      const links = [...doc.querySelectorAll('a')];
      for (const source of elsewhere) {
        expect(
          links.filter((a) => a.textContent?.trim() === source.title).map((a) => a.getAttribute('href')),
          `${path}: ${source.id}`,
        ).toEqual([]);
        for (const cite of [...doc.querySelectorAll('.source-title')].filter((c) => c.textContent === source.title)) {
          shown++;
          const link = cite.nextElementSibling;
          expect([link?.tagName, link?.getAttribute('href'), link?.textContent], `${path}: ${source.id}`).toEqual([
            'A',
            source.url,
            new URL(source.url).host.replace(/^www\./, '') + new URL(source.url).pathname.replace(/\/+$/, ''),
          ]);
        }
        // A figure's "source" link says where it goes.
        for (const a of links.filter(
          (a) =>
            a.closest('.fact-source') && a.getAttribute('href') === source.url && a.textContent?.includes(source.title),
        )) {
          factLinks++;
          expect(a.textContent, path).toMatch(
            /its address is not recorded; this link opens|son adresse n’est pas relevée/,
          );
        }
      }
    }
    expect(shown).toBeGreaterThan(0);
    expect(factLinks).toBeGreaterThan(0);
  });

  it('sets a recorded title as a title (<cite>) and a description standing in for an unrecorded one as plain text', () => {
    // (A description whose document's address is recorded is the link to it, as a title is.)
    const described = [...project.sources.values()].filter(
      (source) => source.titleKnown === false && source.addressKnown === false,
    );
    const titled = [...project.sources.values()].filter(
      (source) => source.titleKnown !== false && source.addressKnown === false,
    );
    expect(described.map((source) => source.id)).toContain('ohchr-el-salvador-red-notices');
    expect(titled.map((source) => source.id)).toContain('disclose-interpol-files');
    for (const path of ['/sources/', '/fr/sources/']) {
      const doc = page(path);
      for (const source of [...described, ...titled]) {
        const shown = doc.querySelector(`#source-${source.id} .source-title`);
        expect([shown?.tagName, shown?.textContent?.replace(/\s/g, ' ')], `${path}: ${source.id}`).toEqual([
          source.titleKnown === false ? 'SPAN' : 'CITE',
          source.title.replace(/\s/g, ' '),
        ]);
      }
    }
  });

  it("names a figure's source link with the source's title marked with its language, which an aria-label cannot carry", () => {
    const doc = page('/fr/stories/the-interpol-files/');
    const links = [...doc.querySelectorAll('.fact-source a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('aria-label')).toBeNull();
      expect(a.querySelector('[aria-hidden="true"]')?.textContent).toBe('source');
      const source = [...project.sources.values()].find(
        (s) => s.url === a.getAttribute('href') && a.textContent?.includes(s.title),
      )!;
      expect(source, a.textContent ?? '').toBeDefined();
      expect(a.querySelector('.visually-hidden [lang]')?.getAttribute('lang')).toBe(
        source.lang === 'fr' ? null : (source.lang ?? 'en'),
      );
    }
  });

  it('links every citation to the entry of the sources list with the same number', () => {
    let links = 0;
    for (const path of articles) {
      const doc = page(path);
      const items = [...doc.querySelectorAll('.sources ol > li')];
      // Every citation links its numbers (one without a link would be checked by nothing below).
      expect(
        [...doc.querySelectorAll('sup.cite')]
          .filter((sup) => sup.querySelector('a') === null)
          .map((sup) => sup.outerHTML),
        path,
      ).toEqual([]);
      for (const a of doc.querySelectorAll('sup.cite a')) {
        links++;
        const target = doc.getElementById(a.getAttribute('href')!.slice(1));
        expect(target, `${path} ${a.getAttribute('href')}`).not.toBeNull();
        expect(items.indexOf(target!) + 1, `${path} ${a.getAttribute('href')}`).toBe(Number(a.textContent));
      }
    }
    expect(links).toBeGreaterThan(100);
  });

  it('sets every citation number against the word before it, in every language (no "extradited [1].")', () => {
    let cites = 0;
    for (const path of articles) {
      for (const sup of page(path).querySelectorAll('sup.cite')) {
        cites++;
        const before = sup.previousSibling;
        // A citation after text ends that text; one after an element (a figure, a link) follows it directly.
        if (before?.nodeType === 3) expect(before.textContent, `${path}: text before ${sup.outerHTML}`).toMatch(/\S$/u);
        // A word joiner opens the note: no line break between it and a full stop before it ("motivated.[4]").
        expect(sup.textContent!.startsWith('\u2060['), `${path}: ${sup.outerHTML}`).toBe(true);
      }
    }
    expect(cites).toBeGreaterThan(100);
    // And the search index, which leaves citations out, reads "member countries." (src/build/cite-attach.ts).
    expect(readBuilt('/stories/the-interpol-files/')).toContain('member countries<sup class="cite"');
  });

  it('prints a figure whose row\'s unit is % with its sign, before the link to its source (not "10 source per cent")', () => {
    // The figure as shown: the link's first text, before the words only a screen reader hears (src/lib/fact-purpose.ts).
    const fact = (path: string) =>
      page(path).querySelector('.fact a[href$="#row-public-share"]')?.firstChild?.textContent;
    expect(fact('/stories/the-interpol-files/')).toBe('10%');
    expect(fact('/fr/stories/the-interpol-files/')).toBe('10\u00a0%');
  });

  // A screen reader's list of a page's links read its figures alone, "4,817, 917, 86,000": each says, unseen, what it
  // measures and where it leads, after the figure it shows (src/lib/fact-purpose.ts), in the page's language.
  it("names each figure's link by what it measures and where it leads, after the figure, in both languages", () => {
    // Spaces as the markup writes them collapsed, no-break ones kept (French groups digits with U+202F).
    const name = (a: Element) => a.textContent!.replace(/[ \t\r\n]+/g, ' ').trim();
    let facts = 0;
    for (const path of ['/', '/fr/', ...articles]) {
      const french = path.startsWith('/fr/');
      const names = new Map<string, string>();
      // The home page's key figures and ranking print what each figure is beside it (the next test).
      for (const a of page(path).querySelectorAll('.fact > a:first-child:not(:is(.figure-list, .rank-list) a)')) {
        facts++;
        const shown = a.firstChild!.textContent!;
        expect(name(a), `${path} ${a.getAttribute('href')}`).toMatch(
          french ? /^[^(]+ \(.*\p{L}.*\u202f; voir les données\)$/u : /^[^(]+ \(.*\p{L}.*; see the data\)$/u,
        );
        expect(name(a).startsWith(`${shown} (`), `${path}: the name starts with the figure shown`).toBe(true);
        expect(a.querySelector('.visually-hidden')?.hasAttribute('data-pagefind-ignore'), path).toBe(true);
        // Two links to different rows never share a name.
        const href = a.getAttribute('href')!;
        if (names.has(name(a))) expect(names.get(name(a)), `${path}: "${name(a)}"`).toBe(href);
        names.set(name(a), href);
      }
    }
    expect(facts).toBeGreaterThan(20);
    const russia = (path: string) =>
      page(path).querySelector('.fact > a[href$="/data/top-requesting-countries-2024/#row-ru"]')!;
    expect(name(russia('/stories/the-interpol-files/'))).toBe('4,817 (active red notices, Russia; see the data)');
    expect(name(russia('/fr/stories/the-interpol-files/'))).toBe(
      '4\u202f817 (notices rouges actives, Russie\u202f; voir les données)',
    );
  });

  // A screen reader read each key figure twice: "86,000 (active red notices, all countries; see the data)", then the
  // label printed under it, "Active red notices, all countries"; and each ranked country's figure with its country
  // and what it counts ("4,817 (active red notices, Russia; see the data)") just after the country and under the
  // ranking's title that say so. Where the page prints what the figure is beside it, its link says, unseen, only where
  // it goes (WCAG 2.4.4: the purpose from the link's context).
  it.each([
    ['/', 'see the data', 'Active red notices, all countries', 'Russia'],
    ['/fr/', 'voir les données', 'Notices rouges actives, tous pays confondus', 'Russie'],
  ])(
    "on %s, a key figure's or a ranked country's link says where it goes, and not again what the page prints beside it",
    (path, where, label, country) => {
      const doc = page(path);
      const name = (a: Element) => a.textContent!.replace(/[ \t\r\n]+/g, ' ').trim();
      const links = [...doc.querySelectorAll('.figure-list .fact > a:first-child, .rank-list .fact > a:first-child')];
      expect(links.length).toBeGreaterThan(5);
      for (const a of links) expect(name(a), path).toBe(`${a.firstChild!.textContent} (${where})`);
      // What the figure is, the reader still meets once, beside it: the label under a key figure, the country before
      // a ranked one, under the ranking's title.
      const first = doc.querySelector('.figure-list li')!;
      expect(first.querySelector('.figure-label')!.textContent).toBe(label);
      expect(name(first.querySelector('.fact a')!).toLowerCase()).not.toContain(label.toLowerCase());
      const ranked = doc.querySelector('.rank-list li')!;
      expect(ranked.querySelector(':scope > a')!.textContent).toBe(country);
      expect(name(ranked.querySelector('.fact a')!)).not.toContain(country);
    },
  );

  it('links every fact to an existing row of its dataset page, where the table shows the same number', () => {
    let facts = 0;
    for (const path of ['/', ...articles]) {
      for (const a of page(path).querySelectorAll('.fact > a:first-child')) {
        facts++;
        const [datasetPath, anchor] = a.getAttribute('href')!.split('#');
        const row = page(datasetPath!).getElementById(anchor!);
        expect(row, `${path} ${a.getAttribute('href')}`).not.toBeNull();
        // Digits only: a fact may add a unit the table gives in its header (10% against 10), and a translated page
        // groups digits its own way (86 000 against the dataset page's 86,000).
        const digits = (value: string | null) => value?.replace(/[^\d]/g, '');
        const cells = [...row!.children].map((cell) => digits(cell.textContent));
        expect(cells, `${path} ${a.getAttribute('href')}`).toContain(digits(a.firstChild!.textContent));
      }
    }
    // The demo's stories cite dozens of figures: a change of markup that matched none would check nothing.
    expect(facts).toBeGreaterThan(20);
  });

  it("links each figure to its own value's source, not another source column of its row", () => {
    // data/red-notices-issued.json lists the alternative figure's source column first: figures must not take it.
    const sourcesJson = JSON.parse(readFileSync(join(repoRoot, 'data/sources.json'), 'utf8')) as Record<
      string,
      { url: string }
    >;
    const facts = [...page('/stories/two-decades-of-red-notices/').querySelectorAll('.fact')];
    const sourceOf = (row: number) =>
      facts
        .find((fact) => fact.querySelector('a')?.getAttribute('href') === `/data/red-notices-issued/#row-${row}`)
        ?.querySelector('.fact-source a')
        ?.getAttribute('href');
    expect(sourceOf(2011)).toBe(sourcesJson['jdsupra-interpol-2011']!.url);
    expect(sourceOf(2024)).toBe(sourcesJson['red-notice-monitor-numbers-game-2']!.url);
    expect(sourceOf(2012)).toBe(sourcesJson['afp-interpol-2012']!.url);
  });

  it('leads the home page with the lead story and shows the key figures with their sources', () => {
    const lead = stories.find((s) => s.data.lead) ?? stories[0];
    const doc = page('/');
    expect(doc.querySelector('.lead h2 a')?.getAttribute('href')).toBe(`/stories/${lead?.id}/`);
    const figures = doc.querySelectorAll('.figure-list li');
    expect(figures.length).toBeGreaterThan(0);
    // The source after what the figure measures (FactSource.astro), not against the figure.
    for (const figure of figures) {
      expect(figure.querySelector('.fact a')?.getAttribute('href')).toMatch(/^\/data\/headline-figures\/#row-/);
      expect(figure.querySelector('.figure-source a')?.getAttribute('href')).toMatch(/^https:\/\//);
    }
  });

  it('says the key figures\' qualifiers in the page\'s language ("about" is "environ" in French)', () => {
    const qualifiers = (path: string) =>
      [...page(path).querySelectorAll('.figure-qualifier')].map((q) => [q.textContent?.trim(), q.getAttribute('lang')]);
    expect(qualifiers('/')).toEqual([
      ['about', null],
      ['under', null],
      ['at least', null],
      ['at least', null],
      ['at least', null],
    ]);
    expect(qualifiers('/fr/')).toEqual([
      ['environ', null],
      ['moins de', null],
      ['au moins', null],
      ['au moins', null],
      ['au moins', null],
    ]);
  });

  it("shows datasets in French where they are translated, unmarked: chart summaries and tables, titles, the home page's figures", () => {
    const story = page('/fr/stories/the-interpol-files/');
    // (French puts a no-break space before a colon and between groups of digits.)
    expect(
      [...story.querySelectorAll('.chart-summary')].map((p) => p.textContent?.replace(/[\u00a0\u202f]/g, ' ')),
    ).toEqual([
      'Diagramme en barres : notices rouges actives, par pays. Barres numérotées par rang : 1. Russie, 2. Pérou, 3. Tadjikistan et 25. Kirghizstan. Maximum : 4 817, Russie. Minimum : 917, Kirghizstan.',
      'Carte : notices rouges publiques, par nationalité ; 9 pays avec des données. Données représentées : mai 2023 seulement. Maximum : 3 038, Russie. Minimum : 98, Paraguay.',
      'Graphique : demandes refusées ou annulées, par année, un panneau par motif : article 2 (droits humains), article 3 (caractère politique, militaire, religieux ou racial) et autres motifs. Maximum : 2 157 en 2024 (autres motifs). Minimum : 26 en 2017 (article 2 [droits humains]). Pas de données pour 2017, 2020 et 2023 (autres motifs), 2020 et 2023 (article 2 [droits humains]) et 2023 (article 3 [caractère politique, militaire, religieux ou racial]).',
    ]);
    const headers = [...story.querySelectorAll('.chart thead th')].map((th) => [
      th.textContent?.trim(),
      th.getAttribute('lang'),
    ]);
    expect(headers).toEqual([
      ['Rang', null],
      ['Pays', null],
      ['Notices rouges actives', null],
      ['Nationalité', null],
      ['Notices rouges publiques', null],
      ['Année', null],
      ['Motif', null],
      ['Demandes refusées ou annulées', null],
    ]);
    // Titled in French, the links lead to the dataset's page in French.
    const link = story.querySelector('.link-list a[href="/fr/data/headline-figures/"]');
    expect([link?.textContent, link?.getAttribute('lang'), link?.getAttribute('hreflang')]).toEqual([
      'Les Interpol Files en chiffres',
      null,
      null,
    ]);
    const home = page('/fr/');
    const heading = home.querySelector('#ranking-heading');
    expect([heading?.textContent, heading?.getAttribute('lang')]).toEqual([
      'Les pays comptant le plus de notices rouges actives, septembre 2024',
      null,
    ]);
    const labels = [...home.querySelectorAll('.figure-label, .figure-list .meta')].map((l) => [
      l.textContent,
      l.getAttribute('lang'),
    ]);
    expect(labels.slice(0, 2)).toEqual([
      ['Notices rouges actives, tous pays confondus', null],
      ['Articles de janvier 2026', null],
    ]);
    expect(labels.filter(([, lang]) => lang !== null)).toEqual([]);
    // The downloads carry the translations for whoever reuses the data.
    expect(JSON.parse(readBuilt('/data/headline-figures.json')).translations.fr.title).toBe(
      'Les Interpol Files en chiffres',
    );
  });

  // A French story's Markdown link to /data/<id>/ led its reader to the English page, though each dataset has its
  // French page; the French methodology linked two datasets' English pages. The preflight now tells such a link the
  // French address to write (src/lib/validate/links.ts); this reads every French page the demo built.
  it("links from no French page to the English page of a dataset, story or case file that has a French one, but the page's own original", () => {
    const frenchPages = (dir: string): string[] =>
      readdirSync(join(demoDist, dir), { withFileTypes: true }).flatMap((item) =>
        item.isDirectory() ? frenchPages(`${dir}${item.name}/`) : item.name === 'index.html' ? [dir] : [],
      );
    const frenchOf = (path: string) =>
      built(path) ? page(path).querySelector('link[rel="alternate"][hreflang="fr"]')?.getAttribute('href') : undefined;
    const pages = frenchPages('/fr/');
    expect(pages).toContain('/fr/methodology/');
    const astray: string[] = [];
    for (const path of pages) {
      const doc = page(path);
      const original = doc.querySelector('link[rel="alternate"][hreflang="en"]')?.getAttribute('href');
      for (const link of doc.querySelectorAll('a[href^="/"]')) {
        const target = link.getAttribute('href')!.split(/[?#]/)[0]!;
        if (!/^\/(data|stories|cases)\/[^/]+\/$/.test(target) || (original && new URL(original).pathname === target))
          continue;
        if (frenchOf(target)) astray.push(`${path}: ${link.getAttribute('href')} (${link.textContent?.trim()})`);
      }
    }
    expect(astray).toEqual([]);
    // The methodology's two datasets, linked in French.
    const methodology = page('/fr/methodology/');
    for (const id of ['red-notices-issued', 'ccf-decisions'])
      expect(methodology.querySelector(`a[href="/fr/data/${id}/"]`)?.getAttribute('hreflang'), id).toBeNull();
  });

  it("titles each dataset's own chart on its French page with the demo's French title, subtitle and note, unmarked", () => {
    const translated = [...project.datasets].filter(([, dataset]) => dataset.chart && dataset.translations?.fr?.chart);
    expect(translated.map(([id]) => id)).toEqual([...project.datasets].filter(([, d]) => d.chart).map(([id]) => id));
    for (const [id, dataset] of translated) {
      const chart = page(`/fr/data/${id}/`).querySelector('.dataset-chart .chart')!;
      const french = dataset.translations!.fr!.chart!;
      const shown = (selector: string) => chart.querySelector(selector)?.textContent?.replace(/[\u00a0\u202f]/g, ' ');
      const plain = (text: string | undefined) => text && typeset(text, 'fr').replace(/[\u00a0\u202f]/g, ' ');
      expect(shown('.chart-title'), id).toBe(plain(french.title));
      expect(shown('.chart-subtitle'), id).toBe(plain(french.subtitle));
      expect(shown('.chart-note')?.replace(/^Note : /, ''), id).toBe(plain(french.note));
      expect(chart.querySelectorAll('.chart-head [lang], .chart-note [lang]').length, id).toBe(0);
    }
  });

  it("leaves the headline figures' ids unmarked on their French page: an identifier is in no language", () => {
    const rows = page('/fr/data/headline-figures/').querySelectorAll(
      'section[aria-labelledby="rows-heading"] tbody th[scope="row"]',
    );
    expect([...rows].map((th) => [th.textContent, th.getAttribute('lang')])).toEqual(
      project.datasets.get('headline-figures')!.rows.map((row) => [row.id, null]),
    );
  });

  // The French corrections page listed the English stories and datasets it links to with no word that they are in
  // English, as the home page's cards and the search results say (« en anglais »).
  it('says on the French corrections page which corrected pages are in English, as its search results do', () => {
    const meta = (li: Element) => li.querySelector('.meta')?.textContent?.replace(/\s+/g, ' ').trim();
    const items = [...page('/fr/corrections/').querySelectorAll('.correction-list li')];
    const english = items.filter((li) => li.querySelector('h2 a')?.getAttribute('hreflang') === 'en');
    // An untranslated story. A dataset's page is in French (/fr/data/<id>/), whether or not the dataset translates its
    // title and correction, which are marked where it does not.
    expect(english.map((li) => li.querySelector('h2 a')?.getAttribute('href')?.split('/')[1])).toContain('stories');
    const datasets = items.filter((li) => li.querySelector('h2 a')?.getAttribute('href')?.startsWith('/fr/data/'));
    expect(datasets.length, 'corrected datasets on the French corrections page').toBeGreaterThan(0);
    for (const li of datasets) expect(meta(li)).toMatch(/^\S+ \S+ \d{4} · Jeu de données$/);
    for (const li of english)
      expect(meta(li)).toMatch(/^\S+ \S+ \d{4} · (Enquête|Dossier|Jeu de données) · en anglais$/);
    expect(items.filter((li) => !english.includes(li) && meta(li)?.includes('anglais'))).toEqual([]);
    // The English page lists English pages only, and says nothing of their language.
    const englishPage = [...page('/corrections/').querySelectorAll('.correction-list .meta')];
    expect(englishPage.length).toBeGreaterThan(0);
    expect(englishPage.filter((line) => / in \w+$/.test(line.textContent!.trim()))).toEqual([]);
  });

  it("dates every source in the bibliographies as a reader writes dates, in the page's language", () => {
    // Only sources whose date is recorded print one (the others, their note alone: see the test above).
    const dated = (path: string) =>
      [...page(path).querySelectorAll('.sources li')]
        .filter((li) => project.sources.get(li.id.replace(/^source-/, ''))?.date !== undefined)
        .map((li) => /^\(([^;)]*)/.exec(li.querySelector('.meta')?.textContent ?? '')?.[1]?.trim());
    for (const path of articles) {
      // French joins the day to its month with a no-break space.
      for (const date of dated(path))
        expect(date, path).toMatch(
          path.startsWith('/fr/')
            ? /^(\d{1,2}\u00a0)?([A-Za-zéû]+\.? )?\d{4}$/
            : /^(\d{1,2} )?([A-Za-zéû]+\.? )?\d{4}$/,
        );
    }
    // Sources dated to the month (2026-02, 2026-01) and to the day.
    expect(dated('/stories/the-watchdog-and-its-caseload/')).toContain('Feb 2026');
    expect(dated('/fr/stories/the-interpol-files/')).toEqual(
      expect.arrayContaining(['janv. 2026', '26\u00a0janv. 2026']),
    );
    // French puts a narrow no-break space before a semicolon; English none.
    const metas = (path: string) =>
      [...page(path).querySelectorAll('.sources li .meta')].map((meta) => meta.textContent ?? '');
    expect(
      metas('/fr/stories/the-interpol-files/')
        .filter((text) => text.includes(';'))
        .every((text) => text.includes('\u202f; ')),
    ).toBe(true);
    expect(metas('/stories/the-interpol-files/').some((text) => /\d; /.test(text))).toBe(true);
    // A dataset's page lists its sources with the same dates, machine-readable in <time>, for those dated.
    for (const [id, dataset] of project.datasets) {
      const times = [...page(`/data/${id}/`).querySelectorAll('.facts-box li time')];
      const datedSources = dataset.sources.filter((source) => project.sources.get(source)?.date !== undefined);
      expect(times.length, id).toBe(datedSources.length);
      for (const time of times) {
        expect(time.textContent, id).toMatch(/^(\d{1,2} )?([A-Za-z]+ )?\d{4}$/);
        expect(time.getAttribute('datetime'), id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      }
    }
    expect(page('/data/red-notices-issued/').querySelector('.facts-box li time')!.textContent).toBe('2017');
  });

  it("leaves out of a country page's tables the column naming that country, and says no unit twice", () => {
    const expected = {
      '/countries/ru/': [
        'Countries with the most active red notices',
        ['Requesting country', 'Rank', 'Active red notices', 'Source', 'Also reported by'],
      ],
      // The dataset's French translation names the table and its columns.
      '/fr/countries/ru/': [
        'Les pays comptant le plus de notices rouges actives',
        ['Pays demandeur', 'Rang', 'Notices rouges actives', 'Source', 'Aussi rapporté par'],
      ],
    } as const;
    for (const [path, [caption, columns]] of Object.entries(expected)) {
      const table = [...page(path).querySelectorAll('.country-table table')].find((t) =>
        t.querySelector('caption')?.textContent?.includes(caption),
      );
      const headers = [...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent?.trim());
      expect(headers, path).toEqual(columns);
      // The dataset writes the name in English; its French translation gives the value in French.
      expect(table?.querySelector('tbody th')?.textContent, path).toBe(path.startsWith('/fr/') ? 'Russie' : 'Russia');
      expect(table?.querySelector('tbody th')?.getAttribute('lang'), path).toBeNull();
    }
    // On the dataset's own page every column stays, the country's included.
    const tables = [...page('/data/top-requesting-countries-2024/').querySelectorAll('.table-scroll table')];
    const headerRows = tables.map((t) => [...t.querySelectorAll('thead th')].map((th) => th.textContent?.trim()));
    expect(headerRows).toContainEqual([
      'Country',
      'Requesting country',
      'Rank',
      'Active red notices',
      'Source',
      'Also reported by',
    ]);
  });

  it("marks each source's title with its language where it is not the page's", () => {
    // As the page prints them: typeset as French text (no-break spaces before a colon, inside « »). The demo's
    // research notes record no French title (its French article's title is not recorded), so its pages show English
    // titles only: marked on the French page, unmarked on the English ones.
    const french = [...project.sources.values()]
      .filter((source) => source.lang === 'fr')
      .map((source) => typeset(source.title, 'fr'));
    let markedShown = 0;
    for (const path of [
      '/stories/the-interpol-files/',
      '/fr/stories/the-interpol-files/',
      '/stories/safeguards-added-and-quietly-dropped/',
    ]) {
      const pageLang = page(path).documentElement.getAttribute('lang');
      // A title is a link to the document, or unlinked when the document's own address is not recorded.
      const titles = [
        ...page(path).querySelectorAll(
          '.sources li > a:first-of-type, .sources li > .source-title, .chart-source a, .chart-source .source-title',
        ),
      ].filter((title) => !(title.tagName === 'A' && title.previousElementSibling?.classList.contains('source-title')));
      expect(titles.length, path).toBeGreaterThan(0);
      for (const title of titles) {
        const titleLang = french.includes(title.textContent ?? '') ? 'fr' : 'en';
        if (titleLang !== pageLang) markedShown++;
        expect(title.getAttribute('lang'), `${path}: ${title.textContent}`).toBe(
          titleLang === pageLang ? null : titleLang,
        );
      }
    }
    expect(markedShown).toBeGreaterThan(0);
  });

  it("gives a story's chart its data, downloads and a link to its dataset's page; on that page, whose own follow, none", () => {
    const story = page('/stories/two-decades-of-red-notices/');
    const drawn = [...story.querySelectorAll('figure.chart')].find((figure) =>
      figure.querySelector('.chart-download a[href="/data/red-notices-issued/"]'),
    );
    expect(drawn?.querySelector('details.chart-data table caption')).not.toBeNull();
    expect([...drawn!.querySelectorAll('.chart-download a')].map((a) => a.getAttribute('href'))).toEqual([
      '/data/red-notices-issued.csv',
      '/data/red-notices-issued.json',
      '/data/red-notices-issued/',
    ]);
    // The dataset's page shows its chart, described by its summary, then the page's table of every row: the chart's
    // own table and downloads would have a reader meet the rows, their sources and the files twice.
    let charted = 0;
    for (const id of project.datasets.keys()) {
      const own = page(`/data/${id}/`);
      const figure = own.querySelector('.dataset-chart figure.chart');
      if (!figure) continue;
      charted++;
      expect(figure.querySelector('details, table, .chart-download'), id).toBeNull();
      const svg = figure.querySelector('svg[role="img"]')!;
      expect(own.getElementById(svg.getAttribute('aria-describedby')!)?.textContent, id).toMatch(/\w/);
      expect(own.querySelectorAll('main table'), id).toHaveLength(2);
      expect(own.querySelectorAll(`main a[href="/data/${id}.csv"]`), id).toHaveLength(1);
    }
    expect(charted, 'datasets with a chart').toBeGreaterThan(1);
  });

  it('reads a missing figure in a data table as "no data", and an empty note or source as blank', () => {
    const table = page('/data/red-notices-issued/').querySelector('[aria-labelledby="rows-heading"] table')!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.replace(/\s+/g, ' ').trim());
    /** What a screen reader reads of each cell of a row: its text less what is hidden from it. */
    const read = (year: number) =>
      Object.fromEntries(
        [...table.querySelector(`#row-${year}`)!.children].map((cell, i) => {
          const copy = cell.cloneNode(true) as Element;
          for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
          return [headers[i], copy.textContent?.trim()];
        }),
      );
    expect(read(2005)).toEqual({
      Year: '2005',
      'Red notices issued': '2,343',
      'Alternative figure (red notices)': 'no data',
      'Source of alternative': '',
      Diffusions: 'no data',
      Note: '',
      Source: 'Parliamentary Assembly of the Council of Europe',
    });
    expect(read(2006)).toMatchObject({ 'Red notices issued': 'no data', Note: 'No verified figure.', Source: '' });
  });

  it("numbers the home page's country ranking by the source's ranks, and says which ranks are not known", () => {
    const ranking = project.datasets.get('top-requesting-countries-2024')!;
    for (const [path, gap] of [
      ['/', 'Ranks 4 to 24 are not known.'],
      ['/fr/', 'Les rangs 4 à 24 ne sont pas connus.'],
    ] as const) {
      const doc = page(path);
      const items = [...doc.querySelectorAll('.rank-list li')];
      const shown = items.map((li) => [
        li.querySelector('a')?.getAttribute('href')?.split('/').at(-2),
        Number(li.getAttribute('value')),
      ]);
      const expected = ranking.rows
        .map((row) => [String(row.country).toLowerCase(), row.rank as number] as const)
        .toSorted((a, b) => a[1] - b[1]);
      expect(shown, path).toEqual(expected);
      expect(shown.at(-1), path).toEqual(['kg', 25]);
      expect(doc.querySelector('.ranking')?.textContent, path).toContain(gap);
    }
  });

  it('marks story, case, country and dataset pages as searchable, and not the home, index or 404 pages', () => {
    const searchable = (path: string) => page(path).querySelector('main')?.hasAttribute('data-pagefind-body');
    for (const path of [articles[0]!, '/countries/ru/', `/data/${[...project.datasets.keys()][0]}/`])
      expect(searchable(path), path).toBe(true);
    for (const path of ['/', '/stories/', '/cases/', '/countries/', '/data/', '/corrections/', '/404.html'])
      expect(searchable(path), path).toBe(false);
  });

  it('ships no script on its pages except JSON-LD data blocks (the search page aside)', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
      );
    for (const file of walk(demoDist).filter((f) => !f.includes('/search/'))) {
      const scripts = [...readFileSync(file, 'utf8').matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
      expect(
        scripts.filter((attrs) => !attrs?.includes('application/ld+json')),
        file,
      ).toEqual([]);
    }
  });
});

describe('the 404 page', () => {
  // Static hosts serve this one file for every unknown address, /fr/… included.
  const notFound = page('/404.html');

  it('says the page was not found in the default language, then in each other language, marked with its lang', () => {
    expect(notFound.documentElement.getAttribute('lang')).toBe('en');
    expect(notFound.querySelector('h1')?.textContent).toBe('Page not found');
    const french = notFound.querySelector('section[lang="fr"]');
    expect(french?.querySelector('h2')?.textContent).toBe('Page introuvable');
    // Named by its heading and its language, which two languages' headings may share (pt-BR, pt-PT).
    const names = french
      ?.getAttribute('aria-labelledby')
      ?.split(' ')
      .map((id) => notFound.getElementById(id)?.textContent);
    expect(names).toEqual(['Page introuvable', 'Français']);
  });

  it("links each language's home, stories and search pages, in that language", () => {
    const hrefs = (scope: Element | null) =>
      [...(scope?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    const english = notFound.querySelector('.not-found > ul');
    expect(hrefs(english)).toEqual(['/', '/stories/', '/search/']);
    expect(hrefs(notFound.querySelector('section[lang="fr"]'))).toEqual(['/fr/', '/fr/stories/', '/fr/search/']);
    for (const href of [...hrefs(english), ...hrefs(notFound.querySelector('section[lang="fr"]'))]) {
      expect(existsSync(join(demoDist, href!, 'index.html')), href!).toBe(true);
    }
  });
});
