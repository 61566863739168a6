import { describe, expect, it } from 'vitest';
import { formatDateList, formatDateRange, valueFormatter } from '../../src/charts/format.ts';
import { numberAxis, tickLabels } from '../../src/charts/axes.ts';
import { summarize } from '../../src/charts/summary.ts';
import { formatValue } from '../../src/lib/format-value.ts';
import { datasetCsv } from '../../src/lib/dataset-csv.ts';
import type { ChartSpec } from '../../src/schemas/chart.ts';
import { column } from './golden.ts';

describe('chart numbers', () => {
  it('write a small decimal with its significant digits, not rounded to 0 or to 0.01', () => {
    const rate = column('number', { label: 'Rate' });
    const format = (lang: string) => valueFormatter('rate', rate, lang);
    expect([0.003, 0.0125, -0.004].map(format('en'))).toEqual(['0.003', '0.013', '\u22120.004']);
    expect(format('fr')(0.003)).toBe('0,003');
    // Larger numbers keep two decimals at most, as before.
    expect([1234.567, 0.155, 12, 1e9].map(format('en'))).toEqual(['1,234.57', '0.16', '12', '1,000,000,000']);
  });

  // A table and a <Fact> write a year column's figures without grouping whatever its numeric type
  // (src/lib/format-value.ts); a chart wrote "2,024" for a year column typed "number".
  it('write a year as the table and a <Fact> do, "2024", whether its column is typed integer or number', () => {
    for (const type of ['integer', 'number'] as const) {
      const year = column(type, { label: 'Year' });
      expect([valueFormatter('year', year, 'en')(2024), valueFormatter('year', year, 'fr')(2024)]).toEqual([
        '2024',
        '2024',
      ]);
      expect(formatValue(2024, { name: 'year', ...year }, 'en')).toBe('2024');
    }
  });

  it('the summary of small decimals gives their values', () => {
    const columns = { year: column('integer', { label: 'Year' }), rate: column('number', { label: 'Rate' }) };
    const rows = [2005, 2006, 2007].map((year, i) => ({ year, rate: 0.003 * (i + 1) }));
    const spec = { title: 'T', type: 'line', x: 'year', y: 'rate' } as ChartSpec;
    expect(summarize({ spec, rows, filtered: rows, columns, lang: 'en' })).toBe(
      'Line chart of rate per year, 2005 to 2007. Highest: 0.009 in 2007. Lowest: 0.003 in 2005.',
    );
  });

  it('label the ticks of an axis of small decimals each with its own value', () => {
    const labels = tickLabels(numberAxis('rate', column('number'), [0.003, 0.006, 0.009], 200, 'en', true).axis);
    expect(labels.length).toBeGreaterThan(2);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('0.004');
  });

  it("the chart's data table writes a tiny decimal with its digits, as the summary does, not as 0", () => {
    const rate = { type: 'number' as const, description: '', name: 'rate' };
    expect([0.0003, 0.00125].map((value) => formatValue(value, rate, 'en'))).toEqual(['0.0003', '0.00125']);
    expect(formatValue(0.0003, rate, 'fr')).toBe('0,0003');
    // Every decimal the dataset gives, where the chart rounds; a format the editor chose is kept.
    expect([1234.5678, 0.0123, 12, 1e-7].map((value) => formatValue(value, rate, 'en'))).toEqual([
      '1,234.5678',
      '0.0123',
      '12',
      '0.0000001',
    ]);
    expect([0.1, 0.3, 2.675].map((value) => formatValue(value, rate, 'en'))).toEqual(['0.1', '0.3', '2.675']);
    expect(formatValue(0.0003, rate, 'en', 'decimal')).toBe('0.0');
  });

  it('a table cell writes a number with the minus sign a chart uses, in the page language, and every decimal its dataset gives', () => {
    const change = column('number', { label: 'Change' });
    const values = [-1250.456, -0.5, -3, 0.125, 98765.4321];
    expect(values.map((value) => formatValue(value, { ...change, name: 'change' }, 'en'))).toEqual([
      '\u22121,250.456',
      '\u22120.5',
      '\u22123',
      '0.125',
      '98,765.4321',
    ]);
    // The chart rounds the same figures, with the same sign.
    expect(values.map((value) => valueFormatter('change', change, 'en')(value))).toEqual([
      '\u22121,250.46',
      '\u22120.5',
      '\u22123',
      '0.13',
      '98,765.43',
    ]);
    // French: a decimal comma, a narrow no-break space between thousands, and the same minus sign.
    expect(formatValue(-1250.456, { ...change, name: 'change' }, 'fr')).toBe('\u22121\u202f250,456');
    expect(valueFormatter('change', change, 'fr')(-1250.456)).toBe('\u22121\u202f250,46');
    // So does a percentage, and a number with a format the editor chose.
    expect(formatValue(-4.5, { ...change, unit: '%', name: 'change' }, 'fr')).toBe('\u22124,5\u00a0%');
    expect(formatValue(-5, { ...change, name: 'change' }, 'en', 'decimal')).toBe('\u22125.0');
    // The summary says the figure as the chart does.
    const columns = { year: column('integer', { label: 'Year' }), change };
    const rows = [
      { year: 2020, change: -1250.456 },
      { year: 2021, change: 3 },
    ];
    const spec = { title: 'T', type: 'line', x: 'year', y: 'change' } as ChartSpec;
    expect(summarize({ spec, rows, filtered: rows, columns, lang: 'en' })).toContain('Lowest: \u22121,250.46 in 2020.');
    // The download keeps the machine value.
    expect(datasetCsv(rows, ['year', 'change'])).toContain('2020,-1250.456');
  });

  it('write a yes/no value in the page language, as the table does, not "true" and "false"', () => {
    const flag = column('boolean', { label: 'Published' });
    expect([true, false].map((value) => valueFormatter('published', flag, 'en')(value))).toEqual(['yes', 'no']);
    expect([true, false].map((value) => valueFormatter('published', flag, 'fr')(value))).toEqual(['oui', 'non']);
    const columns = {
      year: column('integer', { label: 'Year' }),
      published: flag,
      count: column('integer', { label: 'Notices' }),
    };
    const rows = [
      { year: 2020, published: true, count: 1 },
      { year: 2021, published: false, count: 2 },
    ];
    const spec = { title: 'T', type: 'line', x: 'year', y: 'count', series: 'published' } as ChartSpec;
    expect(summarize({ spec, rows, filtered: rows, columns, lang: 'fr' })).toContain(
      'Une série par published\u00a0: oui et non.',
    );
  });
});

