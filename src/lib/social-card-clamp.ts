/**
 * Fitting a text into the social card's room: where it may wrap or be cut, set smaller or cut with an ellipsis when
 * it runs longer than its lines.
 */
import { type TextImage, type TextStyle, drawText, metrics } from './social-card-text.ts';
import { registerFonts } from './social-card-fonts.ts';

/** The spaces that join what they separate: no line wraps there (French dates, « 26\u00a0janv. », figures, « 4\u202f817 »). */
const noBreak = '\u00a0\u2007\u202f';

/**
 * Where a text may be cut, as the pieces between: where a line may wrap, after a space (words with their trailing
 * spaces) or after a hyphen, an en dash or a slash before a letter ("Saint-|Denis", "and/|or", never "2019-2020" or
 * "1/2", which Unicode's line breaking keeps whole). A no-break space joins what it separates, as it does where the
 * text wraps: a headline cut there ended "le 26…". A text with none of those (« 4\u202f817\u00a0notices ») is cut
 * between the words its no-break spaces join, whole words still, and only a single word, or a script written without
 * spaces, by character.
 */
export function pieces(text: string): string[] {
  const words = text.split(new RegExp(`(?<=(?![${noBreak}])\\s|[-\u2010\u2013/](?=\\p{L}))`, 'u'));
  if (words.length > 1) return words;
  const joined = text.split(new RegExp(`(?<=[${noBreak}])`, 'u'));
  return joined.length > 1
    ? joined
    : [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
}

/**
 * Whether a line may wrap anywhere in `text` (see pieces), or between its characters, in a script written without
 * spaces (Chinese, Japanese, Thai…), where Pango wraps a line between characters or words it finds itself.
 */
const wraps = (text: string) =>
  new RegExp(
    `(?![${noBreak}])\\s|[-\u2010\u2013/](?=\\p{L})|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}]`,
    'u',
  ).test(text.trim());

/** Scripts written without spaces, which Pango wraps between characters (or words it finds itself). */
const unspaced =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** The smallest size a text that may not wrap is set at, against its style's: a long headline is set at 48 rather than 68. */
const smallest = 0.6;

/** A text as set on the card: what is drawn (the text, or its beginning and an ellipsis), at what size, and its image. */
export interface Clamped {
  text: string;
  size: number;
  image: TextImage;
}

/**
 * `text` drawn in at most `lines` lines, cut at a word and ended with an ellipsis when it runs longer. `drawn` is the
 * text already drawn in `style` and `width` with the wrap it names (the headline, drawn to count its lines), not
 * drawn again when it is the wrap this text takes.
 */
export async function clamp(
  text: string,
  style: TextStyle,
  width: number,
  lines: number,
  drawn?: { wrap: 'word' | 'word-char'; image: TextImage },
): Promise<Clamped> {
  // Pango breaks a word wider than the line inside it (wrap "word-char"): a figure, a French date, or one long word
  // in a text that wraps elsewhere ("Anticonstitutionnellement votés" in a narrow label). Drawn with wrap "word",
  // such a line runs past the width, where it is seen: the text is set smaller, as the card sets long headlines, if
  // it fits at no less than `smallest` of the size, else cut between whole words. A text that may not wrap keeps to
  // one line. Scripts written without spaces wrap between characters, as Pango wraps them.
  const wrapping = wraps(text);
  if (!wrapping) lines = 1;
  const wrap = unspaced.test(text) ? 'word-char' : 'word';
  const fits = (image: TextImage) => image.lines <= lines && image.width <= width;
  const whole = drawn?.wrap === wrap ? drawn.image : await drawText(text, style, width, wrap);
  if (fits(whole)) return { text, size: style.size, image: whole };
  if (whole.width > width) {
    const shrunk = await shrink(text, style, width, lines, whole.width);
    if (shrunk) return shrunk;
  }
  const cutAt = async (parts: string[]) => {
    let best: Clamped | undefined;
    let low = 1;
    let high = parts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const cut = `${parts.slice(0, middle).join('').trimEnd()}…`;
      const candidate = await drawText(cut, style, width, wrap);
      if (fits(candidate)) {
        best = { text: cut, size: style.size, image: candidate };
        low = middle + 1;
      } else high = middle - 1;
    }
    return best;
  };
  // Whole words; or, when not even the first fits, the first cut by character rather than nothing but "…".
  const graphemes = (piece: string) =>
    [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(piece)].map((g) => g.segment);
  const parts = pieces(text);
  const best = (await cutAt(parts)) ?? (parts.length > 1 ? await cutAt(graphemes(parts[0]!)) : undefined);
  return best ?? { text: '…', size: style.size, image: await drawText('…', style, width, wrap) };
}

/**
 * `text` in at most `lines` lines within `width`, no line running past it, at the largest size down to `smallest`
 * of the style's, or none; `natural` is its widest line's width at the style's size. The image is moved down to keep
 * the baseline where the style's size puts it: the value, the label and the source stand on it.
 */
async function shrink(
  text: string,
  style: TextStyle,
  width: number,
  lines: number,
  natural: number,
): Promise<Clamped | undefined> {
  const floor = Math.ceil(style.size * smallest);
  const { cap } = await metrics(style);
  for (let size = Math.min(style.size - 1, Math.floor((style.size * width) / natural)); size >= floor; size--) {
    const smaller = { ...style, size };
    const image = await drawText(text, smaller, width, 'word');
    if (image.lines > lines || image.width > width) continue;
    return { text, size, image: { ...image, top: image.top + cap - (await metrics(smaller)).cap } };
  }
  return undefined;
}

export async function drawClamped(text: string, style: TextStyle, width: number, lines: number): Promise<TextImage> {
  return (await clamp(text, style, width, lines)).image;
}

/** What the card sets of `text` in `style` within `width` and `lines`: the text or its cut, and the size. */
export async function fitText(
  text: string,
  style: TextStyle,
  width: number,
  lines: number,
): Promise<{ text: string; size: number; lines: number }> {
  await registerFonts();
  const { text: set, size, image } = await clamp(text, style, width, lines);
  return { text: set, size, lines: image.lines };
}
