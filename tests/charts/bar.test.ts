import { describe, expect, it } from 'vitest';
import { bar } from '../../src/charts/bar.ts';
import { textWidth } from '../../src/charts/text-width.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { shownRows } from '../../src/charts/rows.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = { country: column('string', { label: 'Country' }), notices: column('integer', { label: 'Notices' }) };
const rows = [
  { country: 'Peru', notices: 4457 },
  { country: 'Russia', notices: 4817 },
  { country: 'Tajikistan', notices: null },
  { country: 'Kyrgyzstan', notices: 917 },
];

describe('bar chart', () => {
  it('draws horizontal bars with labels above and values at the end (golden)', () => {
    expectKindGoldens(
      'bar',
      bar,
      shownRows({ rows, columns }, { type: 'bar', x: 'country', y: 'notices', title: 'T' }),
      { columns, x: 'country', y: 'notices' },
    );
  });

  it('orders bars largest first, nulls last, and keeps only the top N', () => {
    const shown = shownRows({ rows, columns }, { type: 'bar', x: 'country', y: 'notices', title: 'T', top: 2 });
    expect(shown.map((r) => r.country)).toEqual(['Russia', 'Peru']);
    expect(
      shownRows({ rows, columns }, { type: 'bar', x: 'country', y: 'notices', title: 'T', sort: 'none' }).map(
        (r) => r.country,
      ),
    ).toEqual(['Peru', 'Russia', 'Tajikistan', 'Kyrgyzstan']);
  });

  it('keeps a bar chart of years or dates in their order unless it says sort="value", and ranks other categories', () => {
    const years = [
      { year: 2022, notices: 10 },
      { year: 2023, notices: 30 },
      { year: 2024, notices: 20 },
    ];
    const spec = { type: 'bar', x: 'year', y: 'notices', title: 'T' } as const;
    const order = (type: 'integer' | 'date' | 'string', sort?: 'value') =>
      shownRows({ rows: years, columns: { year: column(type), notices: column('integer') } }, { ...spec, sort }).map(
        (row) => row.year,
      );
    expect(order('integer')).toEqual([2022, 2023, 2024]);
    expect(order('date')).toEqual([2022, 2023, 2024]);
    expect(order('integer', 'value')).toEqual([2023, 2024, 2022]);
    expect(order('string')).toEqual([2023, 2024, 2022]);
  });

  it('writes "no data" for a null value instead of drawing a zero', () => {
    const svg = renderPlot(bar(rows, { columns, x: 'country', y: 'notices', lang: 'en', width: 680 }), 't');
    expect(svg).toContain('>no data</text>');
    expect(svg).toContain('>4,817</text>');
  });

  it('formats values for the page language', () => {
    const svg = renderPlot(bar(rows, { columns, x: 'country', y: 'notices', lang: 'fr', width: 680 }), 't');
    expect(svg).toContain('>4\u202f817</text>');
  });
});

describe('bar chart value labels', () => {
  it.each([
    ['en', 'number', [131, 150.25, 90.5], ['150.25', '131.00', '90.50']],
    ['en', 'percent', [14, 12.5, 3], ['14.0%', '12.5%', '3.0%']],
    ['fr', 'number', [131, 150.25, -15], ['150,25', '131,00', '\u221215,00']],
    ['en', 'integer', [4817, 917], ['4,817', '917']],
  ] as const)('writes every value of one chart with the same decimals (%s, %s)', (lang, type, data, expected) => {
    const cols = {
      year: column('string'),
      value: type === 'percent' ? column('number', { unit: '%' }) : column(type === 'integer' ? 'integer' : 'number'),
    };
    const rows = data.map((value, i) => ({ year: `Row ${i}`, value }));
    const svg = renderPlot(bar(rows, { columns: cols, x: 'year', y: 'value', lang, width: 680 }), 't');
    const written = [...svg.matchAll(/>([^<]*\d[^<]*)<\/text>/g)].map((m) => m[1]!).filter((t) => !t.startsWith('Row'));
    expect(written.sort()).toEqual([...expected].sort());
  });
});

