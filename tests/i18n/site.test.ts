/**
 * The demo site in two languages, read from the demo build: the French edition under /fr/, French formats in a
 * French story's charts, hreflang alternates between every translated pair, untranslated pages listed in English
 * with a notice, <html lang> on every page, a search index and a feed per language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { openSearchProbe, type SearchProbe } from '../../src/build/search-probe.ts';
import { loadProject } from '../../src/lib/load-project.ts';
import { findComponentUses } from '../../src/lib/mdx-usage.ts';
import { entryHref, entryLocale, translationKey } from '../../src/lib/translations.ts';
import { repoRoot } from '../helpers/build.ts';
import { countsWord } from '../../src/lib/typography.ts';
import { demoDist, page, readBuilt } from '../helpers/site.ts';

const { project } = loadProject(repoRoot);
const entries = [
  ...project.stories.map((e) => ({ kind: 'story' as const, e })),
  ...project.cases.map((e) => ({ kind: 'case' as const, e })),
];
const translated = entries.filter(({ e }) => entryLocale(e) === 'fr');
const nnbsp = '\u202f';

/** The hreflang alternates of a built page: language -> absolute URL. */
function alternates(path: string): Record<string, string> {
  const links = [...page(path).querySelectorAll('link[rel="alternate"][hreflang]')];
  return Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
}

/** Every built HTML page as a URL path. */
function builtPages(dir = demoDist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : builtPages(full);
    return entry.name === 'index.html' ? [`/${relative(demoDist, dir)}/`.replace('//', '/')] : [];
  });
}

