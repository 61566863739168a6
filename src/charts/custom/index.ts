/**
 * Custom charts: `<Chart spec="<name>" dataset="…" title="…" />` draws with the module src/charts/custom/<name>.ts
 * instead of a built-in kind. A module is a chart kind plus what the figure needs around it: the columns it reads
 * (checked by the preflight like a built-in kind's) and its text summary. Register a new module here; the
 * preflight names the known ones when an editor mistypes one.
 */
import type { ChartKind } from '../types.ts';
import type { Need } from '../needs.ts';
import type { SummaryInput } from '../summary.ts';
import { smallMultiples } from './small-multiples.ts';

export interface CustomChart {
  /** What the chart needs of its columns, as for built-in kinds (validate.ts checks them before the build). */
  needs: Need[];
  /** Rows to Plot options, like a built-in kind. */
  plot: ChartKind;
  /** The generated text summary, for readers who cannot see the chart. */
  summary: (input: SummaryInput) => string;
}

export const customCharts: Record<string, CustomChart> = {
  'small-multiples': smallMultiples,
};
