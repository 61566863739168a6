import { beforeAll, describe, expect, it } from 'vitest';
import { typeset } from '../../src/lib/typography.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { runBuild, type BuildResult } from '../helpers/build.ts';
import { listFiles } from '../../src/build/checks/leaks.ts';
import { editorialFixture, markers, publicPages } from './fixture.ts';

const origin = 'https://casefile.example.org';
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'url', 'sitemap', 'dc:creator', 'category'].includes(name),
});

function parseXml(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  return parser.parse(text);
}

describe('feeds, sitemap, social cards and structured data of a built site', () => {
  const fixture = editorialFixture();
  let build: BuildResult;
  const read = (path: string) => readFileSync(join(build.dist, path), 'utf8');
  const doc = (path: string) => parseHTML(read(`${path}index.html`)).document;

  beforeAll(() => {
    build = runBuild({ dist: join(fixture.root, 'out'), contentRoot: fixture.root });
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('says at its end when the embargoed story will lift, naming its file, for whoever schedules builds, and how to rehearse that build', () => {
    const lines = build.output.split('\n').filter((line) => line.startsWith('[casefile] '));
    const built = lines.findIndex((line) => line.startsWith('[casefile] built '));
    expect(lines[built + 1]).toBe(
      `[casefile] embargo: 1 page held back; the next to lift is content/stories/${markers.embargoSlug}.mdx, at 2027-01-01T00:00:00Z: a build at or after that moment publishes it`,
    );
    expect(lines[built + 2]).toBe(
      '[casefile] embargo: npm run rehearse runs the builds that lift embargoes now, publishing nothing, to show what would stop them',
    );
  });

  it('the RSS feed is XML listing exactly the public stories and case files, newest first', () => {
    const rss = parseXml(read('rss.xml')).rss;
    const items: { title: string; link: string; pubDate: string }[] = rss.channel.item;
    const pages = items.filter((i) => !i.link.includes('#'));
    expect(pages.map((i) => i.link)).toEqual(publicPages.map((p) => `${origin}${p}`));
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const story = items.find((i) => i.link === `${origin}/stories/public-story/`) as unknown as Record<string, unknown>;
    expect(story['dc:creator']).toEqual(['Ada Writer', 'Ben Editor']);
    // The feed links itself and, as alternates, the other languages' feeds (src/lib/locale-feed.ts).
    const atomLinks: Record<string, string>[] = [rss.channel['atom:link']].flat();
    expect(atomLinks.find((link) => link['@_rel'] === 'self')?.['@_href']).toBe(`${origin}/rss.xml`);
    expect(atomLinks.find((link) => link['@_rel'] === 'alternate')?.['@_href']).toBe(`${origin}/fr/rss.xml`);
  });

  it('the RSS feed carries each correction as an item linking to the corrections of its page, with its own guid', () => {
    const items: { title: string; link: string; guid: { '#text': string }; description: string }[] = parseXml(
      read('rss.xml'),
    ).rss.channel.item;
    // The fixture reuses the demo's datasets, whose own corrections are items too: look at the fixture's pages.
    const ownPages = [`${origin}/data/fixture-counts/`, `${origin}/stories/public-story/`];
    const corrections = items.filter((i) => i.link.includes('#') && ownPages.some((page) => i.link.startsWith(page)));
    expect(items.filter((i) => i.link.startsWith(`${origin}/data/public-notices-by-nationality/#`))).toHaveLength(1);
    expect(corrections.map((i) => [i.title, i.link, i.description])).toEqual([
      [
        'Correction: Fixture counts per year',
        `${origin}/data/fixture-counts/#corrections-heading`,
        'The 2023 count was first given as 210.',
      ],
      [
        'Correction: Public fixture story',
        `${origin}/stories/public-story/#corrections-heading`,
        'An earlier version named the wrong year.',
      ],
    ]);
    const guids = items.map((i) => i.guid['#text']);
    expect(new Set(guids).size).toBe(guids.length);
    // The anchor exists on the page it links to.
    expect(doc('/stories/public-story/').getElementById('corrections-heading')).not.toBeNull();
  });

  it("each language's feed carries the datasets' corrections, in its language where the dataset translates them", () => {
    type Item = { title: string; link: string; description: string };
    const dataset = JSON.parse(readFileSync(join(fixture.root, 'data/public-notices-by-nationality.json'), 'utf8'));
    const [correction] = dataset.corrections as { date: string; text: string }[];
    // Each linked to the dataset's page in the feed's language.
    const link = (lang: string) => `${origin}${lang}/data/public-notices-by-nationality/#corrections-heading`;
    const find = (feed: string, lang = '') =>
      ([parseXml(read(feed)).rss.channel.item].flat() as Item[]).filter((i) => i.link === link(lang));
    expect(find('rss.xml').map((i) => [i.title, i.description])).toEqual([
      [`Correction: ${dataset.title}`, correction!.text],
    ]);
    expect(find('fr/rss.xml', '/fr').map((i) => [i.title, i.description])).toEqual([
      // As the dataset's French was written, typeset in French (a no-break space before each colon).
      [
        `Rectificatif\u00a0: ${typeset(dataset.translations.fr.title, 'fr')}`,
        typeset(dataset.translations.fr.corrections[correction!.date], 'fr'),
      ],
    ]);
  });

  it('/sources/ lists each source a published page or dataset uses, with its users, and none only withheld pages use', () => {
    const sourcesPage = doc('/sources/');
    const entry = sourcesPage.getElementById('source-fixture-source');
    expect(entry?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/report');
    const users = [...entry!.querySelectorAll('p.meta a')].map((a) => a.getAttribute('href'));
    expect(users.sort()).toEqual([
      '/cases/public-case/',
      '/data/fixture-counts/',
      '/stories/public-story/',
      '/stories/second-story/',
    ]);
    expect(sourcesPage.getElementById('source-embargo-only-source')).toBeNull();
    expect(read('sources/index.html')).not.toContain('Report only the embargoed story cites');
    // Grouped by kind, under headings.
    expect(entry?.closest('section')?.querySelector('h2')?.textContent).toBe('Reports by NGOs');
    // The French edition lists the same sources, its pages' titles marked when they are in English.
    const french = doc('/fr/sources/');
    expect(french.getElementById('source-fixture-source')).not.toBeNull();
    expect(french.getElementById('source-embargo-only-source')).toBeNull();
    expect(french.querySelector('#source-fixture-source a[href="/stories/public-story/"]')?.getAttribute('lang')).toBe(
      'en',
    );
  });

  /** The entries of every sitemap the sitemap index names. */
  const sitemapEntries = (): { loc: string; lastmod?: string }[] =>
    parseXml(read('sitemap-index.xml')).sitemapindex.sitemap.flatMap(
      (s: { loc: string }) => parseXml(read(new URL(s.loc).pathname)).urlset.url,
    );

  it('the sitemap is XML listing exactly the built pages, without the 404 page and the search pages', () => {
    const listed = sitemapEntries().map((u) => u.loc);
    const search = [`${origin}/search/`, `${origin}/fr/search/`];
    const built = listFiles(build.dist)
      .filter((p) => p.endsWith('index.html') && !p.startsWith('pagefind/'))
      .map((p) => `${origin}/${p.slice(0, -'index.html'.length)}`);
    for (const page of search) expect(built).toContain(page);
    expect([...listed].sort()).toEqual(built.filter((url) => !search.includes(url)).sort());
    for (const page of publicPages) expect(listed).toContain(`${origin}${page}`);
    expect(listed.some((url: string) => url.includes('404'))).toBe(false);
  });

  it('the sitemap gives each story and case file its <lastmod>, the last date its header prints, and no other page one', () => {
    const entries = sitemapEntries();
    const lastmod = (path: string) => entries.find((u) => u.loc === `${origin}${path}`)?.lastmod;
    // Its dataset's correction of 1 March, later than its own of 1 February; its `updated`; its date.
    expect(lastmod('/stories/public-story/')).toBe('2026-03-01T00:00:00.000Z');
    expect(lastmod('/stories/second-story/')).toBe('2026-01-20T00:00:00.000Z');
    expect(lastmod('/cases/public-case/')).toBe('2025-12-01T00:00:00.000Z');
    for (const page of publicPages) {
      const printed = [...doc(page).querySelectorAll('.byline time')].map((time) => time.getAttribute('datetime'));
      expect([page, lastmod(page)?.slice(0, 10)]).toEqual([page, printed.at(-1)]);
      // The page's own metadata says the same: its JSON-LD dateModified, never before its datePublished.
      const ld = JSON.parse(doc(page).querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
      expect([page, ld.dateModified]).toEqual([page, lastmod(page)]);
    }
    const articles = new Set(publicPages.map((page) => `${origin}${page}`));
    expect(entries.filter((u) => u.lastmod !== undefined && !articles.has(u.loc))).toEqual([]);
  });

  it('every public story and case file has a 1200×630 PNG social card, and no withheld page has one', async () => {
    for (const page of publicPages) {
      const png = readFileSync(join(build.dist, `og${page.slice(0, -1)}.png`));
      const meta = await sharp(png).metadata();
      expect([page, meta.format, meta.width, meta.height]).toEqual([page, 'png', 1200, 630]);
    }
    expect(listFiles(join(build.dist, 'og')).sort()).toEqual([
      'cases/public-case.png',
      'stories/public-story.png',
      'stories/second-story.png',
    ]);
    expect(existsSync(join(build.dist, `og/stories/${markers.draftSlug}.png`))).toBe(false);
  });

  it('a story page points Open Graph and Twitter at its card, with its size and alternative text', () => {
    const head = doc('/stories/public-story/').head;
    const meta = (attr: string, name: string) => head.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content');
    expect(meta('property', 'og:image')).toBe(`${origin}/og/stories/public-story.png`);
    expect(meta('property', 'og:image:width')).toBe('1200');
    expect(meta('property', 'og:image:height')).toBe('630');
    expect(meta('property', 'og:image:alt')).toContain('Public fixture story');
    expect(meta('name', 'twitter:card')).toBe('summary_large_image');
    expect(meta('name', 'twitter:image')).toBe(`${origin}/og/stories/public-story.png`);
    expect(head.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
      '/rss.xml',
    );
  });

  it("a story page's JSON-LD parses as a NewsArticle with headline, dates, authors and its corrections", () => {
    const scripts = [...doc('/stories/public-story/').querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts).toHaveLength(1);
    const article = JSON.parse(scripts[0]!.textContent ?? '');
    expect(article['@type']).toBe('NewsArticle');
    expect(article.headline).toBe('Public fixture story');
    expect(article.datePublished).toBe('2026-01-10T00:00:00.000Z');
    expect(article.author).toEqual([
      { '@type': 'Person', name: 'Ada Writer' },
      { '@type': 'Person', name: 'Ben Editor' },
    ]);
    expect(article.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'The 2023 count was first given as 210.', datePublished: '2026-03-01' },
      { '@type': 'CorrectionComment', text: 'An earlier version named the wrong year.', datePublished: '2026-02-01' },
    ]);
    const plain = JSON.parse(
      parseHTML(read('stories/second-story/index.html')).document.querySelector('script[type="application/ld+json"]')
        ?.textContent ?? '',
    );
    expect(plain.correction).toBeUndefined();
  });

  it('writes the security headers file into the output', () => {
    expect(read('_headers')).toMatch(/^# .*\n\/\*\n  Content-Security-Policy: default-src 'self';/);
  });
});
