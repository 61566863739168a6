/**
 * A dataset's rows checked against its columns: each value of its column's type (or null), no column unknown or
 * missing, a figure with its source, text values written one way, and a declared key naming one row.
 */
import type { z } from 'astro/zod';
import type { Dataset } from '../dataset.ts';
import { countryCodeProblem } from '../fields.ts';
import { nearestName } from '../../lib/edit-distance.ts';
import { curlyApostrophes } from '../../lib/typography.ts';
import { quotedValue, writtenApart } from './alike-values.ts';
import { percentUnitProblem } from './column.ts';
import { RowProblems } from './row-problems.ts';
import { rowsNamed, rowsSuffix } from './rows-named.ts';
import { holdsFigures, sourceColumnOf } from './source-column.ts';
import { expected, quoted, valueFits, valueHint, valueKind } from './values.ts';

/**
 * What is wrong with `dataset`'s rows, each said to `ctx`: a mistake repeated down a column once, at its first row
 * (see RowProblems).
 */
export function checkRows(dataset: Dataset, ctx: z.RefinementCtx): void {
  const names = Object.keys(dataset.columns);
  // Which row, by its key as well as its index: "rows[19]" alone sends an editor counting.
  const key = dataset.key && names.includes(dataset.key) ? dataset.key : names[0];
  // Each figure column with the column naming its source, when the rows name theirs (else the dataset's `sources`).
  const sourced = names.flatMap((name) => {
    const source = holdsFigures(name, dataset.columns[name]!, key, dataset.columns)
      ? sourceColumnOf(dataset, name)
      : undefined;
    return source !== undefined && dataset.columns[source]?.ref === 'source' ? [{ name, source }] : [];
  });
  /** The problems of the rows, a mistake repeated down a column reported once (see RowProblems). */
  const problems = new RowProblems(dataset.rows, key);
  dataset.rows.forEach((row, index) => {
    // A stray {} (a row left when others were deleted): one row to remove, not a missing value in each column.
    if (Object.keys(row).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['rows', index],
        message: 'an empty row ({}): remove it, or write its values (null for a gap)',
      });
      return;
    }
    const missing = names.filter((name) => !(name in row));
    /** The columns this row lacks because it writes them under another name ("isued" for "issued", "Source"). */
    const misspelt = new Set<string>();
    for (const [name, value] of Object.entries(row)) {
      const column = dataset.columns[name];
      if (!column) {
        const meant = nearestName(name, missing);
        if (meant && !misspelt.has(meant)) {
          misspelt.add(meant);
          // In every row, the rows may be right and "columns" misspelt: both are said.
          problems.add(`misspelt\n${name}\n${meant}`, index, name, (rows) => {
            const everywhere =
              rows.length === dataset.rows.length && rows.length > 1 && /^[a-z][a-z0-9_]*$/.test(name)
                ? `; or, if the rows are right, rename "${meant}" in "columns"`
                : '';
            return `unknown column "${name}": did you mean "${meant}"?${rowsSuffix(dataset.rows, key, name, rows)}${everywhere}`;
          });
        } else {
          problems.add(
            `unknown\n${name}`,
            index,
            name,
            `unknown column "${name}": declare it in "columns" or remove it (columns: ${names.join(', ')})`,
          );
        }
      } else if (name === key && (value === null || !valueFits(column.type, value))) {
        // The key names the row (its link on the dataset page, <Fact row>): a row without one has no name.
        const why =
          dataset.key === key
            ? `"${key}" is the key, which names the row`
            : `"${key}" is the first column, which names the row when no "key" is declared`;
        problems.add(
          `key\n${value === null ? 'null' : valueKind(value)}`,
          index,
          name,
          `expected ${expected[column.type]}, got ${quoted(value)}${value === null ? `: ${why}, so it cannot be empty` : valueHint(column.type, value)}`,
        );
      } else if (!valueFits(column.type, value)) {
        problems.add(
          `type\n${name}\n${valueKind(value)}`,
          index,
          name,
          `expected ${expected[column.type]} or null, got ${quoted(value)}${valueHint(column.type, value)}`,
        );
      } else if (column.ref === 'country' && value !== null) {
        const problem = countryCodeProblem(value);
        if (problem) problems.add(`country\n${name}\n${problem}`, index, name, problem);
      } else if (name === 'unit' && column.type === 'string' && typeof value === 'string') {
        // The rows' own unit column (headline-figures): a row whose unit is "%" prints its figure as a percentage.
        const problem = percentUnitProblem(value, '"%"');
        if (problem) problems.add(`percent\n${value}`, index, name, problem);
      }
    }
    for (const name of missing) {
      if (!misspelt.has(name)) problems.add(`missing\n${name}`, index, name, 'missing value: write null for a gap');
    }
    // A figure is credited to the source its row names: without one, pages would credit the dataset's first source,
    // which may never have given it.
    const unsourced = new Map<string, string[]>();
    for (const { name, source } of sourced) {
      if (typeof row[name] === 'number' && row[source] === null)
        unsourced.set(source, [...(unsourced.get(source) ?? []), name]);
    }
    for (const [source, figures] of unsourced) {
      problems.add(`unsourced\n${source}\n${figures.join('\n')}`, index, source, (rows) => {
        const many = rows.length > 1;
        return `${rowsNamed(dataset.rows, key, rows)} ${many ? 'have' : 'has'} ${figures.length === 1 ? 'a figure' : 'figures'} in ${figures.map((f) => `"${f}"`).join(', ')} but no source: name ${many ? 'their sources' : 'its source'}, or leave the figure${figures.length === 1 && !many ? '' : 's'} empty (null)`;
      });
    }
  });
  // Text values that differ only where the page cannot show it: a straight and a typographic apostrophe (the site
  // typesets both alike), spaces at the ends or doubled. A chart keys its bars and series by the value as written, so
  // "Cote d'Ivoire" and "Cote d’Ivoire" were two bars under one label, and a reader could not tell which was which.
  for (const name of names) {
    const column = dataset.columns[name]!;
    if (column.type !== 'string' || column.ref) continue;
    const first = new Map<string, { value: string; index: number }>();
    dataset.rows.forEach((row, index) => {
      const value = row[name];
      if (typeof value !== 'string') return;
      const shown = curlyApostrophes(value.trim().replace(/\s+/gu, ' '));
      const seen = first.get(shown);
      if (!seen) first.set(shown, { value, index });
      else if (seen.value !== value) {
        problems.add(
          `alike\n${name}\n${value}`,
          index,
          name,
          (rows) =>
            `${quotedValue(value)} reads the same on the page as ${quotedValue(seen.value)} in rows[${seen.index}] (${writtenApart(seen.value, value)})${rowsSuffix(dataset.rows, key, name, rows)}: a chart would show them apart under one name; write the value one way in every row`,
        );
      }
    });
  }
  const rowIssues = problems.issues();
  for (const issue of rowIssues) ctx.addIssue({ code: 'custom', ...issue });
  // A row pasted twice, every cell alike: the table, the downloads and every chart would show it twice (a bar drawn
  // over itself, a stacked total counted twice), and a count is never told apart by nothing. A declared key says so
  // of its own (below). Rows whose cells have problems are told those first: a mistake repeated down a column makes
  // rows alike that the editor's correction tells apart.
  if ((dataset.key === undefined || !names.includes(dataset.key)) && rowIssues.length === 0) {
    const first = new Map<string, number>();
    dataset.rows.forEach((row, index) => {
      if (Object.keys(row).length === 0) return;
      const cells = JSON.stringify(names.map((name) => row[name] ?? null));
      const seen = first.get(cells);
      if (seen === undefined) first.set(cells, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index],
          message: `the same row as rows[${seen}], every cell alike${rowsSuffix(dataset.rows, key, '', [index])}: the table, the downloads and the charts would show it twice; remove one, or write in a column what sets them apart`,
        });
    });
  }
  // A declared key names one row: <Fact row> and the rows' anchors find rows by it.
  if (dataset.key !== undefined && names.includes(dataset.key)) {
    const first = new Map<string, number>();
    dataset.rows.forEach((row, index) => {
      const value = row[dataset.key!];
      if (value === null || value === undefined) return;
      const seen = first.get(String(value));
      if (seen === undefined) first.set(String(value), index);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, dataset.key!],
          message: `${JSON.stringify(value)} is already the key of rows[${seen}]: a key names one row`,
        });
    });
  }
}
