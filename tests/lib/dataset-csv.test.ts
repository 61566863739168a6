import { describe, expect, it } from 'vitest';
import { datasetCsv, spreadsheetSafe } from '../../src/lib/dataset-csv.ts';

describe('the CSV download', () => {
  it('writes text a spreadsheet would run as a formula with a leading apostrophe', () => {
    for (const cell of ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '-', '+', '='])
      expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
  });

  it('leaves numbers, text that is a plain number, and other text as they are', () => {
    for (const value of [
      -40.5,
      0,
      1e308,
      '-12.5',
      '+7',
      '-.5',
      '1e-3',
      '-1.5e3',
      '+2E-4',
      'Plain = text',
      ' =1',
      "'=already",
      '',
      null,
      true,
    ]) {
      expect(spreadsheetSafe(value)).toBe(value);
    }
  });

  it('keeps the columns in their order, and writes gaps as empty cells', () => {
    expect(datasetCsv([{ b: '=x', a: -3 }, { a: null }], ['a', 'b'])).toBe("a,b\n-3,'=x\n,");
  });
});
