import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { inBatches, stripImageMetadata } from '../../src/build/images.ts';
import {
  findIdentifyingImages,
  identifyingMetadata,
  imageMetadataCheckStep,
} from '../../src/build/checks/image-metadata.ts';
import type { BuildContext } from '../../src/build/steps.ts';

/** A photo as a source's phone would send it: where it was taken and who took it. */
function gpsTaggedJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: '#c03030' } })
    .jpeg()
    .withExif({
      IFD0: { Artist: 'Jane Source', Copyright: 'Jane Source' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    })
    .toBuffer();
}

function tempSite(): string {
  return mkdtempSync(join(tmpdir(), 'casefile-images-'));
}

describe('stripping image metadata from the staging folder', () => {
  it('removes the GPS position and the author from a planted JPEG, in place, keeping it a JPEG', async () => {
    const dir = tempSite();
    mkdirSync(join(dir, 'photos'));
    writeFileSync(join(dir, 'photos/source.jpg'), await gpsTaggedJpeg());
    expect(await identifyingMetadata(readFileSync(join(dir, 'photos/source.jpg')))).toEqual([
      'EXIF GPS position',
      'EXIF Artist',
      'EXIF Copyright',
    ]);

    expect(await stripImageMetadata(dir)).toEqual(['photos/source.jpg']);

    const meta = await sharp(readFileSync(join(dir, 'photos/source.jpg'))).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(await findIdentifyingImages(dir)).toEqual([]);
  });

  it('applies the EXIF orientation to the pixels, so a rotated photo still displays upright', async () => {
    const dir = tempSite();
    const rotated = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#3030c0' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    writeFileSync(join(dir, 'rotated.jpg'), rotated);
    await stripImageMetadata(dir);
    const meta = await sharp(readFileSync(join(dir, 'rotated.jpg'))).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([20, 40, undefined]);
  });

  it('removes XMP from PNG and WebP files and an author text chunk from a PNG', async () => {
    const dir = tempSite();
    const xmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Jane Source</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>';
    const base = () => sharp({ create: { width: 8, height: 8, channels: 4, background: '#00000000' } });
    writeFileSync(join(dir, 'a.png'), await base().png().withXmp(xmp).toBuffer());
    writeFileSync(join(dir, 'b.webp'), await base().webp().withXmp(xmp).toBuffer());
    expect((await findIdentifyingImages(dir)).map((p) => p.path)).toEqual(['a.png', 'b.webp']);
    expect(await stripImageMetadata(dir)).toEqual(['a.png', 'b.webp']);
    expect(await findIdentifyingImages(dir)).toEqual([]);
  });

  it('leaves an image without metadata byte for byte as it was', async () => {
    const dir = tempSite();
    const clean = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } })
      .png()
      .toBuffer();
    writeFileSync(join(dir, 'clean.png'), clean);
    expect(await stripImageMetadata(dir)).toEqual([]);
    expect(readFileSync(join(dir, 'clean.png')).equals(clean)).toBe(true);
  });
});

describe('working on images a batch at a time', () => {
  it('rejects with the first failure only once every image of its batch has finished', async () => {
    // The other images finish when the test lets them, not after a time the failure was meant to beat.
    let finishOthers = () => {};
    const others = new Promise<void>((resolve) => (finishOthers = resolve));
    const finished: number[] = [];
    const work = async (n: number) => {
      if (n === 1) throw new Error('cannot rewrite image 1');
      await others;
      finished.push(n);
    };
    let settled = false;
    const batch = inBatches([1, 2, 3, 4], 4, work);
    batch.then(
      () => (settled = true),
      () => (settled = true),
    );
    // Once every pending promise has run: rejected at the failure, it would have settled by now.
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled, 'settled while images of its batch were still being worked on').toBe(false);
    finishOthers();
    await expect(batch).rejects.toThrowError('cannot rewrite image 1');
    expect(finished.sort()).toEqual([2, 3, 4]);
  });
});

