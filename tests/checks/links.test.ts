import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findBrokenLinks, linkCheck } from '../../src/build/checks/links.ts';
import type { BuildContext } from '../../src/build/steps.ts';
import { demoDist } from '../helpers/site.ts';
import { htmlPage, tempSite } from '../helpers/temp-site.ts';

const origin = 'https://casefile.example.org';

/** A small site whose links all resolve: pages as folders, an anchor, a download, a feed and a sitemap. */
const goodSite = {
  'index.html': htmlPage(
    '<a href="/stories/one/">One</a> <a href="/stories/one/#sources">Sources</a> <a href="/data/issued.csv">CSV</a> ' +
      '<a href="/rss.xml">RSS</a> <a href="#main">Top</a> <a href="https://example.com/x">Elsewhere</a> ' +
      '<a href="mailto:desk@example.org">Mail</a> <a href="/search/?q=Pestrikov">Search</a>',
  ),
  'stories/one/index.html': htmlPage(
    '<h2 id="sources">Sources</h2><a href="../../">Home</a> <img src="/og/one.png" alt="">',
  ),
  'search/index.html': htmlPage('<p>Search</p>'),
  'data/issued.csv': 'year,issued\n2024,15548\n',
  'og/one.png': Buffer.from([0x89, 0x50]),
  'rss.xml': `<rss><channel><link>${origin}/</link><item><link>${origin}/stories/one/</link></item></channel></rss>`,
  'sitemap-0.xml': `<urlset><url><loc>${origin}/stories/one/</loc></url></urlset>`,
};

