/**
 * A newsroom adds a third language as README.md ("Languages") says: an entry in `site.locales`, a dictionary in
 * src/i18n/, translated content. A copy of the project with Spanish added so builds a small fixture site in English,
 * French and Spanish (tests/i18n/third-language/), whose Spanish pages, feed, hreflang alternates, search index and
 * language switcher are read here: nothing in the code may know only English and French.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en } from '../../src/i18n/en.ts';
import { openSearchProbe, type SearchProbe } from '../../src/build/search-probe.ts';
import { repoRoot, runBuild, type BuildResult } from '../helpers/build.ts';
import { addLanguage, copyProject, type ProjectCopy } from '../helpers/project-copy.ts';
import { page, readBuilt } from '../helpers/site.ts';

const fixture = join(repoRoot, 'tests/i18n/third-language');
const origin = 'https://casefile.example.org';

/** The strings the tests read, in Spanish; the others stay as the English dictionary has them. */
const spanish = {
  'site.tagline': 'Investigaciones con cada cifra ligada a su fuente',
  'nav.label': 'Principal',
  'nav.home': 'Inicio',
  'nav.stories': 'Reportajes',
  'language.label': 'Idioma',
  'language.home': 'página de inicio',
  'notFound.title': 'Página no encontrada',
  'search.label': 'Buscar en el sitio',
  'search.title': 'Búsqueda',
  'translation.of': 'Este artículo es una traducción del original en {language}.',
  'translation.unavailable': 'Este artículo solo está disponible en {language}.',
  'links.vague': 'aquí, haga clic aquí, este enlace, enlace, leer más, más',
  'links.example': 'la metodología',
  'feeds.inLanguage': 'En {language}:',
};

/**
 * The counted strings in the "many" form Spanish has and English lacks (Spanish says « 1 000 000 de casos »; Intl's
 * plural rules, src/i18n/check.ts), which the fixture gives as English's "other" reads.
 */
const spanishMany = Object.fromEntries(
  Object.entries(en)
    .filter(([key]) => key.endsWith('.other'))
    .map(([key, text]) => [key.replace(/other$/, 'many'), text]),
);

/**
 * The strings the tests do not read, which the fixture leaves in English and says so, as a newsroom says so of a name
 * it keeps: the build stops on a dictionary most of whose strings are the English ones (src/i18n/check.ts).
 */
const keptInEnglish = Object.keys(en).filter((key) => !(key in spanish));

/** The project with Spanish added as the README says, with Mexican usage for its dates and figures. */
function projectInThreeLanguages(): ProjectCopy {
  const project = copyProject();
  const strings = { ...spanishMany, ...spanish };
  addLanguage(project, { code: 'es', label: 'Español', intl: 'es-MX', strings, keptInEnglish });
  return project;
}

/** The fixture's content, with the datasets and sources the project's methodology page links to. */
function fixtureContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'casefile-three-languages-'));
  cpSync(join(fixture, 'content'), join(root, 'content'), { recursive: true });
  for (const file of ['sources.json', 'red-notices-issued.json', 'ccf-decisions.json'])
    cpSync(join(repoRoot, 'tests/pages/fixture/data', file), join(root, 'data', file));
  return root;
}

let project: ProjectCopy;
let content: string;
let build: BuildResult;
const read = (path: string) => readBuilt(path, build.dist);
const doc = (path: string) => page(path, build.dist);

/** The hreflang alternates of a built page: language -> absolute URL. */
function alternates(path: string): Record<string, string | null> {
  const links = [...doc(path).querySelectorAll('link[rel="alternate"][hreflang]')];
  return Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
}

/** The language switcher of a built page: each language's name, and its link (null for the page's own). */
function switcher(path: string) {
  const nav = doc(path).querySelector('nav.language-switcher');
  return {
    label: nav?.getAttribute('aria-label'),
    entries: [...(nav?.querySelectorAll('li') ?? [])].map((item) => {
      const link = item.querySelector('a');
      return [item.textContent?.trim(), link?.getAttribute('href') ?? null, link?.getAttribute('hreflang') ?? null];
    }),
  };
}

beforeAll(() => {
  project = projectInThreeLanguages();
  content = fixtureContent();
  build = runBuild({ project: project.root, dist: join(project.root, 'dist'), contentRoot: content });
  if (build.status !== 0) throw new Error(`the three-language fixture did not build:\n${build.output}`);
}, 600_000);

afterAll(() => {
  project?.remove();
  if (content) rmSync(content, { recursive: true, force: true });
});

