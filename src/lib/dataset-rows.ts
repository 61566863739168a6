/**
 * A dataset's rows kept in a CSV file beside its JSON: `"rows": "<file>.csv"` in data/<id>.json names a file directly
 * in data/ whose header row names the declared `columns` (each once, in any order) and whose other lines are the rows,
 * each cell typed by its column: a newsroom keeps its tables in spreadsheets, and retyping them as JSON is where
 * figures go wrong. The metadata (title, sources, columns, chart, notes…) stays in the JSON.
 *
 * Both readers resolve rows here, before the schema, so that they see the same rows: Astro's content collection
 * (src/lib/dataset-loader.ts) and the preflight (src/lib/load-project.ts). The schema then checks typed rows exactly
 * as it checks rows written in the JSON.
 *
 * The file is UTF-8 (a byte-order mark, which Excel writes, is dropped), comma-separated with double quotes around a
 * cell that has a comma, a quote or a line break (RFC 4180, as d3-dsv reads it), with LF or CRLF line ends. A line
 * whose every cell is empty is skipped (spreadsheets export trailing empty rows). An empty cell is a gap (null);
 * numbers are written plainly, 1265 or -3.5; true/false (TRUE/FALSE, as Excel writes them); dates YYYY-MM-DD, YYYY-MM
 * or YYYY. A problem names the CSV, its line as an editor counts it (the header is line 1) and the column.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { ContentError } from './content-error.ts';
import { nearestName } from './edit-distance.ts';
import {
  datasetColumnsSchema,
  expected,
  figureAsText,
  gapMarks,
  heldExactly,
  largerUnit,
  listed,
  tooManyDigits,
  valueFits,
  type Column,
  type ColumnType,
} from '../schemas/dataset.ts';
import { booleanHint, dateHint } from '../schemas/fields.ts';

/** Where each row came from: the CSV ("data/x.csv") and the line of each row in it. */
export interface RowsFile {
  file: string;
  lines: number[];
}

export interface ResolvedRows {
  /** The dataset's JSON with `rows` a list: as written, or read from the CSV (empty when the CSV could not be read). */
  data: unknown;
  /** The CSV the rows come from, when `rows` names one that was read. */
  rowsFile?: RowsFile;
  /** The CSV's text, as read, for what must change when it changes (the content layer's digest). */
  text?: string;
  /** What is wrong with the CSV or with `rows` naming it, each naming its file. */
  problems: ContentError[];
  /**
   * The cells that could not be typed ("<row index>\n<column>"): they stay in the rows as written, and the schema's
   * issue about them repeats a problem already in `problems`.
   */
  untyped: Set<string>;
}

/** The name `rows` may give: a .csv file directly in data/, not left out by "_" nor hidden by ".". */
const csvName = /^[^/\\_.][^/\\]*\.csv$/;

/**
 * The dataset `json` (read from `jsonFile`, "data/x.json") with its rows, read from the CSV its `rows` names in
 * `dataDir`; anything else (rows written as a list, a file that is no dataset) as it is.
 */
export function resolveRows(json: unknown, dataDir: string, jsonFile: string): ResolvedRows {
  const none = { data: json, problems: [], untyped: new Set<string>() };
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return none;
  const named = (json as { rows?: unknown }).rows;
  if (typeof named !== 'string') return none;
  const id = jsonFile.replace(/^.*\//, '').replace(/\.json$/, '');
  const withoutRows = { ...json, rows: [] };
  const problem = (message: string) => ({
    ...none,
    data: withoutRows,
    problems: [new ContentError(jsonFile, 'rows', message)],
  });
  if (!csvName.test(named))
    return problem(
      `expected the rows as a list, or the name of a CSV file directly in data/, e.g. "${id}.csv", got ${JSON.stringify(named)}`,
    );
  const file = `data/${named}`;
  const path = join(dataDir, named);
  if (!existsSync(path)) {
    const others = existsSync(dataDir) ? readdirSync(dataDir).filter((name) => csvName.test(name)) : [];
    const near = nearestName(named, others);
    return problem(
      `${file} does not exist${near ? `: did you mean "${near}"?` : `: add it beside ${jsonFile}, or write the rows in the JSON`}`,
    );
  }
  const columns = datasetColumnsSchema.safeParse((json as { columns?: unknown }).columns);
  // Undeclared columns cannot type the cells: the schema reports them, and the CSV is read once they are right.
  if (!columns.success) return { ...none, data: withoutRows };
  const { text, problem: encoding } = csvText(readFileSync(path));
  const read = encoding
    ? {
        rows: [],
        lines: [],
        untyped: new Set<string>(),
        problems: [new ContentError(file, encoding.field, encoding.message)],
      }
    : csvRows(text, columns.data, file, jsonFile);
  return {
    data: { ...json, rows: read.rows },
    rowsFile: { file, lines: read.lines },
    text,
    problems: read.problems,
    untyped: read.untyped,
  };
}

/** UTF-8 that stops on the first byte that is none; a byte-order mark is kept, as readFileSync keeps it. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of a CSV's `bytes`, or where they are not UTF-8: Excel's "CSV (Comma delimited)" saves in the machine's
 * code page, Windows-1252, where each accented letter is one byte that UTF-8 does not read, and "Côte" would be
 * published as "C�te". A "�" the file holds as UTF-8 is text like any other.
 */
function csvText(bytes: Buffer): { text: string; problem?: { field: string; message: string } } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { text: bytes.toString('utf8'), problem: notUtf8(bytes) };
  }
}

