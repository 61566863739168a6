/** The images an MDX body shows: their text alternatives, and the files they name, beside the page or in public/. */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, posix, relative } from 'node:path';
import { projectRoot } from '../../site.config.ts';
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { imageReferences } from '../mdx-usage.ts';
import { nearestName } from '../edit-distance.ts';
import { defaultLocale, isLocale } from '../../i18n/locales.ts';
import { imageAltProblem } from './image-alts.ts';
import type { LinkTargets } from './link-targets.ts';
import { isComputerPath } from './local-addresses.ts';
import { decoded, folderWritten, withoutFolder } from './site-addresses.ts';

/**
 * An MDX body's images: an alternative text that says nothing of the image, and a file that is not there or cannot
 * be published as an image.
 */
export function checkImages(
  errors: ContentError[],
  file: string,
  body: string,
  bodyLine: number,
  project: Project,
  targets: LinkTargets,
): void {
  // An image beside the story (./photo.jpg) is bundled by Astro, which fails on a missing one with a bundler trace;
  // one from the site's root (/images/map.png) is copied from public/, and a missing one is a broken image.
  for (const { line, src, alt } of imageReferences(body, bodyLine)) {
    const unsaid = alt === undefined ? undefined : imageAltProblem(alt, src);
    if (unsaid) {
      const describe =
        'a screen reader would read it out instead of the image: describe what it shows (or, for a purely decorative image, leave it empty and say so: ![](…) {/* decorative */}, or alt="")';
      errors.push(new ContentError(file, `line ${line}: image`, `${unsaid}: ${describe}`));
    }
    const path = decoded(src.split(/[?#]/)[0]!);
    if (path === undefined) {
      errors.push(new ContentError(file, `line ${line}: image`, `${src}: a "%" that is no escape: write it as %25`));
      continue;
    }
    const absolute = path.startsWith('/');
    if (absolute && isComputerPath(path)) continue; // checkLocalAddresses says it
    const below = absolute ? withoutFolder(path, targets.base) : undefined;
    if (below !== undefined) {
      // Both mistakes at once, rather than the second at the next build.
      const missing = existsSync(join(projectRoot, 'public', below))
        ? ''
        : `, and check its name: there is no file public${below}`;
      errors.push(
        new ContentError(file, `line ${line}: image`, `${folderWritten(src, below, targets.base!)}${missing}`),
      );
      continue;
    }
    const extension = extname(path).toLowerCase();
    if (!absolute && !imageExtensions.includes(extension)) {
      errors.push(
        new ContentError(
          file,
          `line ${line}: image`,
          `${src}: ${extension ? `a ${extension} file` : 'a file without an extension'} cannot be published as an image: export it as JPEG, PNG or WebP (${imageExtensions.join(', ')})`,
        ),
      );
      continue;
    }
    const full = absolute ? join(projectRoot, 'public', path) : join(project.root, dirname(file), path);
    if (!existsSync(full)) {
      const where = absolute ? `public${path}` : relative(project.root, full);
      const beside = absolute ? undefined : besideOriginal(file, path, project.root);
      const expected = beside
        ? `the image is beside the original, ${beside.file}, and a translation's links start from its own folder: write ${beside.src}`
        : (nearImage(full, path) ??
          `expected the image ${absolute ? 'in public/' : 'beside the page'} (check the name and its case)`);
      errors.push(new ContentError(file, `line ${line}: image`, `no file ${where}: ${expected}`));
    }
  }
}

/**
 * The image a translation (content/stories/fr/x.mdx) means by a path written as its original's is (./photo.jpg, for
 * the photo beside content/stories/x.mdx): the file, and the path that reaches it from the translation's folder.
 */
function besideOriginal(file: string, path: string, root: string): { file: string; src: string } | undefined {
  const parts = file.split('/');
  if (parts.length !== 4 || !isLocale(parts[2]!) || parts[2] === defaultLocale) return undefined;
  const original = posix.join(parts.slice(0, 2).join('/'), path);
  if (!original.startsWith(`${parts.slice(0, 2).join('/')}/`) || !existsSync(join(root, original))) return undefined;
  return { file: original, src: posix.relative(posix.dirname(file), original) };
}

/** What an image beside a page can be: the formats Astro's image pipeline reads. */
const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg', '.tiff'];

/**
 * "did you mean ./harbour-test.png?" for an image at `full` (written `path`) that is not there, when one file of its
 * folder is a typo or two from its name (harbor-test.png); undefined when none is, or several are.
 */
function nearImage(full: string, path: string): string | undefined {
  const folder = dirname(full);
  if (!existsSync(folder)) return undefined;
  const files = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile());
  const near = nearestName(
    basename(full),
    files.map((entry) => entry.name),
  );
  return near === undefined
    ? undefined
    : `did you mean ${posix.join(posix.dirname(path), near).replace(/^(?![./])/, './')}?`;
}
