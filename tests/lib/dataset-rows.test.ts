/**
 * A dataset's rows kept in a CSV beside its JSON (`"rows": "issued.csv"`, src/lib/dataset-rows.ts): read and typed by
 * the declared columns for both readers, with problems that name the CSV, its line as an editor counts it and the
 * column. Messages are pinned: they are the user interface of the build.
 */
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadProject } from '../../src/lib/load-project.ts';
import { datasetLoader, syncDatasets } from '../../src/lib/dataset-loader.ts';
import { datasetSchema, figureAsText } from '../../src/schemas/dataset.ts';
import { cellValue } from '../../src/lib/cell-value.ts';
import { chartFigure } from '../../src/charts/figure.ts';
import { chartStats, clearMemoryCache, resetChartStats } from '../../src/charts/cache.ts';
import { contentRecord } from '../../src/build/search-ahead.ts';
import { datasetProblems } from '../../src/build/dev-dataset-problems.ts';
import { dataset, minimalSite, now, preflight } from '../helpers/preflight.ts';
import { validateProject } from '../../src/lib/validate-project.ts';

const columns = {
  year: { type: 'integer', description: 'Year' },
  issued: { type: 'integer', unit: 'notices', description: 'Red notices issued' },
  source: { type: 'string', ref: 'source', description: 'Source of the figure' },
};

/** data/issued.json with its rows in `rows` (a CSV's name), and other fields as given. */
const withCsv = (rows = 'issued.csv', extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    title: 'Red notices issued per year',
    description: 'Red notices Interpol issued each year, as quoted by its sources.',
    sources: ['rnm-numbers'],
    license: 'CC BY 4.0',
    updated: '2026-02-01',
    columns,
    rows,
    ...extra,
  });

/** The preflight's errors and notes for a minimal site (tests/helpers/preflight.ts) with `files`. */
const read = (files: Record<string, string>) => preflight(files);

