/**
 * The social card's layout: its size, colours and geometry, and where the kicker, the headline and the figure go
 * (laid out without drawing, for the texts a card cuts, or handed to the painter).
 */
import type { CardFigure } from './social-card-figure.ts';
import { type TextImage, metrics, type TextStyle, drawText } from './social-card-text.ts';
import { clamp, drawClamped, type Clamped } from './social-card-clamp.ts';
import { registerFonts } from './social-card-fonts.ts';

/** The card's size in pixels: the 1.91:1 that Open Graph and X (Twitter) large cards show uncropped. */
export const cardSize = { width: 1200, height: 630 } as const;

export interface CardContent {
  siteName: string;
  /** What the page is ("Stories", "Case files"), above the headline, after the site's name. */
  kicker: string;
  /** The mark between the site's name and the kicker: the page's (metaSeparator, src/i18n/punctuation.ts); "·" if none. */
  separator?: '·' | '|';
  headline: string;
  figure?: CardFigure | undefined;
}

export const colours = {
  bg: '#fdfcf9',
  fg: '#1b1b1b',
  muted: '#555049',
  accent: '#a3122a',
  rule: '#d6d0c4',
};

/** The card's geometry in pixels: the accent band, the margins of the text box, and each text style. */
export const layout = {
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

/** Whether `text` reads right to left: its first letter is in a right-to-left script. */
export function readsRightToLeft(text: string): boolean {
  const letter = /\p{L}/u.exec(text)?.[0];
  return (
    letter !== undefined &&
    /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(letter)
  );
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
export type Place = (image: TextImage, capTop: number, colour: string, offset?: number) => void;

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
export async function layOut(
  content: CardContent,
  place: Place,
  rtl: boolean,
): Promise<{ cut: CardCut[]; ruleTop?: number }> {
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
