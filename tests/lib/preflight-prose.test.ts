/**
 * What an editor writes in a page's body and frontmatter that MDX or the browser would take otherwise than meant,
 * reported before rendering with the file and the line: braces read as code, scripts, a second first-level heading,
 * links relative to the file, images the build cannot publish, markup in plain-text fields, file names that change
 * when they become addresses. Notes (not stopping the build): files in data/ that are not read, a tag a letter from a
 * common one, updates and corrections dated after the build.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateProject } from '../../src/lib/validate-project.ts';
import { dataset, goodFrontmatter, minimalSite, now, preflight, sources, story } from '../helpers/preflight.ts';

const body = (text: string) => ({ 'content/stories/the-files.mdx': story(goodFrontmatter, text) });

describe('the preflight, on what the prose says', () => {
  it('refuses braces in the text, which MDX runs as code, and keeps escaped ones, strings, comments and code', () => {
    const text = [
      'The figures {2019, 2020} are missing.', // line 8
      '',
      'He said "political" {sic} and left.', // line 10
      '',
      'Escaped \\{2019\\} and {"{"}braces{"}"} and a space{" "}here. {/* a comment */}',
      '',
      'In code: `{x}` and <Fact dataset="issued" row={2024} column="issued" />.',
      '',
      '```js',
      'const a = {b};',
      '```',
    ].join('\n');
    expect(preflight(body(text)).errors).toEqual([
      'content/stories/the-files.mdx: line 8: {2019, 2020}: MDX reads braces in the text as code, which changes the sentence or stops the build: to print braces, write \\{2019, 2020\\}; or use ( ) or [ ]',
      'content/stories/the-files.mdx: line 10: {sic}: MDX reads braces in the text as code, which changes the sentence or stops the build: to print braces, write \\{sic\\}; or use ( ) or [ ]',
    ]);
  });

  it('says so when a brace is never closed', () => {
    expect(preflight(body('Some text {unclosed expression')).errors).toEqual([
      'content/stories/the-files.mdx: line 8: {: a brace never closed: MDX reads braces in the text as code, and stops the build: to print a brace, write \\{',
    ]);
  });

  it("says what to write for another tool's braces: a heading's {#id}, a Hugo shortcode, a Liquid tag", () => {
    const text = [
      '## The numbers {#numbers}', // 8
      '',
      '{{< figure src="hearing.jpg" >}}', // 10
      '',
      '{% include chart.html %}', // 12
    ].join('\n');
    expect(preflight(body(text)).errors).toEqual([
      "content/stories/the-files.mdx: line 8: {#numbers}: a heading's id written as other tools write it, which MDX reads as code and stops the build on: remove it; every heading gets an id from its words (#the-numbers)",
      "content/stories/the-files.mdx: line 10: {{< figure src=\"hearing.jpg\" >}}: another site generator's tag (Hugo's, Jekyll's), which MDX reads as code: write Markdown or a component instead (an image: ![What it shows](./photo.jpg); a chart: <Chart … />)",
      "content/stories/the-files.mdx: line 12: {% include chart.html %}: another site generator's tag (Hugo's, Jekyll's), which MDX reads as code: write Markdown or a component instead (an image: ![What it shows](./photo.jpg); a chart: <Chart … />)",
    ]);
  });

  it('says to close a comment left open, not to print a brace', () => {
    expect(preflight(body('Text.\n\n{/* a note to the desk\n\nMore text.')).errors).toEqual([
      'content/stories/the-files.mdx: line 10: {/*: a comment never closed: MDX reads the rest of the page as code, and stops the build: end the comment with */}',
    ]);
    expect(preflight(body('Text.\n\n{/* a note to the desk */\n\nMore text.')).errors).toEqual([
      'content/stories/the-files.mdx: line 10: {/*: a comment never closed: MDX reads the rest of the page as code, and stops the build: end the comment with */}',
    ]);
  });

  it('refuses a "<" that starts no tag and an HTML comment; keeps "<" before a space, an escaped one, and tags', () => {
    const text = [
      'Fewer than <10% of notices are public; bribes of <$500.', // 8
      '',
      '<!-- a note to the desk -->', // 10
      '',
      'Kept: p < 0.05, 3 < 4, a <',
      'b, \\<10%, <em>a tag</em>, <abbr title="fewer than <10">FT</abbr>, [y](https://example.org "a < b"), [z](<https://example.org/?a=1>).',
    ].join('\n');
    const stray =
      'MDX reads "<" as the start of a tag, and stops the build: write \\< (or "less than", "fewer than"; a "<" followed by a space is text)';
    expect(preflight(body(text)).errors).toEqual([
      `content/stories/the-files.mdx: line 8: <10% of notic: ${stray}`,
      `content/stories/the-files.mdx: line 8: <$500.: ${stray}`,
      'content/stories/the-files.mdx: line 10: <!--: MDX has no HTML comments, and stops the build: write a comment as {/* … */}',
    ]);
  });

  it('refuses a "<" before words that end no tag, which MDX reads as a tag left open, with the words', () => {
    const text = [
      'Under the rules, <half of the requests were refused.', // 8
      '',
      'If a <b then c; <em>kept</em>, <abbr title="x">kept</abbr>, <span>kept', // 10
      'on the next line</span>.',
    ].join('\n');
    const stray =
      'MDX reads "<" before a word as the start of a tag, and stops the build: write \\< (or "less than", "fewer than"; a "<" followed by a space is text)';
    expect(preflight(body(text)).errors).toEqual([
      `content/stories/the-files.mdx: line 8: <half of the re…: ${stray}`,
      `content/stories/the-files.mdx: line 10: <b then c; <em>…: ${stray}`,
    ]);
  });

  it('refuses a link in angle brackets, which MDX does not read as Markdown does, with the link to write', () => {
    const text = [
      'See <https://example.org/report?id=2>.', // 8
      '',
      'Write to <desk@example.org> or <www.example.org>; in code, `<https://example.org>` is kept.', // 10
      '',
      '<Chart type="bar" title="Notices" dataset="issued" x="year" y="issued" note="Kept: <https://example.org>" />',
    ].join('\n');
    const message = 'MDX has no links in angle brackets, and stops the build: write';
    expect(preflight(body(text)).errors).toEqual([
      `content/stories/the-files.mdx: line 8: <https://example.org/report?id=2>: ${message} [example.org/report?id=2](https://example.org/report?id=2)`,
      `content/stories/the-files.mdx: line 10: <desk@example.org>: ${message} [desk@example.org](mailto:desk@example.org)`,
      `content/stories/the-files.mdx: line 10: <www.example.org>: ${message} [www.example.org](https://www.example.org)`,
    ]);
  });

  it('keeps braces MDX reads as text or as code the page means: in links, code spans across lines, fences of any length, frontmatter', () => {
    const text = [
      '[q](https://example.org/search?q={name}) and [x](https://e.org "Cases {2024}") and [r][ref].',
      '',
      '[ref]: https://example.org/?q={name}',
      '',
      'Type `rm -rf',
      '{dir}` carefully. This story, {frontmatter.title}, is ours.',
      '',
      '````md',
      '```',
      '{x} <5',
      '```',
      '````',
      '',
      'An inline `` ``` `` then a block:',
      '',
      '```js',
      'const a = {b: 1};',
      '```',
      '',
      '[^caret](https://example.org) is a link, not a footnote.',
    ].join('\n');
    expect(preflight(body(text)).errors).toEqual([]);
  });

  it("refuses an import of the site's own components, which every page has, and one from a file that is not there", () => {
    const text = [
      "import Chart from '../../src/components/Chart.astro';", // 8
      'import { Fact as Figure } from "../components/Fact.astro";',
      'import { kind } from "./kinds.ts";', // 10
      "import figures from './missing.json';",
      'import { Image } from "astro:assets";', // 12
      '',
      'Text.',
    ].join('\n');
    const file = 'content/stories/the-files.mdx';
    const provided =
      'every story and case file has <Chart>, <Cite>, <Fact> and <Response> without an import: remove the line';
    expect(preflight({ ...body(text), 'content/stories/kinds.ts': 'export const kind = "bar";' }).errors).toEqual([
      `${file}: line 8: import Chart: ${provided}`,
      `${file}: line 9: import Fact: ${provided}`,
      `${file}: line 11: import: no file content/stories/missing.json (a path is read from the page's own folder, content/stories/): check its name and folder`,
    ]);
  });

  it('refuses a <Fact> or a <Cite> in the text of a link, which it would break: each is a link itself', () => {
    const text = [
      'In 2024 there were [<Fact dataset="issued" row={2024} column="issued" /> notices](/data/issued/).', // 8
      '',
      'As <a href="https://example.org/report">the report <Cite id="rnm-numbers" /></a> says.', // 10
      '',
      'Kept: [the notices](/data/issued/) <Fact dataset="issued" row={2024} column="issued" /> <Cite id="rnm-numbers" />.',
    ].join('\n');
    const file = 'content/stories/the-files.mdx';
    expect(preflight(body(text)).errors).toEqual([
      `${file}: line 8: <Fact>: in the text of a link: a <Fact> is a link itself (to its dataset's row), and a link cannot hold another: take it out of the link, and link the words beside it`,
      `${file}: line 10: <Cite>: in the text of a link: a <Cite> is a link itself (to its note), and a link cannot hold another: take it out of the link, and link the words beside it`,
    ]);
  });

  it('keeps a name the file itself exports', () => {
    const text =
      'export const year = 2024\n\nIn {year}, Interpol issued <Fact dataset="issued" row={2024} column="issued" /> notices.';
    expect(preflight(body(text)).errors).toEqual([]);
  });

  it('refuses scripts, embeds and handlers, and a second first-level heading', () => {
    const text = [
      '<script>alert(1)</script>', // 8
      '',
      '<iframe src="https://example.org/embed"></iframe>', // 10
      '',
      '[Run it](javascript:alert(1)) and <a href="/" onclick="x()">home</a>', // 12
      '',
      '# A second title', // 14
      '',
      '## A section',
    ].join('\n');
    expect(preflight(body(text)).errors).toEqual([
      'content/stories/the-files.mdx: line 8: <script>: pages run no scripts and embed no other site (the budgets check would stop the build after rendering): link to it instead',
      'content/stories/the-files.mdx: line 10: <iframe>: pages run no scripts and embed no other site (the budgets check would stop the build after rendering): link to it instead',
      'content/stories/the-files.mdx: line 12: javascript: link: pages run no scripts and embed no other site (the budgets check would stop the build after rendering): link to it instead',
      'content/stories/the-files.mdx: line 12: onclick attribute: pages run no scripts and embed no other site (the budgets check would stop the build after rendering): link to it instead',
      "content/stories/the-files.mdx: line 14: # A second title: the title is the page's only first-level heading: write ## for a section",
    ]);
  });

  it('refuses a heading that skips a level, from the title or the heading before it, naming the level to write', () => {
    const text = [
      '### What the files show', // 8: the title is the h1
      '',
      '## Year by year', // 10
      '',
      '#### One case', // 12
      '',
      '### Its end', // 14
      '',
      '##### A detail', // 16
      '',
      '## Back to a section', // 18
      '',
      '```md',
      '#### In code, not a heading',
      '```',
      '',
      '{/* #### Nor in a comment */}',
    ].join('\n');
    expect(preflight(body(text)).errors).toEqual([
      "content/stories/the-files.mdx: line 8: ### What the files show: a heading level skipped (the title, then ###): screen readers list a page's headings by level, and this one reads as part of a section that is not there: write ## What the files show",
      "content/stories/the-files.mdx: line 12: #### One case: a heading level skipped (##, then ####): screen readers list a page's headings by level, and this one reads as part of a section that is not there: write ### One case",
      "content/stories/the-files.mdx: line 16: ##### A detail: a heading level skipped (###, then #####): screen readers list a page's headings by level, and this one reads as part of a section that is not there: write #### A detail",
    ]);
  });

  it('refuses a javascript: link however it is written: in capitals, or with character references and tabs in its scheme', () => {
    const text = [
      '[Run it](JavaScript:alert(1))', // 8
      '',
      '<a href="java&#x09;script:alert(1)">run</a>', // 10
      '',
      "<a href='&#106;avascript&colon;alert(1)'>run</a>", // 12
      '',
      '<a href="/javascript-guide/">a guide</a> and <a href="https://example.org/?q=javascript:">a search</a>',
    ].join('\n');
    const refused = (line: number) =>
      `content/stories/the-files.mdx: line ${line}: javascript: link: pages run no scripts and embed no other site (the budgets check would stop the build after rendering): link to it instead`;
    expect(preflight(body(text)).errors).toEqual([refused(8), refused(10), refused(12)]);
  });

  it('refuses Markdown footnotes, which number themselves beside the source notes', () => {
    expect(preflight(body('A claim.[^1] Another `[^2]` in code.\n\n[^1]: An aside.')).errors).toEqual([
      'content/stories/the-files.mdx: line 8: [^1]: Markdown footnotes number themselves apart from the page\'s source notes, and would read as a second [1]: cite a source with <Cite id="…" />, or write the aside in the text',
    ]);
  });

  it('refuses a link or an image Markdown would print as typed: an address with a space, a reference the page does not define', () => {
    const text = [
      '![A photo of the court](./my photo.jpg)', // 8
      '',
      'The court’s « files »: see [the files](/stories/the interpol files/ "The files") and [the *leak*][leak].', // 10
      '',
      '| Year | Notices |',
      '| --- | --- |',
      '| 2024 | [15,548][monitor] |', // 14
      '',
      '![The court, in 2024](./the court.jpg "The court") and [a report](https://example.org/a "its title).', // 16
      '',
      'Kept: [a link](https://example.org/a "its title"), [a reference][kept], [Kept][], [sic], \\[not\\](a link), `[code](a b)`.',
      '',
      '[kept]: https://example.org/b',
    ].join('\n');
    const file = 'content/stories/the-files.mdx';
    expect(preflight(body(text)).errors).toEqual([
      `${file}: line 8: ![A photo of the court](./my photo.jpg): Markdown ends an address at a space, so the page would print this as typed, and no image: rename the file without spaces, ./my-photo.jpg, or write each space as %20, ./my%20photo.jpg`,
      `${file}: line 10: [the files](/stories/the interpol files/ "The files"): Markdown ends an address at a space, so the page would print this as typed, not as a link: write the address without spaces (a page's address has hyphens where its title has spaces; %20 for a space in a file's name)`,
      `${file}: line 10: [the *leak*][leak]: the page has no line "[leak]: address", so it would print this as typed, not as a link: write the address in it, [the *leak*](address), or add that line below the paragraph`,
      `${file}: line 14: [15,548][monitor]: the page has no line "[monitor]: address", so it would print this as typed, not as a link: write the address in it, [15,548](address), or add that line below the paragraph`,
      `${file}: line 16: ![The court, in 2024](./the court.jpg "The court"): Markdown ends an address at a space, so the page would print this as typed, and no image: rename the file without spaces, ./the-court.jpg, or write each space as %20, ./the%20court.jpg`,
      `${file}: line 16: [a report](https://example.org/a "its title): Markdown does not read this as a link, so the page would print it as typed, not as a link: check its brackets and its address`,
    ]);
  });

  it('refuses a page with no text, unless it is a draft', () => {
    expect(preflight({ 'content/stories/the-files.mdx': `---\n${goodFrontmatter}\n---\n\n` }).errors).toEqual([
      'content/stories/the-files.mdx: body: no text below the frontmatter: write the page, or keep it out of the build with draft: true',
    ]);
    expect(
      preflight({ 'content/stories/the-files.mdx': `---\n${goodFrontmatter}\ndraft: true\n---\n` }).errors,
    ).toEqual([]);
  });

  it('refuses a page whose body holds only comments and imports, which print nothing', () => {
    const page = (body: string) => ({ 'content/stories/the-files.mdx': `---\n${goodFrontmatter}\n---\n\n${body}\n` });
    expect(preflight(page("{/* To write: the watchdog's answer */}\n\n{/*\nand the court's\n*/}")).errors).toEqual([
      'content/stories/the-files.mdx: body: no text below the frontmatter (comments and imports print nothing): write the page, or keep it out of the build with draft: true',
    ]);
    expect(preflight(page('{/* To write */}\n\nOne line of text.')).errors).toEqual([]);
    expect(preflight(page('## The watchdog')).errors).toEqual([]);
  });

  it('refuses a Markdown table row with more or fewer cells than its header, which Markdown empties or drops silently', () => {
    const text = [
      '| Year | Red notices | Source |', // 8
      '| --- | ---: | --- |',
      '| 2024 | 15,548 |', // 10
      '| 2021 | 10,776 | Politico | 2022 |',
      '| 2023 | | no verified figure |',
      '| 2024 | 15,548 | `Red Notice Monitor \\| part 2` |',
    ].join('\n');
    expect(preflight(body(text)).errors).toEqual([
      'content/stories/the-files.mdx: line 10: table row: 2 cells, where the header has 3: Markdown leaves the missing ones empty, without a word: write each cell, or an empty one as | | where the table has nothing to show',
      "content/stories/the-files.mdx: line 11: table row: 4 cells, where the header has 3: Markdown drops the cells past the header's last, and the page would not print them: add their column to the header (and a --- below it), or remove them",
    ]);
  });

  it('refuses an <img> without alt, with its line in the MDX; keeps alt="", an alt of its own and a Markdown image with empty brackets', () => {
    const text = [
      '<img src="/favicon.svg" />', // 8
      '',
      '<img src="/favicon.svg" alt="" /> <img src="/favicon.svg" alt="The site\'s icon" /> ![](/favicon.svg)',
      '',
      'In code, `<img src="/favicon.svg" />` is prose; this one is not: <img', // 12
      '  src="/favicon.svg"',
      '/>',
    ].join('\n');
    const noAlt =
      'expected alt="…", what a screen reader says instead of the image: describe what it shows, or write alt="" for a purely decorative one';
    expect(preflight(body(text)).errors).toEqual([
      `content/stories/the-files.mdx: line 8: <img>: ${noAlt}`,
      `content/stories/the-files.mdx: line 12: <img>: ${noAlt}`,
    ]);
  });

  it("refuses an image whose alt is its file's name or a word that says only that it is one, which a screen reader would read out", () => {
    const text = [
      '![IMG_2034.jpg](/favicon.svg) ![favicon](/favicon.svg)', // 8
      '',
      '![Photo](/favicon.svg) <img src="/favicon.svg" alt="image" />', // 10
      '',
      'Kept: ![The site’s icon, a magnifying glass](/favicon.svg), ![](/favicon.svg), ![A photo of the court](/favicon.svg).',
    ].join('\n');
    const file = 'content/stories/the-files.mdx';
    const describe =
      'a screen reader would read it out instead of the image: describe what it shows (or, for a purely decorative image, leave it empty and say so: ![](…) {/* decorative */}, or alt="")';
    expect(preflight(body(text)).errors).toEqual([
      `${file}: line 8: image: its text, "IMG_2034.jpg", is a file's name: ${describe}`,
      `${file}: line 8: image: its text, "favicon", is the file's name: ${describe}`,
      `${file}: line 10: image: its text, "Photo", says only that it is an image: ${describe}`,
      `${file}: line 10: image: its text, "image", says only that it is an image: ${describe}`,
    ]);
  });

  it("refuses a style attribute on HTML in the MDX, which the security policy would block, with its line; a component's prop and code are its own", () => {
    const text = [
      'A <span style={{ color: "red" }}>red</span> word.', // 8
      '',
      '<div',
      '  class="note"',
      '  style="text-align: right"', // 10: the tag opens on line 10
      '>Right</div>',
      '',
      'In code, `<span style="x">` is prose; <Chart dataset="d" type="bar" x="a" y="b" title="T" style="wide" /> is not HTML.',
    ].join('\n');
    const blocked =
      "the site's security policy (Content-Security-Policy: style-src 'self') stops browsers applying a style attribute: remove it; the site's stylesheet sets the page";
    expect(preflight(body(text)).errors.filter((error) => error.includes('style>'))).toEqual([
      `content/stories/the-files.mdx: line 8: <span style>: ${blocked}`,
      `content/stories/the-files.mdx: line 10: <div style>: ${blocked}`,
    ]);
  });

  it('refuses an image format the build cannot publish, before looking for the file', () => {
    expect(
      preflight({ ...body('![A scan](./scan.heic)'), 'content/stories/scan.heic': 'not an image' }).errors,
    ).toEqual([
      'content/stories/the-files.mdx: line 8: image: ./scan.heic: a .heic file cannot be published as an image: export it as JPEG, PNG or WebP (.jpg, .jpeg, .png, .webp, .avif, .gif, .svg, .tiff)',
    ]);
  });
});