describe('bar chart of negative values', () => {
  const cols = { year: column('string'), change: column('integer') };
  /** Each text's x (where it is anchored), anchor and words, and the zero rule's x, at 340 px. */
  const drawn = (rows: { year: string; change: number }[]) => {
    const svg = renderPlot(bar(rows, { columns: cols, x: 'year', y: 'change', lang: 'en', width: 340 }), 't');
    // A group's translate (its dx) moves its texts: x is where each is anchored in the SVG.
    const texts = [...svg.matchAll(/<g ([^>]*)>((?:<text [^>]*>[^<]*<\/text>)+)<\/g>/g)].flatMap(([, attrs, group]) =>
      [...group!.matchAll(/translate\(([\d.]+),[\d.]+\)"[^>]*>([^<]+)</g)].map(([, x, text]) => ({
        x: Number(x) + Number(/translate\((-?[\d.]+),/.exec(attrs!)?.[1] ?? 0),
        anchor: /text-anchor="(\w+)"/.exec(attrs!)?.[1] ?? 'start',
        text: text!,
      })),
    );
    const zero = Number(/<line [^>]*x2="([\d.]+)" x1="\1"/.exec(svg)?.[1]);
    return { texts, zero, at: (text: string) => texts.find((t) => t.text === text)! };
  };

  it('sets the category labels at the zero line, clear of a negative value written left of its bar (340 px)', () => {
    const { at, zero } = drawn([
      { year: '2017', change: 120 },
      { year: '2019', change: -15 },
      { year: '2020', change: 200 },
    ]);
    expect(Number.isFinite(zero)).toBe(true);
    for (const year of ['2017', '2019', '2020']) expect(at(year).x, year).toBeCloseTo(zero, 1);
    // "−15" ends 4 px left of its bar, which ends left of zero: its text is wholly left of "2019"'s first letter.
    const value = at('\u221215');
    expect(value.anchor).toBe('end');
    expect(value.x).toBeLessThan(zero - 4);
  });

  it('ends the labels at the zero line when no bar is positive', () => {
    const { at, zero } = drawn([
      { year: '2018', change: -40 },
      { year: '2019', change: -15 },
    ]);
    expect(at('2019').anchor).toBe('end');
    expect(at('2019').x).toBeCloseTo(zero - 4, 1);
    expect(at('\u221240').x).toBeLessThan(at('2019').x - textWidth('2019'));
  });
});

