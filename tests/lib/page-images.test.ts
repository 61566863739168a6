import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { imagesDigest } from '../../src/lib/page-images.ts';

describe("a page's images digest", () => {
  it('changes when an image beside the page or in public/ is replaced under the same name, and not otherwise', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-images-'));
    const publicDir = join(root, 'public');
    mkdirSync(join(root, 'content/stories'), { recursive: true });
    mkdirSync(join(publicDir, 'maps'), { recursive: true });
    const write = (path: string, bytes: string) => writeFileSync(join(root, path), bytes);
    write('content/stories/photo.jpg', 'first photo');
    write('public/maps/a b.svg', '<svg/>');
    const body =
      '![A photo](./photo.jpg)\n\n<img src="/maps/a%20b.svg" alt="A map" />\n\n![Elsewhere](https://example.org/x.png)';
    // Digests are kept for the process, as a build reads each file once: each step reads its own copy of the files.
    const digest = (folder: string) => imagesDigest(body, 'content/stories/x.mdx', folder, join(folder, 'public'));
    const first = digest(root);
    expect(digest(root)).toBe(first);
    const copy = (photo: string, map: string) => {
      const other = mkdtempSync(join(tmpdir(), 'casefile-images-'));
      mkdirSync(join(other, 'content/stories'), { recursive: true });
      mkdirSync(join(other, 'public/maps'), { recursive: true });
      writeFileSync(join(other, 'content/stories/photo.jpg'), photo);
      writeFileSync(join(other, 'public/maps/a b.svg'), map);
      return digest(other);
    };
    expect(copy('first photo', '<svg/>')).toBe(first);
    expect(copy('the photo, blurred', '<svg/>')).not.toBe(first);
    expect(copy('first photo', '<svg width="2"/>')).not.toBe(first);
    // A page that shows no image of the project has the digest of nothing, whatever the files.
    expect(imagesDigest('No image.', 'content/stories/x.mdx', root, publicDir)).toBe(
      imagesDigest('![Elsewhere](https://example.org/x.png)', 'content/stories/x.mdx', root, publicDir),
    );
  });
});