describe('the preflight, on links', () => {
  const second = { 'content/stories/second.mdx': story('title: Second\nsummary: S.\ndate: 2026-01-20') };
  const caseFile = {
    'content/cases/a-case.mdx': story(
      'title: A case\nsummary: S.\ndate: 2026-01-20\nsubject: A. Person\ncountry: RU\ncountries: [RU]\nstatus: active\nnotice: red-notice',
    ),
  };

  it('refuses links written from the file, or to a file, with the address meant', () => {
    const text = [
      '[a](./second.mdx) [b](../cases/a-case) [c](second/) [d](../second/) [e](nowhere/)', // 8
      '',
      '[f](/case/a-case/) [g](/stories/second/)', // 10
      '',
      '[h](stories/second/) [i](cases/a-case#timeline)', // 12
      '',
      // Relative links that reach a page from the page's address are the link check's, after rendering.
      '[All stories](../) [Home](../../) [About](../../about/) [CSV](../../data/issued.csv) [![A chart](./chart.png)](https://example.org/report)',
    ].join('\n');
    expect(preflight({ ...body(text), ...second, ...caseFile, 'content/stories/chart.png': 'png' }).errors).toEqual([
      'content/stories/the-files.mdx: line 8: link: ./second.mdx: links go to pages, not to their files: write /stories/second/',
      "content/stories/the-files.mdx: line 8: link: ../cases/a-case: a relative link is read from the page's address, /stories/the-files/, not from its file: write /cases/a-case/",
      "content/stories/the-files.mdx: line 8: link: second/: a relative link is read from the page's address, /stories/the-files/, not from its file: write /stories/second/",
      'content/stories/the-files.mdx: line 10: link: /case/a-case/: the site has no /case/: did you mean /cases/a-case/?',
      "content/stories/the-files.mdx: line 12: link: stories/second/: without its leading /, a link is read from the page's address, /stories/the-files/, not from the site's root: write /stories/second/",
      "content/stories/the-files.mdx: line 12: link: cases/a-case#timeline: without its leading /, a link is read from the page's address, /stories/the-files/, not from the site's root: write /cases/a-case/#timeline",
    ]);
  });

  it("refuses links to a page's file from the site's root, with the address meant", () => {
    const translation = { 'content/stories/fr/second.mdx': story('title: Deuxième\nsummary: S.\ndate: 2026-01-20') };
    const text = [
      '[a](/content/cases/a-case.mdx) [b](/cases/a-case.mdx) [c](/content/stories/second.mdx#method)', // 8
      '',
      '[d](/stories/second.mdx) [e](/content/stories/fr/second.mdx) [f](/fr/stories/second.md) [g](/content/cases/nobody.mdx)', // 10
    ].join('\n');
    const toFile = 'links go to pages, not to their files';
    expect(preflight({ ...body(text), ...second, ...translation, ...caseFile }).errors).toEqual([
      `content/stories/the-files.mdx: line 8: link: /content/cases/a-case.mdx: ${toFile}: write /cases/a-case/`,
      `content/stories/the-files.mdx: line 8: link: /cases/a-case.mdx: ${toFile}: write /cases/a-case/`,
      `content/stories/the-files.mdx: line 8: link: /content/stories/second.mdx#method: ${toFile}: write /stories/second/#method`,
      `content/stories/the-files.mdx: line 10: link: /stories/second.mdx: ${toFile}: write /stories/second/`,
      `content/stories/the-files.mdx: line 10: link: /content/stories/fr/second.mdx: ${toFile}: write /fr/stories/second/`,
      `content/stories/the-files.mdx: line 10: link: /fr/stories/second.md: ${toFile}: write /fr/stories/second/`,
      `content/stories/the-files.mdx: line 10: link: /content/cases/nobody.mdx: ${toFile}: write the page's address from the site's root, e.g. /cases/<file name>/`,
    ]);
  });
});

