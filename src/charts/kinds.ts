/** Every built-in chart kind, by the name `<Chart type="…">` uses. */
import type { ChartKind as KindName } from '../schemas/chart.ts';
import type { ChartKind } from './types.ts';
import { bar } from './bar.ts';
import { groupedBar } from './grouped-bar.ts';
import { stackedBar } from './stacked-bar.ts';
import { line } from './line.ts';
import { dot } from './dot.ts';
import { area } from './area.ts';
import { map } from './map.ts';
import { timeline } from './timeline.ts';

export const kinds: Record<KindName, ChartKind> = {
  bar,
  'grouped-bar': groupedBar,
  'stacked-bar': stackedBar,
  line,
  dot,
  area,
  map,
  timeline,
};

/** Kinds whose SVG carries no text (nothing to re-lay out when narrow): drawn once and scaled. */
export const textless = new Set<KindName>(['map']);
