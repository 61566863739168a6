/**
 * An image from public/ (`![A map](/images/map.png)`, or `<img src="/images/map.png" alt="…" />` written in MDX) is
 * published as Astro publishes a photo beside a story:
 * - with its `width` and `height` (src/build/image-size.ts), so that a browser keeps its place while it loads instead
 *   of moving the text below it (layout shift); the site's stylesheet still scales it down to a phone's width
 *   (`max-width: 100%; height: auto`);
 * - with `loading="lazy"` and `decoding="async"`, so that an image far down the page is fetched only as the reader
 *   nears it.
 * An attribute the editor wrote is kept: `loading="eager"` for an image at the top, a width to show a map smaller
 * (the height then follows the image's proportions). An address naming no file of public/ is left as written: the
 * content check names its page and line before the build (src/lib/validate/images.ts), and the link check after it.
 *
 * A Sätteri plugin (Astro's Markdown and MDX processor) on the HTML tree, run before Astro's own image plugin, which
 * leaves such images as they are. Addresses are written from the site's root, as on any site; a site served below a
 * path gets its folder when the page is written (src/build/base-path.ts), after this plugin.
 *
 * The files each document shows are kept (`publicImagesShownBy`), so that the dev server can compile a page again
 * when one of them is exported anew at another size (src/build/dev-public-images.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inside } from '../lib/path-inside.ts';
import { fileURLToPath } from 'node:url';
import {
  defineHastPlugin,
  type HastPluginEntry,
  type MdxJsxAttributeNode,
  type MdxJsxAttributeUnion,
  type MdxJsxFlowElementHast,
  type MdxJsxTextElementHast,
  type PluginFactoryContext,
} from 'satteri';
import { imageSize, type ImageSize } from './image-size.ts';

/**
 * A fingerprint of this file and of the size reader, in the plugin's name: Astro's incremental build copies a page
 * whose configuration is unchanged, and hashes the plugin's name, not its code.
 */
const code = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(readFileSync(fileURLToPath(new URL('./image-size.ts', import.meta.url))))
  .digest('hex')
  .slice(0, 12);

/** The plugin's name: it changes with its code. */
export const publicImagesName = `casefile-public-images-${code}`;