describe('the preflight, on frontmatter and files', () => {
  it('refuses markup in a title or summary, which are printed as written', () => {
    const frontmatter =
      'title: The **files**\nsummary: \'Interpol issued <Fact dataset="issued" row={2024} column="issued" />, see [the method](/methodology/).\'\ndate: 2026-01-26\ndatasets: [issued]';
    expect(preflight({ 'content/stories/the-files.mdx': story(frontmatter) }).errors).toEqual([
      'content/stories/the-files.mdx: line 2: title: **files** would be printed as written: a title is plain text (lists, search, feeds and social cards show it as it is); write the figure or the words themselves',
      'content/stories/the-files.mdx: line 3: summary: <Fact> would be printed as written: a summary is plain text (lists, search, feeds and social cards show it as it is); write the figure or the words themselves',
    ]);
  });

  it('refuses emphasis with one asterisk or with underscores in a title or summary, and keeps asterisks and underscores of ordinary text', () => {
    const page = (title: string, summary: string) =>
      story(`title: ${JSON.stringify(title)}\nsummary: ${JSON.stringify(summary)}\ndate: 2026-01-20`);
    const plain = (field: string, shown: string) =>
      `${shown} would be printed as written: a ${field} is plain text (lists, search, feeds and social cards show it as it is); write the figure or the words themselves`;
    const { errors } = preflight({
      'content/stories/a.mdx': page('Test: *Harbour* fines…', 'What the _Harbour_ board fined.'),
      'content/stories/b.mdx': page('__Harbour__ fines', 'Fines *rose sharply*, again.'),
      'content/stories/c.mdx': page(
        'Figures* for ports: 5 * 3 and 2*3*4',
        'The field port_fine_total, __init__.py, __init__ and _private; https://example.org/_x_/; F*** and s*** (note*).',
      ),
    });
    expect(errors).toEqual([
      `content/stories/a.mdx: line 2: title: ${plain('title', '*Harbour*')}`,
      `content/stories/a.mdx: line 3: summary: ${plain('summary', '_Harbour_')}`,
      `content/stories/b.mdx: line 2: title: ${plain('title', '__Harbour__')}`,
      `content/stories/b.mdx: line 3: summary: ${plain('summary', '*rose sharply*')}`,
    ]);
  });

  it('refuses HTML pasted into a title or summary, and character references, and keeps other text with "<" and "&"', () => {
    const page = (title: string, summary: string) =>
      story(`title: ${JSON.stringify(title)}\nsummary: ${JSON.stringify(summary)}\ndate: 2026-01-20`);
    const plain = (field: string, shown: string, fix: string) =>
      `${shown} would be printed as written: a ${field} is plain text (lists, search, feeds and social cards show it as it is); ${fix}`;
    const { errors } = preflight({
      'content/stories/a.mdx': page('Harbour fines<br/>in 2024', 'What the <em>Harbour</em> board fined.'),
      'content/stories/b.mdx': page('Harbour&nbsp;fines', 'Fines rose &mdash; again, at Smith &amp; Co.'),
      'content/stories/c.mdx': page(
        'The <script> element & AT&T; R&D;',
        'Fines < 5 and 3 > 2, &bogus; and <span class="x">a</span>.',
      ),
    });
    expect(errors).toEqual([
      `content/stories/a.mdx: line 2: title: ${plain('title', '<br/>', 'remove it: a line break cannot be shown there')}`,
      `content/stories/a.mdx: line 3: summary: ${plain('summary', '<em>', 'write the words themselves, without the tag')}`,
      `content/stories/b.mdx: line 2: title: ${plain('title', '&nbsp;', 'type the character itself (a no-break space)')}`,
      `content/stories/b.mdx: line 3: summary: ${plain('summary', '&mdash;', 'type the character itself ("—")')}`,
      `content/stories/c.mdx: line 3: summary: ${plain('summary', '<span class="x">', 'write the words themselves, without the tag')}`,
    ]);
  });

  it('refuses a file name that would change when it becomes the address', () => {
    const page = story('title: Café\nsummary: S.\ndate: 2026-01-20');
    expect(
      preflight({
        'content/stories/Café 🚀 Story.mdx': page,
        'content/stories/café.mdx': page.replace('Café', 'Café, again'),
      }).errors,
    ).toEqual([
      'content/stories/Café 🚀 Story.mdx: file name: it is the page\'s address, and would be published as "café--story": use lower-case letters, digits and hyphens, e.g. rename it to cafe-story.mdx',
    ]);
  });

  it("refuses a dataset's file name that Astro would change, which pages could name neither way, and a dataset in a folder of data/", () => {
    const uses =
      '<Fact dataset="Test_Harbour" row={2024} column="issued" />\n\n<Fact dataset="test_harbour" row={2024} column="issued" />';
    const titled = (title: string) => dataset(undefined, { title });
    expect(
      preflight({
        'data/Test_Harbour.json': titled('Harbour'),
        'data/test_counts.json': titled('Counts'),
        'data/raw/counts.json': titled('Raw counts'),
        ...body(uses),
      }).errors,
    ).toEqual([
      'data/Test_Harbour.json: file name: it is the dataset\'s id (what <Fact dataset>, <Chart dataset> and datasets: name, and its address), and would be published as "test_harbour": use lower-case letters, digits and hyphens, e.g. rename it to test-harbour.json',
      'data/raw/counts.json: file name: datasets are read from data/ itself, not from its folders: move it to data/counts.json (a folder whose name starts with "_" is not read)',
      "data/test_counts.json: file name: it is the dataset's id (what <Fact dataset>, <Chart dataset> and datasets: name, and its address): use lower-case letters, digits and hyphens, e.g. rename it to test-counts.json",
    ]);
  });

  it('says the frontmatter must start and end with a line "---", at the line where one is missing', () => {
    const fields = 'title: The files\nsummary: What they show.\ndate: 2026-01-26';
    const page = (text: string) => preflight({ 'content/stories/the-files.mdx': text }).errors;
    expect(page(`${fields}\n---\n\nText.\n`)).toEqual([
      'content/stories/the-files.mdx: line 1: frontmatter: expected a line "---" before title: the frontmatter starts and ends with a line of three hyphens',
    ]);
    expect(page(`---\n${fields}\n\nText, the page: read as YAML.\n`)).toEqual([
      'content/stories/the-files.mdx: line 5: frontmatter: expected a line "---" after date, to end the frontmatter: without it, the text below is read as frontmatter',
    ]);
    // Even when what follows happens to read as YAML.
    expect(page(`---\n${fields}\n`)).toEqual([
      'content/stories/the-files.mdx: line 5: frontmatter: expected a line "---" after date, to end the frontmatter: without it, the text below is read as frontmatter',
    ]);
    expect(page('Text, and no frontmatter.\n')).toEqual([
      'content/stories/the-files.mdx: line 1: frontmatter: missing: a page starts with its frontmatter (title, summary, date…) between two lines "---"',
    ]);
    // Blank lines before the opening line are allowed, as Astro allows them.
    expect(page(`\n\n---\n${fields}\n---\n\nText.\n`)).toEqual([]);
    expect(page(`\n---\n${fields}\ndate: 2026-01-27\n---\n\nText.\n`)).toEqual([
      'content/stories/the-files.mdx: frontmatter: malformed YAML at line 6: date is written twice, here and at line 5: keep one (YAML reads neither)',
    ]);
    expect(
      page(
        `---\ntitle: T\ntags: [leak]\nsummary: S\ndate: 2026-01-26\ncorrections:\n  - date: 2026-02-01\n    text: A.\n    date: 2026-02-02\ntags: [data]\n---\n\nText.\n`,
      ),
    ).toEqual([
      'content/stories/the-files.mdx: frontmatter: malformed YAML at line 9: date is written twice, here and at line 7: keep one (YAML reads neither)',
    ]);
  });

  it("gives a frontmatter field's line, and a list item's, as the body's messages do", () => {
    const frontmatter =
      'title: The files\nsummary: What they show.\ndate: 12/03/2026\ncountries:\n  - RU\n  - XX\ncorrections:\n  - { date: 2026-03-20, text: Fine. }\n  - { date: 2026-13-01, text: No such month. }';
    expect(preflight({ 'content/stories/the-files.mdx': story(frontmatter) }).errors).toEqual([
      'content/stories/the-files.mdx: line 4: date: expected a date written as YYYY-MM-DD, got "12/03/2026": write 2026-03-12 if the day comes first, 2026-12-03 if the month does',
      'content/stories/the-files.mdx: line 7: countries[1]: expected an ISO 3166-1 alpha-2 country code such as "RU", got "XX"',
      'content/stories/the-files.mdx: line 10: corrections[1].date: expected a real calendar date written as YYYY-MM-DD, got "2026-13-01" (no month 13: the month comes second: did you mean 2026-01-13?)',
    ]);
    // The checks after the schema's name their field's line too.
    expect(
      preflight({
        'content/stories/the-files.mdx': story(
          'title: T\nsummary: S.\ndate: 2026-01-26\nupdated: 2026-01-20\ndatasets:\n  - issued\n  - nope',
        ),
      }).errors,
    ).toEqual([
      "content/stories/the-files.mdx: line 5: updated: 2026-01-20 is before the page's date, 2026-01-26: expected a day on or after it",
      'content/stories/the-files.mdx: line 8: datasets[1]: unknown dataset "nope": expected one of issued (data/<id>.json)',
    ]);
  });

  it('notes files in data/ it does not read, a tag a letter from a common one or from one with labels, and updates dated after the build', () => {
    let pages = 0;
    const tagged = (tags: string, extra = '') =>
      story(`title: T${++pages}\nsummary: S.\ndate: 2026-01-20\ntags: [${tags}]${extra}`);
    const { errors, notes } = preflight({
      'data/extra-counts.csv': 'year,count\n2024,1\n',
      'content/stories/a.mdx': tagged('red-notices, interpol'),
      'content/stories/b.mdx': tagged('red-notices'),
      'content/stories/c.mdx': tagged(
        'red-notice, leak',
        '\nupdated: 2027-03-01\ncorrections:\n  - { date: 2027-03-02, text: A typo in the year. }',
      ),
      'content/stories/d.mdx': tagged('leaks'),
      // Tags that differ only in their digits are meant.
      'content/stories/e.mdx': tagged('election-2024'),
      'content/stories/f.mdx': tagged('election-2020'),
      'content/stories/g.mdx': tagged('election-2020'),
      // A letter from a tag the site gives labels (src/site.config.ts), which no page uses yet.
      'content/stories/h.mdx': tagged('oversigth'),
    });
    expect(errors).toEqual([]);
    expect(notes).toEqual([
      'data/extra-counts.csv: not read: a dataset is a JSON file: to publish these rows, add data/extra-counts.json with its title, sources, columns and "rows": "extra-counts.csv" (see "A dataset" in the README)',
      'content/stories/c.mdx: line 5: tags[0]: "red-notice" is used by this page only, "red-notices" by 2: did you mean "red-notices"?',
      // As many pages use leak as leaks, but leak is the site's: the French tag filter offers it as « fuite ».
      'content/stories/d.mdx: line 5: tags[0]: "leaks" is used by this page only and has no label, "leak" has labels (tagLabels in src/site.config.ts): did you mean "leak"?',
      'content/stories/h.mdx: line 5: tags[0]: "oversigth" is used by this page only and has no label, "oversight" has labels (tagLabels in src/site.config.ts): did you mean "oversight"?',
      "content/stories/c.mdx: line 6: updated: 2027-03-01 is after this build's moment, and the page says it was updated then",
      "content/stories/c.mdx: line 8: corrections[0].date: 2027-03-02 is after this build's moment, and the page dates its correction then",
    ]);
  });
});