/** What a CSV that is not UTF-8 is told: the line and column of its first byte that is none, and the word it is in. */
function notUtf8(bytes: Buffer): { field: string; message: string } {
  // Excel's "Unicode Text" is UTF-16, whose byte-order mark is the file's first two bytes.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      field: 'line 1, column 1',
      message: `not UTF-8 but UTF-16, as Excel's "Unicode Text" saves a sheet: export the sheet as "CSV UTF-8 (comma delimited)"`,
    };
  const at = firstInvalidByte(bytes);
  // From the start of its line (lastIndexOf with -1 would search from the end).
  const lineStart = at === 0 ? 0 : bytes.lastIndexOf(0x0a, at - 1) + 1;
  const line = bytes.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
  const column = [...bytes.subarray(lineStart, at).toString('utf8')].length + 1;
  const lineEnd = bytes.indexOf(0x0a, at) < 0 ? bytes.length : bytes.indexOf(0x0a, at);
  // Windows-1252 gives every byte a character, one each: the word as the editor typed it, if that is the encoding.
  const text = new TextDecoder('windows-1252').decode(bytes.subarray(lineStart, lineEnd));
  const offset = at - lineStart;
  const word = /[^\s,;"]*$/.exec(text.slice(0, offset))![0] + /^[^\s,;"]*/.exec(text.slice(offset))![0];
  // Five bytes are no character in Windows-1252 either (81, 8D, 8F, 90, 9D): then it was another encoding.
  const reads = word === '' || /[\u0080-\u009f]/.test(word) ? '' : ` (in Windows-1252, "${word}")`;
  const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
  return {
    field: `line ${line}, column ${column}`,
    message: `not UTF-8 (the byte ${byte}): the sheet was saved in another encoding, as Excel's "CSV (Comma delimited)" saves it${reads}: export the sheet as "CSV UTF-8 (comma delimited)"`,
  };
}

/**
 * The offset of the first byte of `bytes` that is no UTF-8. Node's decoder writes each as "�" and says no more: the
 * first "�" that is not the three bytes EF BF BD, which write the character itself, is it.
 */
function firstInvalidByte(bytes: Buffer): number {
  const lossy = bytes.toString('utf8');
  let offset = 0;
  let previous = 0;
  for (let at = lossy.indexOf('\uFFFD'); at >= 0; at = lossy.indexOf('\uFFFD', at + 1)) {
    offset += Buffer.byteLength(lossy.slice(previous, at));
    previous = at;
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
  }
  return bytes.length;
}

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
    if (!('hint' in typed) || typed.hint === '' || !othersFit) return [];
    const cellsWord = extra === 1 ? 'two' : String(extra + 1);
    return [
      { column: name, message: `its comma splits the figure ${joined.trim()} into ${cellsWord} cells${typed.hint}` },
    ];
  });
  return readings.length === 1 ? readings[0] : undefined;
}