describe('rows kept in a CSV file', () => {
  it("names a row of a chart's problem by its line in the CSV, which the editor opens, not by rows[n], which is in no file", () => {
    const countries = {
      country: { type: 'string', description: 'Country' },
      issued: { type: 'integer', unit: 'notices', description: 'Red notices issued' },
      source: { type: 'string', ref: 'source', description: 'Source of the figure' },
    };
    const map = { type: 'map', x: 'country', y: 'issued', title: 'Where' };
    const csv = 'country,issued,source\nFR,12,rnm-numbers\nTurkey,30,rnm-numbers\nDE,5,rnm-numbers\nDE,6,rnm-numbers\n';
    const { errors } = read({
      'data/issued.json': withCsv('issued.csv', { columns: countries, chart: map }),
      'data/issued.csv': csv,
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /^data\/issued\.json: chart "Where" x: unknown country code "Turkey" in data\/issued\.csv, line 3, column country: expected an ISO 3166-1 alpha-2 code/,
      ),
      expect.stringMatching(
        /^data\/issued\.json: chart "Where" x: 2 rows have country "DE" \(lines 4 and 5 of data\/issued\.csv\): /,
      ),
    ]);
    expect(errors.join('\n')).not.toMatch(/rows\[/);
  });

  it('reads and types them by the declared columns: a byte-order mark, CRLF, quoted cells and any order of columns', () => {
    const csv = '\uFEFFsource,year,issued\r\nrnm-numbers,2023,15548\r\n"rnm-numbers",2024,\r\n,,\r\n';
    expect(read({ 'data/issued.json': withCsv(), 'data/issued.csv': csv })).toEqual({ errors: [], notes: [] });
    const { project } = loadProjectWith({ 'data/issued.json': withCsv(), 'data/issued.csv': csv });
    expect(project.datasets.get('issued')?.rows).toEqual([
      { source: 'rnm-numbers', year: 2023, issued: 15548 },
      { source: 'rnm-numbers', year: 2024, issued: null },
    ]);
    // In the order of "columns", as rows written in the JSON are downloaded.
    expect(Object.keys(project.datasets.get('issued')!.rows[0]!)).toEqual(['year', 'issued', 'source']);
  });

  it('types numbers, true/false, dates and text, and keeps a line break and a comma inside quotes', () => {
    const typed = withCsv('issued.csv', {
      columns: {
        ...columns,
        share: { type: 'number', unit: '%', description: 'Share' },
        public: { type: 'boolean', description: 'Published' },
        day: { type: 'date', description: 'Day' },
        note: { type: 'string', description: 'Note' },
      },
    });
    const csv =
      'year,issued,source,share,public,day,note\n2023,15548,rnm-numbers,-3.5,TRUE,2023-05,"One, two\nthree"\n2024,,,,false,,\n';
    const { project, errors } = loadProjectWith({ 'data/issued.json': typed, 'data/issued.csv': csv });
    expect(errors).toEqual([]);
    expect(project.datasets.get('issued')?.rows).toEqual([
      {
        year: 2023,
        issued: 15548,
        source: 'rnm-numbers',
        share: -3.5,
        public: true,
        day: '2023-05',
        note: 'One, two\nthree',
      },
      { year: 2024, issued: null, source: null, share: null, public: false, day: null, note: null },
    ]);
  });

  it('refuses a figure with more digits than a number holds, and reads 1.50 and 1e3 as written', () => {
    const amounts = { ...columns, amount: { type: 'number', unit: 'euros', description: 'Amount seized' } };
    const csv = (...cells: string[]) =>
      ['year,issued,source,amount', ...cells.map((cell, i) => `${2019 + i},5,rnm-numbers,${cell}`)].join('\n');
    const dataset = withCsv('issued.csv', { columns: amounts });
    expect(
      read({ 'data/issued.json': dataset, 'data/issued.csv': csv('1.50', '12345678901234567891') }).errors,
    ).toEqual([
      'data/issued.csv: line 3: amount: expected a finite number, got "12345678901234567891": it has more digits than a figure can hold and would be published as 12345678901234567000: write it in a larger unit (thousands, millions), saying so in the column\'s "unit", or make the column "type": "string" if it holds codes, not figures',
    ]);
    expect(
      read({ 'data/issued.json': dataset, 'data/issued.csv': csv('1.50', '1e3', '0.30000000000000004') }).errors,
    ).toEqual([]);
  });

  it('tells a figure written in words, or with a decimal comma in a column of whole numbers, what to write, in a CSV as in JSON', () => {
    const shares = { ...columns, share: { type: 'number', unit: '%', description: 'Share of all notices' } };
    const csv = [
      'year,issued,source,share',
      '2019,seven,rnm-numbers,seven',
      '2020,"7,5",rnm-numbers,"7,5"',
      '2021,vingt et un,rnm-numbers,twenty-one',
    ].join('\n');
    expect(
      read({ 'data/issued.json': withCsv('issued.csv', { columns: shares }), 'data/issued.csv': csv }).errors,
    ).toEqual([
      'data/issued.csv: line 2: issued: expected a whole number, got "seven": write the figure in digits, and the same on line 4',
      'data/issued.csv: line 2: share: expected a finite number, got "seven": write the figure in digits, and the same on line 4',
      'data/issued.csv: line 3: issued: expected a whole number, got "7,5": write it with a point before its decimals, 7.5, in a column of "type": "number", not "integer" (format the column as a plain number before exporting)',
      'data/issued.csv: line 3: share: expected a finite number, got "7,5": write it with a point before its decimals, 7.5 (format the column as a plain number before exporting)',
    ]);
    const rows = [
      { year: 2019, issued: 'seven', source: 'rnm-numbers', share: 'seven' },
      { year: 2020, issued: '7,5', source: 'rnm-numbers', share: '7,5' },
    ];
    expect(read({ 'data/issued.json': withCsv(rows as never, { columns: shares }) }).errors).toEqual([
      'data/issued.json: rows[0].issued: expected a whole number or null, got "seven": write the figure in digits, without quotes (the row where year is 2019)',
      'data/issued.json: rows[0].share: expected a finite number or null, got "seven": write the figure in digits, without quotes (the row where year is 2019)',
      'data/issued.json: rows[1].issued: expected a whole number or null, got "7,5": write the figure without quotes, with a point before its decimals, 7.5, in a column of "type": "number", not "integer" (the row where year is 2020)',
      'data/issued.json: rows[1].share: expected a finite number or null, got "7,5": write the figure without quotes, with a point before its decimals, 7.5 (the row where year is 2020)',
    ]);
  });

  it('names the CSV, the line and the column of a cell that is not its type; a mistake down a column is one message', () => {
    const csv = [
      'year,issued,source',
      '2019,"1,265",rnm-numbers',
      '2020,"2,001",rnm-numbers',
      '2021,12%,rnm-numbers',
      '2022,n/a,rnm-numbers',
      '2023,n/a,rnm-numbers',
      '2024,13.5,rnm-numbers',
    ].join('\n');
    expect(read({ 'data/issued.json': withCsv(), 'data/issued.csv': csv }).errors).toEqual([
      'data/issued.csv: line 2: issued: expected a whole number, got "1,265": write it without separators, 1265 (format the column as a plain number before exporting), and the same on line 3',
      'data/issued.csv: line 4: issued: expected a whole number, got "12%": write it without the % sign, 12, and give the column "unit": "%" (format the column as a plain number before exporting)',
      'data/issued.csv: line 5: issued: expected a whole number, got "n/a": leave the cell empty for a gap, and the same on line 6',
      'data/issued.csv: line 7: issued: expected a whole number, got "13.5"',
    ]);
  });

  it('names the CSV line of a date cell that is no date with what is wrong, in the words of a frontmatter date', () => {
    const typed = withCsv('issued.csv', { columns: { ...columns, day: { type: 'date', description: 'Day' } } });
    const csv = [
      'year,issued,source,day',
      '2019,1,rnm-numbers,2019-13',
      '2020,1,rnm-numbers,2020-02-30',
      '2021,1,rnm-numbers,2021-9',
      '2022,1,rnm-numbers,5 December 2022',
      '2023,1,rnm-numbers,05/12/2023',
    ].join('\n');
    expect(read({ 'data/issued.json': typed, 'data/issued.csv': csv }).errors).toEqual([
      'data/issued.csv: line 2: day: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY, got "2019-13": no month 13: months run from 01 to 12',
      'data/issued.csv: line 3: day: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY, got "2020-02-30": no such day',
      'data/issued.csv: line 4: day: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY, got "2021-9": write 2021-09',
      'data/issued.csv: line 5: day: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY, got "5 December 2022": write 2022-12-05',
      // The sheet shows its dates in the machine's format: the fix is in how it exports them.
      'data/issued.csv: line 6: day: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY, got "05/12/2023": format the column as text or as yyyy-mm-dd before exporting',
    ]);
  });

  it('tells a CSV cell of a true/false column written yes or no what to write, and reads a minus sign typed as one', () => {
    const typed = withCsv('issued.csv', {
      columns: { ...columns, public: { type: 'boolean', description: 'Published' } },
    });
    const csv = ['year,issued,source,public', '2019,1,rnm-numbers,yes', '2020,−5,rnm-numbers,No'].join('\n');
    expect(read({ 'data/issued.json': typed, 'data/issued.csv': csv }).errors).toEqual([
      'data/issued.csv: line 2: public: expected true or false, got "yes": write true',
      'data/issued.csv: line 3: issued: expected a whole number, got "−5": write it with a hyphen for its minus sign, -5 (format the column as a plain number before exporting)',
      'data/issued.csv: line 3: public: expected true or false, got "No": write false',
    ]);
  });

  it('tells a CSV cell holding a figure and its unit to hold the figure alone', () => {
    const csv = ['year,issued,source', '2019,"1,265 notices",rnm-numbers'].join('\n');
    expect(read({ 'data/issued.json': withCsv(), 'data/issued.csv': csv }).errors).toEqual([
      'data/issued.csv: line 2: issued: expected a whole number, got "1,265 notices": write it alone, 1265: the column\'s "unit" says what it counts (format the column as a plain number before exporting)',
    ]);
  });

  it('never tells a figure written with its scale ("15 thousand", "2 million") to hold the figure before the word alone', () => {
    // 15 for "15 thousand" would publish a figure a thousand times too small: the message quotes the cell, and no more.
    const csv = [
      'year,issued,source',
      '2019,15 thousand,rnm-numbers',
      '2020,2 millions,rnm-numbers',
      '2021,3 bn,rnm-numbers',
      '2022,12 k,rnm-numbers',
    ].join('\n');
    expect(read({ 'data/issued.json': withCsv(), 'data/issued.csv': csv }).errors).toEqual([
      'data/issued.csv: line 2: issued: expected a whole number, got "15 thousand"',
      'data/issued.csv: line 3: issued: expected a whole number, got "2 millions"',
      'data/issued.csv: line 4: issued: expected a whole number, got "3 bn"',
      'data/issued.csv: line 5: issued: expected a whole number, got "12 k"',
    ]);
    // A unit after the figure is still told to go: "1,265 notices" above.
    expect(
      read({ 'data/issued.json': withCsv(), 'data/issued.csv': 'year,issued,source\n2019,15 km,rnm-numbers' }).errors,
    ).toEqual([
      'data/issued.csv: line 2: issued: expected a whole number, got "15 km": write it alone, 15: the column\'s "unit" says what it counts (format the column as a plain number before exporting)',
    ]);
  });

  it('counts lines as an editor does, past a cell that spans lines, and says how many more lines repeat a mistake', () => {
    const typed = withCsv('issued.csv', { columns: { ...columns, note: { type: 'string', description: 'Note' } } });
    const csv = [
      'year,issued,source,note',
      '2019,1,rnm-numbers,"a note',
      'on two lines"',
      ...[2020, 2021, 2022, 2023].map((year) => `${year},"1,000",rnm-numbers,`),
    ].join('\n');
    expect(read({ 'data/issued.json': typed, 'data/issued.csv': csv }).errors).toEqual([
      'data/issued.csv: line 4: issued: expected a whole number, got "1,000": write it without separators, 1000 (format the column as a plain number before exporting), and the same on 3 more lines (5, 6 and 7)',
    ]);
  });

  it('says that a column with no name in the header is an empty one the spreadsheet exported, once for several', () => {
    // Excel exports the empty columns beside a table it once held: a comma after the last name, on every line.
    const csv = 'year,issued,source,,\n2024,15548,rnm-numbers,,\n';
    expect(read({ 'data/issued.json': withCsv(), 'data/issued.csv': csv }).errors).toEqual([
      'data/issued.csv: line 1: columns 4 and 5 have no name: empty columns the spreadsheet exported beside the table (a comma after the last name): delete them in the spreadsheet before exporting, or the commas after "source"',
    ]);
  });

  it('refuses a header that is not the declared columns, naming the column meant', () => {
    const csv = 'Year,isued,source,extra\n2024,15548,rnm-numbers,x\n';
    expect(read({ 'data/issued.json': withCsv(), 'data/issued.csv': csv }).errors).toEqual([
      'data/issued.csv: line 1: unknown column "Year": did you mean "year", as data/issued.json declares it in "columns"? The header names each column exactly',
      'data/issued.csv: line 1: unknown column "isued": did you mean "issued", as data/issued.json declares it in "columns"? The header names each column exactly',
      'data/issued.csv: line 1: unknown column "extra": declare it in "columns" in data/issued.json, or remove it from the file (columns: year, issued, source)',
    ]);
    expect(
      read({ 'data/issued.json': withCsv(), 'data/issued.csv': 'year,source\n2024,rnm-numbers\n' }).errors,
    ).toEqual([
      'data/issued.csv: line 1: missing column "issued", which data/issued.json declares: add it to the header, with its values below (empty cells for gaps)',
    ]);
  });

  it('says to export comma-separated when the cells are separated by semicolons, and names a line with cells missing', () => {
    expect(
      read({ 'data/issued.json': withCsv(), 'data/issued.csv': 'year;issued;source\n2024;15548;rnm-numbers\n' }).errors,
    ).toEqual([
      'data/issued.csv: line 1: the cells are separated by semicolons, not commas: export the sheet as "CSV UTF-8 (comma delimited)", with a comma between cells',
    ]);
    expect(
      read({ 'data/issued.json': withCsv(), 'data/issued.csv': 'year,issued,source\n2024,15548\n' }).errors,
    ).toEqual([
      'data/issued.csv: line 2: expected 3 cells (year,issued,source), got 2: a line has a cell for each column, and an empty cell (a gap) keeps its comma',
    ]);
  });

  it('names a figure its comma split into two cells, with the figure to write, and a text cell a comma split otherwise', () => {
    const shares = {
      year: { type: 'integer', description: 'Year' },
      share: { type: 'number', unit: '%', description: 'Share of notices' },
      source: { type: 'string', ref: 'source', description: 'Source of the figure' },
    };
    const csv = 'year,share,source\n2023,1,5,rnm-numbers\n2024,2,25,rnm-numbers\n';
    expect(
      read({ 'data/issued.json': withCsv('issued.csv', { columns: shares }), 'data/issued.csv': csv }).errors,
    ).toEqual([
      'data/issued.csv: line 2: share: expected 3 cells (year,share,source), got 4: its comma splits the figure 1,5 into two cells: write it with a point before its decimals, 1.5 (format the column as a plain number before exporting), and the same on line 3',
    ]);
    expect(
      read({ 'data/issued.json': withCsv(), 'data/issued.csv': 'year,issued,source\n2024,15,548,rnm-numbers\n' })
        .errors,
    ).toEqual([
      'data/issued.csv: line 2: issued: expected 3 cells (year,issued,source), got 4: its comma splits the figure 15,548 into two cells: write it without separators, 15548 (format the column as a plain number before exporting)',
    ]);
    expect(
      read({ 'data/issued.json': withCsv(), 'data/issued.csv': 'year,issued,source\n2024,15548,rnm, p. 2\n' }).errors,
    ).toEqual([
      'data/issued.csv: line 2: expected 3 cells (year,issued,source), got 4: a cell with a comma in it is written in double quotes',
    ]);
    // 2023,1 | 5 or 2023 | 1,5: either figure could be the one split, and neither is named.
    const twoFigures = { ...shares, year: { type: 'number', description: 'Year' } };
    expect(
      read({
        'data/issued.json': withCsv('issued.csv', { columns: twoFigures }),
        'data/issued.csv': 'year,share,source\n2023,1,5,rnm-numbers\n',
      }).errors,
    ).toEqual([
      'data/issued.csv: line 2: expected 3 cells (year,share,source), got 4: a cell with a comma in it is written in double quotes',
    ]);
  });

  it('names a header row repeated below the first, as one line: two exports pasted together, or a sheet that repeats it', () => {
    const csv = 'year,issued,source\n2023,15000,rnm-numbers\nyear,issued,source\n2024,15548,rnm-numbers\n';
    expect(read({ 'data/issued.json': withCsv(), 'data/issued.csv': csv }).errors).toEqual([
      'data/issued.csv: line 3: the header row again (year,issued,source), where a row was expected: delete the line (two exports pasted together, or a sheet that repeats its header)',
    ]);
  });

  it("takes a one-column CSV's value that is its column's name as a value: a word list may hold its own header", () => {
    const terms = withCsv('terms.csv', { columns: { term: { type: 'string', description: 'A term the files use' } } });
    expect(read({ 'data/issued.json': terms, 'data/terms.csv': 'term\nnotice\nterm\ndiffusion\n' }).errors).toEqual([]);
  });

  it('stops on a CSV that is not UTF-8 (Excel\'s "CSV (Comma delimited)"), whose accents would be published as �', () => {
    const site = minimalSite();
    site.write('data/issued.json', withCsv());
    // "Côte" in Windows-1252, as Excel saves a sheet as "CSV (Comma delimited)": ô is the one byte F4.
    const latin1 = Buffer.from(
      'year,issued,source\n2023,15000,rnm-numbers\n2024,15548,"rnm-numbers"\n"Côte",1,x\n',
      'latin1',
    );
    writeFileSync(join(site.root, 'data/issued.csv'), latin1);
    expect(validateProject(site.root, now, false).errors.map((error) => error.message)).toEqual([
      'data/issued.csv: line 4, column 3: not UTF-8 (the byte F4): the sheet was saved in another encoding, as Excel\'s "CSV (Comma delimited)" saves it (in Windows-1252, "Côte"): export the sheet as "CSV UTF-8 (comma delimited)"',
    ]);
  });

  it('counts the column of a byte that is no UTF-8 in characters, after accents written right on its line', () => {
    const site = minimalSite();
    site.write(
      'data/issued.json',
      withCsv('issued.csv', { columns: { ...columns, note: { type: 'string', description: 'Note' } } }),
    );
    // "é" in UTF-8 (two bytes), then "ô" in Windows-1252: the byte F4 is the 29th of its line, its 28th character.
    const mixed = Buffer.concat([
      Buffer.from('year,issued,source,note\n2024,15548,rnm-numbers,"é C', 'utf8'),
      Buffer.from([0xf4]),
      Buffer.from('te"\n', 'utf8'),
    ]);
    writeFileSync(join(site.root, 'data/issued.csv'), mixed);
    expect(validateProject(site.root, now, false).errors.map((error) => error.message)).toEqual([
      'data/issued.csv: line 2, column 28: not UTF-8 (the byte F4): the sheet was saved in another encoding, as Excel\'s "CSV (Comma delimited)" saves it (in Windows-1252, "Côte"): export the sheet as "CSV UTF-8 (comma delimited)"',
    ]);
  });

  it('tells a CSV saved as UTF-16 (Excel\'s "Unicode Text") that it is, at its first line and column', () => {
    const site = minimalSite();
    site.write('data/issued.json', withCsv());
    writeFileSync(
      join(site.root, 'data/issued.csv'),
      Buffer.from('\uFEFFyear,issued,source\n2024,15548,rnm-numbers\n', 'utf16le'),
    );
    expect(validateProject(site.root, now, false).errors.map((error) => error.message)).toEqual([
      'data/issued.csv: line 1, column 1: not UTF-8 but UTF-16, as Excel\'s "Unicode Text" saves a sheet: export the sheet as "CSV UTF-8 (comma delimited)"',
    ]);
  });

  it('reads a UTF-8 CSV that holds the replacement character "�" itself: it is UTF-8, written on purpose', () => {
    const notes = withCsv('issued.csv', { columns: { ...columns, note: { type: 'string', description: 'Note' } } });
    const csv = 'year,issued,source,note\n2024,15548,rnm-numbers,"Shown as � where the scan is unreadable"\n';
    expect(read({ 'data/issued.json': notes, 'data/issued.csv': csv }).errors).toEqual([]);
  });

  it('names a header written with a space after each comma once, with the header to write', () => {
    const csv = 'year, issued, source\n2024,15548,rnm-numbers\n';
    expect(read({ 'data/issued.json': withCsv(), 'data/issued.csv': csv }).errors).toEqual([
      'data/issued.csv: line 1: " issued" and " source" have a space around them, which is part of the name in a CSV: write the header without spaces, year,issued,source',
    ]);
  });

  it('names a CSV that does not exist, and the file meant', () => {
    const out = read({
      'data/issued.json': withCsv('isued.csv'),
      'data/issued.csv': 'year,issued,source\n2024,15548,rnm-numbers\n',
    });
    expect(out.errors).toEqual(['data/issued.json: rows: data/isued.csv does not exist: did you mean "issued.csv"?']);
    expect(read({ 'data/issued.json': withCsv(5 as never) }).errors).toEqual([
      'data/issued.json: rows: expected a list of rows, or the name of a CSV file in data/ holding them ("<id>.csv"), got 5',
    ]);
    expect(read({ 'data/issued.json': withCsv('../issued.csv') }).errors).toEqual([
      'data/issued.json: rows: expected the rows as a list, or the name of a CSV file directly in data/, e.g. "issued.csv", got "../issued.csv"',
    ]);
  });

  it('names the CSV line of a text value written with Markdown, which a page prints as written', () => {
    const named = { country: { type: 'string', description: 'Country' }, ...columns };
    const csv = 'country,year,issued,source\nPeru,2023,1,rnm-numbers\n**Chile**,2024,2,rnm-numbers\n';
    expect(
      read({ 'data/issued.json': withCsv('issued.csv', { columns: named }), 'data/issued.csv': csv }).errors,
    ).toEqual([
      'data/issued.csv: line 3: country: **Chile** would be printed as written: a value of a text column is plain text, not Markdown or HTML; write the figure or the words themselves',
    ]);
  });

  it('names the CSV lines of two values that read alike on the page but are written apart', () => {
    const named = { country: { type: 'string', description: 'Country' }, ...columns };
    const csv = "country,year,issued,source\nCote d'Ivoire,2023,1,rnm-numbers\nCote d’Ivoire,2024,2,rnm-numbers\n";
    expect(
      read({ 'data/issued.json': withCsv('issued.csv', { columns: named }), 'data/issued.csv': csv }).errors,
    ).toEqual([
      `data/issued.csv: line 3: country: "Cote d’Ivoire" reads the same on the page as "Cote d'Ivoire" in line 2 (another apostrophe): a chart would show them apart under one name; write the value one way in every row`,
    ]);
  });

  it("reports the schema's problems with rows by the CSV's lines: a key named twice, an unknown source", () => {
    const csv = 'year,issued,source\n2023,1,rnm-numbers\n2023,2,rnm-numbrs\n';
    expect(read({ 'data/issued.json': withCsv('issued.csv', { key: 'year' }), 'data/issued.csv': csv }).errors).toEqual(
      [
        'data/issued.csv: line 3: year: 2023 is already the key of line 2: a key names one row',
        'data/issued.csv: line 3: source: unknown source "rnm-numbrs": did you mean "rnm-numbers"? add it to data/sources.json or fix the id (the row where year is 2023)',
      ],
    );
  });

  it('reads a CSV a dataset names, and says how to use one that none names', () => {
    const out = read({
      'data/issued.json': withCsv(),
      'data/issued.csv': 'year,issued,source\n2024,15548,rnm-numbers\n',
      'data/Extra Counts.csv': 'year,count\n2024,1\n',
      'data/counts.CSV': 'year,count\n2024,1\n',
    });
    expect(out).toEqual({
      errors: [],
      notes: [
        'data/Extra Counts.csv: not read: a dataset is a JSON file: to publish these rows, add data/extra-counts.json with its title, sources, columns and "rows": "Extra Counts.csv" (see "A dataset" in the README)',
        'data/counts.CSV: not read: a dataset\'s rows are read from a file ending in .csv, in lower case: rename it to counts.csv and name it in a dataset\'s "rows" (see "A dataset" in the README)',
      ],
    });
  });
});