describe('the preflight, on files it does not read', () => {
  it('refuses an MDX file in content/ outside stories/ and cases/, and says where it goes', () => {
    const page = story('title: T\nsummary: S.\ndate: 2026-11-20');
    const { errors, notes } = preflight({
      'content/stories/x.mdx': page,
      'content/fr/stories/x.mdx': page,
      'content/story/y.mdx': page,
      'content/drafts/z.mdx': page,
      'content/_notes/w.mdx': page,
      'content/README.md': '# Notes',
    });
    // Published without them, the build would pass: an unattended one with a note nobody reads.
    expect(notes).toEqual([]);
    const where =
      'not read: stories are read from content/stories/, case files from content/cases/ (translations in a language folder inside them, content/stories/fr/)';
    const aside = "prefix its name or its folder's with _ to keep it out of the site";
    expect(errors.toSorted()).toEqual([
      `content/drafts/z.mdx: ${where}: ${aside}`,
      `content/fr/stories/x.mdx: ${where}: move it to content/stories/fr/x.mdx, or ${aside}`,
      `content/story/y.mdx: ${where}: move it to content/stories/y.mdx, or ${aside}`,
    ]);
  });
});

describe('the preflight, on files it does not read that a symbolic link puts in content/', () => {
  // A desk's translations kept in a folder of their own and linked in: the preflight lists content/ as Astro's
  // globber does (src/lib/content-files.ts), following links, or a misfiled translation linked in vanished unsaid.
  it('refuses them as it refuses the files themselves', () => {
    const fixture = minimalSite();
    fixture.write('content/stories/the-files.mdx', story(goodFrontmatter));
    const page = story('title: T\nsummary: S.\ndate: 2026-11-20');
    const shared = mkdtempSync(join(tmpdir(), 'casefile-shared-'));
    mkdirSync(join(shared, 'fr', 'stories'), { recursive: true });
    writeFileSync(join(shared, 'fr', 'stories', 'the-files.mdx'), page);
    writeFileSync(join(shared, 'y.mdx'), page);
    symlinkSync(join(shared, 'fr'), join(fixture.root, 'content', 'fr'));
    mkdirSync(join(fixture.root, 'content', 'story'));
    symlinkSync(join(shared, 'y.mdx'), join(fixture.root, 'content', 'story', 'y.mdx'));
    const errors = validateProject(fixture.root, now, false).errors.map((error) => error.message);
    const where =
      'not read: stories are read from content/stories/, case files from content/cases/ (translations in a language folder inside them, content/stories/fr/)';
    const aside = "prefix its name or its folder's with _ to keep it out of the site";
    expect(errors.toSorted()).toEqual([
      `content/fr/stories/the-files.mdx: ${where}: move it to content/stories/fr/the-files.mdx, or ${aside}`,
      `content/story/y.mdx: ${where}: move it to content/stories/y.mdx, or ${aside}`,
    ]);
  });
});

