import { describe, expect, it } from 'vitest';
import { stacksOnPhone, type TableColumn } from '../../src/lib/table-layout.ts';

const words = (header: string, cells: string[]): TableColumn => ({ header, cells, numeric: false, prose: false });
const figures = (header: string, cells: string[]): TableColumn => ({ header, cells, numeric: true, prose: false });

describe('data tables on a phone', () => {
  it('keeps a table that scrolls when its figures come first or after a short column of words', () => {
    expect(
      stacksOnPhone([figures('Year', ['2023', '2024']), figures('Red notices issued', ['12,260', '11,000'])]),
    ).toBe(false);
    expect(
      stacksOnPhone([words('Country', ['Russia', 'Turkey']), figures('Active red notices', ['4,817', '1,234'])]),
    ).toBe(false);
  });

  it('keeps a table that scrolls when its sentences come after its figures, or when it has no figures', () => {
    const note = {
      header: 'Note',
      cells: ['The organisation gave no figure for this year in its annual report.'],
      numeric: false,
      prose: true,
    };
    expect(stacksOnPhone([figures('Year', ['2023']), figures('Issued', ['12,260']), note])).toBe(false);
    expect(stacksOnPhone([words('Date', ['26 Jan 2026']), note])).toBe(false);
  });

  it('lays out as cards a table whose figures come after a column of sentences', () => {
    const figure = {
      header: 'Figure',
      cells: ['Active red notices, all countries, as reported in January 2026'],
      numeric: false,
      prose: true,
    };
    expect(stacksOnPhone([words('Figure id', ['active-red-notices']), figure, figures('Value', ['58,000'])])).toBe(
      true,
    );
  });

  it('takes a column of numbers that labels its rows (years) for words: sentences after it and before the figures make cards', () => {
    const ground = {
      header: 'Ground',
      cells: ['Article 3 (political, military, religious or racial)'],
      numeric: false,
      prose: true,
    };
    const years = { ...figures('Year', ['2017', '2020']), labels: true };
    expect(stacksOnPhone([years, ground, figures('Requests refused', ['187', '609'])])).toBe(true);
    // Four-digit counts, as Spanish writes them ungrouped ("4817"), are figures.
    expect(stacksOnPhone([figures('Notificaciones', ['4817', '4457']), ground])).toBe(false);
    // A year column after the figures is no more than another column.
    expect(stacksOnPhone([figures('Requests refused', ['187']), ground, years])).toBe(false);
  });

  it('lays out as cards a table whose columns of words, at their longest word each, leave no room for the figures', () => {
    const columns = [
      words('Snapshot', ['1 Nov 2019']),
      words('Counted by', ['requesting country', 'nationality']),
      words('Requesting country', ['Russia', '–']),
      words('Nationality', ['Turkmenistan']),
      figures('Public red notices', ['2,631']),
    ];
    expect(stacksOnPhone(columns)).toBe(true);
    // Without the two country columns, the words before the figures fit.
    expect(stacksOnPhone([columns[0]!, columns[1]!, columns[4]!])).toBe(false);
  });

  it("measures a dataset's table of 200,000 rows without running out of stack", () => {
    const cells = Array.from({ length: 200_000 }, (_, i) => `Region ${i}`);
    expect(stacksOnPhone([words('Region', cells), figures('Value', cells.map(String))])).toBe(false);
    expect(
      stacksOnPhone([
        words('Region', [...cells, 'Kaliningradskaya-oblast-and-its-exclaves-in-the-Baltic']),
        figures('Value', ['1']),
      ]),
    ).toBe(true);
  });
});
