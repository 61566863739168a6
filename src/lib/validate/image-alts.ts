/** The text an image gives screen readers in place of itself (its `alt`), when it says nothing of what it shows. */
import { basename, extname } from 'node:path';

/**
 * Words that say only that an image is one, in the site's languages: a screen reader already says "image" before
 * the text, and then "image" again. Compared without case, spaces or final punctuation.
 */
const noDescription = new Set([
  'image',
  'img',
  'photo',
  'photograph',
  'picture',
  'pic',
  'graphic',
  'screenshot',
  'figure',
  'illustration',
  'alt',
  'alt text',
  'todo',
  'tbd',
  'untitled',
  'capture d’écran',
  "capture d'écran",
  'capture',
]);

/**
 * What is wrong with the `alt` an image at `src` is given, or undefined when nothing is: a camera's or the file's own
 * name (`IMG_2034.jpg`, what a CMS fills in), or a word such as "Photo". An empty alt marks a decorative image, taken
 * as meant (README, "Images").
 */
export function imageAltProblem(alt: string, src: string): string | undefined {
  const text = alt.trim();
  if (text === '') return undefined;
  const path = src.split(/[?#]/)[0]!;
  let name = basename(path);
  try {
    name = basename(decodeURI(path));
  } catch {
    // A "%" that is no escape: the image check says so.
  }
  const plain = (value: string) =>
    value
      .toLowerCase()
      .replace(/[.!:;,]+$/, '')
      .trim();
  if (plain(text) === plain(name) || plain(text) === plain(basename(name, extname(name))))
    return `its text, "${text}", is the file's name`;
  if (
    /^[\w-]+\.(?:jpe?g|png|webp|avif|gif|svg|tiff?|heic)$/i.test(text) ||
    /^(?:img|dsc|dscn|pxl|image)[_-]?\d+$/i.test(text)
  )
    return `its text, "${text}", is a file's name`;
  if (noDescription.has(plain(text))) return `its text, "${text}", says only that it is an image`;
  return undefined;
}