describe('the preflight, on a translation filed among the other kind of page', () => {
  it("says where a story's translation filed in content/cases/fr/ goes", () => {
    const page = story('title: T\nsummary: S.\ndate: 2026-11-20');
    const { notes } = preflight({
      'content/stories/x.mdx': page,
      'content/cases/fr/x.mdx': page,
      // A translation where it belongs, and one whose name no page has: nothing to say here.
      'content/stories/fr/x.mdx': story('title: T (fr)\nsummary: S.\ndate: 2026-11-20'),
    });
    expect(notes).toContain(
      'content/cases/fr/x.mdx: file name: no case file is named "x", but a story is (content/stories/x.mdx): if this is its translation, move it to content/stories/fr/x.mdx',
    );
    expect(notes.filter((note) => note.startsWith('content/stories/fr/x.mdx'))).toEqual([]);
  });
});

describe('the preflight, on an embargo', () => {
  it('notes one more than a year ahead of the build and of the page: a typo in the year, mostly', () => {
    // Dated the day the embargo lifts (one dated before it is noted for that: tests/lib/validate-project.test.ts).
    const page = (extra: string, date = extra.slice(10, 20)) =>
      story(`title: "Held, ${extra.trim()}"\nsummary: S.\ndate: ${date}${extra}`);
    const { errors, notes } = preflight({
      // Not told to date the page 2062-12-10: the year of its embargo is what is wrong, mostly.
      'content/stories/typo.mdx': page('\nembargo: 2062-12-10T06:00:00Z', '2026-11-20'),
      'content/stories/next-week.mdx': page('\nembargo: 2026-11-29T06:00:00Z'),
      'content/stories/next-year.mdx': page('\nembargo: 2027-11-01T06:00:00Z'),
    });
    expect(errors).toEqual([]);
    expect(notes).toEqual([
      "content/stories/typo.mdx: line 5: embargo: 2062-12-10T06:00:00Z is more than a year after this build's moment and the page's date (2026-11-20): the page stays withheld until then; correct the year if that is not meant",
    ]);
  });

  it('notes a draft whose embargo is ahead, which the embargo will not publish; not a pulled story whose embargo has passed', () => {
    const page = (extra: string) =>
      story(`title: "Drafted, ${extra.trim().replaceAll('\n', ' ')}"\nsummary: S.\ndate: 2026-11-20${extra}`);
    const { errors, notes } = preflight({
      'content/stories/scheduled.mdx': page('\ndraft: true\nembargo: 2026-11-29T06:00:00Z'),
      'content/stories/pulled.mdx': page('\ndraft: true\nembargo: 2026-11-01T06:00:00Z'),
      'content/stories/plain-draft.mdx': page('\ndraft: true'),
    });
    expect(errors).toEqual([]);
    expect(notes).toEqual([
      'content/stories/scheduled.mdx: line 5: draft: true holds the page back whatever its embargo: the build at 2026-11-29T06:00:00Z will not publish it; remove draft: true for the embargo to publish it then',
    ]);
  });
});

