/**
 * Sizes that depend on text, from its width as text-width.ts estimates it at the chart's 12px: margins that hold
 * labels, lines a label wraps onto, ticks whose labels fit side by side.
 */
import { chartFontSize, textWidth, type TextWeight } from './text-width.ts';

/**
 * Approximate width in pixels of `text` under WCAG 1.4.12's text spacing, which a reader may set (letter-spacing
 * 0.12em, word-spacing 0.16em, at the chart's 12px): text broken into lines at build time cannot rewrap, so a label
 * that must stay inside the drawing for such a reader is broken by this width.
 */
export function spacedTextWidth(text: string): number {
  const spaces = text.split(' ').length - 1;
  return textWidth(text) + chartFontSize * (0.12 * [...text].length + 0.16 * spaces);
}

/** The widest of several texts, in pixels. */
export function widest(texts: string[], weight: TextWeight = 'normal'): number {
  return texts.reduce((max, text) => Math.max(max, textWidth(text, weight)), 0);
}

/**
 * Room in pixels beside a bar's end for its value `labels` (or beside a frame for an axis's), set `gap` pixels from
 * it: their widest, rounded up, and edgeClearance from the SVG's edge.
 */
export function valueRoom(labels: string[], gap = 4): number {
  return gap + Math.ceil(widest(labels)) + edgeClearance;
}

/**
 * Pixels kept between a chart's text and its SVG's edge: a text's box (its font's ascent and descent) set at the
 * edge touched it, and 1 px of margin came within 1 px of it in a phone's drawing, scaled to 328 px.
 */
export const edgeClearance = 4;

/**
 * A word in lines no wider than `width` pixels by `measure`: after its hyphens ("Directorate-" / "General"), and a
 * part still too wide cut in even pieces, a hyphen ending each line but its last ("(Bundeskri-" / "minalamt)"). Cut
 * at the line's last letter, "Directorate-Genera" / "l" read as two words.
 */
function breakWord(word: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const part of word.split(/(?<=-)/)) {
    const last = lines.at(-1);
    if (last?.endsWith('-') && measure(last + part) <= width) lines[lines.length - 1] = last + part;
    else lines.push(...cutEvenly(part, width, measure));
  }
  return lines;
}

/**
 * `part` cut into the fewest pieces that fit `width`, each but the last ending in a hyphen, as even in width as the
 * letters allow: cut where each line is full, the last piece was a letter or two ("(Bundeskriminalam-" / "t)"). A
 * line too narrow for a letter and a hyphen takes a letter a line, without one.
 */
function cutEvenly(part: string, width: number, measure: (text: string) => number): string[] {
  const letters = [...part];
  if (measure(part) <= width) return [part];
  if (letters.some((letter) => measure(`${letter}-`) > width)) return letters;
  for (let count = 2; count < letters.length; count++) {
    const pieces: string[] = [];
    let rest = letters;
    for (let left = count; left > 1 && rest.length > 1; left--) {
      // The piece closest to its even share of what is left, that fits with its hyphen.
      const share = measure(rest.join('')) / left;
      const off = (end: number) => Math.abs(measure(rest.slice(0, end).join('')) - share);
      let end = 1;
      while (end < rest.length - 1 && off(end + 1) <= off(end)) end++;
      while (end > 1 && measure(`${rest.slice(0, end).join('')}-`) > width) end--;
      pieces.push(`${rest.slice(0, end).join('')}-`);
      rest = rest.slice(end);
    }
    if (measure(rest.join('')) <= width) return [...pieces, rest.join('')];
  }
  return letters.map((letter, i) => (i < letters.length - 1 ? `${letter}-` : letter));
}

/**
 * The spaces a line may break at: every space but the no-break ones, which join what they stand between (a French
 * date's day and month, « 3\u00a0mai 2009 »; French thousands, 4\u202f817; a figure space), as a browser keeps them.
 */
const breakingSpaces = /[^\S\u00a0\u2007\u202f]+/;

/**
 * `text` broken into lines no wider than `width` pixels (by `measure`, textWidth unless said), between words; a
 * word wider than a line is broken (breakWord). Done here rather than by Plot's lineWidth so the chart knows how many
 * lines it makes room for: Plot wraps by its own metrics, which a layout cannot read back. A no-break space stays in
 * its word (breakingSpaces).
 */
export function wrapText(text: string, width: number, measure: (text: string) => number = textWidth): string[] {
  const lines: string[] = [];
  for (const word of text.split(breakingSpaces).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(...breakWord(word, width, measure));
  }
  return lines.length ? lines : [''];
}

/**
 * `text` broken as wrapText breaks it, into as many lines, but as even as they can be (CSS's text-wrap: balance): the
 * narrowest width that keeps the count. A label's last word alone on its line ("Turkey") reads as a stray.
 */
export function wrapBalanced(text: string, width: number, measure: (text: string) => number = textWidth): string[] {
  const count = wrapText(text, width, measure).length;
  // Searched by halves: fewer pixels never make fewer lines, and a pixel at a time measured every word 300 times.
  let [narrowest, tooNarrow] = [width, 0];
  while (narrowest - tooNarrow > 1) {
    const middle = Math.floor((narrowest + tooNarrow) / 2);
    if (wrapText(text, middle, measure).length === count) narrowest = middle;
    else tooNarrow = middle;
  }
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
