/**
 * The social card of a story or case file: a 1200×630 PNG with the headline and, when the page prints one, its key
 * figure (the first <Fact> of its body, resolved from its dataset exactly as the page prints it). Drawn at build time
 * with satori (layout and text to SVG glyph paths, with self-hosted Source Serif 4 and Noto Sans for Arabic and
 * Hebrew), resvg (SVG to pixels) and sharp (pixels to PNG).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { findComponentUses } from './mdx-usage.ts';
import { markUsed } from '../build/cache-prune.ts';
import { factValue, keyColumn } from './facts.ts';
import { keyFigures } from './key-figures.ts';
import { formatValue } from './format-value.ts';
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
  /** What the page is ("Stories", "Case files"), above the headline. */
  kicker: string;
  headline: string;
  figure?: CardFigure | undefined;
}

/**
 * The key figure of a page: the first <Fact> in its body whose dataset, row and column are written literally and
 * whose value is not a gap, labelled by its row when the dataset is a list of figures (see key-figures.ts), else by
 * its column and row key. None when the page prints no such figure (the card then shows the headline alone).
 */
export function keyFigure(file: string, body: string, datasets: ReadonlyMap<string, Dataset>, lang: string): CardFigure | undefined {
  for (const use of findComponentUses(body)) {
    if (use.component !== 'Fact') continue;
    const { dataset: id, row, column } = use.props;
    const dataset = typeof id === 'string' ? datasets.get(id) : undefined;
    if (!dataset || row === undefined || typeof column !== 'string') continue;
    const { value, row: found } = factValue(file, String(id), dataset, row, column);
    if (value === null) continue;
    const declared = dataset.columns[column]!;
    const key = keyColumn(dataset);
    // A dataset of figures (one per row, each with its own label, qualifier and unit) describes the row itself.
    const described = keyFigures(dataset).find((f) => String(f.row) === String(found[key]) && f.column === column);
    if (described) {
      const number = formatValue(value, { ...declared, name: column, unit: described.percent ? '%' : declared.unit }, lang);
      return {
        value: described.qualifier ? `${described.qualifier} ${number}` : number,
        label: described.refersTo ? `${described.label} (${described.refersTo})` : described.label,
        source: dataset.title,
      };
    }
    const keyText = formatValue(found[key], { ...dataset.columns[key]!, name: key }, lang);
    const withUnit = declared.unit && declared.unit !== '%' ? `${declared.unit}, ` : '';
    return {
      value: formatValue(value, { ...declared, name: column }, lang),
      label: `${declared.label ?? declared.description} (${withUnit}${keyText})`,
      source: dataset.title,
    };
  }
  return undefined;
}

/** Font files (.woff from @fontsource; satori reads TTF, OTF and WOFF, not WOFF2), in fallback order. */
const fontFiles = [
  ...['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'].map((subset) => ({ family: 'source-serif-4', subset })),
  // Source Serif has no Arabic or Hebrew: names and titles in those scripts fall back to Noto Sans.
  { family: 'noto-sans-arabic', subset: 'arabic' },
  { family: 'noto-sans-hebrew', subset: 'hebrew' },
].flatMap((file) => ([400, 700] as const).map((weight) => ({ ...file, weight })));

/** Each file under its own name: satori falls back along the family list, not between files of one family. */
const fontName = (file: { family: string; subset: string }) => `${file.family} ${file.subset}`;
const fontFamily = [...new Set(fontFiles.map(fontName))].join(', ');

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  const require = createRequire(join(projectRoot, 'package.json'));
  fonts ??= fontFiles.map((file) => ({
    name: fontName(file),
    data: readFileSync(require.resolve(`@fontsource/${file.family}/files/${file.family}-${file.subset}-${file.weight}-normal.woff`)),
    weight: file.weight,
    style: 'normal' as const,
  }));
  return fonts;
}

const colours = { bg: '#fdfcf9', fg: '#1b1b1b', muted: '#555049', accent: '#a3122a', rule: '#d6d0c4' };

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };

function el(type: string, style: Record<string, unknown>, children?: unknown): Node {
  return { type, props: { style, children } };
}

