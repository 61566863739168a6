import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetCheck, budgetProblems, budgetTable, measurePages, pageKind } from '../../src/build/checks/budgets.ts';
import type { BuildContext } from '../../src/build/steps.ts';
import { demoDist } from '../helpers/site.ts';
import { htmlPage, tempSite } from '../helpers/temp-site.ts';

const origin = 'https://casefile.example.org';
const sheet = '<link rel="stylesheet" href="/_astro/site.css">';

/** Text gzip cannot shrink much: a seeded pseudo-random run of letters (deterministic across runs). */
function incompressible(length: number): string {
  let seed = 42;
  let text = '';
  for (let i = 0; i < length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    text += String.fromCharCode(97 + ((seed >>> 16) % 26));
  }
  return text;
}

const figuresOf = (files: Record<string, string>) =>
  measurePages(tempSite({ '_astro/site.css': 'body{margin:0}', ...files }), origin);

describe('the budget check', () => {
  it('counts no JavaScript on a page with only JSON-LD, and the CSS of its stylesheet and style elements', () => {
    const [home] = figuresOf({
      'index.html': htmlPage(
        '<p>Hi</p>',
        `${sheet}<style>p{color:red}</style><script type="application/ld+json">{"@type":"NewsArticle"}</script>`,
      ),
    });
    expect(home).toMatchObject({ path: '/', kind: 'home', javascript: 0, css: 14 + 12, thirdParty: [] });
  });

  it('counts inline scripts, module scripts, on* handlers and javascript: URLs as executable JavaScript', () => {
    const figures = figuresOf({
      'stories/a/index.html': htmlPage('<p>A</p>', '<script>alert(1)</script>'),
      'stories/b/index.html': htmlPage('<button type="button" onclick="go()">B</button>'),
      'stories/c/index.html': htmlPage('<a href="javascript:void(0)">C</a>'),
      'stories/d/index.html': htmlPage('<p>D</p>', '<script type="module" src="/x.js"></script>'),
      'x.js': 'console.log(1)',
    });
    expect(figures.map((page) => [page.path, page.javascript])).toEqual([
      ['/stories/a/', 8],
      ['/stories/b/', 4],
      ['/stories/c/', 18],
      ['/stories/d/', 14],
    ]);
    expect(budgetProblems(figures)).toEqual([
      '/stories/a/: executable JavaScript 8 B (limit 0 B)',
      '/stories/b/: executable JavaScript 4 B (limit 0 B)',
      '/stories/c/: executable JavaScript 18 B (limit 0 B)',
      '/stories/d/: executable JavaScript 14 B (limit 0 B)',
    ]);
  });

  it('counts a javascript: URL as a browser reads it: tabs and line breaks inside, control characters before', () => {
    // What <a href="java&#x09;script:…"> in an MDX page renders to: the URL parser drops the tab and runs the script.
    const figures = figuresOf({
      'stories/a/index.html': htmlPage('<a href="java\tscript:alert(1)">A</a>'),
      'stories/b/index.html': htmlPage('<a href="java&#x0A;scr&#x0D;ipt:alert(1)">B</a>'),
      'stories/c/index.html': htmlPage('<a href="&#x01;&#x1F; JavaScript:alert(1)">C</a>'),
      'stories/d/index.html': htmlPage('<a href="/javascript:alert(1)">D</a><a href="javascripts/x">D</a>'),
    });
    expect(figures.map((page) => [page.path, page.javascript])).toEqual([
      ['/stories/a/', 'java\tscript:alert(1)'.length],
      ['/stories/b/', 'java\nscr\ript:alert(1)'.length],
      ['/stories/c/', '\u0001\u001f JavaScript:alert(1)'.length],
      ['/stories/d/', 0],
    ]);
  });

  it('counts an SVG animation that sets a link to a javascript: URL', () => {
    const figures = figuresOf({
      'stories/a/index.html': htmlPage(
        '<svg><a><animate attributeName="href" values="/x/;javascript:alert(1)" /><text>A</text></a></svg>',
      ),
      'stories/b/index.html': htmlPage(
        '<svg><a><set attributeName="xlink:href" to=" javascript:alert(1)" /><text>B</text></a></svg>',
      ),
      'stories/c/index.html': htmlPage(
        '<svg><a><animate attributeName="HREF" from="javascript:alert(1)" to="/c/" /><text>C</text></a></svg>',
      ),
      'stories/d/index.html': htmlPage(
        '<svg><rect><animate attributeName="width" values="javascript:1" /></rect><a><set attributeName="href" to="/d/" /></a></svg>',
      ),
    });
    expect(figures.map((page) => [page.path, page.javascript])).toEqual([
      ['/stories/a/', 'javascript:alert(1)'.length],
      ['/stories/b/', ' javascript:alert(1)'.length],
      ['/stories/c/', 'javascript:alert(1)'.length],
      ['/stories/d/', 0],
    ]);
  });

  it('on a site served below a path, counts the stylesheets and scripts it links below its folder', () => {
    const dir = tempSite({
      '_astro/site.css': 'body{margin:0}',
      'search.js': 'go()',
      'stories/a/index.html': htmlPage(
        '<p>A</p>',
        '<link rel="stylesheet" href="/casefile/_astro/site.css"><script type="module" src="/casefile/search.js"></script>',
      ),
      'stories/b/index.html': htmlPage('<p>B</p>', '<link rel="stylesheet" href="../../_astro/site.css">'),
    });
    expect(
      measurePages(dir, 'https://user.github.io/casefile/').map((page) => [page.path, page.css, page.javascript]),
    ).toEqual([
      ['/stories/a/', 14, 4],
      ['/stories/b/', 14, 0],
    ]);
  });

  it('allows JavaScript on the search page only', () => {
    const figures = figuresOf({
      'search/index.html': htmlPage('<p>S</p>', '<script type="module" src="/search/search.js"></script>'),
      'search/search.js': 'x',
    });
    expect(figures[0]?.javascript).toBe(1);
    expect(budgetProblems(figures)).toEqual([]);
  });

  it('fails a page with more than 20 kB of CSS', () => {
    const figures = figuresOf({ 'index.html': htmlPage('<p>Hi</p>', `<style>${'p{}'.repeat(7000)}</style>`) });
    expect(budgetProblems(figures)).toEqual(['/: CSS 21.0 kB (limit 20.0 kB)']);
  });

  it('passes a page with exactly 20 kB (20,000 bytes) of CSS, the limit, and fails one with a byte more', () => {
    const style = (bytes: number) => `<style>${'p{}'.repeat(bytes / 3)}${' '.repeat(bytes % 3)}</style>`;
    const figures = figuresOf({
      'index.html': htmlPage('<p>Hi</p>', style(20_000)),
      'methodology/index.html': htmlPage('<p>Hi</p>', style(20_001)),
    });
    expect(figures.map((page) => [page.path, page.css])).toEqual([
      ['/', 20_000],
      ['/methodology/', 20_001],
    ]);
    expect(budgetProblems(figures)).toEqual(['/methodology/: CSS 20,001 bytes (limit 20,000)']);
  });

  it('says a story page gzipped to a few bytes over 100 kB in bytes, where kB would print the limit twice', () => {
    const story = { path: '/stories/x/', kind: 'story', javascript: 0, css: 0, thirdParty: [] };
    expect(budgetProblems([{ ...story, gzip: 100_049 }])).toEqual([
      '/stories/x/: HTML + CSS gzipped 100,049 bytes (limit 100,000)',
    ]);
    expect(budgetProblems([{ ...story, gzip: 100_051 }])).toEqual([
      '/stories/x/: HTML + CSS gzipped 100.1 kB (limit 100.0 kB)',
    ]);
  });

  it('fails a story page whose HTML and CSS weigh more than 100 kB gzipped, in any language, but not another kind of page', () => {
    const heavy = htmlPage(`<p>${incompressible(200_000)}</p>`);
    const figures = figuresOf({
      'stories/long/index.html': heavy,
      'fr/stories/long/index.html': heavy,
      'methodology/index.html': heavy,
    });
    expect(figures.map((page) => page.gzip > 100_000)).toEqual([true, true, true]);
    expect(budgetProblems(figures)).toEqual([
      expect.stringMatching(/^\/fr\/stories\/long\/: HTML \+ CSS gzipped 1\d\d\.\d kB \(limit 100\.0 kB\)$/),
      expect.stringMatching(/^\/stories\/long\/: HTML \+ CSS gzipped 1\d\d\.\d kB \(limit 100\.0 kB\)$/),
    ]);
  });

  it('fails a page that loads a font, script, stylesheet or image from another host', () => {
    const dir = tempSite({
      '_astro/site.css': '@font-face{font-family:X;src:url(https://fonts.example.com/x.woff2)}',
      'index.html': htmlPage(
        '<img src="//cdn.example.com/a.png" alt=""><a href="https://example.com/source">A source is fine</a>',
        `${sheet}<link rel="stylesheet" href="https://cdn.example.com/b.css"><link rel="canonical" href="${origin}/">`,
      ),
    });
    expect(budgetProblems(measurePages(dir, origin))).toEqual([
      '/: requests another host: https://fonts.example.com/x.woff2',
      '/: requests another host: https://cdn.example.com/b.css',
      '/: requests another host: //cdn.example.com/a.png',
    ]);
  });

  it('names page kinds for the table (a later page of a list is the list, not one of its entries)', () => {
    expect(
      [
        '/',
        '/stories/',
        '/stories/page/2/',
        '/stories/x/',
        '/cases/y/',
        '/countries/ru/',
        '/data/',
        '/data/page/3/',
        '/data/issued/',
        '/search/',
        '/404.html',
        '/fr/',
        '/fr/stories/x/',
        '/fr/stories/page/2/',
        '/fr/data/',
        '/fr/404.html',
      ].map(pageKind),
    ).toEqual([
      'home',
      'stories',
      'stories',
      'story',
      'case',
      'country',
      'data catalog',
      'data catalog',
      'dataset',
      'search',
      '404',
      'home (fr)',
      'story (fr)',
      'stories (fr)',
      'data catalog (fr)',
      '404 (fr)',
    ]);
  });

  it('prints a table of the largest figures per kind of page and the limits', () => {
    const figures = figuresOf({
      'index.html': htmlPage('<p>Hi</p>', sheet),
      'stories/a/index.html': htmlPage('<p>A</p>', sheet),
    });
    expect(budgetTable(figures)).toMatch(
      /^page kind +pages +JS max +CSS max +HTML\+CSS gz max +other hosts\nhome +1 +0 B +0\.0 kB +0\.\d kB +0\nstory +1 +0 B +0\.0 kB +0\.\d kB +0\nlimits: JS 0 B \(except \/search\/(, \/\w+\/search\/)*\), CSS 20\.0 kB\/page, story HTML\+CSS 100\.0 kB gz, other hosts 0$/,
    );
  });

  it('prints in bytes, in the table too, a largest figure over its limit that kB would show as the limit', () => {
    const page = { javascript: 0, thirdParty: [] };
    const table = budgetTable([
      { ...page, path: '/stories/x/', kind: 'story', css: 20_001, gzip: 100_020 },
      { ...page, path: '/fr/stories/x/', kind: 'story (fr)', css: 20_051, gzip: 100_000 },
      { ...page, path: '/methodology/', kind: 'methodology', css: 19_990, gzip: 100_020 },
    ]);
    // Only story pages have a gzipped limit: another kind's 100,020 bytes are no overrun.
    expect(
      table
        .split('\n')
        .slice(1, 4)
        .map((row) => row.split(/ {2,}/)),
    ).toEqual([
      ['methodology', '1', '0 B', '20.0 kB', '100.0 kB', '0'],
      ['story', '1', '0 B', '20,001 B', '100,020 B', '0'],
      ['story (fr)', '1', '0 B', '20.1 kB', '100.0 kB', '0'],
    ]);
  });

  it('fails the build step with a CheckError after logging the figures (measured in a worker thread)', async () => {
    const dir = tempSite({ 'index.html': htmlPage('<p>Hi</p>', '<script>x()</script>') });
    const lines: string[] = [];
    const run = budgetCheck.run({
      root: tempSite({}),
      outDir: dir,
      log: (line: string) => lines.push(line),
    } as unknown as BuildContext);
    await expect(run).rejects.toThrowError(
      expect.objectContaining({
        name: 'CheckError',
        message: 'budgets exceeded: 1 problem\n  /: executable JavaScript 3 B (limit 0 B)',
      }),
    );
    expect(lines[0]).toMatch(/^budgets: page kind/);
  });
});