describe('a dataset file whose extension is in capitals', () => {
  it('is noted as not read, with the name to give it, rather than left out without a word', () => {
    expect(read({ 'data/counts.JSON': dataset() }).notes).toEqual([
      'data/counts.JSON: not read: a dataset is read from a file ending in .json, in lower case: rename it to counts.json',
    ]);
  });
});

/** loadProject on the preflight's minimal site (tests/helpers/preflight.ts) with `files`. */
function loadProjectWith(files: Record<string, string>) {
  const site = minimalSite();
  for (const [path, text] of Object.entries(files)) site.write(path, text);
  const { project, errors } = loadProject(site.root);
  return { project, errors: errors.map((e) => e.message) };
}

/** A content layer's loader context for the datasets in `root`/data: the store, the schema, a digest of the text. */
function loaderContext(root: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>();
  const parsed: string[] = [];
  // Astro's loader metadata, kept in the store beside the entries.
  const meta = new Map<string, string>();
  return {
    entries,
    parsed,
    meta,
    context: {
      collection: 'datasets',
      meta,
      config: { root: pathToFileURL(`${root}/`) },
      logger: {
        info: () => {},
        error: (message: string) => {
          throw new Error(message);
        },
      },
      store: {
        keys: () => [...entries.keys()],
        get: (id: string) => entries.get(id),
        set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) =>
          void entries.set(entry.id, entry),
        delete: (id: string) => void entries.delete(id),
      },
      parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
        parsed.push(id);
        return datasetSchema.parse(data) as unknown as Record<string, unknown>;
      },
      generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    },
  };
}

