/**
 * Tables written without their row of dashes.
 */
import { lineCounter } from './line-counter.ts';
import { proseOf } from './masks.ts';

export interface TableWithoutDelimiter {
  /** The line of its first row, the header. */
  line: number;
  /** The row to write under the header: `| --- | --- |`, after the header's quotation marker (`> `) if it has one. */
  delimiter: string;
}

/** A line written as a table's row: between pipes, after the indentation and quotation marker a block may have. */
const rowLine = /^( {0,3}(?:>[ \t]?)*)\|(.*)\|[ \t]*$/;

/** A delimiter row (`| --- | :---: |`), which makes the lines a table. */
const delimiterLine = /^[ \t>]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?$/;

/**
 * Tables whose row of dashes under the header is missing, with the line of their header: Markdown reads such lines
 * as a paragraph, and the page prints them as one line of text and pipes. A paragraph is taken for a table when it
 * has two lines or more and each starts and ends with "|" (code, tags and link addresses aside): prose that holds a
 * "|" (`either | or`) is no table.
 */
export function tablesWithoutDelimiter(body: string, lineOffset = 0): TableWithoutDelimiter[] {
  if (!body.includes('|')) return [];
  const prose = proseOf(body);
  const lineAt = lineCounter(prose, lineOffset);
  const found: TableWithoutDelimiter[] = [];
  // Paragraphs: runs of lines that are not blank, each with its offset.
  for (const paragraph of prose.matchAll(/(?:^[^\S\n]*\S[^\n]*(?:\n|$))+/gm)) {
    const lines = paragraph[0].replace(/\n$/, '').split('\n');
    if (lines.length < 2 || lines.some((line) => delimiterLine.test(line))) continue;
    const rows = lines.map((line) => rowLine.exec(line));
    if (rows.some((row) => row === null)) continue;
    const [, marker = '', inner = ''] = rows[0]!;
    const cells = inner.split(/(?<!\\)\|/).length;
    found.push({ line: lineAt(paragraph.index), delimiter: `${marker}|${' --- |'.repeat(cells)}` });
  }
  return found;
}
