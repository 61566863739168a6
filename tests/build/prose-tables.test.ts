/**
 * The MDX plugins that set a Markdown table as the site's data tables are (src/build/prose-tables.ts). The demo's
 * methodology page has one: how it reads at 360 px is tested in the browser (tests/browser/pages.test.ts), its
 * accessibility with axe; here, what the plugins write for one document.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { repoRoot } from '../helpers/build.ts';
import { proseTables, proseTablesName, stylesheetImport } from '../../src/build/prose-tables.ts';
import config from '../../astro.config.mjs';

const roots = { contentRoot: '/site', projectRoot: '/code' };
const plugins = proseTables(roots);
const compile = (mdx: string, file = '/site/content/stories/x.mdx') =>
  (
    mdxToJs(mdx, {
      mdastPlugins: [plugins.mdast],
      hastPlugins: [plugins.hast],
      fileURL: pathToFileURL(file),
    }) as MdxToJsResult
  ).code;

/** The props MDX passes for each element of `tag`, in order, as written in the compiled code. */
function props(code: string, tag: string): string[] {
  return [...code.matchAll(new RegExp(`_jsxs?\\(_components\\.${tag}, \\{([^]*?)\\}\\)`, 'g'))].map((match) =>
    match[1]!.replace(/\s+/g, ' ').trim(),
  );
}

const disagreement = [
  'Two sources disagree:',
  '',
  '| Year | Source | Red notices issued |',
  '| --- | --- | ---: |',
  "| 2011 | Interpol's annual report for 2011, as relayed by JD Supra | 7,678 |",
  "| 2011 | Fair Trials International's 2013 report | 8,136 |",
].join('\n');

