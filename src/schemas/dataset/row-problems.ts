/**
 * A dataset's row problems, a mistake repeated down a column reported once.
 */
import { rowsSuffix } from './rows-named.ts';

/**
 * The problems of a dataset's rows, one per mistake: a mistake repeated down a column (a figure typed as text in every
 * row, a column name misspelt in every row) is reported once, at its first row, with how many other rows have it and
 * which. Reported row by row, it filled the terminal with twenty lines that say one thing, and buried the others.
 */
export class RowProblems {
  private readonly groups = new Map<
    string,
    { column: string; message: string | ((rows: number[]) => string); rows: number[] }
  >();

  private readonly rows: readonly Record<string, unknown>[];
  private readonly key: string | undefined;

  constructor(rows: readonly Record<string, unknown>[], key: string | undefined) {
    this.rows = rows;
    this.key = key;
  }

  /**
   * A problem at `rows[index][column]`; `group` says which problems are one mistake. A message given as a function
   * names the rows itself (it gets their indexes); otherwise rowsSuffix is added after it.
   */
  add(group: string, index: number, column: string, message: string | ((rows: number[]) => string)): void {
    const seen = this.groups.get(group);
    if (seen) seen.rows.push(index);
    else this.groups.set(group, { column, message, rows: [index] });
  }

  /** One issue per mistake, in the order of their first rows. */
  issues(): { path: (string | number)[]; message: string }[] {
    return [...this.groups.values()].map(({ column, message, rows }) => ({
      path: ['rows', rows[0]!, column],
      message:
        typeof message === 'function' ? message(rows) : `${message}${rowsSuffix(this.rows, this.key, column, rows)}`,
    }));
  }
}
