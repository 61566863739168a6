/**
 * Time axes choose ticks whose labels fit side by side. A tick count that assumed 48 px labels let Plot tick a
 * 48-month line every three months at 680 px: "2021Apr 2021Jul 2021…" ran together.
 */
import { describe, expect, it } from 'vitest';
import { dot } from '../../src/charts/dot.ts';
import { widths } from '../../src/charts/figure.ts';
import { textWidth } from '../../src/charts/text-width.ts';
import { line } from '../../src/charts/line.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { timeline } from '../../src/charts/timeline.ts';
import type { PlotOptions } from '@observablehq/plot';
import { column } from './golden.ts';

/** The x axis's tick labels in a rendered chart: each one's centre and text. */
function xLabels(svg: string): { x: number; text: string }[] {
  const group = /<g transform="translate\(0,9\)"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
  return [...group.matchAll(/<text transform="translate\(([\d.]+),[\d.]+\)"[^>]*>([^<]+)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    text: m[2]!,
  }));
}

/** Every label's estimated extent stays clear of the next one's and inside the SVG. */
function expectReadable(options: PlotOptions) {
  const labels = xLabels(renderPlot(options, 't'));
  expect(labels.length).toBeGreaterThanOrEqual(2);
  const extents = labels.map(({ x, text }) => [x - textWidth(text) / 2, x + textWidth(text) / 2] as const);
  for (const [i, [left, right]] of extents.entries()) {
    expect(left, labels[i]!.text).toBeGreaterThanOrEqual(0);
    expect(right, labels[i]!.text).toBeLessThanOrEqual(options.width!);
    if (i > 0) expect(left, `${labels[i - 1]!.text} | ${labels[i]!.text}`).toBeGreaterThan(extents[i - 1]![1]);
  }
}

const months = Array.from({ length: 48 }, (_, i) => ({
  month: `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  arrests: (i * 37) % 90,
}));
const monthColumns = { month: column('date', { label: 'Month' }), arrests: column('integer', { label: 'Arrests' }) };
const events = [
  { date: '2020-08', event: 'Complaint filed' },
  { date: '2021-05', event: 'Notice issued' },
  { date: '2023-02', event: 'Appeal heard' },
  { date: '2024-12', event: 'Notice deleted' },
];
const eventColumns = { date: column('date', { label: 'Date' }), event: column('string', { label: 'Event' }) };
const cases = Object.values(widths).flatMap((width) => ['en', 'fr'].map((lang) => [width, lang] as const));

describe('time axis labels fit', () => {
  it.each(cases)('a monthly line over four years (%i px, %s)', (width, lang) => {
    expectReadable(line(months, { columns: monthColumns, x: 'month', y: 'arrests', lang, width }));
  });

  it.each(cases)('monthly dots over four years (%i px, %s)', (width, lang) => {
    expectReadable(dot(months, { columns: monthColumns, x: 'month', y: 'arrests', lang, width }));
  });

  it.each(cases)('a timeline of four events over four years (%i px, %s)', (width, lang) => {
    expectReadable(timeline(events, { columns: eventColumns, x: 'date', label: 'event', lang, width }));
  });
});
