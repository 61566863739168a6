/**
 * What every chart kind receives. A kind is a pure function `(rows, options) -> Plot options`: no I/O, no DOM,
 * no clock; the renderer (render.ts) turns its result into SVG.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { Column, Row } from '../schemas/dataset.ts';

export type { Row, Column };

export interface KindOptions {
  /** Column names, as on `<Chart>`: see src/schemas/chart.ts for what each means per kind. */
  x?: string;
  y?: string;
  series?: string;
  /** Bar charts: the column of whole numbers written before each bar's label ("1. Russia"). */
  rank?: string;
  label?: string;
  end?: string;
  /** Maps: "data" fits the map to the countries the rows name; the whole world otherwise. */
  zoom?: 'world' | 'data';
  /** Maps: the class limits the editor set, in place of the quintiles. */
  breaks?: number[];
  /** The dataset's column declarations (type, label, unit, ref), for axis labels and formatting. */
  columns: Record<string, Column>;
  /** The page's language: every number and date is formatted with Intl for it. */
  lang: string;
  /** The width in CSS pixels the chart is drawn at (the narrow or the wide variant). */
  width: number;
  /**
   * The column of each row's qualifier of its `y` value ("about", in the page's language: qualified.ts), which every
   * value the chart writes is printed with; absent when the dataset qualifies no figure of `y`.
   */
  qualifier?: string;
}

/** A chart kind: rows (already filtered, sorted and cut to the rows shown) to Plot options. */
export type ChartKind = (rows: Row[], options: KindOptions) => PlotOptions;
