/**
 * Horizontal bars, one per row, in the order given (render prepares the sort and top N). Each category's label sits
 * above its bar and the value at its end, so long labels and narrow screens need no axis margin. A negative value's
 * bar runs left from zero (a rule marks zero) and its value sits beyond its left end, in a margin made for it,
 * never over the bar's own fill. One colour: a bar chart has no series (validate.ts refuses one).
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
  const negative = rows.filter((row) => typeof row[y] === 'number' && row[y] < 0);
  const rest = negative.length ? rows.filter((row) => !negative.includes(row)) : rows;
  return {
    width: options.width,
    height: rows.length * barBand + 4,
    marginTop: 4,
    marginBottom: 0,
    marginLeft: negative.length ? widest(negative.map(shown)) + 8 : 1,
    marginRight: widest(rest.map(shown)) + 8,
    x: { axis: null },
    y: { axis: null, domain: rows.map(key), paddingInner: 0.1, paddingOuter: 0 },
    marks: [
      Plot.barX(rows, { x: y, y: key, fill: seriesColors[0], insetTop: 15 }),
      negative.length ? Plot.ruleX([0], { insetTop: 15 }) : null,
      Plot.text(rows, { y: key, text: (row) => category(row[x]), frameAnchor: 'left', textAnchor: 'start', dy: -8 }),
      Plot.text(rest, { x: (row) => row[y] ?? 0, y: key, text: shown, textAnchor: 'start', dx: 4, dy: 7 }),
      negative.length ? Plot.text(negative, { x: y, y: key, text: shown, textAnchor: 'end', dx: -4, dy: 7 }) : null,
    ],
  };
};