describe('the preflight, on values written another way', () => {
  it('tells a country list naming the European Union that it is no country, and what to list instead', () => {
    const { errors } = preflight({
      'content/stories/the-files.mdx': story(`${goodFrontmatter}\ncountries: [EU, RU]`),
    });
    expect(errors).toEqual([
      'content/stories/the-files.mdx: line 6: countries[0]: expected an ISO 3166-1 alpha-2 country code such as "RU", got "EU": the European Union is no country, and has no country page: list the member states the page is about',
    ]);
  });

  it('says which value was meant: a word in capitals or with a space, a country by its name, quotes inside quotes', () => {
    const caseFile = story(
      'title: C\nsummary: S.\ndate: 2026-01-20\nsubject: X\ncountry: RU\ncountries: [Russia, uk]\nstatus: Active\nnotice: red notice',
    );
    const { errors } = preflight({
      'content/cases/c.mdx': caseFile,
      'content/stories/q.mdx': story('title: "He said "no" to it"\nsummary: S.\ndate: 2026-01-20'),
      'content/stories/s.mdx': story("title: T\nsummary: 'It's a test'\ndate: 2026-01-20"),
    });
    expect(errors).toEqual([
      'content/stories/q.mdx: frontmatter: malformed YAML at line 2: the value of title ends at its second ", and the text after it cannot be read: quote the whole value with the other kind of quote, title: \'He said "no" to it\'',
      'content/stories/s.mdx: frontmatter: malformed YAML at line 3: the value of summary ends at its second \', and the text after it cannot be read: quote the whole value with the other kind of quote, summary: "It\'s a test"',
      'content/cases/c.mdx: line 7: countries[0]: expected an ISO 3166-1 alpha-2 country code such as "RU", got "Russia": Russia\'s code is "RU"',
      'content/cases/c.mdx: line 7: countries[1]: expected an ISO 3166-1 alpha-2 country code such as "RU", got "uk": the United Kingdom\'s code is "GB"',
      'content/cases/c.mdx: line 8: status: expected one of active, cancelled, refused, unknown, got "Active": write "active"',
      'content/cases/c.mdx: line 9: notice: expected one of red-notice, red-diffusion, got "red notice": write "red-notice"',
    ]);
  });

  it('says what YAML read when it read a value as a number, as empty, or as other text than expected', () => {
    const { errors } = preflight({
      'content/stories/the-files.mdx': story(
        `${goodFrontmatter}\ntags: [test-data, 2024]\nauthors: [Null, ~]\ndraft: yes\nlead: 1`,
      ),
    });
    expect(errors).toEqual([
      'content/stories/the-files.mdx: line 6: tags[1]: expected an identifier (lower-case letters, digits and hyphens), got 2024, which YAML reads as a number, not text: write it in quotes, "2024"',
      'content/stories/the-files.mdx: line 7: authors[0]: expected text, got Null, which YAML reads as empty (null), not text: write it in quotes, "Null"',
      'content/stories/the-files.mdx: line 7: authors[1]: expected text, got ~, which YAML reads as empty (null), not text: write it in quotes, "~"',
      'content/stories/the-files.mdx: line 8: draft: expected true or false, got "yes": write true',
      'content/stories/the-files.mdx: line 9: lead: expected true or false, got 1',
    ]);
    // A field left empty, and a value the schema gives no words for (zod's own "Invalid input: expected string").
    expect(
      preflight({ 'content/stories/the-files.mdx': story(`title:\nsummary: S.\ndate: 2026-01-26\nlang: 2024`) }).errors,
    ).toEqual([
      "content/stories/the-files.mdx: line 2: title: expected text, got nothing (an empty value): write the page's headline",
      'content/stories/the-files.mdx: line 5: lang: expected text, got 2024, which YAML reads as a number, not text: write it in quotes, "2024"',
    ]);
  });

  it('suggests the source meant for a misspelt source id, in a citation or a dataset, as for datasets', () => {
    const { errors } = preflight({
      ...body('A claim.<Cite id="rnm-number" />'),
      'data/issued.json': dataset(undefined, { sources: ['rnm-numbrs'] }),
    });
    expect(errors).toEqual([
      'data/issued.json: sources[0]: unknown source "rnm-numbrs": did you mean "rnm-numbers"? add it to data/sources.json or fix the id',
      'content/stories/the-files.mdx: line 8: <Cite id>: unknown source "rnm-number": did you mean "rnm-numbers"? add it to data/sources.json or fix the id',
    ]);
  });

  it("points at the original when its translationKey, not the translation's file name, is the typo", () => {
    const { errors } = preflight({
      'content/stories/the-interpol-files.mdx': story(
        'title: A\nsummary: S.\ndate: 2026-01-20\ntranslationKey: the-interpol-flies',
      ),
      'content/stories/fr/the-interpol-files.mdx': story('title: B\nsummary: S.\ndate: 2026-01-20'),
    });
    expect(errors).toEqual([
      'content/stories/fr/the-interpol-files.mdx: file name: no original is named "the-interpol-files", so this page would be published in its language only, and its original listed beside it as untranslated; content/stories/the-interpol-files.mdx has this file name, but its translationKey is "the-interpol-flies": if this is its translation, correct or remove that translationKey; if it is a page of its own, write translationKey: the-interpol-files',
    ]);
  });
});