describe('formatDateList', () => {
  it('says the month and year of days once, in English and French', () => {
    expect(formatDateList(['2009-05-04', '2009-05-03'], 'en')).toBe('3 and 4 May 2009');
    expect(formatDateList(['2009-05-03', '2009-05-25', '2009-06-01'], 'en')).toBe('3 and 25 May and 1 June 2009');
    expect(formatDateList(['2009-05-03', '2009-05-25', '2009-06-01'], 'fr')).toBe(
      '3 et 25\u00a0mai et 1er\u00a0juin 2009',
    );
    expect(formatDateList(['2009-05', '2009-06', '2010-01'], 'en')).toBe('May and June 2009 and January 2010');
  });

  it("writes each day in the page's digits, as the month and year beside it", () => {
    expect(formatDateList(['2009-05-03', '2009-05-04'], 'fa')).toBe('۳ و ۴ مهٔ ۲۰۰۹');
    expect(formatDateList(['2009-05-03', '2009-05-25', '2009-06-01'], 'fa')).toBe('۳ و ۲۵ مهٔ و ۱ ژوئن ۲۰۰۹');
  });

  it('writes days, and groups them, in the calendar the locale names: one Gregorian month may be two Solar Hijri ones', () => {
    const persian = 'fa-IR-u-ca-persian';
    expect(formatDateList(['2009-05-03', '2009-05-04'], persian)).toBe('۱۳ و ۱۴ اردیبهشت ۱۳۸۸');
    // 3 and 25 May 2009 fall in Ordibehesht and Khordad; 15 and 25 March 2009 in two Solar Hijri years.
    expect(formatDateList(['2009-05-03', '2009-05-25'], persian)).toBe('۱۳ اردیبهشت و ۴ خرداد ۱۳۸۸');
    expect(formatDateList(['2009-03-15', '2009-03-25'], persian)).toBe('۲۵ اسفند ۱۳۸۷ و ۵ فروردین ۱۳۸۸');
    // Months known alone stay Gregorian (dateFormatter).
    expect(formatDateList(['2009-05', '2009-06'], persian)).toBe('مهٔ و ژوئن ۲۰۰۹');
  });
});