describe('the budget check with remembered pages', () => {
  it('gives the same figures from the cache as from scanning, and measures a changed page again', () => {
    const cacheDir = join(tempSite({}), 'budgets');
    const dir = tempSite({
      '_astro/site.css': 'body{background:url(https://fonts.example.com/x.png)}',
      'index.html': htmlPage('<p>Hi</p>', `${sheet}<script src="/_astro/a.js"></script>`),
      '_astro/a.js': 'console.log(1)',
      'about/index.html': htmlPage('<p style="background:url(//cdn.example.com/y.png)">About</p>'),
    });
    const scanned = measurePages(dir, origin);
    expect(measurePages(dir, origin, { cacheDir })).toEqual(scanned);
    expect(readdirSync(cacheDir)).toHaveLength(2);
    expect(measurePages(dir, origin, { cacheDir })).toEqual(scanned);
    writeFileSync(join(dir, 'about/index.html'), htmlPage('<p onclick="go()">About</p>'));
    expect(measurePages(dir, origin, { cacheDir }).find((page) => page.path === '/about/')).toMatchObject({
      javascript: 'go()'.length,
      thirdParty: [],
    });
    expect(scanned.find((page) => page.path === '/')).toMatchObject({
      javascript: 'console.log(1)'.length,
      thirdParty: ['https://fonts.example.com/x.png'],
    });
  });
});

describe('the demo build', () => {
  it('meets every budget', () => {
    const figures = measurePages(demoDist);
    console.log(budgetTable(figures));
    expect(figures.length).toBeGreaterThan(0);
    expect(budgetProblems(figures)).toEqual([]);
  });
});
