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

/**
 * `text` broken into lines no wider than `width` pixels (by textWidth), between words; a word wider than a line is
 * cut. Done here rather than by Plot's lineWidth so the chart knows how many lines it makes room for: Plot wraps by
 * its own metrics, which a layout cannot read back.
 */
export function wrapText(text: string, width: number): string[] {
  const perLine = Math.max(1, Math.floor(width / textWidth('x')));
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else for (let i = 0; i < word.length; i += perLine) lines.push(word.slice(i, i + perLine));
  }
  return lines.length ? lines : [''];
}

/** How many ticks fit along an axis of `length` pixels with labels about `label` pixels wide. */
export function tickCount(length: number, label = 48): number {
  return Math.max(2, Math.floor(length / (label + 24)));
}

/** Whether the chart is drawn at the narrow (phone) width. */
export function isNarrow(width: number): boolean {
  return width < 480;
}
