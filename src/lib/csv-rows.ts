/**
 * The rows of a dataset's CSV, typed by the columns its JSON declares (src/lib/dataset-rows.ts reads the file).
 *
 * The file is UTF-8 (a byte-order mark, which Excel writes, is dropped), comma-separated with double quotes around a
 * cell that has a comma, a quote or a line break (RFC 4180, as d3-dsv reads it), with LF or CRLF line ends. A line
 * whose every cell is empty is skipped (spreadsheets export trailing empty rows). An empty cell is a gap (null);
 * numbers are written plainly, 1265 or -3.5; true/false (TRUE/FALSE, as Excel writes them); dates YYYY-MM-DD, YYYY-MM
 * or YYYY. A problem names the CSV, its line as an editor counts it (the header is line 1) and the column.
 */
import { csvParseRows } from 'd3-dsv';
import { ContentError } from './content-error.ts';
import { type Column, expected, listed } from '../schemas/dataset.ts';
import { headerMistakes } from './csv-header.ts';
import { cellValue } from './cell-value.ts';

/** The rows of the CSV `text` (from `file`) typed by `columns` (declared in `jsonFile`), with the line of each. */
export function csvRows(
  text: string,
  columns: Record<string, Column>,
  file: string,
  jsonFile: string,
): { rows: Record<string, unknown>[]; lines: number[]; problems: ContentError[]; untyped: Set<string> } {
  const rows: Record<string, unknown>[] = [];
  const lines: number[] = [];
  const untyped = new Set<string>();
  const declared = Object.keys(columns);
  const records = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = records[0];
  const fail = (field: string, message: string) => ({
    rows,
    lines,
    untyped,
    problems: [new ContentError(file, field, message)],
  });
  if (!header || records.every((record) => record.every((cell) => cell === ''))) {
    return fail(
      '',
      `empty: expected a header row naming the columns ${jsonFile} declares (${declared.join(',')}), then a line per row`,
    );
  }
  const separator = header.length === 1 ? [';', '\t'].find((mark) => header[0]!.includes(mark)) : undefined;
  if (separator && declared.length > 1) {
    return fail(
      'line 1',
      `the cells are separated by ${separator === ';' ? 'semicolons' : 'tabs'}, not commas: export the sheet as "CSV UTF-8 (comma delimited)", with a comma between cells`,
    );
  }
  const headerProblems = headerMistakes(header, declared, jsonFile);
  if (headerProblems.length > 0)
    return {
      rows,
      lines,
      untyped,
      problems: headerProblems.map((message) => new ContentError(file, 'line 1', message)),
    };

  const problems = new LineProblems();
  let line = 2;
  records.slice(1).forEach((record) => {
    const at = line;
    // A quoted cell may hold line breaks: the record takes that many more lines of the file.
    line += 1 + record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
    if (record.every((cell) => cell === '')) return;
    // The header again: two exports pasted one after the other, or a sheet printed with its header on every page.
    // Read as a row, each of its names was a value of the wrong type, one line per column. One cell alone may be a
    // value (a word list holding its header's word), and a typed column says what is wrong with it.
    const repeatsHeader =
      record.length === header.length && record.every((cell, index) => cell.trim() === header[index]!.trim());
    if (header.length > 1 && repeatsHeader) {
      problems.add(
        'header',
        at,
        '',
        `the header row again (${header.join(',')}), where a row was expected: delete the line (two exports pasted together, or a sheet that repeats its header)`,
      );
      return;
    }
    if (record.length !== header.length) {
      const split = splitFigure(record, header, columns);
      const count = `expected ${header.length} cells (${header.join(',')}), got ${record.length}`;
      if (split) problems.add(`cells\n${split.column}`, at, split.column, `${count}: ${split.message}`);
      else if (record.length < header.length)
        problems.add(
          'cells',
          at,
          '',
          `${count}: a line has a cell for each column, and an empty cell (a gap) keeps its comma`,
        );
      else problems.add('cells', at, '', `${count}: a cell with a comma in it is written in double quotes`);
      return;
    }
    // In the order of `columns`, whatever the file's: the JSON download writes each row's values in its order.
    const row: Record<string, unknown> = {};
    declared.forEach((name) => {
      const cell = record[header.indexOf(name)]!;
      const type = columns[name]!.type;
      const typed = cellValue(type, cell);
      if ('value' in typed) row[name] = typed.value;
      else {
        row[name] = cell;
        untyped.add(`${rows.length}\n${name}`);
        problems.add(
          `${name}\n${typed.kind}`,
          at,
          name,
          `expected ${expected[type]}, got ${JSON.stringify(cell)}${typed.hint}`,
        );
      }
    });
    rows.push(row);
    lines.push(at);
  });
  if (rows.length === 0 && problems.size === 0)
    return fail(
      '',
      `no rows: expected a line per row after the header (an empty dataset is published when it has data)`,
    );
  return { rows, lines, untyped, problems: problems.errors(file) };
}

/**
 * A figure that its comma split into cells (`1,5` or `15,548` left unquoted, as a sheet with a decimal comma or
 * thousands separators exports it): the figure column whose cell, joined with the extra cells after it, is a figure
 * written with commas while every other cell of the line then fits its column, and what to write instead. Undefined
 * for a line with no extra cells, or where no column, or more than one, reads so.
 */
function splitFigure(
  record: readonly string[],
  header: readonly string[],
  columns: Record<string, Column>,
): { column: string; message: string } | undefined {
  const extra = record.length - header.length;
  if (extra <= 0) return undefined;
  const readings = header.flatMap((name, index) => {
    const type = columns[name]?.type;
    if (type !== 'number' && type !== 'integer') return [];
    const joined = record.slice(index, index + extra + 1).join(',');
    if (!/^\s*-?\d+(?:,\d+)+\s*$/.test(joined)) return [];
    const typed = cellValue(type, joined);
    const cells = [...record.slice(0, index), joined, ...record.slice(index + extra + 1)];
    const othersFit = header.every(
      (other, at) => at === index || !columns[other] || 'value' in cellValue(columns[other].type, cells[at]!),
    );
    // A fraction in a column of whole numbers (2023,1 in "year") is no figure that column holds.
    if (!('hint' in typed) || typed.hint === '' || typed.kind.startsWith('fraction') || !othersFit) return [];
    const cellsWord = extra === 1 ? 'two' : String(extra + 1);
    return [
      { column: name, message: `its comma splits the figure ${joined.trim()} into ${cellsWord} cells${typed.hint}` },
    ];
  });
  return readings.length === 1 ? readings[0] : undefined;
}

/**
 * The problems of a CSV's lines, a mistake repeated down a column reported once, at its first line, with the others
 * ("and the same on 9 more lines (…)"), as the schema reports rows written in JSON (RowProblems).
 */
class LineProblems {
  private readonly groups = new Map<string, { column: string; message: string; lines: number[] }>();

  get size(): number {
    return this.groups.size;
  }

  add(group: string, line: number, column: string, message: string): void {
    const seen = this.groups.get(group);
    if (seen) seen.lines.push(line);
    else this.groups.set(group, { column, message, lines: [line] });
  }

  errors(file: string): ContentError[] {
    return [...this.groups.values()].map(({ column, message, lines: [first, ...more] }) => {
      const also =
        more.length === 0
          ? ''
          : `, and the same on ${more.length === 1 ? `line ${more[0]}` : `${more.length} more lines (${listed(more.map(String))})`}`;
      return new ContentError(file, column ? `line ${first}: ${column}` : `line ${first}`, `${message}${also}`);
    });
  }
}