describe("the datasets' loader of the content layer", () => {
  let previousCache: string | undefined;
  beforeAll(() => {
    previousCache = process.env.CASEFILE_CHART_CACHE;
    process.env.CASEFILE_CHART_CACHE = mkdtempSync(join(tmpdir(), 'casefile-csv-charts-'));
    clearMemoryCache();
  });
  afterAll(() => {
    if (previousCache === undefined) delete process.env.CASEFILE_CHART_CACHE;
    else process.env.CASEFILE_CHART_CACHE = previousCache;
  });

  it('stores the rows the preflight reads; an edited CSV, and only that, parses the dataset again and changes its chart', async () => {
    const site = minimalSite();
    site.write('data/issued.json', withCsv());
    site.write('data/issued.csv', 'year,issued,source\n2023,15000,rnm-numbers\n2024,15548,rnm-numbers\n');
    const { entries, parsed, context } = loaderContext(site.root);
    const sync = () => syncDatasets(context as never, join(site.root, 'data'));
    await sync();
    expect(entries.get('issued')?.data.rows).toEqual(loadProject(site.root).project.datasets.get('issued')?.rows);
    const chart = () =>
      chartFigure({
        spec: { type: 'line', x: 'year', y: 'issued', title: 'Issued' },
        dataset: entries.get('issued')!.data as never,
        lang: 'en',
      }).wide;
    resetChartStats();
    const before = chart();
    // What indexing ahead compares (src/build/search-ahead.ts): the site's record, which holds every dataset's rows.
    const record = () => contentRecord(loadProject(site.root).project, new Date('2026-11-22T12:00:00Z'), false).site;
    const recordBefore = record();
    await sync();
    expect(parsed).toEqual(['issued']);
    site.write('data/issued.csv', 'year,issued,source\n2023,15000,rnm-numbers\n2024,9000,rnm-numbers\n');
    await sync();
    expect(parsed).toEqual(['issued', 'issued']);
    expect(entries.get('issued')?.data.rows).toEqual([
      { year: 2023, issued: 15000, source: 'rnm-numbers' },
      { year: 2024, issued: 9000, source: 'rnm-numbers' },
    ]);
    expect(record()).not.toBe(recordBefore);
    const after = chart();
    expect(after).not.toBe(before);
    expect(chartStats().rendered).toBe(2);
  });

  it('reloads the datasets when the dev server sees a CSV change', async () => {
    const site = minimalSite();
    site.write('data/issued.json', withCsv());
    site.write('data/issued.csv', 'year,issued,source\n2024,15548,rnm-numbers\n');
    const { entries, meta, context } = loaderContext(site.root);
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    await datasetLoader(join(site.root, 'data')).load({ ...context, watcher } as never);
    expect(watcher.add).toHaveBeenCalledWith(join(site.root, 'data/'));
    site.write('data/issued.csv', 'year,issued,source\n2024,1,rnm-numbers\n');
    watcher.emit('change', join(site.root, 'data/issued.csv'));
    await vi.waitFor(() =>
      expect(entries.get('issued')?.data.rows).toEqual([{ year: 2024, issued: 1, source: 'rnm-numbers' }]),
    );
    // Each change marks the store anew, once synced, for Astro to write it and reload the pages (dataset-loader.ts).
    await vi.waitFor(() => expect(meta.get('changed')).toBeDefined());
    const marked = meta.get('changed');
    watcher.emit('change', join(site.root, 'data/issued.csv'));
    await vi.waitFor(() => expect(meta.get('changed')).not.toBe(marked));
  });

  it("holds a mistake the dev server sees in a dataset's CSV or JSON for its pages, with the file, line and column, until it is fixed", async () => {
    const site = minimalSite();
    site.write('data/issued.json', withCsv());
    site.write('data/issued.csv', 'year,issued,source\n2024,15548,rnm-numbers\n');
    const { entries, context } = loaderContext(site.root);
    const logged: string[] = [];
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    await datasetLoader(join(site.root, 'data')).load({
      ...context,
      logger: { info: () => {}, error: (message: string) => logged.push(message) },
      watcher,
    } as never);
    expect(datasetProblems()).toBeUndefined();
    const edit = (file: string, text: string) => {
      site.write(file, text);
      watcher.emit('change', join(site.root, file));
    };
    edit('data/issued.csv', 'year,issued,source\n2024,"1,265",rnm-numbers\n');
    const csvMistake =
      'data/issued.csv: line 2: issued: expected a whole number, got "1,265": write it without separators, 1265 (format the column as a plain number before exporting)';
    await vi.waitFor(() => expect(datasetProblems()?.message).toBe(csvMistake));
    expect(logged.at(-1)).toContain(csvMistake);
    // The last good rows stay in the store; the pages show the mistake instead of them (src/middleware.ts).
    expect(entries.get('issued')?.data.rows).toEqual([{ year: 2024, issued: 15548, source: 'rnm-numbers' }]);
    edit('data/issued.json', withCsv().replace(/}$/, ',}'));
    await vi.waitFor(() =>
      expect(datasetProblems()?.message).toMatch(
        /^data\/issued\.json: invalid JSON at line 1, column \d+: a comma with nothing after it/,
      ),
    );
    // Rows written in the JSON, a figure in quotes: the schema's problem, in the build's words (Astro's named no file).
    edit('data/issued.json', withCsv([{ year: 2024, issued: '1,265', source: 'rnm-numbers' }] as never));
    await vi.waitFor(() =>
      expect(datasetProblems()?.message).toMatch(
        /^data\/issued\.json: rows\[0\]\.issued: expected a whole number or null, got "1,265": write the figure without quotes or separators, 1265/,
      ),
    );
    edit('data/issued.json', withCsv());
    edit('data/issued.csv', 'year,issued,source\n2024,1265,rnm-numbers\n');
    await vi.waitFor(() =>
      expect(entries.get('issued')?.data.rows).toEqual([{ year: 2024, issued: 1265, source: 'rnm-numbers' }]),
    );
    expect(datasetProblems()).toBeUndefined();
  });
});

