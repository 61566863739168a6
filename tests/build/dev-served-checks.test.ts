/**
 * The built site's checks that one page can answer, on each page the dev server serves (src/build/dev-served-checks.ts):
 * a link left without its address or to an #anchor the page lacks, and a mention of a withheld page, in the words of
 * the build's link and leak checks, with where the editor wrote it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leakSearch, type WithheldPage } from '../../src/build/checks/leaks.ts';
import { checkServedPage, holdServedChecks, servedPageProblems } from '../../src/build/dev-served-checks.ts';

const draft: WithheldPage = {
  file: 'content/stories/zebra-plan.mdx',
  slug: 'zebra-plan',
  title: 'The Quartz & Heron Files',
  reason: 'draft',
  addresses: ['/stories/zebra-plan/'],
};
const search = leakSearch([draft]);
const root = mkdtempSync(join(tmpdir(), 'casefile-dev-served-'));
mkdirSync(join(root, 'content/stories'), { recursive: true });
const story = 'content/stories/open.mdx';
writeFileSync(
  join(root, story),
  [
    '---',
    'title: Open',
    '---',
    '',
    'Coming soon: the quartz & heron files.',
    '',
    'See [the method](#method) and [the report]().',
    '',
  ].join('\n'),
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A page as Astro writes it, with `body` in its <main>. */
const page = (body: string) =>
  `<!DOCTYPE html>\n<html lang="en"><head><title>Open</title></head>\n<body><a href="#main">Skip</a>\n<main id="main">\n${body}\n</main></body></html>\n`;
const file = 'stories/open/index.html';

describe('the checks of a page the dev server serves', () => {
  it('find nothing on a page whose own links resolve and that names no withheld page', () => {
    const html = page(
      '<h2 id="method">Method</h2><p><a href="#method">the method</a>, <a href="/stories/open/#method">again</a>, <a href="/stories/other/#anywhere">another page</a>, <a href="#top">top</a></p>',
    );
    expect(servedPageProblems(file, html, search, [root, story])).toEqual([]);
  });

  it("name an #anchor the page lacks and a link without its address in the link check's words, with the line written", () => {
    const html = page('<p>See <a href="#method">the method</a> and <a href="">the report</a>.</p>');
    expect(servedPageProblems(file, html, undefined, [root, story])).toEqual([
      `${file}: #method (no element with id "method"); written in ${story}:7`,
      `${file}: <a href=""> "the report", line 5 (empty URL)`,
    ]);
  });

  it("name an anchor of the page written with its address, and leave another page's anchors to the build", () => {
    const html = page('<a href="/stories/open/#nowhere">here</a> <a href="/stories/other/#nowhere">there</a>');
    expect(servedPageProblems(file, html, undefined, [root, story])).toEqual([
      `${file}: /stories/open/#nowhere (no element with id "nowhere")`,
    ]);
  });

  it("name a withheld page's title in the leak check's words, with the line of the page's file that writes it", () => {
    const html = page('<p>Coming soon: The Quartz &amp; Heron Files.</p>');
    expect(servedPageProblems(file, html, search, [root, story])).toEqual([
      `leak check: ${file} mentions "The Quartz & Heron Files", the title of content/stories/zebra-plan.mdx (a draft); written in ${story}:5: remove the mention, or publish the page`,
    ]);
  });

  it("name a withheld page's address", () => {
    const html = page('<p><a href="/stories/zebra-plan/">soon</a></p>');
    expect(servedPageProblems(file, html, search, [root, story])).toEqual([
      `leak check: ${file} mentions "zebra-plan", the slug of content/stories/zebra-plan.mdx (a draft): remove the mention, or publish the page`,
    ]);
  });

  it("name a withheld page's title whatever its case, as the build does", () => {
    const html = page('<h2>THE QUARTZ &amp; HERON FILES</h2>');
    expect(servedPageProblems(file, html, search, [root, story])).toEqual([
      `leak check: ${file} mentions "The Quartz & Heron Files", the title of content/stories/zebra-plan.mdx (a draft); written in ${story}:5: remove the mention, or publish the page`,
    ]);
  });

  it('print each problem once while the page has it, and again once it comes back', () => {
    const printed: string[] = [];
    let withheld = search;
    holdServedChecks({
      leakSearch: () => withheld,
      sourceOf: (pathname) => (pathname === '/stories/open/' ? [root, story] : undefined),
      sources: [[root, 'src']],
      print: (message) => printed.push(message),
    });
    const leaking = page('<p>Coming soon: The Quartz &amp; Heron Files.</p>');
    const clean = page('<p>Coming soon.</p>');
    const leak = `leak check: ${file} mentions "The Quartz & Heron Files", the title of content/stories/zebra-plan.mdx (a draft); written in ${story}:5: remove the mention, or publish the page`;
    expect(checkServedPage('/stories/open/', file, leaking)).toEqual([leak]);
    expect(checkServedPage('/stories/open/', file, leaking)).toEqual([leak]);
    expect(checkServedPage('/stories/open/', file, `${leaking}\n`)).toEqual([leak]);
    expect(printed).toEqual([leak]);
    expect(checkServedPage('/stories/open/', file, clean)).toEqual([]);
    expect(checkServedPage('/stories/open/', file, leaking)).toEqual([leak]);
    expect(printed).toEqual([leak, leak]);
    // The draft published: the same page names no withheld page any more.
    withheld = leakSearch([]);
    expect(checkServedPage('/stories/open/', file, leaking)).toEqual([]);
    expect(printed).toHaveLength(2);
  });
});

