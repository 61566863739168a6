/**
 * How wide a chart's text is drawn, estimated without a browser: the renderer has no font metrics in Node, so each
 * character's advance comes from a table. Chart text is set in the SVG's own `font-family="system-ui, sans-serif"`
 * (Plot's, which the page's CSS leaves alone: ChartSvg.astro sets only its size) at 12px, and system-ui is the
 * reader's interface font. The table holds, for each character, the wider of two measures of it: DejaVu Sans, the
 * system-ui of Debian's Chromium (the browser the tests and screenshots use, and the widest of the common interface
 * fonts), each character measured alone in Chromium with getComputedTextLength at 12px, regular and bold; and Plot's
 * own table for macOS's system-ui (`defaultWidthMap` in @observablehq/plot/src/marks/text.js, not exported), whose
 * figures, hyphen and some capitals run wider than DejaVu's. So an estimate is not narrower than either font sets
 * the text, and it is narrower than a flat width per character for "iii", wider for "WWW".
 * tests/browser/chart-text-width.test.ts measures the demo's labels in Chromium against it.
 */

/** The chart's font size in pixels (ChartSvg.astro's `font-size: 12px` on the drawing). */
export const chartFontSize = 12;

/** A text's weight: Plot's default, or `fontWeight: 'bold'` (a small multiple's panel names). */
export type TextWeight = 'normal' | 'bold';

/**
 * Characters and their advance in thousandths of an em, regular then bold (never narrower than regular). A letter
 * with an accent is not listed: it is as wide as its base letter (see `advance`).
 */
const table: [chars: string, regular: number, bold: number][] = [
  ['\u202f\u2009', 201, 201],
  ['\u2032', 228, 265],
  ['ijl', 279, 344],
  ['I', 296, 373],
  ["'", 310, 310],
  [' \u00a0', 320, 349],
  [',.·\u2018\u2019\u201a', 320, 381],
  ['/\\|¦', 338, 366],
  [':;', 338, 402],
  ['f', 370, 437],
  ['()[]', 391, 458],
  ['t', 394, 480],
  ['!¡', 402, 458],
  ['\u00b2\u00b3\u00b9', 402, 439],
  ['\u2039\u203a', 402, 413],
  ['r', 412, 494],
  ['ªº', 472, 566],
  ['-', 480, 480],
  ['"', 490, 523],
  ['*', 500, 524],
  ['_`§¨¯°´¸\u2013', 500, 500],
  ['\u201c\u201d\u201e', 519, 658],
  ['?¿', 532, 581],
  ['s', 540, 597],
  ['J', 550, 550],
  ['z', 550, 583],
  ['c', 570, 594],
  ['F', 580, 684],
  ['L', 580, 639],
  ['k', 580, 666],
  ['\u2022', 590, 640],
  ['vy', 593, 653],
  ['x', 593, 646],
  ['Þ', 606, 739],
  ['oðø', 612, 688],
  ['«»', 612, 648],
  ['a', 614, 676],
  ['e', 616, 679],
  ['ß', 631, 721],
  ['E', 633, 684],
  ['hnu', 635, 713],
  ['bdgpqþ', 636, 717],
  ['$1257¢£¥\u2007\u20ac', 637, 697],
  ['{}', 637, 713],
  ['¤¶', 637, 637],
  ['µ', 637, 737],
  ['03', 640, 697],
  ['689', 650, 697],
  ['P', 650, 734],
  ['S', 650, 722],
  ['T', 650, 683],
  ['4', 660, 697],
  ['K', 670, 777],
  ['Y', 670, 726],
  ['B', 687, 764],
  ['Z', 687, 726],
  ['AV', 690, 775],
  ['X', 690, 773],
  ['R', 696, 771],
  ['C', 730, 735],
  ['N', 750, 838],
  ['U', 750, 813],
  ['H', 753, 838],
  ['D', 771, 831],
  ['G', 777, 822],
  ['Ð', 777, 839],
  ['&', 780, 873],
  ['OQØ', 788, 851],
  ['w', 820, 925],
  ['#+<=>^~¬±×÷\u2212', 839, 839],
  ['M', 890, 997],
  ['%', 951, 1003],
  ['\u00bc\u00bd\u00be', 971, 1036],
  ['m', 976, 1043],
  ['Æ', 976, 1086],
  ['æ', 984, 1049],
  ['W', 990, 1105],
  ['@©®\u2014\u2026', 1000, 1000],
  ['\u0153', 1024, 1096],
  ['\u0152', 1071, 1168],
  ['\u2030', 1343, 1441],
];

const advances = new Map<string, [number, number]>(
  table.flatMap(([chars, regular, bold]) => [...chars].map((char) => [char, [regular, bold]] as const)),
);

/** Characters that take no room: combining accents, format and control characters (a soft hyphen, a joiner). */
const zeroWidth = /^[\p{M}\p{Cf}\p{Cc}]$/u;

/** Characters set a full em wide or more: ideographs, kana, hangul and pictographs (an emoji). */
const fullWidth = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}]$/u;

/**
 * A character's advance in thousandths of an em. One not in the table is measured by its base letter ("é" as "e",
 * "Ş" as "S"); failing that, a full em for an ideograph or a pictograph, an "H" for another capital and an "n" for
 * any other letter or sign (Cyrillic, Greek and Arabic letters are about as wide as Latin ones).
 */
function advance(char: string, bold: 0 | 1): number {
  const known = advances.get(char) ?? advances.get(char.normalize('NFD')[0]!);
  if (known) return known[bold];
  if (zeroWidth.test(char)) return 0;
  if (fullWidth.test(char)) return 1000;
  return advances.get(/^\p{Lu}$/u.test(char) ? 'H' : 'n')![bold];
}

/**
 * The width in pixels of `text` as a chart draws it (12px, system-ui), in `weight`: the sum of its characters'
 * advances, without kerning (which narrows DejaVu Sans's "rr" or "AV": the sum errs wide). Every chart layout
 * measures its text here.
 */
export function textWidth(text: string, weight: TextWeight = 'normal'): number {
  const bold = weight === 'bold' ? 1 : 0;
  let sum = 0;
  for (const char of text) sum += advance(char, bold);
  return (sum * chartFontSize) / 1000;
}
