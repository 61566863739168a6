/**
 * The social card of a story or case file: a 1200×630 PNG with the headline and, when the page prints one, its key
 * figure (the <Fact> of its body marked `card`, else its first, resolved from its dataset exactly as the page prints
 * it). Drawn at build time
 * by sharp: Pango sets the text (self-hosted Source Serif 4, Noto Sans for Arabic and Hebrew, shaped by HarfBuzz),
 * libvips composites it over the blank card and encodes the PNG.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';
import sharp from 'sharp';
import { findComponentUses } from './mdx-usage.ts';
import { markUsed } from '../build/cache-prune.ts';
import { importedSourcesDigest } from '../build/imported-sources.ts';
import { woffToSfnt } from './woff.ts';
import { factValue, keyColumn } from './facts.ts';
import { keyFigures } from './key-figures.ts';
import { localiseDataset } from './dataset-locale.ts';
import { formatValue } from './format-value.ts';
import { qualifierIn } from '../i18n/index.ts';
import { projectRoot } from '../site.config.ts';
import type { Dataset } from '../schemas/dataset.ts';

/** The card's size in pixels: the 1.91:1 that Open Graph and X (Twitter) large cards show uncropped. */
export const cardSize = { width: 1200, height: 630 } as const;

/** Where the card of a page is published. */
export function socialCardPath(collection: 'stories' | 'cases', slug: string): string {
  return `/og/${collection}/${slug}.png`;
}

/** A figure on the card: the value as the page prints it, what it counts, and where it comes from. */
export interface CardFigure {
  value: string;
  label: string;
  /** The dataset's title. */
  source: string;
}

export interface CardContent {
  siteName: string;
  /** What the page is ("Stories", "Case files"), above the headline, after the site's name. */
  kicker: string;
  /** The mark between the site's name and the kicker: the page's (metaSeparator, src/i18n/punctuation.ts); "·" if none. */
  separator?: '·' | '|';
  headline: string;
  figure?: CardFigure | undefined;
}

/**
 * The key figure of a page: the <Fact> in its body that the editor marked `card` (`<Fact card dataset=… />`: the
 * preflight allows one a page, with its dataset, row and column written literally), else the first whose dataset, row
 * and column are written literally (a Fact on an empty cell fails the build). It is labelled by its row when the
 * dataset is a list of figures (see key-figures.ts), else by its column and row key. None when the page prints no such
 * figure (the card then shows the headline alone).
 */
export function keyFigure(
  file: string,
  body: string,
  datasets: ReadonlyMap<string, Dataset>,
  lang: string,
): CardFigure | undefined {
  const facts = findComponentUses(body).filter((use) => use.component === 'Fact');
  const chosen = facts.find((use) => use.props.card === true);
  if (chosen) return cardFigure(file, chosen.props, datasets, lang);
  for (const use of facts) {
    const figure = cardFigure(file, use.props, datasets, lang);
    if (figure) return figure;
  }
  return undefined;
}

