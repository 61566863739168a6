/**
 * Whether a value fits its column's type, and what one that does not is told.
 */
import { booleanHint, calendarDate, dateHint } from '../fields.ts';
import type { ColumnType } from './column.ts';
import { figureAsText } from './figure-as-text.ts';
import { isNumberInWords } from './number-words.ts';

const coarseDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Whether `value` fits a column of `type`; null always fits (a gap). */
export function valueFits(type: ColumnType, value: unknown): boolean {
  if (value === null) return true;
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      // Each part must exist: month 01–12, and a day the month has (2019-02-30 is not a date).
      return (
        typeof value === 'string' &&
        coarseDate.test(value) &&
        !Number.isNaN(calendarDate(`${value}-01-01`.slice(0, 10)).getTime())
      );
  }
}

/**
 * Whether the number written `written` (as JSON writes one) is the figure a double holds and prints back: a figure
 * of more than 15 significant digits may not be (12345678901234567891 prints back as 12345678901234567000), nor one
 * too small for a double (1e-400 is 0). Values are compared, not spellings: 1.50, 1.5 and 15e-1 are one figure.
 */
export function heldExactly(written: string): boolean {
  const value = Number(written);
  const printed = String(value);
  // Most often printed back as written, the test costs no parsing.
  return printed === written || !Number.isFinite(value) || decimalFigure(written) === decimalFigure(printed);
}

/** What is said of a figure that is not held exactly (heldExactly), after the figure or "it". */
export function tooManyDigits(written: string): string {
  return `has more digits than a figure can hold and would be published as ${Number(written)}`;
}

/** What to write instead of a figure that is not held exactly, before how to write a code (text). */
export const largerUnit = 'write it in a larger unit (thousands, millions), saying so in the column\'s "unit"';

/** A number's sign, significant digits and exponent ("-15e-1" for -1.50), or "0"; undefined for other text. */
function decimalFigure(text: string): string | undefined {
  const parts = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!parts) return undefined;
  const [, sign, whole, fraction = '', exponent = '0'] = parts;
  const digits = `${whole}${fraction}`.replace(/^0+/, '');
  const significant = digits.replace(/0+$/, '');
  if (significant === '') return '0';
  return `${sign}${significant}e${Number(exponent) - fraction.length + digits.length - significant.length}`;
}

/** What a value of each type is, in an editor's words ("expected a whole number"); the CSV reader says the same. */
export const expected: Record<ColumnType, string> = {
  string: 'text',
  number: 'a finite number',
  integer: 'a whole number',
  boolean: 'true or false',
  date: 'a real date written YYYY-MM-DD, YYYY-MM or YYYY',
};

/**
 * What a value that does not fit its column is, for telling one mistake repeated down a column from several: figures
 * typed as text ("12,000", "4 817") are one mistake, and so are numbers where text or dates were expected; other text
 * is one mistake per text ("n/a" in ten rows), since each typo ("2019-13", "2019-00") needs its own fix.
 */
export function valueKind(value: unknown): string {
  if (typeof value === 'string') return figureAsText(value) === undefined ? `text ${value}` : 'number as text';
  return value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value;
}

/**
 * A hint for a value that does not fit its column: a figure written as text, a date that is none or a year written
 * as a number, a word meant as true or false; or nothing.
 */
export function valueHint(type: ColumnType, value: unknown): string {
  const hint =
    type === 'date' && typeof value === 'string'
      ? dateHint(value, { coarse: true })
      : type === 'date' && Number.isSafeInteger(value) && String(value).length === 4
        ? `a date is text: write it in quotes, "${value}"`
        : type === 'boolean' && typeof value === 'string'
          ? booleanHint(value)
          : undefined;
  return hint ? `: ${hint}` : numberAsText(type, value);
}

/** A value as the message quotes it; JSON writes a number too large for a double (1e400, infinity) as null. */
export function quoted(value: unknown): string {
  return typeof value === 'number' && !Number.isFinite(value)
    ? 'a number too large to be a figure, which JSON reads as infinity'
    : JSON.stringify(value);
}

/** Where a fraction typed in a column of whole numbers ("7,5") goes, said after how to write it. */
export const fractionColumn = 'in a column of "type": "number", not "integer"';

/** Texts written for "no figure" where JSON's null or a CSV's empty cell is meant ("n/a", "#N/A", "—", "not reported"). */
export const gapMarks =
  /^(?:n\/?a|n\.a\.|na|n\/?d|null|none|nil|#n\/a|-+|–|—|\?|\.\.?|…|unknown|not (?:reported|available|known))$/i;

/** A hint for a figure written as text in a number column: what to write instead, or nothing. */
function numberAsText(type: ColumnType, value: unknown): string {
  if ((type !== 'number' && type !== 'integer') || typeof value !== 'string') return '';
  if (gapMarks.test(value.trim())) return ': write null, without quotes, where the source gives no figure';
  if (isNumberInWords(value)) return ': write the figure in digits, without quotes';
  const found = figureAsText(value);
  if (found === undefined) return '';
  if (type === 'integer' && found.alternative !== undefined) {
    // A column of whole numbers takes the reading that is one: "1.200" is 1200, "2,125" is 2125.
    const whole = [found.figure, found.alternative].find((figure) => Number.isSafeInteger(figure));
    if (whole === undefined) return '';
    return found.kind === 'percent'
      ? `: write the figure without quotes or the % sign, ${whole}, and give the column "unit": "%"`
      : `: write the figure without quotes or separators, ${whole}`;
  }
  // "7,5" in a column of whole numbers: a fraction all the same, which the column's type has to allow.
  if (type === 'integer' && !Number.isSafeInteger(found.figure))
    return found.kind === 'decimal comma' ? `: ${found.hint}, ${fractionColumn}` : '';
  return `: ${found.hint}`;
}
