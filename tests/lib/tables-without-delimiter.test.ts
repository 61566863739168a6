/**
 * A Markdown table written without its row of dashes under the header is a paragraph to Markdown: the page printed its
 * rows as one line of text and pipes, and nothing said so. The preflight names its line and the row to add
 * (src/lib/mdx/tables-without-delimiter.ts); prose that merely holds a "|" is left alone.
 */
import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { tablesWithoutDelimiter } from '../../src/lib/mdx/tables-without-delimiter.ts';
import { goodFrontmatter, preflight, story } from '../helpers/preflight.ts';

/** Whether Markdown reads `body` as holding a table. */
const hasTable = (body: string): boolean => {
  const visit = (node: { type: string; children?: unknown[] }): boolean =>
    node.type === 'table' || (node.children ?? []).some((child) => visit(child as typeof node));
  return visit(mdxToMdast(body) as { type: string; children?: unknown[] });
};

describe('a table without its row of dashes', () => {
  it('stops the build with the line of its header and the row to add, in a quotation too', () => {
    const body = [
      'Text.', // 8
      '',
      '| Year | Issued |', // 10
      '| 2023 | 13,000 |',
      '| 2024 | <Fact dataset="issued" row={2024} column="issued" /> |',
      '',
      '> | Country | Notices | Refused |', // 14
      '> | RU | 1 | 2 |',
    ].join('\n');
    expect(preflight({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) }).errors).toEqual([
      'content/stories/the-files.mdx: line 10: table: no row of dashes under its header, so Markdown reads it as a paragraph, and the page would print its rows as one line of text and "|"s: add the line | --- | --- | after line 10',
      'content/stories/the-files.mdx: line 14: table: no row of dashes under its header, so Markdown reads it as a paragraph, and the page would print its rows as one line of text and "|"s: add the line > | --- | --- | --- | after line 14',
    ]);
  });

  it('is a paragraph to Markdown, and a table once the row it is told to add is there', () => {
    const rows = ['| Year | Issued |', '| 2024 | 15548 |'];
    expect(hasTable(rows.join('\n'))).toBe(false);
    const found = tablesWithoutDelimiter(rows.join('\n'));
    expect(found).toEqual([{ line: 1, delimiter: '| --- | --- |' }]);
    const delimiter = found[0]!.delimiter;
    expect(hasTable([rows[0], delimiter, rows[1]].join('\n'))).toBe(true);
    expect(tablesWithoutDelimiter([rows[0], delimiter, rows[1]].join('\n'))).toEqual([]);
  });

  it('leaves alone prose holding a "|", a table with its row of dashes, a row alone, and pipes in code', () => {
    const body = [
      'Either this | or that: a choice.',
      '| a line that starts with a pipe,',
      'and one that ends with one |',
      '',
      'Year | Issued',
      '---- | ------',
      '2024 | 15548',
      '',
      '| Only | a header |',
      '',
      '```',
      '| Year | Issued |',
      '| 2024 | 15548 |',
      '```',
    ].join('\n');
    expect(tablesWithoutDelimiter(body)).toEqual([]);
  });
});
