/**
 * The size an image of public/ is shown at when nothing else sets it, in CSS pixels: what a page's `<img width
 * height>` says, so that a browser keeps the image's place before it has loaded it.
 *
 * A raster image's size is read from its header by sharp, turned as its EXIF orientation says: the build publishes it
 * turned (src/build/images.ts). An SVG has a size only when its root element declares one (`width="640"
 * height="360"`, in absolute units, or one of them with a `viewBox` giving the other); an SVG with a `viewBox` alone
 * fills the width it is given, and gets none.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';

/** An image's width and height, in CSS pixels, whole. */
export interface ImageSize {
  width: number;
  height: number;
}

/** CSS pixels per unit of the absolute lengths an SVG may declare its size in (CSS Values 4: 1in = 96px). */
const pixelsPer: Record<string, number> = {
  '': 1,
  px: 1,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
  q: 96 / 101.6,
  pt: 4 / 3,
  pc: 16,
};

/** A length in CSS pixels ("640", "640px", "2in"); undefined for a relative one ("100%", "2em") or none. */
function svgLength(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^\s*(\d*\.?\d+(?:e[+-]?\d+)?)\s*(px|in|cm|mm|q|pt|pc)?\s*$/i.exec(value);
  if (!match) return undefined;
  const pixels = Number(match[1]) * pixelsPer[(match[2] ?? '').toLowerCase()]!;
  return pixels > 0 ? pixels : undefined;
}

/** The attributes of the first `<svg>` start tag of `text` (a quoted value may hold ">"), by lower-case name. */
function rootAttributes(text: string): Record<string, string> | undefined {
  const tag = /<svg(?=[\s/>])((?:"[^"]*"|'[^']*'|[^"'>])*)>/i.exec(text.replace(/<!--[\s\S]*?-->/g, ''));
  if (!tag) return undefined;
  const attributes: Record<string, string> = {};
  for (const [, name, double, single] of tag[1]!.matchAll(/([^\s"'=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[name!.toLowerCase()] ??= double ?? single ?? '';
  }
  return attributes;
}

/** The size an SVG document declares, or undefined when it declares none a page can use. */
export function svgSize(text: string): ImageSize | undefined {
  const root = rootAttributes(text);
  if (!root) return undefined;
  let width = svgLength(root.width);
  let height = svgLength(root.height);
  const box = (root.viewbox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const ratio = box.length === 4 && box[2]! > 0 && box[3]! > 0 ? box[2]! / box[3]! : undefined;
  if (width !== undefined && height === undefined && ratio) height = width / ratio;
  if (height !== undefined && width === undefined && ratio) width = height * ratio;
  if (width === undefined || height === undefined) return undefined;
  return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) };
}

/** The size of the raster image in `file`, turned as its EXIF orientation says; undefined when sharp cannot read it. */
async function rasterSize(file: string): Promise<ImageSize | undefined> {
  // Loaded on the first image: astro.config.mjs loads this module on every build and dev server, and sharp takes
  // ~50 ms to load.
  const { default: sharp } = await import('sharp');
  try {
    const meta = await sharp(file).metadata();
    const { width, height } = meta.autoOrient ?? meta;
    return width && height ? { width, height } : undefined;
  } catch {
    // Not an image sharp reads (an .ico, a PDF given as an image): the browser decides, and the page says no size.
    return undefined;
  }
}

/** Sizes already read, by file, its length and its time of change: a map that 500 pages show is read once. */
const sizes = new Map<string, Promise<ImageSize | undefined>>();

/**
 * The size of the image in `file`, read once per version of the file (the dev server sees a file saved again);
 * undefined when it declares none or is no image.
 */
export function imageSize(file: string): Promise<ImageSize | undefined> {
  const { size, mtimeMs } = statSync(file);
  const key = `${file}\n${size}\n${mtimeMs}`;
  let known = sizes.get(key);
  if (!known) {
    known =
      extname(file).toLowerCase() === '.svg' ? Promise.resolve(svgSize(readFileSync(file, 'utf8'))) : rasterSize(file);
    sizes.set(key, known);
  }
  return known;
}