/** What is wrong with a header row: a column written twice, misspelt, undeclared or missing. */
function headerMistakes(header: readonly string[], declared: readonly string[], jsonFile: string): string[] {
  const mistakes: string[] = [];
  const seen = new Set<string>();
  const absent = declared.filter((name) => !header.includes(name));
  const meant = new Set<string>();
  const unnamed = unnamedColumns(header, jsonFile);
  if (unnamed) mistakes.push(unnamed);
  // "year, issued, source", as a sentence writes a list: each space is part of the name after it. One mistake.
  const spaced = header.filter((name) => name !== name.trim() && declared.includes(name.trim()));
  if (spaced.length > 0) {
    for (const name of spaced) meant.add(name.trim());
    const names = listed(spaced.map((name) => JSON.stringify(name)));
    mistakes.push(
      `${names} ${spaced.length === 1 ? 'has' : 'have'} a space around ${spaced.length === 1 ? 'it' : 'them'}, which is part of the name in a CSV: write the header without spaces, ${header.map((name) => name.trim()).join(',')}`,
    );
  }
  for (const name of header) {
    if (name.trim() === '' || spaced.includes(name)) continue;
    if (seen.has(name)) mistakes.push(`"${name}" is in the header twice: each column has one`);
    seen.add(name);
    if (declared.includes(name)) continue;
    const near = nearestName(
      name,
      absent.filter((other) => !meant.has(other)),
    );
    if (near) {
      meant.add(near);
      mistakes.push(
        `unknown column "${name}": did you mean "${near}", as ${jsonFile} declares it in "columns"? The header names each column exactly`,
      );
    } else {
      mistakes.push(
        `unknown column "${name}": declare it in "columns" in ${jsonFile}, or remove it from the file (columns: ${declared.join(', ')})`,
      );
    }
  }
  for (const name of absent) {
    if (!meant.has(name))
      mistakes.push(
        `missing column "${name}", which ${jsonFile} declares: add it to the header, with its values below (empty cells for gaps)`,
      );
  }
  return mistakes;
}

/**
 * What to say of the header's columns with no name, once for them all, or undefined when every column has one. At the
 * end of the header they are the empty columns a spreadsheet exports beside a table it once held (a comma after the
 * last name, on every line): each was an unknown column "", the second one also "in the header twice".
 */
function unnamedColumns(header: readonly string[], jsonFile: string): string | undefined {
  const empty = header.flatMap((name, i) => (name.trim() === '' ? [i + 1] : []));
  if (empty.length === 0) return undefined;
  const one = empty.length === 1;
  const numbers = one ? String(empty[0]) : `${empty.slice(0, -1).join(', ')} and ${empty.at(-1)}`;
  const which = one ? `column ${numbers} has no name` : `columns ${numbers} have no name`;
  const named = header.length - empty.length;
  if (named > 0 && empty.every((column, k) => column === named + 1 + k)) {
    const them = one
      ? 'an empty column the spreadsheet exported beside the table (a comma after the last name): delete it'
      : 'empty columns the spreadsheet exported beside the table (a comma after the last name): delete them';
    return `${which}: ${them} in the spreadsheet before exporting, or the comma${one ? '' : 's'} after "${header[named - 1]}"`;
  }
  return `${which}: name ${one ? 'it' : 'each'} as "columns" in ${jsonFile} does, or delete ${one ? 'it' : 'them'}`;
}