describe('the Markdown table plugins', () => {
  it("put a table in a focusable box it scrolls in, named by its columns in the page's language", () => {
    const [section] = props(compile(disagreement), 'section');
    expect(section).toContain('className: "table-scroll table-stack"');
    expect(section).toContain('tabIndex: "0"');
    expect(section).toContain('"aria-label": "Table: Year, Source, Red notices issued"');
    expect(section).toContain('children: _jsxs(_components.table');
    const french = compile(
      '| Année | Notices |\n| --- | --- |\n| 2011 | 7\u202f678 |',
      '/site/content/stories/fr/x.mdx',
    );
    expect(props(french, 'section')[0]).toContain('"aria-label": "Tableau\\xA0: Année, Notices"');
  });

  it('write an alignment as a class, never a style attribute (the Content-Security-Policy blocks those)', () => {
    const code = compile('| Left | Centre | Right |\n| :-- | :-: | --: |\n| a | b | c |');
    expect(code).not.toMatch(/\bstyle\b/);
    expect(props(code, 'th')).toEqual([
      expect.stringContaining('className: "align-left"'),
      expect.stringContaining('className: "align-center"'),
      expect.stringContaining('className: "align-right"'),
    ]);
    expect(props(code, 'td').map((cell) => /className: "([^"]*)"/.exec(cell)?.[1])).toEqual([
      'align-left',
      'align-center',
      'align-right',
    ]);
  });

  it("mark headers as column headers, cells with their column's name, figures as numbers and sentences as text", () => {
    const code = compile(disagreement);
    expect(props(code, 'th')).toEqual([
      'scope: "col", children: "Year"',
      'scope: "col", children: "Source"',
      'className: "num align-right", scope: "col", children: "Red notices issued"',
    ]);
    expect(props(code, 'td').slice(0, 3)).toEqual([
      '"data-label": "Year", children: "2011"',
      'className: "text", "data-label": "Source", children: "Interpol\'s annual report for 2011, as relayed by JD Supra"',
      'className: "num align-right", "data-label": "Red notices issued", children: "7,678"',
    ]);
  });

  it('lay out as cards on a phone only a table whose figures come after sentences or long words', () => {
    // A year, then figures: the table scrolls, its figures in view.
    expect(
      props(compile('| Year | Issued |\n| --- | --- |\n| 2011 | 7,678 |\n| 2012 | 8,136 |'), 'section')[0],
    ).toContain('className: "table-scroll",');
    // Figures after a column of sentences (the year is a label, not the figures the reader scrolls to): cards.
    expect(props(compile(disagreement), 'section')[0]).toContain('className: "table-scroll table-stack"');
  });

  it('keep a component in a cell, a <Fact> counting as a figure, and read HTML in a cell as its text', () => {
    const sentence = 'Active red notices requested by the country, as reported in September 2024';
    const code = compile(
      `| Country | What | <abbr title="International Criminal Police Organization">Interpol</abbr> notices |\n| --- | --- | --- |\n| Russia | ${sentence} | <Fact dataset="d" row="RU" column="n" /> |`,
    );
    expect(code).toContain('_jsx(Fact, {');
    expect(props(code, 'td')[2]).toContain('className: "num", "data-label": "Interpol notices"');
    // The Fact's figures come after a sentence: cards on a phone, as for typed figures.
    expect(props(code, 'section')[0]).toContain('className: "table-scroll table-stack"');
    expect(props(code, 'section')[0]).toContain('"aria-label": "Table: Country, What, Interpol notices"');
  });

  it('take a gap marker in a column of figures for a missing figure, four-digit counts for figures, and years for labels', () => {
    const code = compile(
      '| Year | Notices |\n| --- | --- |\n| 2011 | 7,678 |\n| 2012 | – |\n| 2013 | n/a |\n| 2014 | 1234 |',
    );
    expect(props(code, 'td').map((cell) => /className: "([^"]*)"/.exec(cell)?.[1] ?? '')).toEqual([
      '',
      'num',
      '',
      'num',
      '',
      'num',
      '',
      'num',
    ]);
  });

  it('take figures and years in Persian and Arabic digits as in Latin ones, with their grouping, decimal and percent signs', () => {
    // As Intl writes them for "fa" and "ar-EG": ۲٬۳۴۳ and ٢٬٣٤٣, ۱۲٫۵, ۳۹٪ and ٣٩٪ followed by Arabic's letter mark,
    // a negative figure led by a left-to-right mark; the years are labels.
    const code = compile(
      '| سال | اعلان‌ها | سهم |\n| --- | --- | --- |\n| ۲۰۰۵ | ۲٬۳۴۳ | ۳۹٪ |\n| ٢٠٢٤ | \u200e−۱۲٫۵ | ٣٩٪\u061c |',
    );
    expect(props(code, 'td').map((cell) => /className: "([^"]*)"/.exec(cell)?.[1] ?? '')).toEqual([
      '',
      'num',
      'num',
      '',
      'num',
      'num',
    ]);
  });

  it('take years of the solar and Islamic calendars in Arabic-script digits for labels, 1398 in 0–9 for a figure, and a minus sign alone for a gap', () => {
    const classes = (markdown: string) =>
      props(compile(markdown), 'td').map((cell) => /className: "([^"]*)"/.exec(cell)?.[1] ?? '');
    expect(
      classes('| سال | اعلان‌ها |\n| --- | --- |\n| ۱۳۹۸ | ۲٬۳۴۳ |\n| \u200f۱۴۰۲ | \u2212 |\n| ١٤٤٥ | ۱۲ |'),
    ).toEqual(['', 'num', '', 'num', '', 'num']);
    expect(classes('| Count | Notices |\n| --- | --- |\n| 1398 | 12 |\n| 1402 | 14 |')).toEqual([
      'num',
      'num',
      'num',
      'num',
    ]);
  });

  it('name a table without headers "Table", and set a one-column table without closing pipes', () => {
    expect(props(compile('| | |\n| --- | --- |\n| a | 1 |'), 'section')[0]).toContain('"aria-label": "Table"');
    const code = compile('| Countries named\n| :---:\n| Russia');
    expect(code).not.toMatch(/\bstyle\b/);
    expect(props(code, 'td')[0]).toContain('className: "align-center"');
  });

  it('leave the import out of a plain Markdown page, where it would be printed', () => {
    const { html } = markdownToHtml('| Year | Count |\n| --- | ---: |\n| 2011 | 12 |', {
      mdastPlugins: [plugins.mdast],
      hastPlugins: [plugins.hast],
      fileURL: pathToFileURL('/code/src/pages/notes.md'),
    }) as MarkdownToHtmlResult;
    expect(html).not.toContain('import');
    expect(html).toContain('class="table-scroll"');
    expect(html).toContain('class="num align-right"');
  });

  it("load the table styles on the page through an import written from the MDX file's folder, and only with a table", () => {
    expect(compile(disagreement)).toContain('import "../../../code/src/styles/tables.css";');
    expect(compile('A paragraph | with a bar.')).not.toContain('tables.css');
    expect(stylesheetImport('/code/src/pages/fr/methodology.mdx', '/code')).toBe('import "../../styles/tables.css";');
    expect(stylesheetImport('/code/src/styles/x.mdx', '/code')).toBe('import "./tables.css";');
  });

  it("are in the configuration Astro's incremental build hashes, under a name that changes with their code and label", () => {
    const code = createHash('sha256')
      .update(readFileSync(join(repoRoot, 'src/build/prose-tables.ts')))
      .update(readFileSync(join(repoRoot, 'src/lib/table-layout.ts')))
      .update('Table: {columns}\nTable\nTableau\u00a0: {columns}\nTableau')
      .digest('hex')
      .slice(0, 12);
    expect(proseTablesName).toBe(`casefile-prose-tables-${code}`);
    const markdown = JSON.stringify(config.markdown);
    expect(markdown.split(`"casefile-prose-tables-${code}"`)).toHaveLength(3);
  });
});