describe('bar chart labels', () => {
  const long = 'Israel and the Occupied Palestinian Territories (including East Jerusalem and Gaza), as reported';
  const labelled = [
    { country: 'Russia', notices: 4817 },
    { country: long, notices: 3200 },
    { country: 'Peru', notices: 1200 },
  ];

  /**
   * Each category label, with its lines, where they start and the baselines of its first and last lines (12px text,
   * lines 1.25em apart, as the page sets them); and each bar's top and bottom.
   */
  function layout(svg: string) {
    const group = /<g transform="translate\(0,([\d.-]+)\)" text-anchor="start">(.*?)<\/g>/.exec(svg)!;
    const em = (attribute: string | undefined) => Number(/y="([\d.-]+)em"/.exec(attribute ?? '')?.[1] ?? 0) * 12;
    const labels = [
      ...group[2]!.matchAll(/<text transform="translate\(([\d.]+),([\d.]+)\)"([^>]*)>(.*?)<\/text>/g),
    ].map((m) => {
      const tspans = [...m[4]!.matchAll(/<tspan([^>]*)>([^<]*)<\/tspan>/g)];
      const lines = tspans.length ? tspans.map((t) => t[2]!) : [m[4]!];
      const first = Number(m[2]) + Number(group[1]) + em(tspans.length ? tspans[0]![1] : m[3]);
      return { x: Number(m[1]), lines, first, last: first + (lines.length - 1) * 15 };
    });
    const bars = [...svg.matchAll(/<rect height="([\d.]+)" y="([\d.]+)"/g)].map((m) => ({
      top: Number(m[2]),
      bottom: Number(m[2]) + Number(m[1]),
    }));
    return { labels, bars };
  }

  it.each([340, 680])(
    'a long category wraps inside the SVG, above its bar and below the previous one (%i px)',
    (width) => {
      const svg = renderPlot(bar(labelled, { columns, x: 'country', y: 'notices', lang: 'en', width }), 't');
      const { labels, bars } = layout(svg);
      // Every word is drawn, and no line runs past the SVG's right edge.
      expect(labels[1]!.lines.join(' ')).toBe(long);
      for (const label of labels)
        for (const line of label.lines) expect(label.x + textWidth(line), line).toBeLessThanOrEqual(width);
      // Each label sits between the bar above it and its own: its first line's capitals (10 px above the baseline) below
      // the one, its last line's descenders (2 px below) above the other.
      for (const [i, label] of labels.entries()) {
        expect(label.last + 2, `${label.lines.at(-1)} above its bar`).toBeLessThanOrEqual(bars[i]!.top);
        if (i > 0)
          expect(label.first - 10, `${label.lines[0]} below the bar above`).toBeGreaterThanOrEqual(bars[i - 1]!.bottom);
      }
    },
  );

  it("draws every bar 16 px high, whatever its label's lines and the number of bars", () => {
    const labels = [
      'Russia',
      'Israel and the Occupied Palestinian Territories (including East Jerusalem and Gaza), as reported',
      'Israel and the Occupied Palestinian Territories (including East Jerusalem and Gaza), as reported by the United Nations in its yearly count',
    ];
    const heights = new Set<number>();
    for (const label of labels)
      for (const count of [1, 2, 4, 8]) {
        const rows = [label, 'France', 'Chile', 'Peru', 'Iran', 'Turkey', 'Egypt', 'India']
          .slice(0, count)
          .map((country, i) => ({ country, notices: i + 1 }));
        const svg = renderPlot(bar(rows, { columns, x: 'country', y: 'notices', lang: 'en', width: 340 }), 't');
        const bars = [...svg.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
        expect(bars).toHaveLength(count);
        for (const height of bars) heights.add(height);
      }
    expect([...heights]).toEqual([16]);
  });

  // A reporter's chart at 360 px: "741", at the longest bar's end, touched the right edge of the phone's drawing.
  it("ends the longest bar's value 4 px clear of the right edge in wide figures (DejaVu Sans: 7.63 px at 12px)", () => {
    const rows = [
      { country: 'Access requests finalised', notices: 741 },
      { country: 'Complaints finalised', notices: 536 },
      { country: 'Revision applications finalised', notices: 97 },
    ];
    for (const width of [340, 680]) {
      const svg = renderPlot(bar(rows, { columns, x: 'country', y: 'notices', lang: 'en', width }), 'e');
      const group = svg.match(
        /<g transform="translate\(([\d.]+),[\d.]+\)" text-anchor="start"><text transform="translate\(([\d.]+),[\d.]+\)" y="0.32em">741</,
      )!;
      const start = Number(group[1]) + Number(group[2]);
      expect(width - (start + 3 * 7.63), `at ${width} px`).toBeGreaterThanOrEqual(4);
    }
  });

  // Set at x = 1 and on the SVG's last pixel row, a category's name and the last bar's value came within 1 px of the
  // left and bottom edges of a phone's drawing in Chromium (the text's box: its font's ascent and descent).
  it("keeps its text edgeClearance (4 px) inside the SVG's left and bottom edges", () => {
    const svg = renderPlot(bar(rows, { columns, x: 'country', y: 'notices', lang: 'en', width: 340 }), 'l');
    const height = Number(/height="([\d.]+)"/.exec(svg)![1]);
    const lefts = [...svg.matchAll(/<text transform="translate\(([\d.]+),/g)].map((m) => Number(m[1]));
    const bottoms = [...svg.matchAll(/<rect height="([\d.]+)" y="([\d.]+)"/g)].map((m) => Number(m[1]) + Number(m[2]));
    expect(Math.min(...lefts)).toBeGreaterThanOrEqual(4);
    expect(height - Math.max(...bottoms)).toBeGreaterThanOrEqual(4);
  });
});

describe('bar chart numbered by a rank column (rank="rank")', () => {
  const ranked = {
    country: column('string', { ref: 'country', label: 'Country' }),
    rank: column('integer', { label: 'Rank' }),
    notices: column('integer', { label: 'Active red notices' }),
  };
  const ranking = [
    { country: 'RU', rank: 1, notices: 4817 },
    { country: 'PE', rank: 2, notices: 4457 },
    { country: 'TJ', rank: 3, notices: 3493 },
    { country: 'KG', rank: 25, notices: 917 },
  ];
  const draw = (lang: string, width: number, rows = ranking) =>
    renderPlot(bar(rows, { columns: ranked, x: 'country', y: 'notices', rank: 'rank', lang, width }), 't');

  it("writes each bar's number before its label, at phone and wide widths, in English and French", () => {
    for (const width of [340, 680]) {
      const en = draw('en', width);
      for (const label of ['1. Russia', '2. Peru', '3. Tajikistan', '25. Kyrgyzstan'])
        expect(en).toContain(`>${label}</text>`);
      const fr = draw('fr', width);
      for (const label of ['1. Russie', '2. Pérou', '3. Tadjikistan', '25. Kirghizstan'])
        expect(fr).toContain(`>${label}</text>`);
    }
    // Without the option, the names alone.
    const plain = renderPlot(
      bar(ranking, { columns: ranked, x: 'country', y: 'notices', lang: 'en', width: 340 }),
      't',
    );
    expect(plain).toContain('>Russia</text>');
    expect(plain).not.toContain('1. Russia');
  });

  it('keeps the name alone on a bar whose rank is not known', () => {
    const svg = draw('en', 340, [
      ...ranking.slice(0, 3),
      { country: 'KG', rank: null as unknown as number, notices: 917 },
    ]);
    expect(svg).toContain('>Kyrgyzstan</text>');
    expect(svg).toContain('>1. Russia</text>');
  });
});
