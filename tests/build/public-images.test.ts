/**
 * Images from public/ get their size and lazy loading (src/build/public-images.ts, src/build/image-size.ts): what the
 * plugin writes for one document, through Sätteri as Astro runs it. The published pages are tested on the page
 * fixture (tests/pages/pages.test.ts) and below a path (tests/build/site-below-path.test.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import sharp from 'sharp';
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { repoRoot } from '../helpers/build.ts';
import {
  addedAttributes,
  publicFile,
  publicImages,
  publicImagesName,
  publicImagesShownBy,
} from '../../src/build/public-images.ts';
import { imageSize, svgSize } from '../../src/build/image-size.ts';
import config from '../../astro.config.mjs';

const projectRoot = mkdtempSync(join(tmpdir(), 'casefile-public-images-'));
const publicDir = join(projectRoot, 'public');
const plugin = publicImages({ projectRoot });
const file = pathToFileURL(join(projectRoot, 'content/stories/x.mdx'));

const html = async (markdown: string) =>
  ((await markdownToHtml(markdown, { hastPlugins: [plugin], fileURL: file })) as MarkdownToHtmlResult).html;
/** The props MDX passes to each `<img>`, in order, as written in the compiled code, on one line each. */
async function mdxImages(mdx: string): Promise<string[]> {
  const { code } = (await mdxToJs(mdx, {
    hastPlugins: [plugin],
    fileURL: file,
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
  })) as MdxToJsResult;
  return [...code.matchAll(/_jsx\((?:_components\.img|"img"), \{([^}]*)\}\)/g)].map((match) =>
    match[1]!.replace(/\s+/g, ' ').trim(),
  );
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();

