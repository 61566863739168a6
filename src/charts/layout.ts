/**
 * Sizes that depend on text: the renderer has no font metrics in Node, so widths are estimated from character
 * counts at the chart's font size (12px in the page's CSS; Plot lays out at 10px, so estimates are generous).
 */

/** Approximate width in pixels of `text` at the chart font size. */
export function textWidth(text: string): number {
  return Math.ceil(text.length * 7);
}

/**
 * Approximate width in pixels of `text` under WCAG 1.4.12's text spacing, which a reader may set (letter-spacing
 * 0.12em, word-spacing 0.16em, at the chart's 12px): text broken into lines at build time cannot rewrap, so a label
 * that must stay inside the drawing for such a reader is broken by this width.
 */
export function spacedTextWidth(text: string): number {
  const spaces = text.split(' ').length - 1;
  return textWidth(text) + Math.ceil(12 * (0.12 * text.length + 0.16 * spaces));
}

/** The widest of several texts. */
export function widest(texts: string[]): number {
  return texts.reduce((max, text) => Math.max(max, textWidth(text)), 0);
}

/**
 * Room in pixels beside a bar's end for its value `labels` (or beside a frame for an axis's), set `gap` pixels from it: their widest by
 * textWidth, a tenth more, and 4 px clear of the SVG's edge. The tenth is for fonts with wider figures than
 * textWidth's 7 px: DejaVu Sans, the system-ui of Debian's Chromium, sets them 7.6 px wide at 12px, and "741" at the
 * longest bar's end came 2 px from the edge of a phone's drawing, where this room meant to keep 4.
 */
export function valueRoom(labels: string[], gap = 4): number {
  return gap + Math.ceil(widest(labels) * 1.1) + edgeClearance;
}

/**
 * Pixels kept between a chart's text and its SVG's edge: a text's box (its font's ascent and descent) set at the
 * edge touched it, and 1 px of margin came within 1 px of it in a phone's drawing, scaled to 328 px.
 */
export const edgeClearance = 4;

/**
 * A word in lines of at most `perLine` characters: after its hyphens ("Directorate-" / "General"), and a part still
 * too long cut in even pieces, a hyphen ending each line but its last ("(Bundeskri-" / "minalamt)"). Cut at the
 * line's last letter, "Directorate-Genera" / "l" read as two words.
 */
function breakWord(word: string, perLine: number): string[] {
  const lines: string[] = [];
  for (const part of word.split(/(?<=-)/)) {
    const last = lines.at(-1);
    if (last?.endsWith('-') && last.length + part.length <= perLine) {
      lines[lines.length - 1] = last + part;
      continue;
    }
    // A line too narrow for a letter and a hyphen is cut without one. The part is cut in even pieces: at the line's
    // end, the last piece was a letter or two ("(Bundeskriminalam-" / "t)").
    const most = perLine > 2 ? perLine - 1 : perLine;
    const step = Math.ceil(part.length / Math.ceil(part.length / most));
    let rest = part;
    while (rest.length > perLine) {
      lines.push(rest.slice(0, step) + (step < perLine ? '-' : ''));
      rest = rest.slice(step);
    }
    lines.push(rest);
  }
  return lines;
}

/**
 * The spaces a line may break at: every space but the no-break ones, which join what they stand between (a French
 * date's day and month, « 3\u00a0mai 2009 »; French thousands, 4\u202f817; a figure space), as a browser keeps them.
 */
const breakingSpaces = /[^\S\u00a0\u2007\u202f]+/;

/**
 * `text` broken into lines no wider than `width` pixels (by `measure`, textWidth unless said), between words; a word wider than a line is
 * broken (breakWord). Done here rather than by Plot's lineWidth so the chart knows how many lines it makes room for:
 * Plot wraps by its own metrics, which a layout cannot read back. A no-break space stays in its word (breakingSpaces).
 */
export function wrapText(text: string, width: number, measure = textWidth): string[] {
  const perLine = Math.max(1, Math.floor(width / measure('x')));
  const lines: string[] = [];
  for (const word of text.split(breakingSpaces).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else if (word.length <= perLine) lines.push(word);
    else lines.push(...breakWord(word, perLine));
  }
  return lines.length ? lines : [''];
}

/**
 * `text` broken as wrapText breaks it, into as many lines, but as even as they can be (CSS's text-wrap: balance): the
 * narrowest width that keeps the count. A label's last word alone on its line ("Turkey") reads as a stray.
 */
export function wrapBalanced(text: string, width: number, measure = textWidth): string[] {
  const count = wrapText(text, width, measure).length;
  let narrowest = width;
  while (narrowest > 1 && wrapText(text, narrowest - 1, measure).length === count) narrowest--;
  return wrapText(text, narrowest, measure);
}

/** How many ticks fit along an axis of `length` pixels with labels about `label` pixels wide. */
export function tickCount(length: number, label = 48): number {
  return Math.max(2, Math.floor(length / (label + 24)));
}

/** Whether the chart is drawn at the narrow (phone) width. */
export function isNarrow(width: number): boolean {
  return width < 480;
}
