/**
 * The social card of a story or case file: a 1200×630 PNG with the headline and, when the page prints one, its key
 * figure (the <Fact> of its body marked `card`, else its first, resolved from its dataset exactly as the page prints
 * it). Drawn at build time
 * by sharp: Pango sets the text (self-hosted Source Serif 4, Noto Sans for Arabic and Hebrew, shaped by HarfBuzz),
 * libvips composites it over the blank card and encodes the PNG.
 */
import { createHash } from 'node:crypto';
import { readFileSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { markUsed } from '../build/cache-prune.ts';
import { importedSourcesDigest } from '../build/imported-sources.ts';
import { projectRoot } from '../site.config.ts';
import {
  cardSize,
  colours,
  layout,
  type CardContent,
  readsRightToLeft,
  type Place,
  layOut,
} from './social-card-layout.ts';
import type { TextImage } from './social-card-text.ts';
import { registerFonts, fontFiles } from './social-card-fonts.ts';
import { cardCacheDir } from './social-card-cache-dir.ts';

/** Where the card of a page is published. */
export function socialCardPath(collection: 'stories' | 'cases', slug: string): string {
  return `/og/${collection}/${slug}.png`;
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