/** The card's figure for a <Fact> of these options; none when its dataset, row or column is not written literally. */
function cardFigure(
  file: string,
  props: Record<string, unknown>,
  datasets: ReadonlyMap<string, Dataset>,
  lang: string,
): CardFigure | undefined {
  const { dataset: id, row, column } = props;
  const dataset = typeof id === 'string' ? datasets.get(id) : undefined;
  if (!dataset || row === undefined || typeof column !== 'string') return undefined;
  const { value, row: found } = factValue(file, String(id), dataset, row, column);
  const declared = dataset.columns[column]!;
  const key = keyColumn(dataset);
  // Labels, units and titles in the card's language where the dataset translates them.
  const local = localiseDataset(dataset, lang);
  const localColumn = local.data.columns[column]!;
  // A dataset of figures (one per row, each with its own label, qualifier and unit) describes the row itself.
  const described = keyFigures(dataset).find((f) => String(f.row) === String(found[key]) && f.column === column);
  if (described) {
    const number = formatValue(
      value,
      {
        ...localColumn,
        name: column,
        unit: described.percent ? '%' : localColumn.unit,
      },
      lang,
    );
    return {
      value: described.qualifier ? `${qualifierIn(described.qualifier, lang, local.lang).text} ${number}` : number,
      label: described.refersTo
        ? `${local.value(described.labelColumn, described.label)} (${local.value('refers_to', described.refersTo)})`
        : local.value(described.labelColumn, described.label),
      source: local.data.title,
    };
  }
  const keyValue = found[key];
  const keyText =
    typeof keyValue === 'string' && dataset.columns[key]!.type === 'string' && !dataset.columns[key]!.ref
      ? local.value(key, keyValue)
      : formatValue(keyValue, { ...dataset.columns[key]!, name: key }, lang);
  const label = localColumn.label ?? localColumn.description;
  // The unit after the label, unless the label says it already: "Journalists in prison (2024)", not "(journalists, 2024)".
  const said =
    localColumn.unit !== undefined &&
    new RegExp(
      `(?<![\\p{L}\\p{N}])${localColumn.unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'iu',
    ).test(label);
  const withUnit = localColumn.unit && declared.unit !== '%' && !said ? `${localColumn.unit}, ` : '';
  return {
    value: formatValue(value, { ...localColumn, name: column }, lang),
    label: `${label} (${withUnit}${keyText})`,
    source: local.data.title,
  };
}

/** Font files (.woff from @fontsource, converted to TrueType for FreeType: see woff.ts), in fallback order. */
const fontFiles = [
  ...['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'].map((subset) => ({
    family: 'source-serif-4',
    subset,
  })),
  // Source Serif has no Arabic or Hebrew: names and titles in those scripts fall back to Noto Sans.
  { family: 'noto-sans-arabic', subset: 'arabic' },
  { family: 'noto-sans-hebrew', subset: 'hebrew' },
].flatMap((file) => ([400, 700] as const).map((weight) => ({ ...file, weight })));

/**
 * The families as Pango reads them: it shapes each run (HarfBuzz: Arabic joins, Hebrew and Arabic run right to left)
 * with the first family that has its characters. The files of one family's subsets register under the same name,
 * and fontconfig picks among them by coverage. A character none of them has falls back to the machine's fonts.
 */
const families = 'Source Serif 4, Noto Sans Arabic, Noto Sans Hebrew';

let registered: Promise<void> | undefined;

/**
 * Makes the fonts known to libvips' fontconfig, once per process: each file is converted to TrueType into the card
 * cache (named by the WOFF's hash, written atomically, so parallel builds share it) and registered by a throwaway
 * render (libvips registers a `fontfile` for the whole process).
 */
function registerFonts(): Promise<void> {
  registered ??= (async () => {
    const require = createRequire(join(projectRoot, 'package.json'));
    const dir = join(cardCacheDir(), 'fonts');
    mkdirSync(dir, { recursive: true });
    for (const file of fontFiles) {
      const name = `${file.family}-${file.subset}-${file.weight}-normal.woff`;
      const woff = readFileSync(require.resolve(`@fontsource/${file.family}/files/${name}`));
      const ttf = join(
        dir,
        `${name.replace(/\.woff$/, '')}-${createHash('sha256').update(woff).digest('hex').slice(0, 16)}.ttf`,
      );
      if (existsSync(ttf)) markUsed(ttf);
      else {
        const temp = `${ttf}.${process.pid}.tmp`;
        writeFileSync(temp, woffToSfnt(woff, name));
        renameSync(temp, ttf);
      }
      await sharp({ text: { text: '.', fontfile: ttf } })
        .raw()
        .toBuffer();
    }
  })();
  return registered;
}

const colours = {
  bg: '#fdfcf9',
  fg: '#1b1b1b',
  muted: '#555049',
  accent: '#a3122a',
  rule: '#d6d0c4',
};

/** The card's geometry in pixels: the accent band, the margins of the text box, and each text style. */
const layout = {
  band: 16,
  left: 72,
  width: cardSize.width - 2 * 72,
  /** The kicker's cap height starts here. */
  top: 72,
  /** Below the kicker, before the headline's first cap. */
  kickerGap: 44,
  /** The lowest ink of the figure's source line, or of the headline when there is no figure. */
  bottom: cardSize.height - 48,
  /** Between the headline's last line and the rule above the figure, and between the rule and the figure. */
  ruleGap: 28,
  rule: 2,
  /** Between the figure's value and its label. */
  valueGap: 24,
  headlineLines: 4,
  /** The smallest size a headline is set at to keep it and the figure's label whole. */
  headlineFloor: 44,
  labelLines: 2,
  text: {
    kicker: { size: 30, bold: true, colour: colours.accent },
    headline: { size: 68, bold: true, colour: colours.fg },
    value: { size: 72, bold: true, colour: colours.accent },
    label: { size: 30, bold: false, colour: colours.fg },
    source: { size: 24, bold: false, colour: colours.muted },
  },
} as const;

interface TextStyle {
  size: number;
  bold: boolean;
  colour: string;
}

/** Pango's font description: the family list, the weight, the size (points, which are pixels at 72 dpi). */
const fontDescription = (style: TextStyle) => `${families}, ${style.bold ? 'Bold ' : ''}${style.size}`;

const escapeMarkup = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A text block as coverage (one byte a pixel, 255 for full ink), and where it starts. */
interface TextImage {
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

function metrics(style: TextStyle) {
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
async function drawText(
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
interface Clamped {
  text: string;
  size: number;
  image: TextImage;
}

/**
 * `text` drawn in at most `lines` lines, cut at a word and ended with an ellipsis when it runs longer. `drawn` is the
 * text already drawn in `style` and `width` with the wrap it names (the headline, drawn to count its lines), not
 * drawn again when it is the wrap this text takes.
 */
async function clamp(
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

async function drawClamped(text: string, style: TextStyle, width: number, lines: number): Promise<TextImage> {
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

/** Whether `text` reads right to left: its first letter is in a right-to-left script. */
export function readsRightToLeft(text: string): boolean {
  const letter = /\p{L}/u.exec(text)?.[0];
  return (
    letter !== undefined &&
    /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(letter)
  );
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

let background: Buffer | undefined;

/** The card without text: the page colour under the accent band, as raw RGB. */
function blankCard(): Buffer {
  if (!background) {
    const { width, height } = cardSize;
    background = Buffer.alloc(width * height * 3);
    const [bg, accent] = [rgb(colours.bg), rgb(colours.accent)];
    for (let i = 0; i < width * height; i++) background.set(i < width * layout.band ? accent : bg, i * 3);
  }
  return background;
}

/**
 * Canvases of cards already encoded, for the next ones: a fresh 2.3 MB buffer costs ~2.5 ms in page faults on this
 * kind of machine, copying the blank card into a used one ~0.05 ms.
 */
const spareCanvases: Buffer[] = [];

/** Paints `colour` into the RGB `canvas` through `image`'s coverage, its top left corner at (`left`, `top`). */
function paint(canvas: Buffer, image: TextImage, left: number, top: number, colour: string): void {
  const [r, g, b] = rgb(colour);
  const { width } = cardSize;
  for (let y = Math.max(0, -top); y < image.height && top + y < cardSize.height; y++) {
    for (let x = Math.max(0, -left); x < image.width && left + x < width; x++) {
      const a = image.data[y * image.width + x]!;
      if (a === 0) continue;
      const at = ((top + y) * width + left + x) * 3;
      canvas[at] = (canvas[at]! * (255 - a) + r * a + 127) / 255;
      canvas[at + 1] = (canvas[at + 1]! * (255 - a) + g * a + 127) / 255;
      canvas[at + 2] = (canvas[at + 2]! * (255 - a) + b * a + 127) / 255;
    }
  }
}

/**
 * The line above the headline: the site's name, then what the page is, parted by the page's mark. Over a right-to-left
 * headline it starts with a right-to-left mark, so the name stands at the right edge, where that reader starts, even
 * when it is written in Latin letters ("Casefile | گزارش‌ها" reads from "Casefile"); without it, Pango would set the
 * line left to right from its first letter.
 */
export function kickerLine(content: CardContent, rtl: boolean): string {
  return `${rtl ? '\u200f' : ''}${content.siteName} ${content.separator ?? '·'} ${content.kicker}`;
}

/** A card's texts that did not fit whole and end with an ellipsis: none on a card laid out as it should be. */
export type CardCut = 'kicker' | 'headline' | 'label';

/** Paints a text block's coverage in `colour`, its first line's cap height at `capTop`, `offset` in from its margin. */
type Place = (image: TextImage, capTop: number, colour: string, offset?: number) => void;

/** The headline's sizes to try, largest first: its size by its length, then smaller down to the label's room's floor. */
function headlineSizes(headline: string): number[] {
  const size = headline.length > 90 ? 48 : headline.length > 50 ? 58 : layout.text.headline.size;
  const sizes = [size];
  for (let smaller = size - 2; smaller >= layout.headlineFloor; smaller -= 2) sizes.push(smaller);
  return sizes;
}

/**
 * Lays the card out, handing each block to `place`, and returns the texts it had to cut and where the rule above the
 * figure goes. The headline is set at the largest of its sizes at which it and the figure's label are both whole, the
 * label beside the value or beneath it across the card: a three-line French headline at 58 left the label cut beside
 * the value ("… (Les dix dernières…"), where at 56 both are whole. When no size does it, the largest is kept, the
 * label beside the value, and what does not fit is cut.
 */
async function layOut(content: CardContent, place: Place, rtl: boolean): Promise<{ cut: CardCut[]; ruleTop?: number }> {
  const { text, width } = layout;
  const cut: CardCut[] = [];
  const kicker = await clamp(kickerLine(content, rtl), text.kicker, width, 1);
  if (kicker.text !== kickerLine(content, rtl)) cut.push('kicker');
  place(kicker.image, layout.top, text.kicker.colour);
  const headlineTop = layout.top + (await metrics(text.kicker)).cap + layout.kickerGap;

  /** The lines of a headline in `style` whose ink (cap height plus a descender, a third of the pitch) ends above `bottom`. */
  const headlineFits = async (style: TextStyle, bottom: number) => {
    const { pitch, cap } = await metrics(style);
    return Math.min(
      layout.headlineLines,
      Math.max(1, Math.floor((bottom - headlineTop - cap - pitch / 3) / pitch) + 1),
    );
  };
  const figure = content.figure && (await figureBlocks(content.figure));
  const sizes = headlineSizes(content.headline);
  /** The figure's ways of setting its label whole (none: nothing to set). */
  const ways = figure ? figure.whole : [undefined];
  let chosen: { style: TextStyle; lines: number; block?: FigureBlock | undefined; image?: TextImage } | undefined;
  for (const size of ways.length > 0 ? sizes : []) {
    const style = { ...text.headline, size };
    const image = await drawText(content.headline, style, width, 'word');
    const needed = image.lines;
    for (const block of ways) {
      const lines = await headlineFits(style, block ? block.ruleTop - layout.ruleGap : layout.bottom);
      if (lines >= needed) {
        chosen = { style, lines, block, image };
        break;
      }
    }
    if (chosen) break;
  }
  if (!chosen) {
    // Nothing whole: the largest size, the label beside the value.
    const style = { ...text.headline, size: sizes[0]! };
    const block = figure?.fallback;
    chosen = { style, lines: await headlineFits(style, block ? block.ruleTop - layout.ruleGap : layout.bottom), block };
    if (block?.cut) cut.push('label');
  }
  if (figure && chosen.block) {
    const { block } = chosen;
    place(figure.value, block.valueTop, text.value.colour);
    place(block.label, block.labelTop, text.label.colour, block.stacked ? 0 : figure.value.width + layout.valueGap);
    place(figure.source, figure.sourceTop, text.source.colour);
  }
  const headline = await clamp(
    content.headline,
    chosen.style,
    width,
    chosen.lines,
    chosen.image && { wrap: 'word', image: chosen.image },
  );
  if (headline.text !== content.headline) cut.push('headline');
  place(headline.image, headlineTop, chosen.style.colour);
  return { cut, ruleTop: chosen.block?.ruleTop };
}

/** One way to set a figure's label, and where its blocks then go. */
interface FigureBlock {
  label: TextImage;
  stacked: boolean;
  /** Whether the label was cut to fit there. */
  cut: boolean;
  labelTop: number;
  valueTop: number;
  ruleTop: number;
}

/**
 * The figure's value and source, and its label's ways: `whole`, the ways that set it whole (beside the value, else
 * beneath it), and `fallback`, beside the value, cut, when neither does.
 */
async function figureBlocks(figure: CardFigure) {
  const { text, width } = layout;
  const [valueMetrics, labelMetrics, sourceMetrics] = await Promise.all([
    metrics(text.value),
    metrics(text.label),
    metrics(text.source),
  ]);
  const value = await drawClamped(figure.value, text.value, width, 1);
  const source = await drawClamped(figure.source, text.source, width, 1);
  // Bottom up: the source's baseline sits a descender above the bottom, and the last baseline above it (the
  // value's, or the label's beneath it) room for its descenders.
  const sourceTop = layout.bottom - Math.round(sourceMetrics.pitch * 0.3) - sourceMetrics.cap;
  /** Beside the value, the label's first baseline is the value's; beneath, the value stands above its capitals. */
  const placing = (label: Clamped, stacked: boolean): FigureBlock => {
    const last = stacked ? Math.round(labelMetrics.pitch * 0.75) : Math.round(valueMetrics.pitch * 0.38);
    const labelBaseline = sourceTop - last - (label.image.lines - 1) * labelMetrics.pitch;
    const valueBaseline = stacked
      ? labelBaseline - labelMetrics.cap - Math.round(valueMetrics.pitch * 0.3)
      : labelBaseline;
    const valueTop = valueBaseline - valueMetrics.cap;
    return {
      label: label.image,
      stacked,
      cut: label.text !== figure.label,
      labelTop: labelBaseline - labelMetrics.cap,
      valueTop,
      ruleTop: valueTop - layout.ruleGap - layout.rule,
    };
  };
  const beside = placing(
    await clamp(figure.label, text.label, width - value.width - layout.valueGap, layout.labelLines),
    false,
  );
  if (!beside.cut) return { value, source, sourceTop, whole: [beside], fallback: beside };
  const under = placing(await clamp(figure.label, text.label, width, layout.labelLines), true);
  return { value, source, sourceTop, whole: under.cut ? [] : [under], fallback: beside };
}

/** The texts the card of `content` cuts (none, laid out as it should be), without drawing it. */
export async function socialCardCuts(content: CardContent): Promise<CardCut[]> {
  await registerFonts();
  return (await layOut(content, () => {}, readsRightToLeft(content.headline))).cut;
}

/**
 * Draws the card as a PNG: Pango sets the text (HarfBuzz shaping, bidi, line breaking) through sharp's libvips in
 * libuv's thread pool, its coverage is painted over the blank card here, and libvips encodes the PNG (10–12 ms of
 * CPU a card drawn one after another, ~2 of them on the main thread, against ~45 ms when satori laid it out and resvg
 * drew it).
 */
export async function drawSocialCard(content: CardContent): Promise<Buffer> {
  await registerFonts();
  const { left } = layout;
  const canvas = spareCanvases.pop() ?? Buffer.allocUnsafe(blankCard().length);
  canvas.set(blankCard());
  try {
    const rtl = readsRightToLeft(content.headline);
    // Right-to-left headlines mirror the card: blocks hang from the right edge of the text box.
    const place: Place = (image, capTop, colour, offset = 0) =>
      paint(
        canvas,
        image,
        rtl ? cardSize.width - left - offset - image.width : left + offset,
        Math.round(capTop + image.top),
        colour,
      );
    const { ruleTop } = await layOut(content, place, rtl);
    if (ruleTop !== undefined) {
      const [r, g, b] = rgb(colours.rule);
      for (let y = ruleTop; y < ruleTop + layout.rule; y++) {
        for (let x = left; x < left + layout.width; x++) canvas.set([r, g, b], (y * cardSize.width + x) * 3);
      }
    }

    // zlib level 4 rather than 6: encoding is the largest part of a card's cost, and level 4 takes 4.0 ms instead of
    // 5.5–6.4 ms for a card 6 % larger (48 KiB against 45 on the benchmark's cards; level 9 took 31 ms for 33 KiB).
    return await sharp(canvas, { raw: { ...cardSize, channels: 3 } })
      .png({ compressionLevel: 4 })
      .toBuffer();
  } finally {
    if (spareCanvases.length < 8) spareCanvases.push(canvas);
  }
}

/** Cards drawn and cards reused in this process (on globalThis: Astro's module graph has its own copy of this module). */
export interface CardStats {
  drawn: number;
  cached: number;
  /** Milliseconds each drawn card took. */
  times: number[];
}

const statsKey = Symbol.for('casefile.socialCards.stats');
const store = globalThis as unknown as Record<symbol, CardStats | undefined>;

export function cardStats(): CardStats {
  return (store[statsKey] ??= { drawn: 0, cached: 0, times: [] });
}

/**
 * Where drawn cards are kept across builds: node_modules/.cache/casefile/social-cards/ (or CASEFILE_CARD_CACHE).
 * The node_modules folder is found through module resolution: inside Astro's bundle, paths computed from this file's
 * URL point into a temporary folder that the build removes.
 */
export function cardCacheDir(): string {
  if (process.env.CASEFILE_CARD_CACHE) return resolve(process.env.CASEFILE_CARD_CACHE);
  // The node_modules folder sharp was installed in, above its entry point (its package.json is not exported).
  const sharpEntry = createRequire(join(projectRoot, 'package.json')).resolve('sharp');
  const nodeModules = sharpEntry.slice(
    0,
    sharpEntry.lastIndexOf(`${sep}node_modules${sep}`) + `${sep}node_modules`.length,
  );
  return join(nodeModules, '.cache/casefile/social-cards');
}

let version: string | undefined;

/**
 * What shapes a card besides its content: the code that lays it out and draws it (this module and every project
 * file it imports: cardCode), fonts (the versions of the packages they come from), and the versions of sharp and of
 * the libraries its libvips bundles (Pango, HarfBuzz, FreeType, fontconfig, libpng).
 */
function rendererVersion(): string {
  const require = createRequire(join(projectRoot, 'package.json'));
  const packageVersion = (name: string) =>
    (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  version ??= [
    cardCode(projectRoot),
    ...[...new Set(fontFiles.map((file) => `@fontsource/${file.family}`))].map(
      (name) => `${name}@${packageVersion(name)}`,
    ),
    JSON.stringify(sharp.versions),
  ].join('\0');
  return version;
}

/**
 * A digest of the card's code in the project at `root`: src/lib/social-card.ts and what it imports, read from the
 * project's files (inside Astro's bundle this module's own URL names a chunk of the output, not its source). A list
 * of its functions went stale when the code gained one the list did not name (escapeMarkup, rgb).
 */
export function cardCode(root: string): string {
  return importedSourcesDigest([join(root, 'src/lib/social-card.ts')]);
}

/**
 * The card as a PNG, from the disk cache when the same content was drawn by the same code before (drawing takes
 * 10–12 ms of CPU, ten seconds or more for an archive of 1,000 pages, which should not pay it on every build). Entries are written atomically, so parallel builds never read half a file.
 */
export async function renderSocialCard(content: CardContent): Promise<Buffer> {
  const key = createHash('sha256').update(rendererVersion()).update('\0').update(JSON.stringify(content)).digest('hex');
  const file = join(cardCacheDir(), `${key}.png`);
  const stats = cardStats();
  try {
    const png = readFileSync(file);
    markUsed(file);
    stats.cached++;
    return png;
  } catch {
    // Not drawn yet.
  }
  const started = performance.now();
  const png = await drawSocialCard(content);
  stats.times.push(performance.now() - started);
  stats.drawn++;
  mkdirSync(cardCacheDir(), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, png);
  renameSync(temp, file);
  return png;
}