/** The card as satori's element tree (plain objects: no React needed). */
export function cardTree(content: CardContent): Node {
  const headlineSize = content.headline.length > 90 ? 48 : content.headline.length > 50 ? 58 : 68;
  const figure = content.figure;
  return el(
    'div',
    { width: cardSize.width, height: cardSize.height, display: 'flex', backgroundColor: colours.bg, color: colours.fg, borderTop: `16px solid ${colours.accent}`, fontFamily },
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, margin: '48px 72px 44px' }, [
      el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: colours.accent }, `${content.siteName} · ${content.kicker}`),
      el('div', { display: 'flex', marginTop: 28, fontSize: headlineSize, fontWeight: 700, lineHeight: 1.12, lineClamp: 4, overflow: 'hidden' }, content.headline),
      figure
        ? el('div', { display: 'flex', flexDirection: 'column', marginTop: 'auto', paddingTop: 24, borderTop: `2px solid ${colours.rule}` }, [
            el('div', { display: 'flex', alignItems: 'baseline' }, [
              el('div', { display: 'flex', fontSize: 72, fontWeight: 700, color: colours.accent, marginRight: 24 }, figure.value),
              el('div', { display: 'flex', fontSize: 30, flexShrink: 1, lineClamp: 2, overflow: 'hidden' }, figure.label),
            ]),
            el('div', { display: 'flex', fontSize: 24, color: colours.muted, marginTop: 4 }, figure.source),
          ])
        : el('div', { display: 'flex' }),
    ]),
  );
}

/**
 * resvg draws satori's glyph paths, so it needs no fonts: not loading the machine's own keeps cards the same on
 * every machine (and saves scanning them for each card). The opaque background makes resvg's premultiplied pixels
 * plain RGB.
 */
const rasterOptions = { font: { loadSystemFonts: false }, background: colours.bg };

/** Draws the card as a PNG. */
export async function drawSocialCard(content: CardContent): Promise<Buffer> {
  // satori types its input as a React node; the plain element tree is what it reads.
  const svg = await satori(cardTree(content) as unknown as Parameters<typeof satori>[0], { ...cardSize, fonts: loadFonts() });
  // resvg rasterises in libuv's thread pool (~17 ms a card, against ~37 ms for sharp's librsvg), and sharp encodes
  // the PNG there too (~7 ms, 41 kB): resvg's own encoder runs on the main thread, where Astro renders pages, and
  // takes twice as long. Palette quantisation would halve the file but cost ~90 ms a card; cards are cached.
  const image = await renderAsync(svg, rasterOptions);
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).removeAlpha().png().toBuffer();
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
  const satoriManifest = createRequire(join(projectRoot, 'package.json')).resolve('satori/package.json');
  return join(satoriManifest, '../..', '.cache/casefile/social-cards');
}

let version: string | undefined;

/**
 * What shapes a card besides its content: the code that lays it out and draws it (read from the functions
 * themselves, which works in Astro's bundle too, where this file's path is not at hand), colours, fonts (which files,
 * and the versions of the packages they come from), resvg's options, and the versions of satori, resvg (which draws
 * the pixels) and sharp (which encodes the PNG).
 */
function rendererVersion(): string {
  const require = createRequire(join(projectRoot, 'package.json'));
  const packageVersion = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  version ??= [
    cardTree.toString(),
    el.toString(),
    drawSocialCard.toString(),
    JSON.stringify({ colours, fontFiles, cardSize, rasterOptions }),
    packageVersion('satori'),
    packageVersion('@resvg/resvg-js'),
    ...[...new Set(fontFiles.map((file) => `@fontsource/${file.family}`))].map((name) => `${name}@${packageVersion(name)}`),
    JSON.stringify(sharp.versions),
  ].join('\0');
  return version;
}

/**
 * The card as a PNG, from the disk cache when the same content was drawn by the same code before (drawing takes
 * 30–36 ms of CPU: ~8 ms of satori layout, ~17 ms of resvg, ~7 ms of PNG encoding; half a minute for an archive of
 * 1,000 pages, which should not pay it on every build). Entries are written atomically, so parallel builds never read half a file.
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
