/**
 * Published images keep no hidden metadata: a photo from a source can carry the GPS position where it was taken,
 * the camera owner's name, an editor's XMP history. Every image in the staging folder (public/ files and Astro's
 * `_astro/` assets alike) that carries EXIF, XMP, IPTC or text chunks is re-encoded without them, with its EXIF
 * orientation applied to the pixels first so that it still displays the right way up.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { PostBuildStep } from './steps.ts';
import { listFiles } from './checks/leaks.ts';
import { codeSalt, contentHash, pageFactsAsync, pageFactsDir } from './checks/page-scan.ts';

/** File extensions of the raster images the site may publish. */
export const imageExtensions = new Set(['.jpg', '.jpeg', '.png', '.webp', '.tif', '.tiff', '.avif']);

/** The images below `dir`, relative paths. */
export function listImages(dir: string): string[] {
  return listFiles(dir).filter((path) => imageExtensions.has(extname(path).toLowerCase()));
}

/** Whether an image carries metadata a reader's browser does not need. */
export function carriesMetadata(meta: Metadata): boolean {
  return Boolean(meta.exif || meta.xmp || meta.iptc || meta.comments?.length || (meta.orientation ?? 1) !== 1);
}

/**
 * Rewrites every image below `dir` that carries metadata, in place and in the same format. Returns the paths it
 * rewrote. The ICC colour profile is kept (it holds colours, not people). `hashes` may give the SHA-256 of files as
 * they are now (by POSIX path relative to `dir`; the build's output digest has them): an image found clean before is
 * then not even read.
 */
export async function stripImageMetadata(
  dir: string,
  options: { cacheDir?: string; hashes?: ReadonlyMap<string, string> } = {},
): Promise<string[]> {
  const rewritten: string[] = [];
  // An image found clean before (same bytes, same code and sharp) is not read again: an archive publishes thousands.
  const salt = options.cacheDir ? `${codeSalt(import.meta.url)}\n${JSON.stringify(sharp.versions)}` : '';
  // sharp works in libuv's thread pool: a few images at a time keep its threads busy (a large archive publishes
  // one social card per page) while the main thread stays free for the other steps.
  await inBatches(listImages(dir), 16, async (path) => {
    const file = join(dir, path);
    let bytes: Buffer | undefined;
    const read = () => (bytes ??= readFileSync(file));
    const hash = options.hashes?.get(path.split(sep).join('/')) ?? contentHash(read());
    const clean = await pageFactsAsync(
      options.cacheDir,
      salt,
      hash,
      async () => !carriesMetadata(await sharp(read()).metadata()),
    );
    if (clean) return;
    const input = read();
    const meta = await sharp(input).metadata();
    const animated = meta.format === 'webp' && (meta.pages ?? 1) > 1;
    // sharp drops all metadata unless told to keep it; rotate() with no angle applies the EXIF orientation.
    let image = sharp(input, { animated }).rotate().keepIccProfile();
    if (meta.format === 'jpeg') image = image.jpeg({ quality: 90 });
    else if (meta.format === 'png') image = image.png();
    else if (meta.format === 'webp') image = image.webp({ quality: 90 });
    else if (meta.format === 'tiff') image = image.tiff();
    else if (meta.format === 'heif') image = image.avif();
    else throw new Error(`${path}: cannot rewrite an image in format ${meta.format}`);
    writeFileSync(file, await image.toBuffer());
    rewritten.push(path);
  });
  return rewritten.sort();
}

/**
 * Runs `work` on every item, `size` items at a time. A failure rejects only once its batch has settled, so no work
 * is still writing into the staging folder while the build removes it.
 */
export async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    const results = await Promise.allSettled(items.slice(start, start + size).map(work));
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  }
}

/** The post-build step: strips the staging folder's images before the checks look at them. */
export const imageMetadataStep: PostBuildStep = {
  name: 'image metadata',
  async run({ root, outDir, log, outputHashes }) {
    const rewritten = await stripImageMetadata(outDir, {
      cacheDir: pageFactsDir(root, 'image-metadata'),
      ...(outputHashes ? { hashes: outputHashes } : {}),
    });
    log(`image metadata: ${rewritten.length === 0 ? 'no image carried any' : `removed from ${rewritten.join(', ')}`}`);
  },
};
