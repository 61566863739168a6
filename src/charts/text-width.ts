/**
 * How wide a chart's text is drawn, estimated without a browser: the renderer has no font metrics in Node, so each
 * character's advance comes from a table. Chart text is set in the SVG's own `font-family="system-ui, sans-serif"`
 * (Plot's, which the page's CSS leaves alone: ChartSvg.astro sets only its size) at 12px, and system-ui is the
 * reader's interface font. The table holds, for each character, the wider of two measures of it: DejaVu Sans, the
 * system-ui of Debian's Chromium (the browser the tests and screenshots use, and the widest of the common interface
 * fonts), measured in Chromium with getComputedTextLength at 12px, regular and bold; and Plot's own table for
 * macOS's system-ui (`defaultWidthMap` in @observablehq/plot/src/marks/text.js, not exported), whose figures, hyphen
 * and capitals run wider than DejaVu's. So an estimate is never narrower than either font sets the text, and
 * narrower than a flat width per character for "iii", wider for "WWW". tests/browser/text-width.test.ts measures
 * labels in Chromium against it.
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
  ['\u202f\u2009', 200, 200],
  ['\u2032', 228, 264],
  ['ijl', 278, 343],
  ['I', 295, 373],
  ["'", 310, 310],
  ['.', 317, 380],
  [' \u00a0', 318, 349],
  [',·\u2018\u2019\u201a', 318, 380],
  ['/\\|¦', 337, 366],
  [':;', 337, 400],
  ['f', 370, 406],
  ['()[]', 391, 458],
  ['t', 393, 478],
  ['r', 396, 494],
  ['\u2039\u203a', 400, 413],
  ['!¡', 401, 456],
  ['\u00b2\u00b3\u00b9', 401, 439],
  ['ªº', 472, 564],
  ['-', 480, 480],
  ['"', 490, 521],
  ['*', 500, 523],
  ['_`§¨¯°´¸\u2013', 500, 500],
  ['\u201e', 511, 658],
  ['\u201c', 512, 658],
  ['\u201d', 516, 658],
  ['?¿', 531, 581],
  ['s', 540, 596],
  ['J', 550, 550],
  ['z', 550, 583],
  ['c', 570, 593],
  ['F', 580, 684],
  ['L', 580, 638],
  ['k', 580, 665],
  ['\u2022', 590, 640],
  ['vy', 592, 652],
  ['x', 592, 646],
  ['Þ', 606, 738],
  ['oðø', 612, 687],
  ['«»', 612, 646],
  ['a', 613, 675],
  ['e', 616, 679],
  ['ß', 630, 720],
  ['E', 632, 684],
  ['hnu', 634, 712],
  ['bdgpqþ', 635, 716],
  ['$1257¢£¥\u2007\u20ac', 637, 696],
  ['{}', 637, 712],
  ['¤¶', 637, 637],
  ['µ', 637, 736],
  ['03', 640, 696],
  ['689', 650, 696],
  ['P', 650, 733],
  ['S', 650, 680],
  ['T', 650, 703],
  ['4', 660, 696],
  ['K', 670, 775],
  ['Y', 670, 725],
  ['Z', 686, 726],
  ['B', 687, 763],
  ['V', 690, 774],
  ['X', 690, 771],
  ['R', 695, 771],
  ['A', 710, 774],
  ['C', 730, 734],
  ['N', 750, 837],
  ['U', 750, 812],
  ['H', 752, 837],
  ['D', 771, 831],
  ['G', 775, 821],
  ['Ð', 775, 838],
  ['&', 780, 873],
  ['OQØ', 788, 851],
  ['w', 818, 924],
  ['#+<=>^~¬±×÷\u2212', 838, 838],
  ['M', 890, 996],
  ['%', 951, 1002],
  ['\u00bc\u00bd\u00be', 970, 1036],
  ['m', 975, 1042],
  ['Æ', 975, 1085],
  ['æ', 983, 1048],
  ['W', 989, 1103],
  ['@©®\u2014\u2026', 1000, 1000],
  ['\u0153', 1024, 1095],
  ['\u0152', 1070, 1167],
  ['\u2030', 1342, 1440],
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
 * advances, without kerning (which only narrows text in these fonts). Every chart layout measures its text here.
 */
export function textWidth(text: string, weight: TextWeight = 'normal'): number {
  const bold = weight === 'bold' ? 1 : 0;
  let sum = 0;
  for (const char of text) sum += advance(char, bold);
  return (sum * chartFontSize) / 1000;
}
