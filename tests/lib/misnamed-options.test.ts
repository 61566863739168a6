/**
 * An id an editor types under another name of its option (`<Cite ids="…">`, `<Chart data="…">`, `<Fact data="…">`) is
 * told the option meant, and what it names is checked in the same build, with its "did you mean" (src/lib/validate/
 * components.ts, chart.ts, body.ts): the editor who fixed the option's name found the misspelt id at the next build.
 */
import { describe, expect, it } from 'vitest';
import { goodFrontmatter, preflight, story } from '../helpers/preflight.ts';

const errors = (body: string, frontmatter = goodFrontmatter) =>
  preflight({ 'content/stories/the-files.mdx': story(frontmatter, body) }).errors;
const file = 'content/stories/the-files.mdx';

describe('an option written under another name', () => {
  it('<Cite ids="…"> or source="…": told to write id, and an unknown source in it the source meant', () => {
    expect(errors('A claim.<Cite ids="rnm-numbrs, rnm-numbers" /> Another.<Cite source="rnm-numbers" />')).toEqual([
      `${file}: line 8: <Cite>: unknown option "ids" (did you mean "id"?): expected id`,
      `${file}: line 8: <Cite>: unknown option "source" (did you mean "id"?): expected id`,
      `${file}: line 8: <Cite ids>: unknown source "rnm-numbrs": did you mean "rnm-numbers"? add it to data/sources.json or fix the id`,
    ]);
  });

  it('<Fact data="…">: told to write dataset, with the dataset meant and its column checked in the same build', () => {
    expect(
      errors(
        'In 2024, <Fact data="isued" row={2024} column="issued" /> notices.\n\nIn 2023, <Fact data="issued" row={2024} col="isued" />.',
      ),
    ).toEqual([
      `${file}: line 8: <Fact>: unknown option "data" (did you mean "dataset"?): expected dataset, row, column, format, card`,
      `${file}: line 8: <Fact> data: unknown dataset "isued": did you mean "issued"? expected one of issued (data/<id>.json)`,
      `${file}: line 10: <Fact>: unknown options "data" (did you mean "dataset"?), "col" (did you mean "column"?): expected dataset, row, column, format, card`,
      `${file}: line 10: <Fact> col: dataset "issued" has no column "isued": did you mean "issued"? (columns: year, issued, source)`,
    ]);
  });

  it('<Chart data="…">: told to write dataset, with the dataset meant, not "expected a dataset id"', () => {
    expect(errors('<Chart data="isued" type="bar" x="year" y="issued" title="Issued" />')).toEqual([
      `${file}: line 8: <Chart> "Issued" options: unknown option "data" (did you mean "dataset"?): expected type, spec, title, subtitle, x, y, series, top, sort, rank, label, end, zoom, breaks, filter, note (and dataset)`,
      `${file}: line 8: <Chart> "Issued" data: unknown dataset "isued": did you mean "issued"? expected one of issued (data/<id>.json)`,
    ]);
  });

  it('<Response by="…">: told to write from', () => {
    expect(errors('<Response by="Interpol" date="2026-01-20">\n\nNo comment.\n\n</Response>')).toEqual([
      `${file}: line 8: <Response>: unknown option "by" (did you mean "from"?): expected from, date`,
    ]);
  });
});