beforeAll(async () => {
  mkdirSync(join(publicDir, 'images'), { recursive: true });
  writeFileSync(join(publicDir, 'images/map.png'), await png(1200, 800));
  writeFileSync(join(publicDir, 'images/map 2.png'), await png(300, 100));
  // Taken on its side: published turned upright (src/build/images.ts), so 20 wide and 40 high.
  writeFileSync(
    join(publicDir, 'images/turned.jpg'),
    await sharp({ create: { width: 40, height: 20, channels: 3, background: '#c03030' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer(),
  );
  writeFileSync(
    join(publicDir, 'images/sized.svg'),
    '<?xml version="1.0"?>\n<!-- <svg width="1" height="1"> -->\n<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 64 36"></svg>',
  );
  writeFileSync(
    join(publicDir, 'images/unsized.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"></svg>',
  );
  writeFileSync(join(publicDir, 'favicon.ico'), 'not an image sharp reads');
});

describe('an image from public/ in a Markdown page', () => {
  it('is published with its size, loaded lazily and decoded off the main thread', async () => {
    expect(await html('![A map of the notices](/images/map.png)')).toBe(
      '<p><img src="/images/map.png" alt="A map of the notices" width="1200" height="800" loading="lazy" decoding="async"></p>\n',
    );
  });

  it('is found by its address decoded, without its query or fragment', async () => {
    expect(await html('![A map](/images/map%202.png?v=2#top)')).toContain('width="300" height="100" loading="lazy"');
  });

  it('gets the size it is published at: a photo taken on its side is published upright', async () => {
    expect(await html('![A photo](/images/turned.jpg)')).toContain('width="20" height="40"');
  });

  it('of an SVG, only when the SVG declares one; lazy loading either way', async () => {
    expect(await html('![A chart](/images/sized.svg)')).toContain(
      'width="640" height="360" loading="lazy" decoding="async"',
    );
    expect(await html('![The mark](/images/unsized.svg)')).toBe(
      '<p><img src="/images/unsized.svg" alt="The mark" loading="lazy" decoding="async"></p>\n',
    );
  });

  it('that sharp cannot read is loaded lazily, without a size', async () => {
    expect(await html('![The icon](/favicon.ico)')).toBe(
      '<p><img src="/favicon.ico" alt="The icon" loading="lazy" decoding="async"></p>\n',
    );
  });

  it('is left as written when no file of public/ has its address, or when it is not from the site', async () => {
    for (const src of [
      '/images/none.png',
      '/images',
      '/../outside.png',
      'https://example.org/map.png',
      '//example.org/map.png',
      'data:image/png;base64,iVBO',
    ]) {
      expect(await html(`![A map](${src})`), src).not.toMatch(/loading|width/);
    }
  });
});

describe('an <img> written in MDX from public/', () => {
  it('gets its size and lazy loading, whether it stands alone or in a paragraph, and so does a Markdown image', async () => {
    expect(
      await mdxImages(
        '<img src="/images/map.png" alt="A map" />\n\nSee <img src="/images/map.png" alt="" /> here.\n\n![A map](/images/map.png)\n',
      ),
    ).toEqual([
      'src: "/images/map.png", alt: "A map", width: "1200", height: "800", loading: "lazy", decoding: "async"',
      'src: "/images/map.png", alt: "", width: "1200", height: "800", loading: "lazy", decoding: "async"',
      'src: "/images/map.png", alt: "A map", width: "1200", height: "800", loading: "lazy", decoding: "async"',
    ]);
  });

  it("keeps what the editor wrote: loading, decoding, a size, and the other side in the image's proportions", async () => {
    expect(
      await mdxImages('<img src="/images/map.png" alt="" loading="eager" decoding="sync" width="600" height="100" />'),
    ).toEqual(['src: "/images/map.png", alt: "", loading: "eager", decoding: "sync", width: "600", height: "100"']);
    expect(
      await mdxImages(
        '<img src="/images/map.png" alt="" width="600" />\n\n<img src="/images/map.png" alt="" height="40" />',
      ),
    ).toEqual([
      'src: "/images/map.png", alt: "", width: "600", height: "400", loading: "lazy", decoding: "async"',
      'src: "/images/map.png", alt: "", height: "40", width: "60", loading: "lazy", decoding: "async"',
    ]);
  });

  it('is left as written when its address or its attributes are expressions, known only when the page renders', async () => {
    expect(await mdxImages('<img src={"/images/map.png"} alt="" />')).toEqual(['src: "/images/map.png", alt: ""']);
    const spread = await mdxToJs('<img {...{ src: "/images/map.png" }} alt="" />', {
      hastPlugins: [plugin],
      fileURL: file,
      jsxImportSource: 'astro',
    });
    expect((spread as MdxToJsResult).code).toContain('src: "/images/map.png"');
    expect((spread as MdxToJsResult).code).not.toMatch(/loading|width/);
  });
});

describe('the size of an image', () => {
  it('of an SVG is the one its root declares, in absolute units, the other side from its viewBox', () => {
    expect(svgSize('<svg width="640" height="360.4px"/>')).toEqual({ width: 640, height: 360 });
    expect(svgSize("<svg width='1in' height='2.54cm' data-x='>'>")).toEqual({ width: 96, height: 96 });
    expect(svgSize('<svg width="300" viewBox="0 0 600 200">')).toEqual({ width: 300, height: 100 });
    expect(svgSize('<svg height="50" viewBox="0,0,600,200">')).toEqual({ width: 150, height: 50 });
    for (const svg of [
      '<svg viewBox="0 0 32 32">',
      '<svg width="100%" height="100%">',
      '<svg width="10em" height="5">',
      '<svg width="0" height="5">',
      '<svg width="300">',
      'no svg',
    ]) {
      expect(svgSize(svg), svg).toBeUndefined();
    }
  });

  it('is read once for a file shown on many pages, and again when the file changes', async () => {
    const spy = vi.spyOn(sharp.prototype, 'metadata');
    const map = join(publicDir, 'images/cached.png');
    writeFileSync(map, await png(10, 10));
    const sizes = await Promise.all(Array.from({ length: 500 }, () => imageSize(map)));
    expect(new Set(sizes.map((size) => JSON.stringify(size)))).toEqual(new Set(['{"width":10,"height":10}']));
    expect(spy).toHaveBeenCalledTimes(1);
    writeFileSync(map, await png(30, 10));
    // A new time of change, as an editor's export a second later gives it.
    utimesSync(map, new Date('2026-11-22T12:00:00Z'), new Date('2026-11-22T12:00:01Z'));
    expect(await imageSize(map)).toEqual({ width: 30, height: 10 });
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });

  it('is asked of public/ files only', () => {
    expect(publicFile('/images/map%202.png', publicDir)).toBe(join(publicDir, 'images/map 2.png'));
    expect(publicFile('/images/%E0%A4%A.png', publicDir)).toBeUndefined();
    expect(publicFile('/', publicDir)).toBeUndefined();
    expect(publicFile('/../secret.png', publicDir)).toBeUndefined();
    // A folder whose name starts with two dots is inside public/, not above it.
    const other = mkdtempSync(join(tmpdir(), 'casefile-public-'));
    mkdirSync(join(other, '..maps'));
    writeFileSync(join(other, '..maps/map.png'), '');
    expect(publicFile('/..maps/map.png', other)).toBe(join(other, '..maps/map.png'));
  });
});

describe('the attributes an image gets', () => {
  const size = { width: 1200, height: 800 };
  it('are none the editor wrote', () => {
    const written = new Map<string, unknown>([
      ['width', '600'],
      ['height', '100'],
      ['loading', 'eager'],
      ['decoding', 'auto'],
    ]);
    expect(addedAttributes(written, size)).toEqual({});
  });

  it('leave the other side off when the side written is not a number of pixels', () => {
    expect(addedAttributes(new Map([['width', '50%']]), size)).toEqual({ loading: 'lazy', decoding: 'async' });
    expect(addedAttributes(new Map([['width', undefined]]), size)).toEqual({ loading: 'lazy', decoding: 'async' });
  });
});

describe('the plugin', () => {
  it('is left out of a document that shows no image', () => {
    const factory = plugin as (context: { source: string }) => unknown;
    expect(factory({ source: 'Text and [a link](/x/).' })).toBeNull();
    expect(factory({ source: '![A map](/images/map.png)' })).not.toBeNull();
  });

  // The dev server watches them, to compile the document again when one is exported anew (src/build/dev-public-images.ts).
  it('keeps the files of public/ each document shows, as of its last compilation, by its path without a query', async () => {
    const shows = () => [...publicImagesShownBy(`${fileURLToPath(file)}?astroRenderContent`)];
    await mdxImages(
      '![A map](/images/map.png)\n\n<img src="/images/sized.svg" alt="A chart" />\n\n![Elsewhere](https://example.org/x.png)',
    );
    expect(shows()).toEqual([join(publicDir, 'images/map.png'), join(publicDir, 'images/sized.svg')]);
    await mdxImages('![A map](/images/map%202.png)');
    expect(shows()).toEqual([join(publicDir, 'images/map 2.png')]);
    await mdxImages('No image now.');
    expect(shows()).toEqual([]);
  });

  it("is in the configuration Astro's incremental build hashes, under a name that changes with its code", () => {
    const code = createHash('sha256')
      .update(readFileSync(join(repoRoot, 'src/build/public-images.ts')))
      .update(readFileSync(join(repoRoot, 'src/build/image-size.ts')))
      .digest('hex')
      .slice(0, 12);
    expect(publicImagesName).toBe(`casefile-public-images-${code}`);
    expect(JSON.stringify(config.markdown)).toContain(`"casefile-public-images-${code}"`);
  });
});
