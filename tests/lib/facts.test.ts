import { describe, expect, it } from 'vitest';
import { factColumn, factValue, findRow, keyColumn, rowAnchor, sourceColumnOf } from '../../src/lib/facts.ts';
import { formatValue } from '../../src/lib/format-value.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';

const dataset = {
  title: 'Issued',
  description: 'd',
  sources: ['fallback'],
  license: 'CC BY',
  updated: new Date('2026-01-01'),
  columns: {
    year: { type: 'integer', description: 'y' },
    issued: { type: 'integer', description: 'i' },
    source: { type: 'string', description: 's', ref: 'source' },
  },
  rows: [
    { year: 2024, issued: 15548, source: 'monitor' },
    { year: 2016, issued: 12787, source: null },
    { year: 2023, issued: null, source: null },
  ],
  notes: [],
  corrections: [],
} as unknown as Dataset;

describe('facts', () => {
  it('finds a row by its key column, whatever its position, comparing as text', () => {
    expect(keyColumn(dataset)).toBe('year');
    expect(findRow(dataset, 2016)?.issued).toBe(12787);
    expect(findRow(dataset, '2016')?.issued).toBe(12787);
    expect(keyColumn({ ...dataset, key: 'issued' })).toBe('issued');
  });

  it("links each value to its own column's source: `sourceColumn`, else the column named source, not the first", () => {
    // As data/red-notices-issued.json: the alternative figure's source column comes first.
    const two = {
      ...dataset,
      columns: {
        year: { type: 'integer', description: 'y' },
        issued_alt: { type: 'integer', description: 'a', sourceColumn: 'alt_source' },
        alt_source: { type: 'string', description: 'as', ref: 'source' },
        issued: { type: 'integer', description: 'i' },
        source: { type: 'string', description: 's', ref: 'source' },
      },
      rows: [{ year: 2015, issued_alt: 12878, alt_source: 'heritage', issued: 11492, source: 'pace' }],
    } as unknown as Dataset;
    expect(factValue('f.mdx', 'issued', two, 2015, 'issued')).toMatchObject({ value: 11492, source: 'pace' });
    expect(factValue('f.mdx', 'issued', two, 2015, 'issued_alt')).toMatchObject({ value: 12878, source: 'heritage' });
    expect([
      sourceColumnOf(two, 'issued'),
      sourceColumnOf(two, 'issued_alt'),
      sourceColumnOf(dataset, 'issued'),
    ]).toEqual(['source', 'alt_source', 'source']);
    // Without a column named source, the rows' own source is the first source column no other column claims.
    const claimed = {
      ...two,
      columns: {
        alt_src: two.columns.alt_source,
        issued: two.columns.issued,
        issued_alt: { ...two.columns.issued_alt, sourceColumn: 'alt_src' },
        main_src: two.columns.source,
      },
    } as unknown as Dataset;
    expect([sourceColumnOf(claimed, 'issued'), sourceColumnOf(claimed, 'issued_alt')]).toEqual(['main_src', 'alt_src']);
  });

  it("gives the value with its row's source; the dataset's first source only when the dataset has no source column", () => {
    expect(factValue('f.mdx', 'issued', dataset, 2024, 'issued')).toMatchObject({ value: 15548, source: 'monitor' });
    // A row whose source cell is empty is not credited to another source, nor printed without one (loading refuses
    // such a figure where its column has a unit; any other cell of such a row stops the Fact here).
    expect(() => factValue('f.mdx', 'issued', dataset, 2016, 'issued')).toThrow(
      'f.mdx: <Fact dataset="issued"> row: the row where year is 2016 names no source in "source": a Fact links its figure to its source; name it in the dataset',
    );
    const noSourceColumn = {
      ...dataset,
      columns: { year: dataset.columns.year, issued: dataset.columns.issued },
    } as unknown as Dataset;
    expect(factValue('f.mdx', 'issued', noSourceColumn, 2016, 'issued').source).toBe('fallback');
  });

  it('refuses a gap (an empty cell) and a Fact that names no row: no figure, no source to credit', () => {
    expect(() => factValue('f.mdx', 'issued', dataset, 2023, 'issued')).toThrow(
      'f.mdx: <Fact dataset="issued"> row: the row where year is 2023 has no issued: the cell is empty, and a Fact prints a figure a source gives',
    );
    expect(() => factValue('f.mdx', 'issued', dataset, undefined, 'issued')).toThrow(
      'f.mdx: <Fact dataset="issued"> row: expected the row, named by its year: e.g. row={',
    );
  });

  it('tells a row written with a thousands separator ("2,024", "2 024", "2.024") the key as the data writes it', () => {
    const told = (row: string) => () => factValue('content/stories/x.mdx', 'issued', dataset, row, 'issued');
    for (const row of ['2,024', '2\u00a0024', '2.024'])
      expect(told(row)).toThrow(
        `content/stories/x.mdx: <Fact dataset="issued"> row: dataset "issued" has no row with year = ${JSON.stringify(row)}: the data writes this year 2024, without a thousands separator: write row={2024} (rows: 2024, 2016, 2023)`,
      );
    // A key the data writes as text is written in quotes, as it is.
    const figures = {
      key: 'threshold',
      columns: { threshold: { type: 'string', description: 'T' }, value: { type: 'integer', description: 'V' } },
      rows: [{ threshold: '1000', value: 3 }],
    } as unknown as Dataset;
    expect(() => factValue('x.mdx', 'figures', figures, '1,000', 'value')).toThrow(
      'x.mdx: <Fact dataset="figures"> row: dataset "figures" has no row with threshold = "1,000": the data writes this threshold "1000", without a thousands separator: write row="1000" (rows: "1000")',
    );
    // A figure that names no row, with its separator or without, gets the rows alone.
    expect(told('1,999')).toThrow(/has no row with year = "1,999" \(rows: 2024, 2016, 2023\)$/);
  });

  it('fails with the file, the dataset and the missing row or column', () => {
    expect(() => factValue('content/stories/x.mdx', 'issued', dataset, 1999, 'issued')).toThrow(
      'content/stories/x.mdx: <Fact dataset="issued"> row: dataset "issued" has no row with year = 1999',
    );
    // A row named by text a typo away from one: said which.
    const figures = {
      key: 'id',
      columns: { id: { type: 'string', description: 'Id' }, value: { type: 'integer', description: 'Value' } },
      rows: [
        { id: 'active-red-notices', value: 58000 },
        { id: 'public-share', value: 10 },
      ],
    } as unknown as Dataset;
    expect(() => factValue('x.mdx', 'figures', figures, 'active-red-notice', 'value')).toThrow(
      'x.mdx: <Fact dataset="figures"> row: dataset "figures" has no row with id = "active-red-notice": did you mean "active-red-notices"? (rows: "active-red-notices", "public-share")',
    );
    expect(() => factValue('x.mdx', 'figures', figures, 'members', 'value')).toThrow(
      /has no row with id = "members" \(rows:/,
    );
    // A row named by another column's text (the country's name where the key is its code): said which key it has.
    const jailed = {
      key: 'country',
      columns: {
        country: { type: 'string', description: 'Code', ref: 'country' },
        name: { type: 'string', description: 'Name' },
        jailed: { type: 'integer', description: 'Jailed' },
      },
      rows: [
        { country: 'MM', name: 'Myanmar', jailed: 44 },
        { country: 'TR', name: 'Türkiye', jailed: 11 },
      ],
    } as unknown as Dataset;
    expect(() => factValue('x.mdx', 'jailed', jailed, 'Myanmar', 'jailed')).toThrow(
      'x.mdx: <Fact dataset="jailed"> row: dataset "jailed" has no row with country = "Myanmar": the row whose name is "Myanmar" is row="MM" (rows: "MM", "TR")',
    );
    expect(() => factValue('x.mdx', 'jailed', jailed, 'turkiye', 'jailed')).toThrow(
      /no row with country = "turkiye": the row whose name is "Türkiye" is row="TR" /,
    );
    // A key written in another case is a typo of the key, not "the row whose country is "TR"".
    expect(() => factValue('x.mdx', 'jailed', jailed, 'tr', 'jailed')).toThrow(
      'x.mdx: <Fact dataset="jailed"> row: dataset "jailed" has no row with country = "tr": did you mean "TR"? (rows: "MM", "TR")',
    );
    expect(() => factValue('content/stories/x.mdx', 'issued', dataset, 2024, 'count')).toThrow(
      'content/stories/x.mdx: <Fact dataset="issued"> column: dataset "issued" has no column "count" (columns: year, issued, source)',
    );
  });

  // A French editor names the row by the country's name, as the page prints it ("Pérou"), where the key holds its code
  // and no column holds its name: the message listed the codes, and left the editor to match them.
  it("tells a row named by its country's name, where the key holds codes, the code to write", () => {
    const active = {
      title: 'Active notices',
      key: 'pays',
      columns: {
        pays: { type: 'string', ref: 'country', description: 'Requesting country' },
        notices: { type: 'integer', description: 'Active notices' },
      },
      rows: [
        { pays: 'RU', notices: 4817 },
        { pays: 'PE', notices: 4457 },
      ],
    } as unknown as Dataset;
    expect(() => factValue('x.mdx', 'active', active, 'Pérou', 'notices')).toThrow(
      'x.mdx: <Fact dataset="active"> row: dataset "active" has no row with pays = "Pérou": "Pérou" is the country PE, as the key writes it: write row="PE" (rows: "RU", "PE")',
    );
    expect(() => factValue('x.mdx', 'active', active, 'Russia', 'notices')).toThrow(/: write row="RU" /);
  });

  it('lists the rows by key up to twelve, and from first to last beyond', () => {
    const years = (count: number) =>
      ({
        ...dataset,
        rows: Array.from({ length: count }, (_, index) => ({ year: 2001 + index, issued: 1, source: 'monitor' })),
      }) as unknown as Dataset;
    expect(() => factValue('x.mdx', 'issued', years(12), 1999, 'issued')).toThrow(
      'dataset "issued" has no row with year = 1999 (rows: 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012)',
    );
    expect(() => factValue('x.mdx', 'issued', years(13), 1999, 'issued')).toThrow(
      'dataset "issued" has no row with year = 1999 (13 rows, from 2001 to 2013)',
    );
  });

  it('refuses a Fact on a column of source ids, which would print the id, as <Fact> does when the page renders', () => {
    expect(() => factValue('content/stories/x.mdx', 'issued', dataset, 2024, 'source')).toThrow(
      'content/stories/x.mdx: <Fact dataset="issued"> column: "source" names each row\'s source by its id (ref: "source"): a Fact would print the id, monitor, in the text; cite the source with <Cite id="monitor" /> instead',
    );
  });

  it('anchors rows by their key', () => {
    expect(rowAnchor(2024)).toBe('row-2024');
    expect(rowAnchor('Russia, 2024')).toBe('row-russia-2024');
    // No dash left at either end by punctuation around the key.
    expect([rowAnchor('U.S.'), rowAnchor('(2024)')]).toEqual(['row-u-s', 'row-2024']);
  });

  it("prints a figure as a percentage when its row's unit is %, and only the figure", () => {
    const figures = {
      key: 'id',
      columns: {
        id: { type: 'string', description: 'id' },
        value: { type: 'number', description: 'v' },
        year: { type: 'integer', description: 'y' },
        total: { type: 'integer', unit: 'notices', description: 't' },
        unit: { type: 'string', description: 'u' },
      },
    } as unknown as Pick<Dataset, 'key' | 'columns'>;
    const row = { id: 'public-share', value: 10, year: 2024, total: 23716, unit: '%' };
    const print = (column: string, format?: Parameters<typeof formatValue>[3], lang = 'en') =>
      formatValue(row[column as keyof typeof row], factColumn(figures, column, row), lang, format);
    expect([print('value'), print('value', undefined, 'fr')]).toEqual(['10%', '10\u00a0%']);
    // With a format, the sign stays.
    expect(print('value', 'decimal')).toBe('10.0%');
    // Not the year, nor a column with a unit of its own.
    expect([print('year'), print('total')]).toEqual(['2024', '23,716']);
    // Nor the row's key, when it is a number: a rank is not a share.
    const ranked = { ...figures, key: 'value' } as typeof figures;
    expect(formatValue(10, factColumn(ranked, 'value', row), 'en')).toBe('10');
    // A row with another unit prints the number alone.
    expect(formatValue(4817, factColumn(figures, 'value', { ...row, unit: 'red notices' }), 'en')).toBe('4,817');
  });
});
