/**
 * The post-build step that reports the charts of the build: how many were drawn and how many came from the cache
 * (an unchanged rebuild prints "charts: 0 rendered, N from cache"), with the median and slowest draw times.
 */
import { max } from 'd3-array';
import type { PostBuildStep } from '../build/steps.ts';
import { chartStats } from './cache.ts';

/** The middle value of `values` (0 when empty). */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The report line, e.g. "charts: 3 rendered, 9 from cache (median 4.2 ms, slowest 21.0 ms per chart)". */
export function chartReport(stats = chartStats()): string {
  const line = `charts: ${stats.rendered} rendered, ${stats.cached} from cache`;
  if (stats.times.length === 0) return line;
  return `${line} (median ${median(stats.times).toFixed(1)} ms, slowest ${max(stats.times)!.toFixed(1)} ms per chart, both widths)`;
}

export const chartStatsStep: PostBuildStep = {
  name: 'chart report',
  run({ log }) {
    log(chartReport());
  },
};
