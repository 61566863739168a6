/** Text drawn for the social card by Pango (through sharp) as coverage, with the metrics of each text style. */
import sharp from 'sharp';
import { families } from './social-card-fonts.ts';

export interface TextStyle {
  size: number;
  bold: boolean;
  colour: string;
}

/** Pango's font description: the family list, the weight, the size (points, which are pixels at 72 dpi). */
const fontDescription = (style: TextStyle) => `${families}, ${style.bold ? 'Bold ' : ''}${style.size}`;

const escapeMarkup = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A text block as coverage (one byte a pixel, 255 for full ink), and where it starts. */
export interface TextImage {
  data: Buffer;
  width: number;
  height: number;
  /** Lines the text wrapped to. */
  lines: number;
  /** Where the image starts relative to the first line's cap height (above it: negative). */
  top: number;
}

/** Per style: the distance from one line's cap height to the next (Pango's line pitch) and the cap height. */
const metricsCache = new Map<string, Promise<{ pitch: number; cap: number }>>();

async function inkHeight(text: string, style: TextStyle): Promise<number> {
  const { info } = await sharp({
    text: { text, font: fontDescription(style), dpi: 72 },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return info.height;
}

export function metrics(style: TextStyle) {
  const key = fontDescription(style);
  let found = metricsCache.get(key);
  if (!found) {
    found = Promise.all([inkHeight('H', style), inkHeight('H\nH', style)]).then(([cap, two]) => ({
      cap,
      pitch: two - cap,
    }));
    metricsCache.set(key, found);
  }
  return found;
}

/**
 * Draws `text` wrapped to `width`. libvips crops a text image to its ink, so a block's position would depend on its
 * letters (an accent, a descender): each is drawn under a strut line, "H", whose cap height fixes where the block
 * starts, and the strut is cut off with room left above the first line for accents and ascenders.
 */
export async function drawText(
  text: string,
  style: TextStyle,
  width: number,
  wrap: 'word' | 'word-char' = 'word-char',
): Promise<TextImage> {
  const { pitch, cap } = await metrics(style);
  // Coverage alone: Pango draws a one-band mask in half the time it takes to draw in colour (RGBA), and the mask is
  // blended into the card directly, which libvips' composite, blending each layer over the whole card, does not.
  const { data, info } = await sharp({
    text: {
      text: `H\n${escapeMarkup(text)}`,
      font: fontDescription(style),
      width,
      dpi: 72,
      wrap,
    },
  })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Keep from a third of the pitch above the first line's cap height: the strut's ink ends a cap height below its
  // top, well above that.
  const above = Math.round(pitch / 3);
  const cut = pitch - above;
  const height = Math.max(1, info.height - cut);
  const rows = data.subarray(cut * info.width, (cut + height) * info.width);
  const lines = Math.max(1, Math.floor((height - above - cap / 2) / pitch) + 1);
  return { data: rows, width: info.width, height, lines, top: -above };
}
