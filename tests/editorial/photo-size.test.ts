/**
 * Photos beside a story: published as WebP, described by the text in brackets, and brought down to 2,000 px wide when
 * the camera's file is wider (src/lib/image-service.ts), so that no reader's phone downloads a 9,000 px original.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { parseHTML } from 'linkedom';
import { listFiles } from '../../src/build/checks/leaks.ts';
import { maxImageWidth, withinMaxWidth } from '../../src/lib/image-service.ts';
import { buildFixture } from '../pages/fixture-site.ts';

describe('the width limit of published photos', () => {
  const src = { src: '/x.jpg', width: 9000, height: 6000, format: 'jpg' as const };
  it('brings a wider image down to the limit, keeping its proportions, and leaves a narrower one alone', () => {
    expect(withinMaxWidth({ src })).toMatchObject({ width: maxImageWidth, height: 1333 });
    expect(withinMaxWidth({ src, width: 4000 })).toMatchObject({ width: maxImageWidth, height: 1333 });
    expect(withinMaxWidth({ src, width: 800, height: 500 })).toEqual({ src, width: 800, height: 500 });
    const narrow = { src: { ...src, width: 1200, height: 800 } };
    expect(withinMaxWidth(narrow)).toBe(narrow);
    expect(withinMaxWidth({ src: 'https://example.org/x.jpg' })).toEqual({ src: 'https://example.org/x.jpg' });
    // A height alone: the width it implies decides, and the proportions stay the image's (no crop).
    expect(withinMaxWidth({ src, height: 1000 })).toEqual({ src, height: 1000 });
    expect(withinMaxWidth({ src, height: 4000 })).toEqual({ src, width: maxImageWidth, height: 1333 });
  });
});

describe("a story's photos in a build", () => {
  let site: ReturnType<typeof buildFixture> | undefined;
  beforeAll(async () => {
    const photo = (width: number, height: number) =>
      sharp({ create: { width, height, channels: 3, background: '#336699' } })
        .jpeg()
        .toBuffer();
    const [wide, narrow] = await Promise.all([photo(3000, 1500), photo(600, 400)]);
    site = buildFixture({
      edit: (root) => {
        writeFileSync(join(root, 'content/stories/wide-photo.jpg'), wide);
        writeFileSync(join(root, 'content/stories/narrow-photo.jpg'), narrow);
        appendFileSync(
          join(root, 'content/stories/watchdog.mdx'),
          '\n![The wide photo](./wide-photo.jpg)\n\n![The narrow photo](./narrow-photo.jpg)\n',
        );
      },
    });
  });
  afterAll(() => site?.remove());

  it('publishes each as WebP at most 2,000 px wide, with its description and its size in the page', async () => {
    expect(site!.result.status, site!.result.output).toBe(0);
    const dist = site!.result.dist;
    const published = async (name: string) => {
      const file = listFiles(dist).find((path) => path.startsWith(`_astro/${name}.`))!;
      expect(file, name).toMatch(/\.webp$/);
      const { width, height, format } = await sharp(readFileSync(join(dist, file))).metadata();
      return { file, width, height, format };
    };
    const wide = await published('wide-photo');
    const narrow = await published('narrow-photo');
    expect(wide).toMatchObject({ width: 2000, height: 1000, format: 'webp' });
    expect(narrow).toMatchObject({ width: 600, height: 400, format: 'webp' });
    const { document } = parseHTML(readFileSync(join(dist, 'stories/watchdog/index.html'), 'utf8'));
    const img = (alt: string) => document.querySelector(`img[alt="${alt}"]`);
    expect([
      img('The wide photo')?.getAttribute('src'),
      img('The wide photo')?.getAttribute('width'),
      img('The wide photo')?.getAttribute('height'),
    ]).toEqual([`/${wide.file}`, '2000', '1000']);
    expect([img('The narrow photo')?.getAttribute('width'), img('The narrow photo')?.getAttribute('height')]).toEqual([
      '600',
      '400',
    ]);
  });
});