describe('a third language added as the README says', () => {
  it('is built under /es/: a Spanish home page in Mexican usage, its strings from the Spanish dictionary', () => {
    const home = doc('/es/');
    expect(home.documentElement.getAttribute('lang')).toBe('es');
    expect(home.querySelector('.home-tagline')?.textContent).toBe(spanish['site.tagline']);
    expect(home.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('es_MX');
    expect(
      [...home.querySelectorAll('meta[property="og:locale:alternate"]')].map((meta) => meta.getAttribute('content')),
    ).toEqual(['en_GB', 'fr_FR']);
    expect(home.querySelector('form.header-search')?.getAttribute('action')).toBe('/es/search/');
  });

  it("links a story's three versions to each other: hreflang alternates and the switcher, from every one of them", () => {
    const versions = {
      en: '/stories/checking-a-figure/',
      fr: '/fr/stories/checking-a-figure/',
      es: '/es/stories/checking-a-figure/',
    };
    for (const path of Object.values(versions)) {
      expect(alternates(path), path).toEqual({
        en: `${origin}${versions.en}`,
        fr: `${origin}${versions.fr}`,
        es: `${origin}${versions.es}`,
        'x-default': `${origin}${versions.en}`,
      });
    }
    expect(switcher(versions.es)).toEqual({
      label: 'Idioma',
      entries: [
        ['English', versions.en, 'en'],
        ['Français', versions.fr, 'fr'],
        ['Español', null, null],
      ],
    });
    expect(switcher(versions.fr).entries[2]).toEqual(['Español', versions.es, 'es']);
    const spanishStory = doc(versions.es);
    expect(spanishStory.querySelector('h1')?.textContent?.trim()).toBe('Cómo la redacción comprueba una cifra');
    // The date in the language's usage, through Intl.
    expect(spanishStory.querySelector('time[datetime="2026-02-02"]')?.textContent).toBe('2 de febrero de 2026');
  });

  it('lists the English story it has no translation of, in English, and its own story in Spanish alone', () => {
    const list = doc('/es/stories/');
    const links = [...list.querySelectorAll('main a[href*="/stories/"]')].map((a) => [
      a.getAttribute('href'),
      a.getAttribute('hreflang'),
    ]);
    expect(links).toContainEqual(['/es/stories/checking-a-figure/', null]);
    expect(links).toContainEqual(['/stories/reading-a-correction/', 'en']);
    expect(links).toContainEqual(['/es/stories/archivo-de-la-redaccion/', null]);
    expect(list.querySelector('main')?.textContent).toContain('Este artículo solo está disponible en inglés.');
    // The English story's switcher offers the other languages' home pages, each named in its own language.
    expect(switcher('/stories/reading-a-correction/').entries).toEqual([
      ['English', null, null],
      ['Français (accueil)', '/fr/', 'fr'],
      ['Español (página de inicio)', '/es/', 'es'],
    ]);
    expect(read('/stories/index.html')).not.toContain('archivo-de-la-redaccion');
    expect(read('/fr/stories/index.html')).not.toContain('archivo-de-la-redaccion');
  });

  it('names the languages that have case files, on the English list that has none, as English lists names', () => {
    const none = doc('/cases/').querySelector('main p:has(a[hreflang])');
    expect(none?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'No case file has been published in English yet. In other languages: French and Spanish.',
    );
    expect([...none!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/fr/cases/', '/es/cases/']);
  });

  it('has a Spanish feed, which names its language and the other two feeds, and which the others name', () => {
    const feed = read('/es/rss.xml');
    expect(feed).toContain('<language>es</language>');
    expect(feed).toContain(`<link>${origin}/es/stories/checking-a-figure/</link>`);
    expect(feed).toContain(`<link>${origin}/es/stories/archivo-de-la-redaccion/</link>`);
    expect(feed).not.toContain(`<link>${origin}/stories/checking-a-figure/</link>`);
    for (const [code, path] of [
      ['en', '/rss.xml'],
      ['fr', '/fr/rss.xml'],
    ])
      expect(feed).toContain(`<atom:link href="${origin}${path}" rel="alternate" hreflang="${code}"`);
    for (const other of ['/rss.xml', '/fr/rss.xml'])
      expect(read(other)).toContain(`<atom:link href="${origin}/es/rss.xml" rel="alternate" hreflang="es"`);
    expect(doc('/es/').querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe('/es/rss.xml');
  });

  it("has a Spanish feeds page, giving the Spanish feed's address and each other feed's, named in Spanish", () => {
    const feeds = doc('/es/feeds/');
    expect(feeds.querySelector('.feed-address a')?.textContent).toBe(`${origin}/es/rss.xml`);
    const others = [...feeds.querySelectorAll('.feed-list li')].map((li) => [
      li.querySelector('a')?.getAttribute('hreflang'),
      li.querySelector('a')?.getAttribute('href'),
      li.textContent,
    ]);
    expect(others).toEqual([
      ['en', `${origin}/rss.xml`, `En inglés: ${origin}/rss.xml`],
      ['fr', `${origin}/fr/rss.xml`, `En francés: ${origin}/fr/rss.xml`],
    ]);
    expect(doc('/es/').querySelector('.site-footer a[href="/es/feeds/"]')).not.toBeNull();
    expect(doc('/feeds/').querySelector('.feed-list a[hreflang="es"]')?.textContent).toBe(`${origin}/es/rss.xml`);
  });

  it('pairs the Spanish pages with the others in the sitemap', () => {
    const sitemap = read('/sitemap-0.xml');
    const entry = (path: string) => {
      const url = sitemap.split('<url>').find((item) => item.startsWith(`<loc>${origin}${path}</loc>`)) ?? '';
      return [...url.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, code, href]) => `${code} ${href}`).sort();
    };
    const paired = [
      `en ${origin}/stories/checking-a-figure/`,
      `es ${origin}/es/stories/checking-a-figure/`,
      `fr ${origin}/fr/stories/checking-a-figure/`,
    ];
    expect(entry('/es/stories/checking-a-figure/')).toEqual(paired);
    expect(entry('/stories/checking-a-figure/')).toEqual(paired);
    expect(entry('/es/')).toEqual([`en ${origin}/`, `es ${origin}/es/`, `fr ${origin}/fr/`]);
  });

  it('says "page not found" in Spanish first under /es/, then in English and French', () => {
    const notFound = doc('/es/404.html');
    expect(notFound.documentElement.getAttribute('lang')).toBe('es');
    expect(notFound.querySelector('h1')?.textContent).toBe('Página no encontrada');
    expect([...notFound.querySelectorAll('main section[lang]')].map((s) => s.getAttribute('lang'))).toEqual([
      'en',
      'fr',
    ]);
    expect([...doc('/404.html').querySelectorAll('main section[lang]')].map((s) => s.getAttribute('lang'))).toEqual([
      'fr',
      'es',
    ]);
  });

  describe('search', () => {
    let probe: SearchProbe;
    beforeAll(async () => {
      probe = await openSearchProbe(build.dist, 'es');
    });
    afterAll(() => probe?.close());

    it('has a Spanish search page and index, which finds the Spanish pages by their Spanish words', async () => {
      const search = doc('/es/search/');
      expect(search.documentElement.getAttribute('lang')).toBe('es');
      expect(search.querySelector('h1')?.textContent).toBe('Búsqueda');
      // The locale the search script writes its results' dates and counts in, as the pages do: Mexican usage, whose
      // figures take a thousands separator ("4,817") where Spanish alone writes none ("4817").
      expect(search.querySelector('#search')?.getAttribute('data-intl')).toBe('es-MX');
      expect(readdirSync(join(build.dist, 'pagefind')).filter((name) => name.endsWith('.pf_meta'))).toEqual([
        expect.stringMatching(/^pagefind\.en_\w+\.pf_meta$/),
        expect.stringMatching(/^pagefind\.es_\w+\.pf_meta$/),
        expect.stringMatching(/^pagefind\.fr_\w+\.pf_meta$/),
      ]);
      expect((await probe.search('coteja')).map((result) => result.url)).toEqual(['/es/stories/checking-a-figure/']);
      // The English story the Spanish site lists untranslated is in its index too (as a copy under its address and
      // "#es", src/build/search-index.ts), marked as English.
      const english = await probe.search('correction');
      expect(english.map((result) => [result.url, result.meta.lang])).toEqual([
        ['/stories/reading-a-correction/#es', 'en'],
      ]);
    });
  });

  it('allows JavaScript on the Spanish search page alone, as on the others', () => {
    expect(build.output).toContain('except /search/, /fr/search/, /es/search/');
    expect(existsSync(join(build.dist, 'es/search/index.html'))).toBe(true);
  });
});

describe('the project with Spanish added', () => {
  it('passes the type check: no code holds a value per language that a third one would lack (tsc, as npm test runs it)', async () => {
    // After its build, which wrote Astro's types (.astro/types.d.ts) that tsconfig.json includes.
    const tsc = spawn(
      process.execPath,
      [join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', project.root],
      {
        cwd: project.root,
      },
    );
    let printed = '';
    tsc.stdout.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
    tsc.stderr.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
    const [status] = (await once(tsc, 'close')) as [number | null];
    expect(printed.trim(), 'tsc printed type errors').toBe('');
    expect(status).toBe(0);
  }, 180_000);
});

describe("a Spanish page's editor", () => {
  it('is told a link whose words name nothing in Spanish, with an example in Spanish, to a page the site has', () => {
    const edited = fixtureContent();
    try {
      appendFileSync(
        join(edited, 'content/stories/es/checking-a-figure.mdx'),
        '\nEl método se explica [aquí](/methodology/), y [more](/sources/).\n',
      );
      const stopped = runBuild({
        project: project.root,
        dist: join(project.root, 'dist-stopped'),
        contentRoot: edited,
      });
      expect(stopped.status).toBe(1);
      // The Spanish site has no methodology page of its own yet: the example links the English one.
      const why =
        "screen readers list a page's links by their words alone, and these name nothing: link the words that say what it opens, e.g. [la metodología](/methodology/)";
      expect(stopped.output).toContain(`content/stories/es/checking-a-figure.mdx: line 12: link "aquí": ${why}`);
      expect(stopped.output).toContain(`content/stories/es/checking-a-figure.mdx: line 12: link "more": ${why}`);
    } finally {
      rmSync(edited, { recursive: true, force: true });
    }
  });
});
