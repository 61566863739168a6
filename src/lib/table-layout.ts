/**
 * Whether a data table is laid out as cards on a phone (src/styles/tables.css, `.table-stack`): each row a block, each cell
 * under its column's name. A table scrolls sideways when it is wider than the screen, which serves a column of
 * figures well as long as the figures are in view (notes after them are scrolled to); when sentences (a column of
 * descriptions) or several columns of words come first, a reader at 360 px sees none of the figures without
 * scrolling, and gets cards instead.
 *
 * Widths are estimated from the text, in characters: a cell of an automatic-layout table shrinks to its longest
 * word (min-content) when the table is too wide for its box, so each column before the first figures is counted at
 * its longest word, header included, plus its padding.
 */

/** One column of the table as the reader sees it. */
export interface TableColumn {
  /** The header as shown: label and unit. */
  header: string;
  /** The cells as shown. */
  cells: readonly string[];
  /** A column of numbers (right-aligned figures). */
  numeric: boolean;
  /** A column of sentences, given a line's width of its own (DataTable's `.text`). */
  prose: boolean;
  /**
   * A column of numbers that labels its rows, as years do ("2011"): read as words, not the figures a reader scrolls
   * to (sentences after the years and before the figures make cards).
   */
  labels?: boolean;
}

/**
 * How many characters of words may come before the first figures: a 360-px screen less the page's margins holds
 * about 40 characters of the tables' type, and the first figures should start with room to be read.
 */
export const wordsBeforeFigures = 30;
/** A text column with a cell longer than this many characters is a column of sentences (TableColumn's `prose`). */
export const proseLength = 40;
/** A cell's padding, in characters (var(--space-2) on each side). */
const cellPadding = 2;

function longestWord(text: string): number {
  return text.split(/\s+/).reduce((longest, word) => Math.max(longest, [...word].length), 0);
}

/** The longest word of a column, header included. A fold, not Math.max(...cells): a dataset may have 100,000 rows. */
function widestWord(column: TableColumn): number {
  return column.cells.reduce((widest, cell) => Math.max(widest, longestWord(cell)), longestWord(column.header));
}

/** Whether the table reads better as cards on a phone than as a table that scrolls. */
export function stacksOnPhone(columns: readonly TableColumn[]): boolean {
  const first = columns.findIndex((column) => column.numeric && !column.labels);
  if (first < 0) return false;
  const words = columns.slice(0, first);
  // A column of sentences holds a line's width (20rem) of its own: the figures after it start off the screen.
  if (words.some((column) => column.prose)) return true;
  const before = words.reduce((sum, column) => sum + cellPadding + widestWord(column), 0);
  return before > wordsBeforeFigures;
}
