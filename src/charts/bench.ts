/**
 * The chart benchmark's core (scripts/bench-charts.ts runs it): draws a standard chart of each kind from seeded
 * synthetic rows many times on one thread, without the cache, and reports the median and 95th percentile time.
 * "Standard" means what a story carries: tens of rows, well under 1,000 marks.
 */
import type { ChartSpec } from '../schemas/chart.ts';
import { defaultLocale } from '../i18n/index.ts';
import { customCharts } from './custom/index.ts';
import { widths } from './figure.ts';
import { kinds, textless } from './kinds.ts';
import { renderPlot } from './render.ts';
import type { ChartKind, Column, Row } from './types.ts';

export interface BenchCase {
  name: string;
  spec: ChartSpec;
  columns: Record<string, Column>;
  rows: Row[];
}

export interface BenchResult {
  name: string;
  rows: number;
  /** Milliseconds for the whole chart (every width it is drawn at). */
  median: number;
  p95: number;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const col = (type: Column['type'], extra: Partial<Column> = {}): Column => ({
  type,
  description: 'Synthetic.',
  ...extra,
});
const countries = [
  'RU',
  'TR',
  'CN',
  'US',
  'FR',
  'DE',
  'IN',
  'BR',
  'AR',
  'SV',
  'PE',
  'TJ',
  'KG',
  'UZ',
  'KZ',
  'EG',
  'NG',
  'MX',
  'CO',
  'VE',
  'IR',
  'IQ',
  'PK',
  'BD',
  'ID',
  'PH',
  'VN',
  'TH',
  'JP',
  'KR',
  'GB',
  'ES',
  'IT',
  'PL',
  'UA',
  'BY',
  'AZ',
  'AM',
  'GE',
  'MA',
  'DZ',
  'TN',
  'ZA',
  'KE',
  'ET',
  'SA',
  'AE',
  'CA',
  'AU',
  'CL',
];

/** One standard chart per kind, from rows drawn with a fixed seed. */
export function benchCases(): BenchCase[] {
  const random = seeded(42);
  const count = () => Math.round(random() * 10000);
  const years = Array.from({ length: 20 }, (_, i) => 2005 + i);
  const series = ['Political', 'Military', 'Religious'];
  const yearly = {
    year: col('integer', { label: 'Year' }),
    value: col('integer', { label: 'Notices' }),
    series: col('string', { label: 'Ground' }),
  };
  return [
    {
      name: 'bar',
      spec: { type: 'bar', x: 'label', y: 'value', title: 'T' },
      columns: { label: col('string'), value: col('integer') },
      rows: countries.slice(0, 12).map((label) => ({ label, value: count() })),
    },
    {
      name: 'grouped-bar',
      spec: { type: 'grouped-bar', x: 'label', y: 'value', series: 'series', title: 'T' },
      columns: { label: col('string'), value: col('integer'), series: col('string') },
      rows: countries
        .slice(0, 8)
        .flatMap((label) => series.slice(0, 2).map((s) => ({ label, series: s, value: count() }))),
    },
    {
      name: 'stacked-bar',
      spec: { type: 'stacked-bar', x: 'year', y: 'value', series: 'series', title: 'T' },
      columns: yearly,
      rows: years.slice(0, 8).flatMap((year) => series.map((s) => ({ year, series: s, value: count() }))),
    },
    {
      name: 'line',
      spec: { type: 'line', x: 'year', y: 'value', title: 'T' },
      columns: yearly,
      rows: years.map((year, i) => ({ year, value: i % 6 === 3 ? null : count() })),
    },
    {
      name: 'dot',
      spec: { type: 'dot', x: 'x', y: 'value', series: 'series', title: 'T' },
      columns: { x: col('number'), value: col('integer'), series: col('string') },
      rows: Array.from({ length: 60 }, (_, i) => ({ x: random() * 100, value: count(), series: series[i % 3]! })),
    },
    {
      name: 'area',
      spec: { type: 'area', x: 'year', y: 'value', title: 'T' },
      columns: yearly,
      rows: years.map((year, i) => ({ year, value: i === 7 ? null : count() })),
    },
    {
      name: 'map',
      spec: { type: 'map', x: 'country', y: 'value', title: 'T' },
      columns: { country: col('string', { ref: 'country' }), value: col('integer') },
      rows: countries.map((country) => ({ country, value: count() })),
    },
    {
      name: 'timeline',
      spec: { type: 'timeline', x: 'date', label: 'label', end: 'end', title: 'T' },
      columns: { date: col('date'), end: col('date'), label: col('string') },
      rows: Array.from({ length: 12 }, (_, i) => ({
        date: `${2014 + i}-0${1 + (i % 9)}`,
        end: i % 4 === 0 ? `${2015 + i}` : null,
        label: `Event number ${i + 1}, described in a sentence of moderate length`,
      })),
    },
    {
      name: 'small-multiples',
      spec: { spec: 'small-multiples', x: 'year', y: 'value', series: 'label', title: 'T' },
      columns: { year: col('integer'), value: col('integer'), label: col('string') },
      rows: countries
        .slice(0, 6)
        .flatMap((label) => years.slice(0, 10).map((year) => ({ label, year, value: count() }))),
    },
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Draws `bench` `runs` times (after `warmup` untimed runs) at every width its figure uses. */
export function measure(bench: BenchCase, runs = 50, warmup = 5): BenchResult {
  const kind: ChartKind = bench.spec.spec ? customCharts[bench.spec.spec]!.plot : kinds[bench.spec.type!];
  const drawn = bench.spec.type && textless.has(bench.spec.type) ? [widths.wide] : [widths.narrow, widths.wide];
  const options = {
    x: bench.spec.x,
    y: bench.spec.y,
    series: bench.spec.series,
    label: bench.spec.label,
    end: bench.spec.end,
    columns: bench.columns,
    lang: defaultLocale,
  };
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const started = performance.now();
    for (const width of drawn) renderPlot(kind(bench.rows, { ...options, width }), 'bench');
    if (i >= warmup) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { name: bench.name, rows: bench.rows.length, median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}