describe('a figure a sheet exported as text', () => {
  it('is read with a decimal comma when it begins with 0, as no figure with thousands separators does', () => {
    // "0,125" has three digits after its comma, but is no 125 with a separator: a French sheet exports 0.125 so.
    expect(figureAsText('0,125')).toEqual({
      figure: 0.125,
      hint: 'write the figure without quotes, with a point before its decimals, 0.125',
      kind: 'decimal comma',
    });
    expect(figureAsText('-0,750')?.figure).toBe(-0.75);
    expect(cellValue('number', '0,125')).toEqual({
      kind: 'number as text, decimal comma',
      hint: ': write it with a point before its decimals, 0.125 (format the column as a plain number before exporting)',
    });
    // Thousands as before, and one or two decimals.
    expect(figureAsText('1,250')?.figure).toBe(1250);
    expect(figureAsText('12 345 678')?.figure).toBe(12345678);
    expect(figureAsText('13,5')?.figure).toBe(13.5);
  });

  it('reads a percentage by the same rules: "1,250%" is 1250, or 1.25 if its comma is a decimal one', () => {
    // A French sheet exports 2.125 % as "2,125 %": a hint naming 2125 alone was a figure a thousand times too large.
    expect(figureAsText('1,250%')).toEqual({
      figure: 1250,
      alternative: 1.25,
      hint: 'write the figure without quotes or the % sign, 1250, or 1.25 if the comma is a decimal one, and give the column "unit": "%"',
      kind: 'percent',
    });
    expect(figureAsText('1,234,567%')?.alternative).toBeUndefined();
    expect(figureAsText('1 250 %')?.figure).toBe(1250);
    expect(figureAsText('0,125 %')?.figure).toBe(0.125);
    expect(figureAsText('12,5 %')?.figure).toBe(12.5);
    expect(figureAsText('9.7%')?.figure).toBe(9.7);
    expect(cellValue('number', '1,250%')).toEqual({
      kind: 'number as text, percent',
      hint: ': write it without the % sign, 1250, or 1.25 if its comma is a decimal one, and give the column "unit": "%" (format the column as a plain number before exporting)',
    });
    // A column of whole numbers has no 1.25: 1250 is meant, and the hint keeps its "%".
    expect(cellValue('integer', '1,250%')).toEqual({
      kind: 'number as text, percent',
      hint: ': write it without the % sign, 1250, and give the column "unit": "%" (format the column as a plain number before exporting)',
    });
    const integers = datasetSchema.safeParse({
      ...JSON.parse(withCsv()),
      rows: [{ year: 2024, issued: '2,125 %', source: 'rnm-numbers' }],
    });
    expect(integers.success ? '' : integers.error.issues.map((issue) => issue.message).join('\n')).toMatch(
      /got "2,125 %": write the figure without quotes or the % sign, 2125, and give the column "unit": "%" \(/,
    );
  });

  it('says both readings of a comma before three digits, which French sheets put before decimals', () => {
    // "2,125" is 2125 to an English sheet and 2.125 to a French one: the hint names both, never one as certain.
    expect(figureAsText('2,125')).toEqual({
      figure: 2125,
      alternative: 2.125,
      hint: 'write the figure without quotes: 2125, or 2.125 if the comma is a decimal one',
      kind: 'separators',
    });
    expect(figureAsText('-1,250')?.alternative).toBe(-1.25);
    // Several groups, or a comma before other than three digits, read one way only.
    expect(figureAsText('1,234,567')?.alternative).toBeUndefined();
    expect(figureAsText('13,5')?.alternative).toBeUndefined();
    expect(cellValue('number', '2,125')).toEqual({
      kind: 'number as text, separators',
      hint: ': write it without separators, 2125, or 2.125 if its comma is a decimal one (format the column as a plain number before exporting)',
    });
    // A whole number column has no 2.125: 2125 is meant.
    expect(cellValue('integer', '2,125')).toEqual({
      kind: 'number as text, separators',
      hint: ': write it without separators, 2125 (format the column as a plain number before exporting)',
    });
    const integers = datasetSchema.safeParse({
      ...JSON.parse(withCsv()),
      rows: [{ year: 2024, issued: '2,125', source: 'rnm-numbers' }],
    });
    expect(integers.success ? '' : integers.error.issues.map((issue) => issue.message).join('\n')).toMatch(
      /got "2,125": write the figure without quotes or separators, 2125 \(/,
    );
  });

  it('says both readings of a point before three digits, which German and some French figures put between thousands', () => {
    // "1.200" is 1.2 to JSON and English, 1200 to a German or Belgian sheet: the hint names both, never one as certain.
    expect(figureAsText('1.200')?.hint).toBe(
      'write the figure without quotes: 1.2, or 1200 if the point separates thousands',
    );
    expect(figureAsText('1.5')?.hint).toBe('write the figure without quotes or separators, 1.5');
    // A whole number column has no 1.2: 1200 is meant.
    const integers = datasetSchema.safeParse({
      ...JSON.parse(withCsv()),
      rows: [{ year: 2024, issued: '1.200', source: 'rnm-numbers' }],
    });
    expect(integers.success ? '' : integers.error.issues.map((issue) => issue.message).join('\n')).toMatch(
      /got "1\.200": write the figure without quotes or separators, 1200\b/,
    );
    // Points between several groups, and thousands with a decimal comma, are read as German and French sheets write them.
    expect(figureAsText('1.234.567')?.figure).toBe(1234567);
    expect(figureAsText('1.234,5')).toEqual({
      figure: 1234.5,
      hint: 'write the figure without quotes, with a point before its decimals, 1234.5',
      kind: 'decimal comma',
    });
    expect(figureAsText('4\u202f817,25')?.figure).toBe(4817.25);
    // A CSV cell "1.200" is a plain number, 1.2, in a number column; in a column of whole numbers, 1200 is meant.
    expect(cellValue('number', '1.200')).toEqual({ value: 1.2 });
    expect(cellValue('integer', '1.200')).toEqual({
      kind: 'number as text, point between thousands',
      hint: ': write it without separators, 1200 (format the column as a plain number before exporting)',
    });
    expect(cellValue('integer', '1.5')).toEqual({ kind: 'fraction', hint: '' });
  });
});

describe("a CSV cell's gap marks", () => {
  it("tells a spreadsheet's marks for no figure (#N/A, dashes) to be left empty, as it tells n/a", () => {
    for (const mark of ['n/a', '#N/A', '-', '--', '–', '—', '?'])
      expect(cellValue('integer', mark)).toEqual({ kind: `text ${mark}`, hint: ': leave the cell empty for a gap' });
  });
});
