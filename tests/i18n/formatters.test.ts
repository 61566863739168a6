/**
 * Intl formatters are built once per language and options and shared (building a DateTimeFormat costs ~0.3 ms, and
 * a chart's data table formats every row): sharing must never hand one language's formatter to another.
 */
import { describe, expect, it } from 'vitest';
import {
  dateFormatter,
  formatDate,
  formatPageNumber,
  languageList,
  formatPartialDate,
  listFormatter,
  numberFormatter,
  pluralRules,
  qualifierIn,
} from '../../src/i18n/index.ts';
import { formatCoarseDate, formatList, valueFormatter } from '../../src/charts/format.ts';
import { formatValue } from '../../src/lib/format-value.ts';
import { axisOptions } from '../../src/charts/axes.ts';

describe('shared Intl formatters', () => {
  it('are one per language and options', () => {
    expect(numberFormatter('fr', { maximumFractionDigits: 2 })).toBe(
      numberFormatter('fr', { maximumFractionDigits: 2 }),
    );
    expect(numberFormatter('fr', { maximumFractionDigits: 2 })).not.toBe(
      numberFormatter('en', { maximumFractionDigits: 2 }),
    );
    expect(numberFormatter('fr', { maximumFractionDigits: 2 })).not.toBe(numberFormatter('fr', { useGrouping: false }));
    expect(dateFormatter('en', { year: 'numeric' })).toBe(dateFormatter('en', { year: 'numeric' }));
    expect(listFormatter('en', { type: 'conjunction' })).not.toBe(listFormatter('fr', { type: 'conjunction' }));
    expect(pluralRules('fr')).toBe(pluralRules('fr'));
  });

  it('format in the language asked for, whichever language came first', () => {
    const months = ['fr', 'en', 'fr', 'en'].map((lang) => formatCoarseDate('2024-03', lang));
    expect(months).toEqual(['mars 2024', 'March 2024', 'mars 2024', 'March 2024']);
    const numbers = ['en', 'fr'].map((lang) =>
      valueFormatter('count', { type: 'integer', description: '' }, lang)(4817),
    );
    expect(numbers).toEqual(['4,817', '4\u202f817']);
    const years = ['fr', 'en'].map((lang) => valueFormatter('year', { type: 'integer', description: '' }, lang)(2024));
    expect(years).toEqual(['2024', '2024']);
    expect(['en', 'fr'].map((lang) => formatList(['Turkey', 'Russia', 'China'], lang))).toEqual([
      'Turkey, Russia and China',
      'Turkey, Russia et China',
    ]);
  });

  // English pages wrote dates in British English ("26 January 2026", og:locale en_GB) but figures and lists in Intl's
  // "en", which is American: "Turkey, Russia, and China" beside "26 January 2026". (Plural rules resolve to "en"
  // either way: ICU has one set for every English.)
  it("write a language's figures and lists in the locale its dates use: British English for English", () => {
    const formatters = [dateFormatter('en', {}), numberFormatter('en'), listFormatter('en')];
    expect(formatters.map((formatter) => formatter.resolvedOptions().locale)).toEqual(['en-GB', 'en-GB', 'en-GB']);
    expect(numberFormatter('fr').resolvedOptions().locale).toBe('fr');
    expect(formatValue(15548, { type: 'number' }, 'en', 'compact')).toBe('15.5k');
  });

  it('write the first of the month as French does, "1er mars 2026", in every style and where a date is a value', () => {
    const first = new Date(Date.UTC(2026, 2, 1));
    expect([formatDate(first, 'fr'), formatDate(first, 'fr', 'medium'), formatDate(first, 'en')]).toEqual([
      '1er\u00a0mars 2026',
      '1er\u00a0mars 2026',
      '1 March 2026',
    ]);
    expect(formatDate(new Date(Date.UTC(2019, 10, 1)), 'fr', 'medium')).toBe('1er\u00a0nov. 2019');
    expect(formatDate(new Date(Date.UTC(2026, 2, 11)), 'fr')).toBe('11\u00a0mars 2026');
    expect(formatPartialDate('2019-11-01', 'fr')).toBe('1er\u00a0nov. 2019');
    expect(formatValue('2019-11-01', { type: 'date', name: 'snapshot' }, 'fr')).toBe('1er\u00a0nov. 2019');
  });

  it('join the day to its month with a no-break space in French, « 5\u00a0mai 2009 », wherever a date is printed', () => {
    const day = new Date(Date.UTC(2009, 4, 5));
    // The month and the year keep a space a line may break at; so does English, as Intl writes it.
    expect([formatDate(day, 'fr'), formatDate(day, 'fr', 'medium'), formatDate(day, 'fr-CA')]).toEqual([
      '5\u00a0mai 2009',
      '5\u00a0mai 2009',
      '5\u00a0mai 2009',
    ]);
    expect(formatDate(new Date(Date.UTC(2026, 0, 26)), 'fr', 'medium')).toBe('26\u00a0janv. 2026');
    expect(formatDate(day, 'en')).toBe('5 May 2009');
    expect(formatPartialDate('2009-05-05', 'fr')).toBe('5\u00a0mai 2009');
    expect(formatValue('2009-05-05', { type: 'date', name: 'day' }, 'fr')).toBe('5\u00a0mai 2009');
    expect(formatCoarseDate('2009-05-05', 'fr')).toBe('5\u00a0mai 2009');
    expect(valueFormatter('day', { type: 'date', description: '' }, 'fr')('2009-05-05')).toBe('5\u00a0mai 2009');
    // A month has no day to keep with it.
    expect([formatPartialDate('2023-02', 'fr'), formatCoarseDate('2023-02', 'fr')]).toEqual([
      'févr. 2023',
      'février 2023',
    ]);
  });

  it('write a percentage the same way in a chart, on its axis and in the table, with the sign the language spaces', () => {
    const share = { type: 'number', unit: '%', description: '' } as const;
    for (const [lang, written] of [
      ['en', '55.1%'],
      ['fr', '55,1\u00a0%'],
    ] as const) {
      expect(valueFormatter('share', share, lang)(55.1)).toBe(written);
      expect(formatValue(55.1, { ...share, name: 'share' }, lang)).toBe(written);
      const axis = axisOptions('share', share, [0, 55.1], 300, lang, true);
      expect((axis.tickFormat as (v: number) => string)(50)).toBe(written.replace('55.1', '50').replace('55,1', '50'));
    }
    // A column with another unit keeps plain ticks.
    const axis = axisOptions('cases', { type: 'integer', description: '' }, [0, 1200], 300, 'en', true);
    expect((axis.tickFormat as (v: number) => string)(1000)).toBe('1,000');
  });

  it("write a source's date at the precision it is known to, never as ISO", () => {
    const dates = ['2026-01-26', '2023-02', '2023'];
    expect(dates.map((date) => formatPartialDate(date, 'en'))).toEqual(['26 Jan 2026', 'Feb 2023', '2023']);
    expect(dates.map((date) => formatPartialDate(date, 'fr'))).toEqual(['26\u00a0janv. 2026', 'févr. 2023', '2023']);
  });

  it('list languages by their names, the words between them chosen for the names as the language says them', () => {
    const text = (codes: string[], lang: string) =>
      languageList(codes, lang)
        .map((part) => part.value)
        .join('');
    expect(text(['fr', 'en'], 'es')).toBe('francés e inglés');
    expect(text(['en', 'fr'], 'he')).toBe('אנגלית וצרפתית');
    expect(text(['fr', 'es'], 'en')).toBe('French and Spanish');
    expect(languageList(['fr', 'es'], 'en')).toEqual([
      { value: 'French', code: 'fr' },
      { value: ' and ' },
      { value: 'Spanish', code: 'es' },
    ]);
  });

  it("write a page's number as a label, ungrouped, in the page's digits, as a list's title and its pager say it", () => {
    expect(['en', 'fr', 'fa'].map((lang) => formatPageNumber(1000, lang))).toEqual(['1000', '1000', '۱۰۰۰']);
  });

  it("write every date in one calendar, the Gregorian one, in the page's digits, unless the locale names another for days", () => {
    // Persian: Intl's default calendar for fa is the Solar Hijri one, in which the days were written ("۱۴ بهمن ۱۴۰۴")
    // beside the Gregorian months and years of sources and charts, which it cannot restate (December 2023 runs across
    // آذر and دی, 2022 across two of its years).
    expect(['2023-12-31', '2023-12', '2022'].map((date) => formatPartialDate(date, 'fa'))).toEqual([
      '۳۱ دسامبر ۲۰۲۳',
      'دسامبر ۲۰۲۳',
      '۲۰۲۲',
    ]);
    expect(['2024', '2024-03'].map((date) => formatCoarseDate(date, 'fa'))).toEqual(['۲۰۲۴', 'مارس ۲۰۲۴']);
    expect(formatDate(new Date(Date.UTC(2026, 1, 3)), 'fa')).toBe('۳ فوریهٔ ۲۰۲۶');
    // Thai's default is the Buddhist era (2569 for 2026); CLDR names the Gregorian one's era in Thai (ค.ศ.).
    expect(formatDate(new Date(Date.UTC(2026, 1, 3)), 'th')).toBe('3 กุมภาพันธ์ ค.ศ. 2026');
    // A locale that names its calendar, as an `intl` may, has its days in it.
    expect(formatDate(new Date(Date.UTC(2026, 1, 3)), 'fa-IR-u-ca-persian')).toBe('۱۴ بهمن ۱۴۰۴');
    expect(formatCoarseDate('2024-03', 'fa-IR-u-ca-persian')).toBe('مارس ۲۰۲۴');
  });

  it('write years without grouping, and counts "per year" with it', () => {
    const integer = (label?: string, unit?: string) => ({
      type: 'integer' as const,
      description: '',
      ...(label ? { label } : {}),
      ...(unit ? { unit } : {}),
    });
    const format = (name: string, column: ReturnType<typeof integer>) => [
      valueFormatter(name, column, 'en')(2024),
      formatValue(2024, { ...column, name }, 'en'),
    ];
    expect(format('year', integer())).toEqual(['2024', '2024']);
    expect(format('yr', integer('Year'))).toEqual(['2024', '2024']);
    expect(format('decided', integer(undefined, 'year'))).toEqual(['2024', '2024']);
    expect(format('fiscal_year', integer())).toEqual(['2024', '2024']);
    expect(format('requests', integer('Requests per year'))).toEqual(['2,024', '2,024']);
    expect(format('years_served', integer('Years in office'))).toEqual(['2,024', '2,024']);
  });

  it("translates a figure's qualifier however the dataset capitalises or spaces it, and marks one it does not know", () => {
    expect(qualifierIn('about', 'fr')).toEqual({ text: 'environ', translated: true });
    expect(qualifierIn(' At least ', 'fr')).toEqual({ text: 'au moins', translated: true });
    expect(qualifierIn('Under', 'en')).toEqual({ text: 'under', translated: true });
    expect(qualifierIn('roughly', 'fr')).toEqual({ text: 'roughly', translated: false });
  });

  it("reads a qualifier in the dataset's language, from that language's dictionary, and says it in the page's", () => {
    expect(qualifierIn('environ', 'en', 'fr')).toEqual({ text: 'about', translated: true });
    expect(qualifierIn('Au\u00a0moins', 'en', 'fr')).toEqual({ text: 'at least', translated: true });
    expect(qualifierIn(' moins de ', 'fr', 'fr')).toEqual({ text: 'moins de', translated: true });
    // A word of another language than the dataset's is not taken for its qualifier.
    expect(qualifierIn('about', 'fr', 'fr')).toEqual({ text: 'about', translated: false });
    expect(qualifierIn('environ', 'fr')).toEqual({ text: 'environ', translated: false });
  });
});