describe('image metadata remembered by the image bytes', () => {
  it('looks again at an image whose bytes changed, so a planted photo is still cleaned and caught', async () => {
    const cacheDir = join(tempSite(), 'cache');
    const dir = tempSite();
    const clean = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } })
      .png()
      .toBuffer();
    writeFileSync(join(dir, 'card.png'), clean);
    expect(await stripImageMetadata(dir, { cacheDir })).toEqual([]);
    expect(await findIdentifyingImages(dir, { cacheDir })).toEqual([]);
    const remembered = readdirSync(cacheDir).length;
    expect(remembered).toBe(2);
    // The same bytes again: answered from the cache, nothing new remembered.
    expect(await stripImageMetadata(dir, { cacheDir })).toEqual([]);
    expect(readdirSync(cacheDir)).toHaveLength(remembered);
    // Different bytes under the same name: read again.
    writeFileSync(join(dir, 'card.png'), await gpsTaggedJpeg());
    expect((await findIdentifyingImages(dir, { cacheDir })).map((p) => p.found)).toEqual([
      ['EXIF GPS position', 'EXIF Artist', 'EXIF Copyright'],
    ]);
    expect(await stripImageMetadata(dir, { cacheDir })).toEqual(['card.png']);
    expect(await findIdentifyingImages(dir, { cacheDir })).toEqual([]);
  });
});

describe('the published-image check', () => {
  it('stops the build on an image that still names its author or its place, saying which and what it carries', async () => {
    const root = tempSite();
    const outDir = tempSite();
    mkdirSync(join(outDir, 'photos'));
    writeFileSync(join(outDir, 'photos/source.jpg'), await gpsTaggedJpeg());
    writeFileSync(
      join(outDir, 'clean.png'),
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } })
        .png()
        .toBuffer(),
    );
    const lines: string[] = [];
    const context = { root, outDir, log: (line: string) => lines.push(line) } as unknown as BuildContext;
    await expect(imageMetadataCheckStep.run(context)).rejects.toMatchObject({
      name: 'CheckError',
      message:
        'image metadata check: 1 published image still identifies a person or a place:\n  photos/source.jpg: EXIF GPS position, EXIF Artist, EXIF Copyright',
    });
    expect(lines).toEqual([]);
    // Once the image is clean, the check passes and says how many images it read.
    writeFileSync(
      join(outDir, 'photos/source.jpg'),
      await sharp(readFileSync(join(outDir, 'photos/source.jpg')))
        .jpeg()
        .toBuffer(),
    );
    await imageMetadataCheckStep.run(context);
    expect(lines).toEqual(['image metadata check: 2 images, none with GPS or author fields']);
  });
});

describe('images whose hash the build already took', () => {
  it('are looked up by that hash, and read only when their facts are not remembered', async () => {
    const cacheDir = join(tempSite(), 'cache');
    const dir = tempSite();
    const clean = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } })
      .png()
      .toBuffer();
    writeFileSync(join(dir, 'card.png'), clean);
    const hashes = new Map([['card.png', createHash('sha256').update(clean).digest('hex')]]);
    expect(await stripImageMetadata(dir, { cacheDir, hashes })).toEqual([]);
    // Remembered under the same key as an image read from disk.
    expect(await stripImageMetadata(dir, { cacheDir })).toEqual([]);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    // The hash is trusted (the caller took it from the files as they are): the file is not read again. Here it was
    // swapped behind the caller's back, which a build never does between its digest and this step.
    writeFileSync(join(dir, 'card.png'), await gpsTaggedJpeg());
    expect(await stripImageMetadata(dir, { cacheDir, hashes })).toEqual([]);
    // With its own hash, the new image is read, found to carry metadata and cleaned.
    const swapped = new Map([
      [
        'card.png',
        createHash('sha256')
          .update(readFileSync(join(dir, 'card.png')))
          .digest('hex'),
      ],
    ]);
    expect(await stripImageMetadata(dir, { cacheDir, hashes: swapped })).toEqual(['card.png']);
  });
});

describe('the demo site', () => {
  it('publishes no image with GPS or author metadata', async () => {
    const { demoDist } = await import('../helpers/site.ts');
    const { listImages } = await import('../../src/build/images.ts');
    expect(listImages(demoDist).length).toBeGreaterThan(0);
    expect(await findIdentifyingImages(demoDist)).toEqual([]);
  });
});