describe('the French edition', () => {
  it('/fr/ is the French home page: French strings, French links, the switcher back to English', () => {
    const doc = page('/fr/');
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(doc.querySelector('.home-tagline')?.textContent).toBe(
      'Des enquêtes dont chaque chiffre renvoie à sa source',
    );
    expect(
      [...doc.querySelectorAll('header nav[aria-label="Navigation principale"] a')].map((a) => a.getAttribute('href')),
    ).toEqual(['/fr/stories/', '/fr/cases/', '/fr/countries/', '/fr/data/', '/fr/methodology/']);
    const switcher = doc.querySelector('nav.language-switcher');
    expect(switcher?.getAttribute('aria-label')).toBe('Langue');
    expect(switcher?.querySelector('a[hreflang="en"]')?.getAttribute('href')).toBe('/');
    expect(switcher?.querySelector('[aria-current]')?.textContent).toBe('Français');
    // The lead story is the French translation of the English lead.
    expect(doc.querySelector('#lead-heading a')?.getAttribute('href')).toBe('/fr/stories/the-interpol-files/');
    expect(doc.querySelector('form.header-search')?.getAttribute('action')).toBe('/fr/search/');
  });

  it('/fr/404.html says "page not found" in French first, then in English, each linking to its own edition', () => {
    const doc = page('/fr/404.html');
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(doc.querySelector('h1')?.textContent).toBe('Page introuvable');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    const main = doc.querySelector('main')!;
    expect([...main.querySelectorAll(':scope .not-found > ul a')].map((a) => a.getAttribute('href'))).toEqual([
      '/fr/',
      '/fr/stories/',
      '/fr/search/',
    ]);
    const english = main.querySelector('section[lang="en"]');
    expect(english?.querySelector('h2')?.textContent).toBe('Page not found');
    expect([...english!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/',
      '/stories/',
      '/search/',
    ]);
    // The English one at the root is English first, with a French section.
    const root = page('/404.html');
    expect([root.documentElement.getAttribute('lang'), root.querySelector('h1')?.textContent]).toEqual([
      'en',
      'Page not found',
    ]);
    expect(root.querySelector('section[lang="fr"] h2')?.textContent).toBe('Page introuvable');
    // Hosts look for it at fr/404.html (Cloudflare Pages, npm run serve); no fr/404/ page is published.
    expect(existsSync(join(demoDist, 'fr/404/index.html'))).toBe(false);
  });

  it('a French story draws its charts with French numbers, country names, summaries and tables', () => {
    const doc = page('/fr/stories/the-interpol-files/');
    const bar = [...doc.querySelectorAll('figure.chart')].find((f) =>
      f.textContent?.includes('Les trois pays comptant le plus'),
    )!;
    const labels = [...bar.querySelectorAll('svg text')].map((text) => text.textContent);
    // The ranking's bars are numbered, in front of the French country names.
    expect(labels).toEqual(
      expect.arrayContaining([
        '1. Russie',
        '2. Pérou',
        '3. Tadjikistan',
        '25. Kirghizstan',
        `4${nnbsp}817`,
        `4${nnbsp}457`,
      ]),
    );
    expect(bar.querySelector('.chart-summary')?.textContent).toMatch(
      new RegExp(`^Diagramme en barres\u00a0: .*Maximum\u00a0: 4${nnbsp}817, Russie\\.`),
    );
    expect(bar.querySelector('.chart-data summary')?.textContent).toBe('Afficher les données');
    expect(bar.querySelector('.chart-data tbody')?.textContent).toContain(`4${nnbsp}817`);
    const map = [...doc.querySelectorAll('figure.chart')].find((f) =>
      f.textContent?.includes('liste publique d’Interpol'),
    )!;
    expect(map.querySelector('.chart-summary')?.textContent).toContain(`Maximum\u00a0: 3${nnbsp}038, Russie.`);
    expect(map.querySelector('.chart-legend')?.getAttribute('aria-label')).toBe('Légende');
  });

  it('French pages write dates with French month names, in full and abbreviated', () => {
    expect(page('/fr/stories/the-interpol-files/').querySelector('.byline time')?.textContent).toBe(
      '2\u00a0février 2026',
    );
    // Interpol's response is undated (the research notes give no date): its label says so in French, with no date.
    expect(page('/fr/stories/the-interpol-files/').querySelector('.response-label')?.textContent).toBe(
      'Interpol a répondu',
    );
    expect(page('/fr/countries/ru/').querySelector('#corrections-heading + ul time')?.textContent).toBe(
      '22\u00a0novembre 2026',
    );
    const dates = [...page('/fr/cases/').querySelectorAll('.case-table time')].map((time) => time.textContent);
    expect(dates).toContain('2\u00a0févr. 2026');
  });

  it('a translation keeps every <Chart>, <Cite> and <Fact> of its original', () => {
    const uses = (body: string) =>
      findComponentUses(body)
        .filter((use) => use.component !== 'Response')
        .map(({ component, props }) =>
          component === 'Chart' ? `Chart ${props.dataset} ${props.type}` : `${component} ${JSON.stringify(props)}`,
        )
        .sort();
    expect(translated.length).toBeGreaterThanOrEqual(3);
    for (const { kind, e } of translated) {
      const original = entries.find(
        (o) => o.kind === kind && entryLocale(o.e) === 'en' && translationKey(o.e) === translationKey(e),
      );
      expect(original, e.file).toBeDefined();
      expect(uses(e.body), e.file).toEqual(uses(original!.e.body));
    }
  });

  it('each translated pair links the other both ways with hreflang, and x-default is the original', () => {
    for (const { kind, e } of translated) {
      const french = entryHref(kind, e);
      const english = french.replace(/^\/fr/, '');
      const expected = {
        en: `https://casefile.example.org${english}`,
        fr: `https://casefile.example.org${french}`,
        'x-default': `https://casefile.example.org${english}`,
      };
      expect(alternates(french), french).toEqual(expected);
      expect(alternates(english), english).toEqual(expected);
      expect(page(english).querySelector(`nav.language-switcher a[hreflang="fr"]`)?.getAttribute('href')).toBe(french);
      const credit = page(french).querySelector('.translation-of a');
      expect(credit?.getAttribute('href'), french).toBe(english);
      expect(credit?.textContent).toBe('Cet article est une traduction de l’original en anglais.');
      expect(page(english).querySelector('.translation-of')).toBeNull();
    }
  });

  it('the translated prose pages (methodology, about) and the site pages link their other language', () => {
    for (const path of ['/methodology/', '/about/', '/', '/cases/', '/countries/ru/', '/search/']) {
      const expected = {
        en: `https://casefile.example.org${path}`,
        fr: `https://casefile.example.org/fr${path}`,
        'x-default': `https://casefile.example.org${path}`,
      };
      expect(alternates(path), path).toEqual(expected);
      expect(alternates(`/fr${path}`), `/fr${path}`).toEqual(expected);
    }
    expect(page('/fr/methodology/').querySelector('h1')?.textContent).toBe('Méthodologie');
    // A prose page is in the language of its folder (src/pages/fr/), with no `lang` in its frontmatter: the page, its
    // navigation and its feed are French.
    for (const path of ['/fr/methodology/', '/fr/about/']) {
      const doc = page(path);
      expect(doc.documentElement.getAttribute('lang'), path).toBe('fr');
      expect(doc.querySelector('.skip-link')?.textContent, path).toBe('Aller au contenu principal');
      expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), path).toBe(
        '/fr/rss.xml',
      );
    }
  });

  it('a page without a translation has no alternates and its switcher offers the other language’s home', () => {
    expect(alternates('/stories/two-decades-of-red-notices/')).toEqual({});
    const link = page('/stories/two-decades-of-red-notices/').querySelector('nav.language-switcher a[hreflang="fr"]');
    expect(link?.getAttribute('href')).toBe('/fr/');
    expect(link?.textContent).toBe('Français (accueil)');
  });

  it('French lists show untranslated originals in English, marked lang="en", with a notice', () => {
    const notice = 'Cet article n’est disponible qu’en anglais.';
    const rows = [...page('/fr/cases/').querySelectorAll('.case-table tbody tr')];
    const icc = rows.find((row) => row.textContent?.includes('International Criminal Court'))!;
    expect(icc.querySelector('a[lang="en"]')?.getAttribute('href')).toBe('/cases/icc-judges-and-prosecutors/');
    expect(icc.querySelector('.lang-notice')?.textContent).toBe(notice);
    const pestrikov = rows.find((row) => row.textContent?.includes('Pestrikov'))!;
    expect(pestrikov.querySelector('a')?.getAttribute('href')).toBe('/fr/cases/igor-pestrikov/');
    expect(pestrikov.querySelector('[lang="en"], .lang-notice')).toBeNull();
    const cards = [...page('/fr/stories/').querySelectorAll('.card')];
    const english = cards.filter((card) => card.querySelector('h2[lang="en"]'));
    expect(english.length).toBe(cards.length - 1);
    for (const card of english) expect(card.querySelector('.lang-notice')?.textContent).toBe(notice);
  });

  it('French pages say that the datasets they list under French titles are published in English, as the data catalog does', () => {
    const notice = 'Les jeux de données sont publiés en anglais.';
    expect(page('/fr/data/').querySelector('.page-header .lang-notice')?.textContent).toBe(notice);
    expect(page('/fr/sources/').querySelector('.page-header .lang-notice')?.textContent).toBe(notice);
    const datasets = page('/fr/stories/the-interpol-files/').querySelector(
      'section[aria-labelledby="datasets-heading"]',
    )!;
    // Their pages are in French (their texts in English where they are not translated): the links go there. (The
    // downloads, the same for every language, stay at /data/<id>.csv and .json.)
    expect(datasets.querySelector('a[href^="/data/"]:not([download])')).toBeNull();
    expect(datasets.querySelector('a[href^="/fr/data/"]')?.hasAttribute('hreflang')).toBe(false);
    expect(datasets.querySelector('.lang-notice')?.textContent).toBe(notice);
    // The English pages say nothing of the kind.
    for (const path of ['/sources/', '/stories/the-interpol-files/', '/data/'])
      expect(page(path).querySelector('.lang-notice'), path).toBeNull();
  });

  it('French text never breaks a line before : ; ! ? or », nor after «, wherever it comes from (prose and headlines typed with plain spaces, chart titles, datasets, sources)', () => {
    const breakable = /[ \t\r\n](?=[:;!?»])|«[ \t\r\n]/;
    const found: string[] = [];
    let checked = 0;
    for (const path of builtPages()) {
      const doc = page(path);
      // French text: every text node whose nearest lang is French, on French pages and on English ones (a French source title).
      for (const element of doc.querySelectorAll('body *')) {
        if (element.closest('[lang]')?.getAttribute('lang')?.startsWith('fr') !== true) continue;
        for (const node of element.childNodes) {
          if (node.nodeType !== 3) continue;
          checked += 1;
          const text = node.textContent ?? '';
          if (breakable.test(text)) found.push(`${path}: ${text.trim().slice(0, 80)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(found).toEqual([]);
  });

  it('French text joins a figure, or a <Fact>, to the noun it counts, though the MDX has plain spaces there, and not a year or a figure ending a clause', () => {
    // The story and the methodology page are typed with plain spaces between a figure and its noun.
    const source = readFileSync(join(repoRoot, 'content/stories/fr/the-interpol-files.mdx'), 'utf8');
    for (const typed of ['column="value" /> pays membres', '6\u202f934 notices', '187 demandes en 2017 et 609 en 2020'])
      expect(source).toContain(typed);
    expect(readFileSync(join(repoRoot, 'src/pages/fr/methodology.mdx'), 'utf8')).toContain('compte\n536 plaintes');

    const story = page('/fr/stories/the-interpol-files/');
    const text = story.querySelector('main')!.textContent!;
    // After a <Fact>: the text that follows its figure and source link.
    const facts = [...story.querySelectorAll('main p > .fact')];
    const member = facts.find((fact) =>
      fact.querySelector('a')?.getAttribute('href')?.endsWith('#row-member-countries'),
    );
    expect(member?.nextSibling?.textContent).toMatch(/^\u00a0pays membres/);
    // Every <Fact> in the story's prose followed by a word it counts is joined to it; « d’entre elles » is not one.
    const after = facts.map((fact) => fact.nextSibling?.textContent ?? '');
    const word = (text: string) => /^\s(\p{L}+)/u.exec(text)?.[1]?.toLowerCase();
    // A <Fact />'s value is not known where the prose is typeset: any word it may count (countsWord, as for a 0).
    const counted = (text: string) => {
      const [, noun, apostrophe] = /^\s([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)(['’])?/u.exec(text) ?? [];
      return noun !== undefined && countsWord('0', noun, apostrophe !== undefined);
    };
    const nouns = after.filter(counted);
    expect(nouns.length).toBeGreaterThan(4);
    for (const text of nouns) expect(text, text).toMatch(/^\u00a0/);
    expect(after.find((text) => word(text) === 'd')).toMatch(/^ d’entre elles/);
    expect(text).toContain('6\u202f934\u00a0notices rouges');
    expect(text).toContain('187\u00a0demandes en 2017 et 609 en 2020');
    expect(text).toMatch(/Environ [^]*?\u00a0notices rouges étaient en vigueur/);
    // A chart's note, an attribute the Chart component typesets.
    expect(text).toContain('les 116\u00a0notices qui');
    // A year, and a figure before a word that is not what it counts, keep their plain space.
    expect(text).toContain('de 767 en 2021 à 2\u202f157 en 2024');
    // A dataset's French description (typesetStrings): « sept pays » after a year is no count of 2019.
    const dataset = page('/fr/data/public-notices-by-nationality/').querySelector('main')!.textContent!;
    expect(dataset).toContain('environ 7\u202f000\u00a0notices à chaque fois');
    expect(dataset).toContain('en 2022 et 2023 les nationalités les plus représentées, en 2019 sept pays demandeurs');
    expect(page('/fr/methodology/').querySelector('main')!.textContent).toContain('compte\n536\u00a0plaintes');
    // English is left as written.
    expect(page('/stories/the-interpol-files/').querySelector('main')!.textContent).not.toMatch(/\d\u00a0notices/);
  });

  it('every page sets an apostrophe between letters as a typographic one, wherever its text comes from (sources, datasets, country names)', () => {
    const found = new Set<string>();
    let checked = 0;
    for (const path of builtPages()) {
      for (const element of page(path).querySelectorAll('body *')) {
        if (['SCRIPT', 'STYLE', 'CODE', 'PRE'].includes(element.tagName)) continue;
        // The element's own text, its text nodes joined (an entity such as &#39; can split one).
        const text = [...element.childNodes]
          .map((node) => (node.nodeType === 3 ? node.textContent : '\u0000'))
          .join('');
        checked += 1;
        for (const match of text.matchAll(/.{0,20}\p{L}'\p{L}.{0,10}/gu)) found.add(`${path}: ${match[0]}`);
      }
    }
    expect(checked).toBeGreaterThan(10000);
    expect([...found]).toEqual([]);
  });

  it('a French page says which of its links lead to the English site (hreflang), wherever the link comes from (prose, figures, lists)', () => {
    const unmarked = new Set<string>();
    let english = 0;
    for (const path of builtPages().filter((p) => p.startsWith('/fr/'))) {
      for (const link of page(path).querySelectorAll('main a[href^="/"]:not([download])')) {
        const href = link.getAttribute('href')!;
        if (href.startsWith('/fr/') || href.startsWith('#')) continue;
        english += 1;
        if (link.getAttribute('hreflang') !== 'en')
          unmarked.add(`${path}: ${href} "${link.textContent!.trim().slice(0, 30)}"`);
      }
    }
    expect(english).toBeGreaterThan(50);
    expect([...unmarked]).toEqual([]);
  });

  it('every page declares its language: French under /fr/, English elsewhere', () => {
    const pages = builtPages();
    expect(pages.filter((path) => path.startsWith('/fr/')).length).toBeGreaterThan(20);
    for (const path of pages) {
      expect([path, page(path).documentElement.getAttribute('lang')]).toEqual([
        path,
        path.startsWith('/fr/') ? 'fr' : 'en',
      ]);
    }
  });

  it('each language has its feed, naming its language and linking the other', () => {
    const fr = readBuilt('/fr/rss.xml');
    expect(fr).toContain('<language>fr</language>');
    expect(fr).toContain(
      '<atom:link href="https://casefile.example.org/rss.xml" rel="alternate" hreflang="en" type="application/rss+xml"/>',
    );
    const links = [...fr.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]).slice(1);
    expect(links).toContain('https://casefile.example.org/fr/stories/the-interpol-files/');
    // French pages, and the corrections of datasets, whose pages are in the default language only.
    expect(
      links.filter(
        (link) =>
          !link!.startsWith('https://casefile.example.org/fr/') &&
          !/^https:\/\/casefile\.example\.org\/data\/[^/]+\/#corrections-heading$/.test(link!),
      ),
    ).toEqual([]);
    expect(links.some((link) => link!.includes('/data/'))).toBe(true);
    const en = readBuilt('/rss.xml');
    expect(en).toContain(
      '<atom:link href="https://casefile.example.org/fr/rss.xml" rel="alternate" hreflang="fr" type="application/rss+xml"/>',
    );
    expect([...en.matchAll(/<link>([^<]+)<\/link>/g)].some((m) => m[1]!.includes('/fr/'))).toBe(false);
    // Categories read as the tags do on the search page of the feed's language, not as identifiers.
    const categories = (feed: string) => new Set([...feed.matchAll(/<category>([^<]+)<\/category>/g)].map((m) => m[1]));
    expect(categories(fr)).toContain('répression transnationale');
    expect(categories(fr)).not.toContain('transnational-repression');
    expect(categories(en)).toContain('transnational repression');
    expect(categories(en)).not.toContain('transnational-repression');
  });

  it('names as og:locale the locale each page is written in, its dates British or French, and its translation as og:locale:alternate', () => {
    const locales = (path: string) => {
      const doc = page(path);
      const content = (property: string) =>
        [...doc.querySelectorAll(`meta[property="${property}"]`)].map((meta) => meta.getAttribute('content'));
      return {
        locale: content('og:locale'),
        alternate: content('og:locale:alternate'),
        published: doc.querySelector('.byline time')?.textContent,
      };
    };
    expect(locales('/cases/rinat-tuhvatshin-kloop/')).toEqual({
      locale: ['en_GB'],
      alternate: ['fr_FR'],
      published: '2 February 2026',
    });
    expect(locales('/fr/cases/rinat-tuhvatshin-kloop/')).toEqual({
      locale: ['fr_FR'],
      alternate: ['en_GB'],
      published: '2\u00a0février 2026',
    });
    // A page without a translation has no alternate.
    expect(locales('/cases/salvadoran-human-rights-defenders/')).toEqual({
      locale: ['en_GB'],
      alternate: [],
      published: '2 February 2026',
    });
  });

  it('a French story names its own social card', () => {
    expect(
      page('/fr/stories/the-interpol-files/').querySelector('meta[property="og:image"]')?.getAttribute('content'),
    ).toBe('https://casefile.example.org/og/stories/fr/the-interpol-files.png');
    expect(existsSync(join(demoDist, 'og/stories/fr/the-interpol-files.png'))).toBe(true);
  });

  it('the sitemap pairs each translated page with its original', () => {
    const sitemap = readBuilt('/sitemap-0.xml');
    const entry = sitemap.match(
      /<url><loc>https:\/\/casefile\.example\.org\/fr\/stories\/the-interpol-files\/<\/loc>.*?<\/url>/,
    )?.[0];
    expect(entry).toContain('hreflang="en" href="https://casefile.example.org/stories/the-interpol-files/"');
    expect(existsSync(join(demoDist, 'fr/search/index.html'))).toBe(true);
  });
});

describe('search per language', () => {
  let french: SearchProbe;
  let english: SearchProbe;
  beforeAll(async () => {
    english = await openSearchProbe(demoDist);
    french = await openSearchProbe(demoDist, 'fr');
  });
  afterAll(async () => {
    await english?.close();
    await french?.close();
  });

  it('the French search finds French pages and the originals the French site lists untranslated, not those it has in French', async () => {
    const results = await french.search('diffusion');
    expect(results.map((r) => r.url)).toContain('/fr/cases/igor-pestrikov/');
    expect((await french.search('garde-fous')).map((r) => r.url)).toContain('/fr/stories/the-interpol-files/');
    // An English story the French site lists ("only in English"): its record is named "#fr" (Pagefind keeps one
    // record per address across languages); its metadata give its address and the language of its text.
    const watchdog = (await french.search('watchdog')).find(
      (r) => r.meta.url === '/stories/the-watchdog-and-its-caseload/',
    );
    expect(watchdog).toMatchObject({
      url: '/stories/the-watchdog-and-its-caseload/#fr',
      meta: { lang: 'en', title: 'Interpol’s watchdog and its growing caseload' },
    });
    // Its filters are the French site's: countries by their French names.
    expect(watchdog!.filters.country!.toSorted()).toEqual(['Russie', 'Turquie']);
    expect(
      (await french.search(null, { country: 'Turquie', kind: 'story' })).map((r) => r.meta.url ?? r.url).toSorted(),
    ).toEqual([
      '/fr/stories/the-interpol-files/',
      '/stories/safeguards-added-and-quietly-dropped/',
      '/stories/the-watchdog-and-its-caseload/',
    ]);
    // Every French result is a French page or an original without a French version, never both versions of one page.
    const everything = await french.search(null);
    const addresses = everything.map((r) => r.meta.url ?? r.url);
    expect(addresses).not.toContain('/stories/the-interpol-files/');
    expect(addresses).not.toContain('/cases/igor-pestrikov/');
    expect(addresses).not.toContain('/cases/rinat-tuhvatshin-kloop/');
    expect(
      everything
        .filter((r) => !r.url.startsWith('/fr/'))
        .every((r) => r.url === `${r.meta.url}#fr` && r.meta.lang === 'en'),
    ).toBe(true);
  });

  it('the French search finds every dataset, by its French title, with filters in French, on its French page', async () => {
    const datasets = await french.search(null, { kind: 'dataset' });
    expect(datasets.map((r) => r.url).toSorted()).toEqual(
      readdirSync(join(demoDist, 'data'), { withFileTypes: true })
        .filter((e) => e.isDirectory() && e.name !== 'page')
        .map((e) => `/fr/data/${e.name}/`)
        .toSorted(),
    );
    const [ccf, ...others] = await french.search('recevables');
    expect(others).toEqual([]);
    // Its title and summary are translated: in the page's language, unmarked.
    expect(ccf).toMatchObject({
      url: '/fr/data/ccf-requests/',
      meta: { title: 'Requêtes recevables adressées à la CCF, 2017–2024' },
    });
    expect([ccf!.meta.url, ccf!.meta.lang, ccf!.meta.title_lang, ccf!.meta.summary_lang]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // The same datasets under the French name of a country as under its English name in the English index.
    const inFrench = await french.search(null, { kind: 'dataset', country: 'Russie' });
    const inEnglish = await english.search(null, { kind: 'dataset', country: 'Russia' });
    expect(inFrench.map((r) => r.url.replace(/^\/fr\//, '/')).toSorted()).toEqual(
      inEnglish.map((r) => r.url).toSorted(),
    );
    expect(inFrench.length).toBe(2);
  });

  it('French country pages index none of the English they show (untranslated pages’ titles and summaries): excerpts carry no lang', async () => {
    const countryPages = (await french.search(null)).filter((r) => r.url.startsWith('/fr/countries/'));
    expect(countryPages.length).toBeGreaterThan(5);
    const english = new Set<string>();
    for (const record of countryPages) {
      const marked = [...page(record.url).querySelectorAll('main [lang]')].filter(
        (el) => !el.getAttribute('lang')!.startsWith('fr'),
      );
      for (const el of marked) {
        const text = el.textContent!.replace(/\s+/g, ' ').trim();
        if (!/\p{L}{3}/u.test(text)) continue;
        english.add(el.tagName.toLowerCase());
        expect(
          record.content,
          `${record.url}: <${el.tagName.toLowerCase()} lang="${el.getAttribute('lang')}">${text}`,
        ).not.toContain(text);
      }
    }
    // The demo's French country pages do show English: untranslated stories and case files (dataset cells left in
    // English, the other kind, are tested in dataset-translations.test.ts).
    expect([...english].toSorted()).toEqual(['h3', 'p']);
    // A French title on a list is still found there.
    const russia = countryPages.find((r) => r.url === '/fr/countries/ru/')!;
    expect(russia.content).toContain(
      page('/fr/countries/ru/').querySelector('main .card h3:not([lang])')!.textContent!.replace(/\s+/g, ' ').trim(),
    );
  });

  it('no page indexes the words it shows in another language (a French source’s title on an English page, English on a French one)', async () => {
    const found: string[] = [];
    const kinds = new Set<string>();
    for (const index of [english, french]) {
      // A copy of an English page in the French index (/stories/x/#fr) holds its French title and summary on purpose.
      for (const record of (await index.search(null)).filter((r) => !r.url.includes('#'))) {
        const doc = page(record.url);
        const pageLang = doc.documentElement.getAttribute('lang')!.split('-')[0]!;
        // The page's own words: a word both languages write ("notices") is indexed where the page says it itself.
        const own = doc.querySelector('main')!.cloneNode(true) as Element;
        for (const el of own.querySelectorAll('[lang]')) el.remove();
        const ownText = own.textContent!.replace(/\s+/g, ' ');
        for (const el of doc.querySelectorAll('main [lang]')) {
          if (el.getAttribute('lang')!.split('-')[0] === pageLang) continue;
          const text = el.textContent!.replace(/\s+/g, ' ').trim();
          if (!/\p{L}{3}/u.test(text)) continue;
          kinds.add(`${el.tagName.toLowerCase()} lang=${el.getAttribute('lang')} in ${pageLang}`);
          if (record.content.includes(text) && !ownText.includes(text))
            found.push(`${record.url}: <${el.tagName.toLowerCase()} lang="${el.getAttribute('lang')}">${text}`);
        }
      }
    }
    // The demo's French pages do show English: untranslated dataset texts, English sources' titles. (Its English pages
    // show no French now that each dataset has its French page: their copies in the French index held the French.)
    expect(
      [...kinds].some((kind) => kind.includes('lang=en in fr')),
      [...kinds].join(' / '),
    ).toBe(true);
    expect(found).toEqual([]);
  });

  it('the English index is as it was: English pages only, filters in English, one record per page', async () => {
    const everything = await english.search(null);
    expect(
      everything.filter((r) => r.url.includes('#') || r.url.startsWith('/fr/') || r.meta.url !== undefined),
    ).toEqual([]);
    const countries = Object.keys((await english.filters()).country ?? {});
    expect(countries).toContain('Russia');
    expect(countries).not.toContain('Russie');
  });

  it('the English search page does not return French pages', async () => {
    const results = await english.search('Pestrikov');
    expect(results.map((r) => r.url)).toContain('/cases/igor-pestrikov/');
    expect(results.some((r) => r.url.startsWith('/fr/'))).toBe(false);
  });
});
