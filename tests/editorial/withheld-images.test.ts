/**
 * A withheld page's own images: a photo beside an embargoed or draft story (`![…](./photo.png)`) must not reach the
 * output before the story does. Astro bundles the images of every entry its collections hold, rendered or not, so
 * withheld entries are left out of the collections (src/content.config.ts); a preview build still shows them.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { listFiles } from '../../src/build/checks/leaks.ts';
import { buildFixture } from '../pages/fixture-site.ts';

const colours = { wombat: '#336699', quokka: '#996633', public: '#669933' } as const;

describe("a withheld story's images", () => {
  let site: ReturnType<typeof buildFixture> | undefined;
  let preview: ReturnType<typeof buildFixture> | undefined;
  beforeAll(async () => {
    const images = Object.fromEntries(
      await Promise.all(
        Object.entries(colours).map(async ([name, background]) => [
          name,
          await sharp({ create: { width: 40, height: 30, channels: 3, background } })
            .png()
            .toBuffer(),
        ]),
      ),
    ) as Record<keyof typeof colours, Buffer>;
    const edit = (root: string) => {
      for (const [name, bytes] of Object.entries(images))
        writeFileSync(join(root, `content/stories/${name}-photo.png`), bytes);
      appendFileSync(join(root, 'content/stories/embargoed.mdx'), '\n![The embargoed photo](./wombat-photo.png)\n');
      appendFileSync(join(root, 'content/stories/secret-plan.mdx'), '\n![The draft photo](./quokka-photo.png)\n');
      appendFileSync(join(root, 'content/stories/watchdog.mdx'), '\n![The public photo](./public-photo.png)\n');
    };
    site = buildFixture({ edit });
    preview = buildFixture({ edit, env: { PREVIEW: '1' } });
  });
  afterAll(() => {
    site?.remove();
    preview?.remove();
  });

  it("publishes the public story's photo and neither the embargoed nor the draft one", () => {
    expect(site!.result.status, site!.result.output).toBe(0);
    const images = listFiles(site!.result.dist).filter((file) => /photo/.test(file));
    expect(images.some((file) => file.startsWith('_astro/public-photo.'))).toBe(true);
    expect(images.filter((file) => /wombat|quokka/.test(file))).toEqual([]);
  });

  it('shows both in a preview build', () => {
    expect(preview!.result.status, preview!.result.output).toBe(0);
    const images = listFiles(preview!.result.dist).filter((file) => /wombat|quokka/.test(file));
    expect(images.some((file) => file.startsWith('_astro/wombat-photo.'))).toBe(true);
    expect(images.some((file) => file.startsWith('_astro/quokka-photo.'))).toBe(true);
  });
});
