/**
 * The images a page's body shows, as part of its key in Astro's incremental build (src/lib/page-keys.ts). Astro hashes
 * a page's code and the key its text; an image replaced under the same name (a face blurred, a map corrected), beside
 * the story (`./photo.jpg`, which Astro converts and names by its content) or in public/ (`/maps/x.svg`, whose size
 * the page's `<img>` carries), changed neither, and the page was copied from the last build with the old picture.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { imageReferences } from './mdx-usage.ts';

/** Digests of the files read in this process, by path: a site's images are read once a build, not once a page. */
const digests = new Map<string, string>();

function fileDigest(path: string): string {
  let digest = digests.get(path);
  if (digest === undefined) {
    try {
      digest = createHash('sha256').update(readFileSync(path)).digest('hex');
    } catch {
      // A missing image fails the build before any page is rendered (src/lib/validate/images.ts).
      digest = 'missing';
    }
    digests.set(path, digest);
  }
  return digest;
}

/**
 * A digest of the files of every image `body` shows, in order: `file` is the page's file relative to `contentRoot`
 * (`content/stories/x.mdx`, where `./photo.jpg` is found), `publicDir` the folder of root-relative images.
 */
export function imagesDigest(body: string, file: string, contentRoot: string, publicDir: string): string {
  const hash = createHash('sha256');
  for (const { src } of imageReferences(body)) {
    const address = src.split(/[?#]/)[0]!;
    // Another site's image (https:, data:, //host/): not a file of this project.
    if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(address)) continue;
    let path = address;
    try {
      path = decodeURIComponent(address);
    } catch {
      // a "%" that is no escape, which the preflight reports
    }
    const full = path.startsWith('/') ? join(publicDir, path) : join(contentRoot, dirname(file), path);
    hash.update(`${src}\n${fileDigest(full)}\n`);
  }
  return hash.digest('hex');
}