describe('the preflight, on translations, notes and sources', () => {
  const caseText = (facts: string) =>
    story(`title: C\nsummary: S.\ndate: 2026-01-20\nsubject: A. Person\n${facts}\ncountries: [RU]`);

  it("notes a translation whose title and summary are its original's, word for word: a copy not yet translated", () => {
    const { errors, notes } = preflight({
      'content/stories/fr/the-files.mdx': story(`${goodFrontmatter}\ntranslationKey: the-files`),
    });
    expect(errors).toEqual([]);
    expect(notes).toEqual([
      'content/stories/fr/the-files.mdx: line 2: title: "The files", and the summary, are its original\'s (content/stories/the-files.mdx) word for word: a copy not yet translated would be published as French; translate them, or keep the page a draft until it is',
    ]);
  });

  it("stops a translated case file whose facts differ from its original's, and notes lists that differ", () => {
    const { errors, notes } = preflight({
      'content/cases/a-case.mdx': caseText('country: RU\nstatus: cancelled\nnotice: red-diffusion'),
      'content/cases/fr/a-case.mdx': caseText('country: KZ\nstatus: active\nnotice: red-diffusion').replace(
        'title: C',
        'title: C (fr)',
      ),
      'content/stories/fr/the-files.mdx': story(
        'title: Les fichiers\nsummary: Ce qu’ils montrent.\ndate: 2026-03-15\ndatasets: []\ncountries: [FR]',
      ),
    });
    expect(errors).toEqual([
      'content/cases/fr/a-case.mdx: line 6: country: KZ, where its original content/cases/a-case.mdx says RU: a translation states the same facts; update the one that is out of date',
      'content/cases/fr/a-case.mdx: line 7: status: active, where its original content/cases/a-case.mdx says cancelled: a translation states the same facts; update the one that is out of date',
    ]);
    expect(notes).toEqual([
      'content/stories/fr/the-files.mdx: line 6: countries: adds FR, against its original content/stories/the-files.mdx: a translation is filed as its original is, unless meant',
      'content/stories/fr/the-files.mdx: line 5: datasets: lacks issued, against its original content/stories/the-files.mdx: a translation is filed as its original is, unless meant',
    ]);
  });

  it('notes a correction of an original that its translation lacks, whose readers would not be told of it', () => {
    const corrected = `${goodFrontmatter}\ncorrections:\n  - { date: 2026-02-01, text: An earlier version gave the wrong year. }\n  - { date: 2026-02-10, text: A name was misspelt. }`;
    const { errors, notes } = preflight({
      'content/stories/the-files.mdx': story(corrected),
      'content/stories/fr/the-files.mdx': story(
        `title: Les fichiers\nsummary: Ce qu’ils montrent.\ndate: 2026-01-26\ndatasets: [issued]\ncorrections:\n  - { date: 2026-02-01, text: Une version précédente donnait la mauvaise année. }`,
      ),
    });
    expect(errors).toEqual([]);
    expect(notes).toEqual([
      'content/stories/fr/the-files.mdx: line 6: corrections: lacks the correction of 2026-02-10 that its original content/stories/the-files.mdx has: if this translation said the same, add it in its language, with that date',
    ]);
  });

  it('notes a source or a figure of an original that its translation drops: a claim without its source, a figure typed by hand', () => {
    const { errors, notes } = preflight({
      'content/stories/the-files.mdx': story(
        goodFrontmatter,
        'In 2024 Interpol issued <Fact dataset="issued" row="2024" column="issued" /> red notices <Cite id="rnm-numbers" />.',
      ),
      'content/stories/fr/the-files.mdx': story(
        'title: Les fichiers\nsummary: Ce qu’ils montrent.\ndate: 2026-01-26\ndatasets: [issued]',
        'En 2024, Interpol a émis 15 548 notices rouges.',
      ),
      'content/stories/fr/kept.mdx': story(
        'title: Gardé\nsummary: Ce qu’ils montrent.\ndate: 2026-01-26\ndatasets: [issued]\ntranslationKey: kept',
        'En 2024 : <Fact dataset="issued" row="2024" column="issued" /> <Cite id="rnm-numbers" />.',
      ),
      'content/stories/kept.mdx': story(
        'title: Kept\nsummary: What they show.\ndate: 2026-01-26\ndatasets: [issued]',
        'In 2024: <Fact dataset="issued" row="2024" column="issued" /> <Cite id="rnm-numbers" />.',
      ),
    });
    expect(errors).toEqual([]);
    expect(notes).toEqual([
      'content/stories/fr/the-files.mdx: body: does not cite rnm-numbers, which its original content/stories/the-files.mdx cites: cite it where the text draws on it (<Cite id="rnm-numbers" />), unless the passage is left out on purpose',
      'content/stories/fr/the-files.mdx: body: lacks <Fact dataset="issued" row="2024" column="issued" />, which its original content/stories/the-files.mdx prints: a figure typed by hand links to no source and is not updated with its dataset; write the <Fact>, unless the figure is left out on purpose',
    ]);
  });

  it('quotes a figure its translation drops as the original writes it, a row written as an expression in its braces', () => {
    const { notes } = preflight({
      'content/stories/the-files.mdx': story(
        goodFrontmatter,
        'In 2024 Interpol issued <Fact dataset="issued" row={2020 + 4} column="issued" /> red notices <Cite id="rnm-numbers" />.',
      ),
      'content/stories/fr/the-files.mdx': story(
        'title: Les fichiers\nsummary: Ce qu’ils montrent.\ndate: 2026-01-26\ndatasets: [issued]',
        'En 2024, Interpol a émis 15 548 notices rouges <Cite id="rnm-numbers" />.',
      ),
      'content/stories/kept.mdx': story(
        'title: Kept\nsummary: What they show.\ndate: 2026-01-26\ndatasets: [issued]',
        'In 2024: <Fact dataset="issued" row={2020 + 4} column="issued" /> <Cite id="rnm-numbers" />.',
      ),
      'content/stories/fr/kept.mdx': story(
        'title: Gardé\nsummary: Ce qu’ils montrent.\ndate: 2026-01-26\ndatasets: [issued]\ntranslationKey: kept',
        'En 2024 : <Fact dataset="issued" row={2020 + 4} column="issued" /> <Cite id="rnm-numbers" />.',
      ),
    });
    expect(notes).toEqual([
      'content/stories/fr/the-files.mdx: body: lacks <Fact dataset="issued" row={2020 + 4} column="issued" />, which its original content/stories/the-files.mdx prints: a figure typed by hand links to no source and is not updated with its dataset; write the <Fact>, unless the figure is left out on purpose',
    ]);
  });

  it("tells a translation that writes its tags in its own language, or an image by its original's path, what to write", () => {
    const frontmatter = (title: string, tags: string) =>
      `title: ${title}\nsummary: S.\ndate: 2026-01-26\ndatasets: [issued]\ntags: [${tags}]`;
    const { errors, notes } = preflight({
      'content/stories/the-files.mdx': story(
        frontmatter('The files', 'interpol, red-notices, leak'),
        'Text.\n\n![A photo](./photo.png)\n\n![A map](./maps/map.png)',
      ),
      'content/stories/photo.png': 'png',
      'content/stories/maps/map.png': 'png',
      // A translator's version: two tags translated (their French labels in tagLabels, src/site.config.ts), one
      // added, and the images' paths copied from the original, which start from the original's folder.
      'content/stories/fr/the-files.mdx': story(
        frontmatter('Les fichiers', 'interpol, notices-rouges, fuite, france'),
        'Texte.\n\n![Une photo](./photo.png)\n\n![Une carte](./maps/map.png)\n\n![Une photo absente](./absente.png)',
      ),
    });
    expect(errors).toEqual([
      'content/stories/fr/the-files.mdx: line 6: tags[1]: "notices-rouges" is the French label of the tag red-notices (tagLabels in src/site.config.ts): tags are identifiers, the same in every language, and each page shows them in its own: write red-notices',
      'content/stories/fr/the-files.mdx: line 6: tags[2]: "fuite" is the French label of the tag leak (tagLabels in src/site.config.ts): tags are identifiers, the same in every language, and each page shows them in its own: write leak',
      "content/stories/fr/the-files.mdx: line 11: image: no file content/stories/fr/photo.png: the image is beside the original, content/stories/photo.png, and a translation's links start from its own folder: write ../photo.png",
      "content/stories/fr/the-files.mdx: line 13: image: no file content/stories/fr/maps/map.png: the image is beside the original, content/stories/maps/map.png, and a translation's links start from its own folder: write ../maps/map.png",
      'content/stories/fr/the-files.mdx: line 15: image: no file content/stories/fr/absente.png: expected the image beside the page (check the name and its case)',
    ]);
    expect(notes).toEqual([
      'content/stories/fr/the-files.mdx: line 6: tags: adds france, against its original content/stories/the-files.mdx: tags are identifiers, the same in every language (tagLabels in src/site.config.ts says how each reads in French): write tags: [interpol, red-notices, leak] as the original does, unless the difference is meant',
    ]);
  });

  it('reports a tag written as a label beside a tag that is no identifier, in the same build', () => {
    const { errors } = preflight({
      'content/stories/the-files.mdx': story(
        'title: The files\nsummary: S.\ndate: 2026-01-26\ndatasets: [issued]\ntags: [interpol, fuite, méthodologie]',
        'Text.',
      ),
    });
    expect(errors).toEqual([
      expect.stringMatching(/^content\/stories\/the-files\.mdx: line 6: tags\[2\]: .*methodology/),
      'content/stories/the-files.mdx: line 6: tags[1]: "fuite" is the French label of the tag leak (tagLabels in src/site.config.ts): tags are identifiers, the same in every language, and each page shows them in its own: write leak',
    ]);
  });

  it('refuses a source cited twice in one note and a source address that is no web address; notes dates after the build', () => {
    const sources = JSON.stringify({
      'rnm-numbers': {
        publisher: 'Red Notice Monitor',
        title: 'A numbers game',
        url: 'javascript:alert(1)',
        date: '2025',
        kind: 'ngo-report',
      },
      later: {
        publisher: 'A paper',
        title: 'A report',
        url: 'https://example.org/report',
        date: '2027-05',
        kind: 'news',
      },
    });
    const { errors, notes } = preflight({
      'data/sources.json': sources,
      ...body(
        'A claim.<Cite id="rnm-numbers, rnm-numbers" />\n\n<Response from="Interpol" date="2027-01-01">\nNo comment.\n</Response>',
      ),
    });
    expect(errors).toEqual([
      'data/sources.json: rnm-numbers.url: expected a web address such as "https://example.org/report", got "javascript:alert(1)"',
      'content/stories/the-files.mdx: line 8: <Cite> id: "rnm-numbers" is cited twice in one note (it would print [1, 1]): name each source once',
    ]);
    expect(notes).toEqual([
      "data/sources.json: later.date: 2027-05 is after this build's moment: the bibliography prints it as the source's date",
      "content/stories/the-files.mdx: line 10: <Response> date: 2027-01-01 is after this build's moment: the page says the response was given then",
    ]);
  });
});