describe('the checks of the pages the dev server serves, over time', () => {
  const leaking = page('<p>Coming soon: The Quartz &amp; Heron Files.</p>');

  it('serve a page whose check fails, saying so once', () => {
    const printed: string[] = [];
    holdServedChecks({
      leakSearch: () => search,
      sourceOf: () => [root, 'content/stories/gone.mdx'],
      sources: [],
      print: (message) => printed.push(message),
    });
    expect(() => checkServedPage('/stories/gone/', 'stories/gone/index.html', leaking)).not.toThrow();
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(
      /^stories\/gone\/index\.html: the dev server could not check this page as the build would: ENOENT/,
    );
  });

  it('hold the last hundred pages served, and print the problem of one served after as many others again', () => {
    const printed: string[] = [];
    holdServedChecks({
      leakSearch: () => search,
      sourceOf: () => undefined,
      sources: [[root, 'src']],
      print: (message) => printed.push(message),
    });
    checkServedPage('/stories/open/', file, leaking);
    for (let i = 0; i < 99; i++) checkServedPage(`/other/${i}/`, `other/${i}/index.html`, page('<p>Clean.</p>'));
    checkServedPage('/stories/open/', file, leaking);
    expect(printed).toHaveLength(1);
    for (let i = 0; i < 100; i++) checkServedPage(`/more/${i}/`, `more/${i}/index.html`, page('<p>Clean.</p>'));
    checkServedPage('/stories/open/', file, leaking);
    expect(printed).toHaveLength(2);
  });
});

describe('the leak check of a page the dev server serves', () => {
  it("leaves out the dev server's own markup, which names the project's files and no built page holds", () => {
    const styles: WithheldPage = {
      file: 'content/stories/styles.mdx',
      slug: 'styles',
      title: 'How the committee styles itself',
      reason: 'draft',
      addresses: ['/stories/styles/'],
    };
    const html = page('<p>Open.</p>').replace(
      '</head>',
      '<script type="module" src="/@vite/client"></script><script type="module" src="/src/styles/global.css"></script><style data-vite-dev-id="/home/ana/site/src/styles/global.css">main{margin:0}</style></head>',
    );
    expect(servedPageProblems(file, html, leakSearch([styles]), [root, story])).toEqual([]);
    // A photo beside a story, served by Astro's image endpoint under its file's whole path.
    const photo = page(
      '<img src="/_image?href=%2F%40fs%2Fhome%2Fana%2Fstyles%2Fcontent%2Fstories%2Fopen%2Fphoto.jpg&w=640&f=webp" srcset="/_image?href=%2F%40fs%2Fhome%2Fana%2Fstyles%2Fcontent%2Fstories%2Fopen%2Fphoto.jpg&w=640&f=webp 640w, /_image?href=%2F%40fs%2Fhome%2Fana%2Fstyles%2Fcontent%2Fstories%2Fopen%2Fphoto.jpg&w=1280&f=webp 1280w" alt="A photo">',
    );
    expect(servedPageProblems(file, photo, leakSearch([styles]), [root, story])).toEqual([]);
    expect(
      servedPageProblems(file, `${html}<a href="/stories/styles/">x</a>`, leakSearch([styles]), [root, story]),
    ).toEqual([
      `leak check: ${file} mentions "styles", the slug of content/stories/styles.mdx (a draft): remove the mention, or publish the page`,
    ]);
  });
});