/** The file of `publicDir` that an image address names ("/images/map%201.png?v=2"), or undefined when there is none. */
export function publicFile(src: string, publicDir: string): string | undefined {
  if (!src.startsWith('/') || src.startsWith('//')) return undefined;
  let path: string;
  try {
    path = decodeURI(src.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  const file = join(publicDir, path);
  if (!inside(file, publicDir)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** The written value of a size attribute as a number of pixels, when it is one ("640", 640). */
function pixels(value: unknown): number | undefined {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return number > 0 ? number : undefined;
}

/**
 * The attributes an image gets that its editor did not write (`written`: the attributes written, by name, with their
 * values when known): its size, the other side following the image's proportions when one is written; lazy loading.
 */
export function addedAttributes(
  written: ReadonlyMap<string, unknown>,
  size: ImageSize | undefined,
): Record<string, string> {
  const added: Record<string, string> = {};
  if (size && !written.has('width') && !written.has('height')) {
    added.width = String(size.width);
    added.height = String(size.height);
  } else if (size && !written.has('height')) {
    const width = pixels(written.get('width'));
    if (width) added.height = String(Math.max(1, Math.round((width * size.height) / size.width)));
  } else if (size && !written.has('width')) {
    const height = pixels(written.get('height'));
    if (height) added.width = String(Math.max(1, Math.round((height * size.width) / size.height)));
  }
  if (!written.has('loading')) added.loading = 'lazy';
  if (!written.has('decoding')) added.decoding = 'async';
  return added;
}

/** The files of public/ each document showed when it was last compiled, by the document's path. */
const shownBy = new Map<string, Set<string>>();

/** A document's path from the URL it is compiled under, without the query a bundler adds to its module's address. */
const documentPath = (url: URL) => fileURLToPath(url).replace(/\?.*$/, '');

/** The files of public/ whose size the document at `path` ("/…/content/stories/x.mdx") showed when last compiled. */
export function publicImagesShownBy(path: string): ReadonlySet<string> {
  return shownBy.get(path.replace(/\?.*$/, '')) ?? new Set();
}

/** What an image of `document` needs added, if its address names a file of `publicDir`. */
async function forImage(
  src: unknown,
  written: ReadonlyMap<string, unknown>,
  publicDir: string,
  document: URL | undefined,
): Promise<Record<string, string> | undefined> {
  const file = typeof src === 'string' ? publicFile(src, publicDir) : undefined;
  if (!file) return undefined;
  if (document) {
    const path = documentPath(document);
    shownBy.set(path, (shownBy.get(path) ?? new Set()).add(file));
  }
  const added = addedAttributes(written, await imageSize(file));
  return Object.keys(added).length > 0 ? added : undefined;
}

/** The attributes of an `<img>` written in MDX, by lower-case name; an expression's value is unknown (undefined). */
function jsxAttributes(attributes: readonly MdxJsxAttributeUnion[]): Map<string, unknown> {
  const written = new Map<string, unknown>();
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxAttribute')
      written.set(attribute.name.toLowerCase(), typeof attribute.value === 'string' ? attribute.value : undefined);
  }
  return written;
}

/**
 * An `<img>` written in MDX with what it needs added: a new element in its place (a JSX element's attributes are a
 * list, which Sätteri sets whole only by replacing the node). One that spreads its attributes (`{...props}`) is left
 * as written.
 */
async function withAttributes<N extends MdxJsxFlowElementHast | MdxJsxTextElementHast>(
  node: Readonly<N>,
  publicDir: string,
  document: URL | undefined,
): Promise<N | undefined> {
  if (node.attributes.some((attribute) => attribute.type !== 'mdxJsxAttribute')) return undefined;
  const written = jsxAttributes(node.attributes);
  const added = await forImage(written.get('src'), written, publicDir, document);
  if (!added) return undefined;
  const attributes = Object.entries(added).map(([name, value]): MdxJsxAttributeNode => ({
    type: 'mdxJsxAttribute',
    name,
    value,
  }));
  return {
    type: node.type,
    name: node.name,
    attributes: [...node.attributes, ...attributes],
    children: [],
  } as unknown as N;
}

/**
 * The plugin for Astro's `markdown.processor` (satteri({ hastPlugins })): a factory Sätteri calls for each document,
 * which leaves the plugin out of one that shows no image. Astro hashes the configuration as JSON, where a function has
 * no value: the factory's `toJSON` gives its name instead.
 */
export function publicImages(roots: { projectRoot: string }): HastPluginEntry {
  const publicDir = join(roots.projectRoot, 'public');
  const plugin = defineHastPlugin({
    name: publicImagesName,
    // A Markdown image, or an <img> in a Markdown page's HTML.
    element: {
      filter: ['img'],
      async visit(node, context) {
        const written = new Map(Object.entries(node.properties).map(([name, value]) => [name.toLowerCase(), value]));
        const added = await forImage(node.properties.src, written, publicDir, context.fileURL);
        for (const [name, value] of Object.entries(added ?? {})) context.setProperty(node, name, value);
      },
    },
    // An <img> written in MDX, which stays JSX.
    mdxJsxFlowElement: { filter: ['img'], visit: (node, context) => withAttributes(node, publicDir, context.fileURL) },
    mdxJsxTextElement: { filter: ['img'], visit: (node, context) => withAttributes(node, publicDir, context.fileURL) },
  });
  const factory = ({ source, fileURL }: PluginFactoryContext) => {
    // Compiled anew: what it shows is what this compilation finds.
    if (fileURL) shownBy.delete(documentPath(fileURL));
    return source.includes('![') || source.includes('<img') ? plugin : null;
  };
  return Object.assign(factory, { toJSON: () => publicImagesName });
}