describe('the internal link check', () => {
  it('on a site served below a path, follows links below it and reports a link from the root of the host that leaves it', () => {
    const below = 'https://user.github.io/casefile/';
    const dir = tempSite({
      ...goodSite,
      'index.html': htmlPage(
        '<a href="/casefile/stories/one/#sources">One</a> <a href="/casefile/data/issued.csv">CSV</a> <a href="stories/one/">Relative</a> ' +
          '<a href="/stories/one/">Outside</a> <a href="../elsewhere/">Up and out</a> <a href="/casefile/stories/two/">Two</a> ' +
          // Another site on the same host is not this check's business; the site's own address without its slash is.
          '<a href="https://user.github.io/other/">Another project</a> <a href="//user.github.io/">Host</a> <a href="https://user.github.io/casefile">Home</a> ' +
          '<svg><use xlink:href="/casefile/icons.svg#missing"></use></svg>',
      ),
      'stories/one/index.html': htmlPage(
        '<h2 id="sources">Sources</h2><a href="../../">Home</a> <img src="/casefile/og/one.png" alt=""> <a href="/casefile/casefile/stories/one/#sources">Twice</a>',
      ),
      // A feed's and a sitemap's entries are the site's own pages: outside the folder they are broken, full address or not.
      'rss.xml': `<rss><channel><link>${below}</link><item><link>${below}stories/one/</link></item><item><link>https://user.github.io/stories/one/</link></item></channel></rss>`,
      'sitemap-0.xml': `<urlset><url><loc>${below}stories/one/</loc></url></urlset>`,
    });
    expect(findBrokenLinks(dir, below)).toEqual([
      'index.html: /stories/one/ (outside the site, which is served below /casefile/)',
      'index.html: ../elsewhere/ (outside the site, which is served below /casefile/)',
      'index.html: /casefile/stories/two/ (no such file)',
      'index.html: https://user.github.io/casefile (page link without its trailing slash: write /)',
      'index.html: /casefile/icons.svg#missing (no such file)',
      "stories/one/index.html: /casefile/casefile/stories/one/#sources (holds the folder /casefile/ twice: links are written from the site's root and the build adds the folder, so write /stories/one/#sources)",
      'rss.xml: https://user.github.io/stories/one/ (outside the site, which is served below /casefile/)',
    ]);
  });

  it("on a site served below a path, reports the site's own full addresses that leave the folder: canonical, alternates, social card, images", () => {
    const below = 'https://user.github.io/casefile/';
    const dir = tempSite({
      ...goodSite,
      'index.html': htmlPage(
        '<a href="https://user.github.io/other/">Another project</a> <img src="https://user.github.io/og/one.png" alt="">',
        '<link rel="canonical" href="https://user.github.io/"><link rel="alternate" hreflang="fr" href="https://user.github.io/casefile/fr/">' +
          '<meta property="og:image" content="https://user.github.io/og/one.png">',
      ),
      'fr/index.html': htmlPage('<p>Bonjour</p>'),
      'stories/one/index.html': htmlPage('<h2 id="sources">Sources</h2>'),
      'sitemap-0.xml': `<urlset><url><loc>${below}</loc><xhtml:link rel="alternate" hreflang="fr" href="https://user.github.io/fr/"/></url></urlset>`,
    });
    expect(findBrokenLinks(dir, below)).toEqual([
      'index.html: https://user.github.io/ (outside the site, which is served below /casefile/)',
      'index.html: https://user.github.io/og/one.png (outside the site, which is served below /casefile/)',
      'sitemap-0.xml: https://user.github.io/fr/ (outside the site, which is served below /casefile/)',
    ]);
  });

  it('gives the link to write for one holding the folder twice only when that file exists, keeping its query, the front page included', () => {
    // A site served below /stories/, a folder the site also has: a missing story is a missing story.
    const dir = tempSite({
      ...goodSite,
      'index.html': htmlPage(
        '<a href="/stories/stories/one/">One</a> <a href="/stories/stories/gone/">Gone</a> <a href="/stories/data/issued.csv?v=2#r">CSV</a>',
      ),
      'stories/one/index.html': htmlPage('<h2 id="sources">Sources</h2>'),
    });
    expect(findBrokenLinks(dir, 'https://user.github.io/stories/')).toEqual([
      'index.html: /stories/stories/gone/ (no such file)',
    ]);
    const twice = tempSite({
      ...goodSite,
      'index.html': htmlPage(
        '<a href="/casefile/casefile/data/issued.csv?v=2#r">CSV</a> <a href="/casefile/casefile#top">Home</a>',
      ),
      'stories/one/index.html': htmlPage('<h2 id="sources">Sources</h2>'),
    });
    expect(findBrokenLinks(twice, 'https://user.github.io/casefile/')).toEqual([
      "index.html: /casefile/casefile/data/issued.csv?v=2#r (holds the folder /casefile/ twice: links are written from the site's root and the build adds the folder, so write /data/issued.csv?v=2#r)",
      "index.html: /casefile/casefile#top (holds the folder /casefile/ twice: links are written from the site's root and the build adds the folder, so write /#top)",
    ]);
  });

  it('passes a site whose pages, anchors, downloads, feed and sitemap all resolve, ignoring other hosts', () => {
    expect(findBrokenLinks(tempSite(goodSite), origin)).toEqual([]);
  });

  it('reports a missing page, a missing anchor and a page link without its trailing slash', () => {
    const dir = tempSite({
      ...goodSite,
      'index.html': htmlPage(
        '<a href="/stories/two/">Two</a> <a href="/stories/one/#nowhere">X</a> <a href="/stories/one/#source">S</a> <a href="/stories/one">One</a> <a href="stories/one?lang=fr#sources">Rel</a>',
      ),
    });
    expect(findBrokenLinks(dir, origin)).toEqual([
      'index.html: /stories/two/ (no such file)',
      'index.html: /stories/one/#nowhere (no element with id "nowhere")',
      'index.html: /stories/one/#source (no element with id "source": did you mean "#sources"?)',
      // The address to write, from the site's root, whatever the link was written from.
      'index.html: /stories/one (page link without its trailing slash: write /stories/one/)',
      'index.html: stories/one?lang=fr#sources (page link without its trailing slash: write /stories/one/?lang=fr#sources)',
    ]);
  });

  it('reports a link to a folder that holds no page, which a host answers with an error or a file listing', () => {
    const dir = tempSite({ ...goodSite, 'index.html': htmlPage('<a href="/data">Data</a> <a href="/og/">Cards</a>') });
    expect(findBrokenLinks(dir, origin)).toEqual([
      'index.html: /data (no such file)',
      'index.html: /og/ (no such file)',
    ]);
  });

  it('takes an anchor written as <a name>, as browsers do, and not another attribute', () => {
    const dir = tempSite({
      ...goodSite,
      'index.html': htmlPage(
        '<a name="method"></a><p title="notes"></p><a href="#method">Method</a> <a href="#notes">Notes</a>',
      ),
    });
    expect(findBrokenLinks(dir, origin)).toEqual(['index.html: #notes (no element with id "notes")']);
  });

  it('reports a link left without its address by its tag, text and line, which an editor can look for', () => {
    // As Markdown writes [the report]() and HTML <a href="">: an address an editor meant to fill in.
    const dir = tempSite({
      ...goodSite,
      'index.html': htmlPage(
        '<a href="">The <em>2024</em>\n report</a>\n<a href=" " aria-label="Its annex"></a>\n<img src="" alt="A chart">',
      ),
    });
    expect(findBrokenLinks(dir, origin)).toEqual([
      'index.html: <a href=""> "The 2024 report", line 9 (empty URL)',
      'index.html: <a href=" "> "Its annex", line 11 (empty URL)',
      'index.html: <img src=""> "A chart", line 12 (empty URL)',
    ]);
  });

  it('names an empty link in the layout once, with the files that hold it, and not where "" is written in the sources', () => {
    const root = tempSite({ 'src/layout.astro': '<a href="">Subscribe</a>', 'src/x.ts': "export const none = '';" });
    const dir = tempSite({
      ...goodSite,
      'index.html': htmlPage('<a href="">Subscribe</a>'),
      'about/index.html': htmlPage('<a href="">Subscribe</a>'),
    });
    expect(findBrokenLinks(dir, origin, { sources: [[root, 'src']] })).toEqual([
      '<a href=""> "Subscribe", line 9 (empty URL) in 2 files: about/index.html, index.html',
    ]);
  });

  it('reports a missing stylesheet, image and download, and a same-page anchor that is not there', () => {
    const dir = tempSite({
      ...goodSite,
      'stories/one/index.html': htmlPage(
        '<h2 id="sources">S</h2><a href="#notes">Notes</a><img src="/og/two.png" alt=""><a href="/data/x.csv">x</a>',
        '<link rel="stylesheet" href="/_astro/gone.css">',
      ),
    });
    expect(findBrokenLinks(dir, origin)).toEqual([
      'stories/one/index.html: #notes (no element with id "notes")',
      'stories/one/index.html: /data/x.csv (no such file)',
      'stories/one/index.html: /_astro/gone.css (no such file)',
      'stories/one/index.html: /og/two.png (no such file)',
    ]);
  });

  it("reads a srcset's candidates as HTML does: a data: URL keeps its comma, and a missing candidate is reported", () => {
    const dir = tempSite({
      ...goodSite,
      'stories/one/index.html': htmlPage(
        '<h2 id="sources">S</h2><img srcset="data:image/png;base64,iVBO,Rw0K 1x, /og/one.png 2x" src="/og/one.png" alt="">' +
          '<picture><source srcset="/og/one.png 1x,/og/gone.webp 2x"><img src="/og/one.png" alt=""></picture>',
      ),
    });
    expect(findBrokenLinks(dir, origin)).toEqual(['stories/one/index.html: /og/gone.webp (no such file)']);
  });

  it("reports where a rule of the deployer's _redirects sends readers to no page, with its line; leaves placeholders and other hosts", () => {
    const redirects = [
      '# Moved stories',
      '/old-story  /stories/one/  301',
      '/older      /stories/gone/ 301', // 3
      '/fr/*       /fr/404.html   404',
      '/blog/*     /stories/:splat 301',
      '/ext        https://example.com/x 302',
      '/short      /stories/one   301', // 7
      '',
    ].join('\n');
    const dir = tempSite({ ...goodSite, 'fr/404.html': htmlPage('<p>Introuvable</p>'), _redirects: redirects });
    expect(findBrokenLinks(dir, origin)).toEqual([
      'public/_redirects: line 3: /stories/gone/ (no such file)',
      'public/_redirects: line 7: /stories/one (page link without its trailing slash: write /stories/one/)',
    ]);
    // Below a path, the build moves no rule of _redirects: a target from the root of the host leaves the folder.
    // It is told the target to write, with the folder, where that is a page or file of the site; and its line is
    // where it is written: the sources are not searched for the address (a comment of the code naming it).
    const below = tempSite({
      'index.html': htmlPage('<p>Home</p>'),
      'stories/one/index.html': htmlPage('<p>One</p>'),
      'fr/404.html': htmlPage('<p>Introuvable</p>'),
      _redirects: '/old-story /stories/one/ 301\n/fr/* /fr/404.html 404\n/older /stories/gone/ 301\n',
    });
    const project = tempSite({ 'src/error-pages.ts': '/** Moves "/fr/404.html" into place. */\n' });
    expect(findBrokenLinks(below, 'https://user.github.io/casefile/', { sources: [[project, 'src']] })).toEqual([
      'public/_redirects: line 1: /stories/one/ (outside the site, which is served below /casefile/: the build moves no rule of _redirects, so write /casefile/stories/one/)',
      'public/_redirects: line 2: /fr/404.html (outside the site, which is served below /casefile/: the build moves no rule of _redirects, so write /casefile/fr/404.html)',
      'public/_redirects: line 3: /stories/gone/ (outside the site, which is served below /casefile/)',
    ]);
  });

  it('reports a link broken on several pages once, naming the files', () => {
    const dir = tempSite({
      ...goodSite,
      'a/index.html': htmlPage('<a href="/about/">About</a>'),
      'b/index.html': htmlPage('<a href="/about/">About</a>'),
      'c/index.html': htmlPage('<a href="/about/">About</a>'),
      'd/index.html': htmlPage('<a href="/about/">About</a>'),
    });
    expect(findBrokenLinks(dir, origin)).toEqual([
      '/about/ (no such file) in 4 files: a/index.html, b/index.html, c/index.html, …',
    ]);
  });

  it('names the source files and lines that write a broken address whole, with the folder a site below a path adds left out', () => {
    const project = tempSite({
      'src/components/SiteNav.astro':
        '---\nconst x = 1;\n---\n<nav>\n  <a href="/about/">About</a>\n  <a href={`/${x}/about/`}>Built in code</a>\n</nav>\n',
      'src/pages/methodology.mdx':
        '# Method\n\nSee [the desk](/desk/ "The desk") and [about](/about/).\nNot /about/ in prose, nor /about/team/.\n',
      'content/stories/one.mdx': '---\ntitle: One\n---\n\n[Gone](/stories/two/#top)\n',
      // Not sources: dependencies, hidden folders, build output elsewhere, and a binary file.
      'src/node_modules/x/index.js': "export default '/about/';\n",
      'src/.cache/a.json': '["/about/"]',
      'src/images/a.png': '"/about/"',
    });
    const sources: [string, string][] = [
      [project, 'src'],
      [project, 'content'],
    ];
    const dir = tempSite({
      ...goodSite,
      'a/index.html': htmlPage(
        '<a href="/about/">About</a> <a href="/desk/">Desk</a> <a href="/stories/two/#top">Two</a>',
      ),
      'b/index.html': htmlPage('<a href="/about/">About</a> <a href="/1/about/">Built</a>'),
    });
    expect(findBrokenLinks(dir, origin, { sources })).toEqual([
      '/about/ (no such file) in 2 files: a/index.html, b/index.html; written in src/components/SiteNav.astro:5, src/pages/methodology.mdx:3',
      'a/index.html: /desk/ (no such file); written in src/pages/methodology.mdx:3',
      'a/index.html: /stories/two/#top (no such file); written in content/stories/one.mdx:5',
      'b/index.html: /1/about/ (no such file)',
    ]);
    const below = 'https://user.github.io/casefile/';
    const belowDir = tempSite({
      ...goodSite,
      'index.html': htmlPage('<a href="/casefile/about/">About</a> <a href="/casefile/stories/one/">One</a>'),
      'stories/one/index.html': htmlPage('<h2 id="sources">Sources</h2>'),
    });
    expect(findBrokenLinks(belowDir, below, { sources })).toEqual([
      'index.html: /casefile/about/ (no such file); written in src/components/SiteNav.astro:5, src/pages/methodology.mdx:3',
    ]);
  });

  it("names the field of a data file that writes a broken address: a source's url on the site itself, in data/sources.json", () => {
    // A dataset's texts (notes, cells, a chart's note) are printed as text, never as links: the one address a dataset
    // puts on its page, its chart and its Facts is the url of each of its sources, in the bibliography.
    const sources = {
      'kingsley-napley-interpol-data': {
        publisher: 'Kingsley Napley',
        title: 'Interpol data',
        url: 'https://example.com/interpol',
        kind: 'legal-commentary',
      },
      'own-method': { publisher: 'Casefile', title: 'How we count', url: `${origin}/methods/#counting`, kind: 'data' },
    };
    const project = tempSite({
      'data/sources.json': `${JSON.stringify(sources, null, 2)}\n`,
      'data/issued.json':
        '{\n  "title": "Issued",\n  "sources": ["own-method"],\n  "rows": [{ "year": 2024, "source": "own-method" }]\n}\n',
    });
    const dir = tempSite({
      ...goodSite,
      'data/issued/index.html': htmlPage(
        `<a href="https://example.com/interpol">Interpol data</a> <a href="${origin}/methods/#counting">How we count</a>`,
      ),
    });
    expect(
      findBrokenLinks(dir, origin, {
        sources: [
          [project, 'src'],
          [project, 'content'],
          [project, 'data'],
        ],
      }),
    ).toEqual([
      `data/issued/index.html: ${origin}/methods/#counting (no such file); written in data/sources.json:11 (own-method.url)`,
    ]);
  });

  it('reports feed and sitemap entries on the site that point nowhere, but not a guid that is not a permalink', () => {
    const dir = tempSite({
      ...goodSite,
      'rss.xml': `<rss><channel><link>${origin}/</link><item><link>${origin}/stories/gone/</link></item><item><guid>${origin}/stories/lost/</guid></item><item><guid isPermaLink="false">${origin}/stories/one/#an-id</guid></item></channel></rss>`,
      'sitemap-0.xml': `<urlset><url><loc>${origin}/cases/gone/</loc></url></urlset>`,
    });
    expect(findBrokenLinks(dir, origin)).toEqual([
      `rss.xml: ${origin}/stories/gone/ (no such file)`,
      `rss.xml: ${origin}/stories/lost/ (no such file)`,
      `sitemap-0.xml: ${origin}/cases/gone/ (no such file)`,
    ]);
  });

  it('fails the build step with a CheckError listing the broken links (found in a worker thread) and where the project writes them', async () => {
    const dir = tempSite({ ...goodSite, 'index.html': htmlPage('<a href="/nowhere/">x</a>') });
    const root = tempSite({ 'src/layouts/Page.astro': '<footer>\n<a href="/nowhere/">x</a>\n</footer>\n' });
    const run = linkCheck.run({ root, outDir: dir, log: () => {} } as unknown as BuildContext);
    // The step reads the site's configured origin; this site's feed and sitemap use the same default origin.
    await expect(run).rejects.toThrowError(
      expect.objectContaining({
        name: 'CheckError',
        message: 'broken links: 1 problem\n  index.html: /nowhere/ (no such file); written in src/layouts/Page.astro:2',
      }),
    );
  });

  it("as the build step, looks for a broken address in the data files too, where the sources' urls are written", async () => {
    const content = tempSite({
      'content/stories/one.mdx': '---\ntitle: One\n---\n\nText.\n',
      'data/sources.json': `{\n  "own-method": {\n    "publisher": "Casefile",\n    "title": "How we count",\n    "url": "${origin}/methods/",\n    "kind": "data"\n  }\n}\n`,
    });
    vi.stubEnv('CASEFILE_CONTENT_ROOT', content);
    vi.stubEnv('CASEFILE_SITE_URL', origin);
    vi.resetModules();
    try {
      const { linkCheck: step } = await import('../../src/build/checks/links.ts');
      const dir = tempSite({ ...goodSite, 'index.html': htmlPage(`<a href="${origin}/methods/">How we count</a>`) });
      const run = step.run({
        root: tempSite({ 'src/layouts/Page.astro': '<footer></footer>\n' }),
        outDir: dir,
        log: () => {},
      } as unknown as BuildContext);
      await expect(run).rejects.toThrowError(
        expect.objectContaining({
          name: 'CheckError',
          message: `broken links: 1 problem\n  index.html: ${origin}/methods/ (no such file); written in data/sources.json:5 (own-method.url)`,
        }),
      );
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});

describe('the internal link check with remembered pages', () => {
  it('reads what a page links to from the cache while its bytes stay the same, and scans it again when they change', () => {
    const cacheDir = join(tempSite({}), 'links');
    const dir = tempSite(goodSite);
    expect(findBrokenLinks(dir, origin, { cacheDir })).toEqual([]);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.json'))).toHaveLength(3);
    expect(findBrokenLinks(dir, origin, { cacheDir })).toEqual([]);
    expect(readdirSync(cacheDir)).toHaveLength(3);
    writeFileSync(join(dir, 'stories/one/index.html'), htmlPage('<a href="/stories/two/">Two</a>'));
    expect(findBrokenLinks(dir, origin, { cacheDir })).toEqual([
      'index.html: /stories/one/#sources (no element with id "sources")',
      'stories/one/index.html: /stories/two/ (no such file)',
    ]);
  });
});

describe('the demo build', () => {
  it('has no broken internal link or anchor', () => {
    expect(findBrokenLinks(demoDist)).toEqual([]);
  });
});
