/**
 * Columns of identifiers: a row's id ("active-red-notices"), a case number ("A/HRC/48/11"), a code ("CCF-2019-04").
 * An identifier is in no language: a page in another language than the dataset's does not mark it with the dataset's
 * (`lang="en"` on a French page would have a screen reader spell "active-red-notices" as English words), and it has
 * nothing to translate.
 */
import type { Column, Dataset } from '../schemas/dataset.ts';

/** A code in small letters and figures, joined by "-", "_" or ".", with at least one joint or figure: "ccf-2019". */
const lowerCode = /^(?=.*[\d_.-])[a-z\d]+(?:[-_.][a-z\d]+)*$/;

/** A code in capitals and figures, joined by "-", "_", ".", "/" or ":", with at least one figure: "A/HRC/48/11". */
const upperCode = /^(?=.*\d)[A-Z\d]+(?:[-_./:][A-Z\d]+)*$/;

/** Whether `value` is written as an identifier, not as words. */
export function isIdentifier(value: string): boolean {
  return lowerCode.test(value) || upperCode.test(value);
}

/**
 * Whether the column `name` of `dataset` holds identifiers: a text column (not a source or a country, which pages
 * show by their names) whose every value is written as one (isIdentifier). One value written as words ("Refused")
 * makes it a column of words.
 */
export function isIdentifierColumn(dataset: Pick<Dataset, 'rows'>, name: string, column: Column): boolean {
  if (column.type !== 'string' || column.ref) return false;
  const values = dataset.rows.map((row) => row[name]).filter((value) => value !== null && value !== undefined);
  return values.length > 0 && values.every((value) => typeof value === 'string' && isIdentifier(value));
}