/** A number as JSON writes it, which a spreadsheet exports for a cell formatted as a plain number. */
const plainNumber = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * `cell` typed for a column of `type`: an empty cell is a gap (null); text is kept as written. Otherwise what it is
 * for telling one mistake repeated down a column from several (as the schema's valueKind does), and a hint.
 */
export function cellValue(type: ColumnType, cell: string): { value: unknown } | { kind: string; hint: string } {
  if (type === 'string') return { value: cell === '' ? null : cell };
  const text = cell.trim();
  if (text === '') return { value: null };
  if ((type === 'number' || type === 'integer') && plainNumber.test(text) && !heldExactly(text)) {
    return {
      kind: `too many digits ${text}`,
      hint: `: it ${tooManyDigits(text)}: ${largerUnit}, or make the column "type": "string" if it holds codes, not figures`,
    };
  }
  if ((type === 'number' || type === 'integer') && plainNumber.test(text) && valueFits(type, Number(text)))
    return { value: Number(text) };
  if (type === 'boolean' && /^(?:true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  const word = type === 'boolean' ? booleanHint(text) : undefined;
  if (word) return { kind: `text ${text.toLowerCase()}`, hint: `: ${word}` };
  if (type === 'date' && valueFits('date', text)) return { value: text };
  if (gapMarks.test(text)) return { kind: `text ${text}`, hint: ': leave the cell empty for a gap' };
  if (type === 'integer' && plainNumber.test(text)) {
    // "1.200" in a column of whole numbers: a point between thousands, as a German sheet writes them (figureAsText).
    const thousands = figureAsText(text)?.alternative;
    if (thousands === undefined) return { kind: 'fraction', hint: '' };
    return {
      kind: 'number as text, point between thousands',
      hint: `: write it without separators, ${thousands} (format the column as a plain number before exporting)`,
    };
  }
  const figure = figureAsText(text);
  if ((type === 'number' || type === 'integer') && figure && valueFits(type, figure.figure)) {
    const hint = {
      separators: `write it without separators, ${figure.figure}${type === 'number' && figure.alternative !== undefined ? `, or ${figure.alternative} if its comma is a decimal one` : ''}`,
      'decimal comma': `write it with a point before its decimals, ${figure.figure}`,
      'minus sign': `write it with a hyphen for its minus sign, ${figure.figure}`,
      unit: `write it alone, ${figure.figure}: the column's "unit" says what it counts`,
      percent: `write it without the % sign, ${figure.figure}${type === 'number' && figure.alternative !== undefined ? `, or ${figure.alternative} if its comma is a decimal one` : ''}, and give the column "unit": "%"`,
    }[figure.kind];
    return {
      kind: `number as text, ${figure.kind}`,
      hint: `: ${hint} (format the column as a plain number before exporting)`,
    };
  }
  if (type === 'date' && /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(text)) {
    return {
      kind: 'date as the sheet shows it',
      hint: ': format the column as text or as yyyy-mm-dd before exporting',
    };
  }
  const date = type === 'date' ? dateHint(text, { coarse: true }) : undefined;
  if (date) return { kind: `text ${text}`, hint: `: ${date}` };
  return { kind: figure ? 'number as text' : `text ${text}`, hint: '' };
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

/**
 * Where the schema's issue at `path` (["rows", 3, "year"]) is, for rows read from `rowsFile`: the CSV and the row's
 * line, and the message with each "rows[3]" it names written as the line ("line 5"). Undefined for another path.
 */
export function rowIssuePlace(
  rowsFile: RowsFile,
  path: readonly PropertyKey[],
  message: string,
): { file: string; field: string; message: string } | undefined {
  if (path[0] !== 'rows' || typeof path[1] !== 'number') return undefined;
  const line = rowsFile.lines[path[1]];
  if (line === undefined) return undefined;
  const column = path.length > 2 ? `: ${String(path[2])}` : '';
  return { file: rowsFile.file, field: `line ${line}${column}`, message: inLines(rowsFile, message) };
}

/** `message` with each "rows[3]" written as the line of that row in the CSV ("line 5"). */
export function inLines(rowsFile: RowsFile, message: string): string {
  return message.replace(/\brows\[(\d+)\]/g, (written, index: string) => {
    const line = rowsFile.lines[Number(index)];
    return line === undefined ? written : `line ${line}`;
  });
}

/**
 * `message`, about rows read from `rowsFile` but given to another file (a chart's problem, given to the chart's JSON
 * or MDX file), with each row it names by its place in the list ("rows[3]", which is in no file) named by its line in
 * the CSV: "rows[3].country" as "data/x.csv, line 5, column country"; "(rows[2] and rows[7] of the dataset)" as
 * "(lines 4 and 9 of data/x.csv)"; another "rows[3]" as "line 5 of data/x.csv".
 */
export function rowsInFile(rowsFile: RowsFile, message: string): string {
  const line = (index: string) => rowsFile.lines[Number(index)];
  const known = (written: string) =>
    [...written.matchAll(/rows\[(\d+)\]/g)].every(([, index]) => line(index!) !== undefined);
  return message
    .replace(/\(((?:rows\[\d+\](?:, | and )?)+)(, …)? of the dataset\)/g, (written, list: string, more = '') =>
      known(list)
        ? `(line${list.includes('rows[', 1) ? 's' : ''} ${list.replace(/rows\[(\d+)\]/g, (_, index: string) => String(line(index)))}${more} of ${rowsFile.file})`
        : written,
    )
    .replace(/\brows\[(\d+)\]\.([\p{L}\p{N}_-]+)/gu, (written, index: string, column: string) =>
      line(index) === undefined ? written : `${rowsFile.file}, line ${line(index)}, column ${column}`,
    )
    .replace(/\brows\[(\d+)\]/g, (written, index: string) =>
      line(index) === undefined ? written : `line ${line(index)} of ${rowsFile.file}`,
    );
}
