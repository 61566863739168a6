/**
 * Sizes that depend on text: the renderer has no font metrics in Node, so widths are estimated from character
 * counts at the chart's font size (12px in the page's CSS; Plot lays out at 10px, so estimates are generous).
 */

/** Approximate width in pixels of `text` at the chart font size. */
export function textWidth(text: string): number {
  return Math.ceil(text.length * 7);
}

/** The widest of several texts. */
export function widest(texts: string[]): number {
  return texts.reduce((max, text) => Math.max(max, textWidth(text)), 0);
}

/** How many ticks fit along an axis of `length` pixels with labels about `label` pixels wide. */
export function tickCount(length: number, label = 48): number {
  return Math.max(2, Math.floor(length / (label + 24)));
}

/** Whether the chart is drawn at the narrow (phone) width. */
export function isNarrow(width: number): boolean {
  return width < 480;
}
