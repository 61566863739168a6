/**
 * The columns of a chart: those it draws, in the order its data table shows them, and the table's own, which add
 * another source's figure beside the one drawn (alternatives.ts). Pure, so that the figure (figure.ts) and the
 * sources a page shows (sources.ts) agree without drawing anything.
 */
import type { ChartSpec } from '../schemas/chart.ts';
import { alternativeColumns } from './alternatives.ts';
import type { Column, Row } from './types.ts';

/**
 * The columns a chart reads, in the table's order: x (and series) before y, a bar chart's rank before them all, as a
 * ranked list starts with its numbers; a timeline's date, end and label.
 */
export function chartColumns(spec: ChartSpec, columns: Record<string, Column>): string[] {
  const order =
    spec.type === 'timeline'
      ? [spec.x, spec.end, spec.label]
      : [spec.rank, spec.x, spec.series, spec.y, spec.label, spec.end];
  return [...new Set(order.filter((name): name is string => !!name && name in columns))];
}

/** The columns of a chart's data table for the `rows` it shows: those it draws, then any alternative figures with their sources. */
export function tableColumns(spec: ChartSpec, columns: Record<string, Column>, rows: Row[]): string[] {
  const drawn = chartColumns(spec, columns);
  return [...drawn, ...alternativeColumns(columns, rows, spec.y).filter((name) => !drawn.includes(name))];
}