describe("the preflight, on a dataset's dates", () => {
  it('notes an update or a correction of a dataset dated after the build, which its pages would print as past', () => {
    const { errors, notes } = preflight({
      'data/issued.json': dataset(undefined, {
        updated: '2027-02-01',
        corrections: [
          { date: '2026-03-01', text: 'Fixed.' },
          { date: '2027-03-01', text: 'Fixed again.' },
        ],
      }),
    });
    expect(errors).toEqual([]);
    expect(notes).toEqual([
      "data/issued.json: updated: 2027-02-01 is after this build's moment, and the dataset's page says it was checked against its sources then",
      "data/issued.json: corrections[1].date: 2027-03-01 is after this build's moment, and the pages using the dataset date its correction then",
    ]);
  });
});

describe("the preflight, on a dataset's own chart", () => {
  it('writes its hints in JSON, as the chart is written', () => {
    const chart = { type: 'line', x: 'year', y: 'issued', title: 'Issued', filter: { year: '2024' } };
    expect(preflight({ 'data/issued.json': dataset(undefined, { chart }) }).errors).toEqual([
      'data/issued.json: chart "Issued" filter.year: "year" holds numbers: write "filter": { "year": 2024 }',
    ]);
  });

  it('says what a chart option of the wrong kind should be, in words and in the syntax it is written in', () => {
    const chart = (options: string) =>
      preflight({
        'content/stories/the-files.mdx': story(
          'title: T\nsummary: S\ndate: 2026-01-26\ndatasets: [issued]',
          `Text.\n\n<Chart dataset="issued" type="line" ${options} title="T" />`,
        ),
      }).errors;
    const one = 'expected the name of one column, in quotes, such as';
    expect(chart('x="year" y={["issued", "source"]} note={2}')).toEqual([
      `content/stories/the-files.mdx: line 10: <Chart> "T" y: ${one} y="issued", got a list: a chart has one y column; to draw several measures, give the rows a column that names their measure and pass that as series`,
      'content/stories/the-files.mdx: line 10: <Chart> "T" note: expected text in quotes, such as note="No figure for 2019.", got the number 2',
    ]);
    expect(chart('x={["year"]} y={2024} filter="year"')).toEqual([
      `content/stories/the-files.mdx: line 10: <Chart> "T" x: ${one} x="year", got a list: a chart has one x column`,
      `content/stories/the-files.mdx: line 10: <Chart> "T" y: ${one} y="issued", got the number 2024`,
      'content/stories/the-files.mdx: line 10: <Chart> "T" filter: expected the rows to keep as column and value, in double braces: filter={{ "measure": "Deletions" }}, got "year"',
    ]);
    const json = { type: 'bar', x: 'year', y: ['issued'], top: '10', filter: 'year', title: 'Issued' };
    expect(preflight({ 'data/issued.json': dataset(undefined, { chart: json }) }).errors).toEqual([
      'data/issued.json: chart.y: expected the name of one column, as a string, such as "y": "issued", got a list: a chart has one y column; to draw several measures, give the rows a column that names their measure and pass that as series',
      'data/issued.json: chart.top: expected a whole number, such as "top": 10, got "10"',
      'data/issued.json: chart.filter: expected the rows to keep as column and value, such as "filter": { "measure": "Deletions" }, got "year"',
    ]);
  });
});

describe("a dataset's sources", () => {
  const hrw = {
    publisher: 'Human Rights Watch',
    title: 'A report',
    url: 'https://example.org/hrw',
    date: '2024',
    kind: 'ngo-report',
  };
  const fairTrials = {
    publisher: 'Fair Trials',
    title: 'Another report',
    url: 'https://example.org/ft',
    date: '2023',
    kind: 'ngo-report',
  };
  const sourcesFile = JSON.stringify({ ...JSON.parse(sources), hrw, 'fair-trials': fairTrials });

  it('must list every source its rows use: the error names the file, the field, the ids missing and the rows', () => {
    const rows = [
      { year: 2022, issued: 1, source: 'rnm-numbers' },
      { year: 2023, issued: 2, source: 'hrw' },
      { year: 2024, issued: 3, source: 'hrw' },
      { year: 2025, issued: 4, source: 'fair-trials' },
    ];
    const { errors } = preflight({ 'data/sources.json': sourcesFile, 'data/issued.json': dataset(rows) });
    expect(errors).toEqual([
      'data/issued.json: sources: the rows use sources this list leaves out: "hrw" in rows[1].source (the row where year is 2023), and the same in 1 more row (where year is 2024); "fair-trials" in rows[3].source (the row where year is 2025). The dataset\'s page credits only the sources listed, while its charts and /sources/ credit every source its rows use: add "hrw" and "fair-trials" to "sources"',
    ]);
  });

  it('passes when every source the rows use is listed', () => {
    const rows = [{ year: 2023, issued: 2, source: 'hrw' }];
    expect(
      preflight({
        'data/sources.json': sourcesFile,
        'data/issued.json': dataset(rows, { sources: ['rnm-numbers', 'hrw'] }),
      }).errors,
    ).toEqual([]);
  });
});
