/** Links and images at an address of the writer's own computer: the dev server's, a file on its disk. */
import { ContentError } from '../content-error.ts';
import { machineAddresses } from '../mdx-usage.ts';

/** What an image can be published as, by its extension (as Astro's image pipeline reads it). */
const imageFile = /\.(?:jpe?g|png|webp|avif|gif|svg|tiff?)$/i;

/**
 * A link or an image at `http://localhost:4321/…` (copied from the dev server's address bar) or at a file of the
 * writer's disk (`file:///C:/…`, `/Users/ana/…`) works on the writer's computer, in the preview, and nowhere else:
 * the link check leaves addresses with a scheme alone, and an image's path outside the project was told to be looked
 * for in public/. Reported with the address to write.
 */
export function checkLocalAddresses(errors: ContentError[], file: string, body: string, bodyLine: number): void {
  for (const { line, address, image, linked } of machineAddresses(body, bodyLine)) {
    const field = `line ${line}: ${image ? 'image' : 'link'}`;
    if (/^https?:/i.test(address)) {
      const path = address.replace(/^https?:\/\/[^/?#]+/i, '') || '/';
      const own = `${address} is an address of your own computer (the dev server's), which no reader can open`;
      // An address in the text is published as a link; a story about a server may mean to show it.
      const fix = linked
        ? `write ${path}`
        : `to show it as text, write it in backquotes, \`${address}\`; to link a page of this site, write ${path}`;
      errors.push(
        new ContentError(
          file,
          field,
          `${own}${linked ? '' : ', and an address in the text is published as a link'}: ${fix}`,
        ),
      );
      continue;
    }
    const name = decodeURIComponent(address.split(/[/\\]/).at(-1) ?? '').split(/[?#]/)[0];
    const fix =
      image || imageFile.test(name ?? '')
        ? `put the image beside the page and write ./${name}`
        : `link the address where it is published, or put it in public/ and write /${name}`;
    errors.push(
      new ContentError(file, field, `${address} is a file on your computer, which no reader can open: ${fix}`),
    );
  }
}

/** Whether an image's path from the root is one of a computer's disk (/Users/…, /home/…), not of public/. */
export function isComputerPath(path: string): boolean {
  return /^\/(?:Users|home|Volumes)\//.test(path);
}
