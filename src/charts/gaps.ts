/**
 * Where an ordered chart has no data: rows whose y is null. Lines and areas break there (Plot does not join
 * across a null), and the gap is marked with a dashed rule so a reader sees data is missing, not a dip.
 */
import * as Plot from '@observablehq/plot';
import type { Row } from './types.ts';
import type { Scaled } from './axes.ts';

/** Rows with a placeable x and a null y. */
export function gapRows(rows: Row[], y: string, getX: (row: Row) => Scaled): Row[] {
  return rows.filter((row) => row[y] === null && getX(row) !== null);
}

/** Dashed rules at the gaps, coloured like their series (or the text colour for one series). */
export function gapMarks(rows: Row[], y: string, getX: (row: Row) => Scaled, series?: string): Plot.Markish {
  const gaps = gapRows(rows, y, getX);
  if (gaps.length === 0) return null;
  return Plot.ruleX(gaps, {
    x: getX,
    stroke: series ? (row: Row) => String(row[series]) : 'currentColor',
    strokeOpacity: 0.6,
    strokeDasharray: '3,3',
    insetBottom: 0,
  });
}

/** Rows sorted along x (Plot draws lines in data order); rows without an x go last and are not drawn. */
export function sortedAlong(rows: Row[], getX: (row: Row) => Scaled): Row[] {
  const at = (row: Row) => {
    const x = getX(row);
    return x === null ? Infinity : +x;
  };
  return [...rows].sort((a, b) => at(a) - at(b));
}