describe('formatDateRange', () => {
  it('says the month and year two days share once, at the end', () => {
    expect(formatDateRange('2009-05-03', '2009-05-20', 'en')).toEqual(['3', '20 May 2009']);
    expect(formatDateRange('2009-05-03', '2009-05-20', 'fr')).toEqual(['3', '20\u00a0mai 2009']);
  });

  it('says the year two days of different months share once', () => {
    expect(formatDateRange('2009-05-03', '2009-06-04', 'en')).toEqual(['3 May', '4 June 2009']);
    expect(formatDateRange('2009-05-03', '2009-06-04', 'fr')).toEqual(['3\u00a0mai', '4\u00a0juin 2009']);
  });

  it('writes both ends in full when their years differ, even a day apart', () => {
    expect(formatDateRange('2009-05-03', '2010-06-04', 'en')).toEqual(['3 May 2009', '4 June 2010']);
    expect(formatDateRange('2009-12-31', '2010-01-01', 'fr')).toEqual([
      '31\u00a0décembre 2009',
      '1er\u00a0janvier 2010',
    ]);
  });

  it('says the year two months share once (precision 2), and both years when they differ', () => {
    expect(formatDateRange('2009-05', '2009-06', 'en')).toEqual(['May', 'June 2009']);
    expect(formatDateRange('2009-05', '2009-06', 'fr')).toEqual(['mai', 'juin 2009']);
    expect(formatDateRange('2009-05', '2010-06', 'en')).toEqual(['May 2009', 'June 2010']);
    expect(formatDateRange('2009-05', '2010-06', 'fr')).toEqual(['mai 2009', 'juin 2010']);
  });

  it('leaves years, one date and ends of different precision to be written each in full', () => {
    for (const lang of ['en', 'fr']) {
      expect(formatDateRange('2009', '2010', lang)).toBeUndefined();
      expect(formatDateRange('2009-05-03', '2009-05-03', lang)).toBeUndefined();
      expect(formatDateRange('2009-05', '2009-06-01', lang)).toBeUndefined();
    }
  });

  it("says the start's month where Intl marks it shared (Persian), and the year once", () => {
    // Intl writes fa's "۳ مه تا ۴ ژوئن ۲۰۰۹" with the start's month marked shared: its start is "۳ مه", not "۳".
    expect(formatDateRange('2009-05-03', '2009-06-04', 'fa')).toEqual(['۳ مه', '۴ ژوئن ۲۰۰۹']);
    expect(formatDateRange('2009-05-03', '2009-06-04', 'fa-IR-u-ca-persian')).toEqual(['۱۳ اردیبهشت', '۱۴ خرداد ۱۳۸۸']);
    // Days of one month, and months of one year, still say what they share once.
    expect(formatDateRange('2009-05-03', '2009-05-20', 'fa')).toEqual(['۳', '۲۰ مهٔ ۲۰۰۹']);
    expect(formatDateRange('2009-05-03', '2009-05-20', 'fa-IR-u-ca-persian')).toEqual(['۱۳', '۳۰ اردیبهشت ۱۳۸۸']);
    // A month that starts a range is not joined to a year: "مه", not "مهٔ" with the ezafe Intl writes before "۲۰۰۹".
    expect(formatDateRange('2009-05', '2009-06', 'fa')).toEqual(['مه', 'ژوئن ۲۰۰۹']);
    expect(formatDateRange('2009-05', '2009-06', 'fa-IR-u-ca-persian')).toEqual(['مه', 'ژوئن ۲۰۰۹']);
    expect(formatDateRange('2009-02', '2009-06', 'fa')).toEqual(['فوریه', 'ژوئن ۲۰۰۹']);
    // The months of other languages as they were.
    expect(formatDateRange('2009-05', '2009-06', 'de')).toEqual(['Mai', 'Juni 2009']);
    expect(formatDateRange('2009-05', '2009-06', 'ko')).toEqual(['2009년 5월', '6월']);
  });

  it("is Intl's range whole where the ends share parts said before the start and after the end (American English)", () => {
    // "May 3 – 20, 2009": apart, the end read "20, 2009", without its month.
    expect(formatDateRange('2009-05-03', '2009-05-20', 'en-US')).toBe('May 3\u2009–\u200920, 2009');
    // Ends that each say what they do not share stay apart: "May 3" to "June 4, 2009".
    expect(formatDateRange('2009-05-03', '2009-06-04', 'en-US')).toEqual(['May 3', 'June 4, 2009']);
    expect(formatDateRange('2009-05', '2009-06', 'en-US')).toEqual(['May', 'June 2009']);
    expect(formatDateRange('2009-05-03', '2010-06-04', 'en-US')).toEqual(['May 3, 2009', 'June 4, 2010']);
    // British English and French say their shared month and year after the end: apart, as before.
    expect(formatDateRange('2009-05-03', '2009-05-20', 'en-GB')).toEqual(['3', '20 May 2009']);
    expect(formatDateRange('2009-05-03', '2009-05-20', 'fr')).toEqual(['3', '20\u00a0mai 2009']);
  });

  it('keeps the punctuation that ends the start where Intl writes it into the separator', () => {
    // German "3.–20. Mai 2009", Korean "2009년 5월 3일~20일", Hungarian "2009. május 3–20." as Intl writes the range.
    expect(formatDateRange('2009-05-03', '2009-05-20', 'de')).toEqual(['3.', '20. Mai 2009']);
    expect(formatDateRange('2009-05-03', '2009-06-04', 'de')).toEqual(['3. Mai', '4. Juni 2009']);
    expect(formatDateRange('2009-05-03', '2009-05-20', 'ko')).toEqual(['2009년 5월 3일', '20일']);
    expect(formatDateRange('2009-05-03', '2009-06-04', 'ko')).toEqual(['2009년 5월 3일', '6월 4일']);
    expect(formatDateRange('2009-05-03', '2009-06-04', 'hu')).toEqual(['2009. május 3.', 'június 4.']);
  });

  it('writes both ends in full, as the page writes a date, where Intl writes a range otherwise than a date alone', () => {
    // Intl's ranges write Japanese long dates in figures (2009/05/03～2009/05/20) and Italian days with two digits
    // ("03–20 maggio 2009"): a start of one form beside an end of the other read as two ways of dating.
    expect(formatDateRange('2009-05-03', '2009-05-20', 'ja')).toEqual(['2009年5月3日', '2009年5月20日']);
    expect(formatDateRange('2009-05-03', '2009-05-20', 'it')).toEqual(['3 maggio 2009', '20 maggio 2009']);
  });

  it('writes the first of the month « 1er » in French, at either end, and "1" in English', () => {
    expect(formatDateRange('2009-05-01', '2009-05-20', 'fr')).toEqual(['1er', '20\u00a0mai 2009']);
    expect(formatDateRange('2009-04-20', '2009-05-01', 'fr')).toEqual(['20\u00a0avril', '1er\u00a0mai 2009']);
    expect(formatDateRange('2009-05-01', '2009-05-20', 'en')).toEqual(['1', '20 May 2009']);
  });
});

describe('chart values in a translated dataset', () => {
  it('print a percentage by the column as written, whatever its translation calls the unit', () => {
    const share = { ...column('number', { unit: 'pour cent' }), written: column('number', { unit: '%' }) };
    expect(valueFormatter('share', share, 'fr')(55.1)).toBe('55,1\u00a0%');
  });

  it('say yes or no in the page language for a boolean, also when a category axis passes it as text', () => {
    const flag = column('boolean', { label: 'Published' });
    expect(['true', 'false', true].map(valueFormatter('published', flag, 'fr'))).toEqual(['oui', 'non', 'oui']);
  });

  it('name a country by its code, and print a code Intl does not take (three letters) as written', () => {
    const country = column('string', { ref: 'country' });
    expect(['TR', 'USA', 'Kosovo'].map(valueFormatter('country', country, 'en'))).toEqual(['Turkey', 'USA', 'Kosovo']);
  });
});
