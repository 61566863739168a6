/**
 * The published-image check: after the image step, no image in the output may still carry a GPS position or an
 * author's name (EXIF GPS, Artist, XPAuthor, camera owner; XMP or IPTC blocks, which hold creators and places).
 * It guards the image step itself: a format it could not clean fails the build instead of going out.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import exifReader from 'exif-reader';
import type { PostBuildStep } from '../steps.ts';
import { inBatches, listImages } from '../images.ts';
import { codeSalt, contentHash, pageFactsAsync, pageFactsDir } from './page-scan.ts';

/** exif-reader's version, from its package.json beside its entry file (the package does not export it). */
function exifReaderVersion(): string {
  const entry = createRequire(import.meta.url).resolve('exif-reader');
  const manifest = JSON.parse(readFileSync(join(dirname(entry), 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** EXIF tags that name a person. */
const authorTags = { Image: ['Artist', 'XPAuthor', 'Copyright'], Photo: ['CameraOwnerName'] } as const;

/** What an image still tells about its author or its place, as short descriptions; empty when it is clean. */
export async function identifyingMetadata(bytes: Buffer): Promise<string[]> {
  const meta = await sharp(bytes).metadata();
  const found: string[] = [];
  if (meta.exif) {
    let exif: ReturnType<typeof exifReader> | undefined;
    try {
      exif = exifReader(meta.exif);
    } catch {
      found.push('unreadable EXIF block');
    }
    if (exif?.GPSInfo && Object.keys(exif.GPSInfo).length > 0) found.push('EXIF GPS position');
    for (const tag of authorTags.Image) if (exif?.Image?.[tag]) found.push(`EXIF ${tag}`);
    for (const tag of authorTags.Photo) if (exif?.Photo?.[tag]) found.push(`EXIF ${tag}`);
  }
  if (meta.xmp) found.push('XMP block');
  if (meta.iptc) found.push('IPTC block');
  for (const comment of meta.comments ?? []) {
    if (/author|artist|creator|copyright|gps|location/i.test(comment.keyword))
      found.push(`PNG text "${comment.keyword}"`);
  }
  return found;
}

/** Every image below `dir` that still identifies someone or somewhere, with what it carries. */
export async function findIdentifyingImages(
  dir: string,
  options: { cacheDir?: string } = {},
): Promise<{ path: string; found: string[] }[]> {
  const problems: { path: string; found: string[] }[] = [];
  // What an image carries depends on its bytes alone (and this code, sharp and exif-reader): remembered by them.
  const salt = options.cacheDir
    ? `${codeSalt(import.meta.url)}\n${JSON.stringify(sharp.versions)}\n${exifReaderVersion()}`
    : '';
  await inBatches(listImages(dir), 16, async (path) => {
    const bytes = readFileSync(join(dir, path));
    const found = await pageFactsAsync(options.cacheDir, salt, contentHash(bytes), () => identifyingMetadata(bytes));
    if (found.length > 0) problems.push({ path, found });
  });
  return problems.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The post-build step: fails the build on any published image with GPS or author metadata. */
export const imageMetadataCheckStep: PostBuildStep = {
  name: 'image metadata check',
  async run({ root, outDir, log }) {
    const problems = await findIdentifyingImages(outDir, { cacheDir: pageFactsDir(root, 'image-check') });
    if (problems.length > 0) {
      const error = new Error(
        `image metadata check: ${problems.length} published image${problems.length === 1 ? '' : 's'} still identif${problems.length === 1 ? 'ies' : 'y'} a person or a place:\n${problems
          .map(({ path, found }) => `  ${path}: ${found.join(', ')}`)
          .join('\n')}`,
      );
      error.name = 'CheckError';
      throw error;
    }
    log(`image metadata check: ${listImages(outDir).length} images, none with GPS or author fields`);
  },
};
