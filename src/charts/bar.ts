/**
 * Horizontal bars, one per row, in the order given (render prepares the sort and top N). Each category's label sits
 * above its bar and the value at its end, so long labels and narrow screens need no axis margin.
 */
import * as Plot from '@observablehq/plot';
import { t } from '../i18n/index.ts';
import { valueFormatter } from './format.ts';
import { widest } from './layout.ts';
import { seriesColors } from './palette.ts';
import type { ChartKind } from './types.ts';

/** Height of one bar's band: its label line and the bar. */
export const barBand = 34;

export const bar: ChartKind = (rows, options) => {
  const x = options.x!;
  const y = options.y!;
  const category = valueFormatter(x, options.columns[x], options.lang);
  const value = valueFormatter(y, options.columns[y], options.lang);
  const missing = t(options.lang)('value.missing');
  const key = (row: (typeof rows)[number]) => String(row[x]);
  const shown = (row: (typeof rows)[number]) => (row[y] === null ? missing : value(row[y]));
  return {
    width: options.width,
    height: rows.length * barBand + 4,
    marginTop: 4,
    marginBottom: 0,
    marginLeft: 1,
    marginRight: widest(rows.map(shown)) + 8,
    x: { axis: null },
    y: { axis: null, domain: rows.map(key), paddingInner: 0.1, paddingOuter: 0 },
    marks: [
      Plot.barX(rows, { x: y, y: key, fill: seriesColors[0], insetTop: 15 }),
      Plot.text(rows, { y: key, text: (row) => category(row[x]), frameAnchor: 'left', textAnchor: 'start', dy: -8 }),
      Plot.text(rows, { x: (row) => row[y] ?? 0, y: key, text: shown, textAnchor: 'start', dx: 4, dy: 7 }),
    ],
  };
};
