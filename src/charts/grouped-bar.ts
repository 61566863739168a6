/**
 * Grouped horizontal bars: one group per category (`x`), one bar per series inside it, coloured by series. The
 * category label sits above its group and values at the bars' ends, as in the bar chart.
 */
import * as Plot from '@observablehq/plot';
import { t } from '../i18n/index.ts';
import { valueFormatter } from './format.ts';
import { widest } from './layout.ts';
import { distinct, seriesScale } from './palette.ts';
import type { ChartKind } from './types.ts';

const barHeight = 15;
const labelHeight = 18;

export const groupedBar: ChartKind = (rows, options) => {
  const x = options.x!;
  const y = options.y!;
  const series = options.series!;
  const category = valueFormatter(x, options.columns[x], options.lang);
  const value = valueFormatter(y, options.columns[y], options.lang);
  const missing = t(options.lang)('value.missing');
  const categories = distinct(rows, x);
  const keys = distinct(rows, series);
  const shown = (row: (typeof rows)[number]) => (row[y] === null ? missing : value(row[y]));
  const group = (row: (typeof rows)[number]) => String(row[x]);
  const member = (row: (typeof rows)[number]) => String(row[series]);
  return {
    width: options.width,
    height: categories.length * (keys.length * barHeight + labelHeight + 8),
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 1,
    marginRight: widest(rows.map(shown)) + 8,
    x: { axis: null },
    y: { axis: null, domain: keys, insetTop: labelHeight, paddingInner: 0.1, paddingOuter: 0 },
    fy: { axis: null, domain: categories, padding: 0.15 },
    color: seriesScale(keys),
    marks: [
      Plot.barX(rows, { x: y, y: member, fy: group, fill: member }),
      Plot.text(categories, { fy: (d) => d, text: (d) => category(rows.find((r) => String(r[x]) === d)![x]!), frameAnchor: 'top-left', dy: 4 }),
      Plot.text(rows, { x: (row) => row[y] ?? 0, y: member, fy: group, text: shown, textAnchor: 'start', dx: 4 }),
      Plot.ruleX([0], { insetTop: labelHeight }),
    ],
  };
};
