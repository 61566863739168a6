/** A page's file name, which is its address. */
import { basename, extname } from 'node:path';
import { ContentError } from '../content-error.ts';
import { identifierPattern } from '../../schemas/fields.ts';
import { slugFromPath } from '../slug.ts';
import { fileNameProblem } from '../file-name.ts';

/**
 * A page's file name is its address, and a case file's is also its id (src/lib/file-name.ts): in lower-case letters,
 * digits and hyphens, as every id of the site, letters with accents aside. how_it_works.mdx was published at
 * /stories/how_it_works/, the one address with underscores, and a case file kloop_media.mdx could be listed by no
 * story (`cases:` takes identifiers, and says to write kloop-media).
 */
export function checkFileName(errors: ContentError[], file: string): void {
  const role = /^content\/cases\/[^/]+$/.test(file) ? "the page's address and its id (what a story's cases: lists)" : "the page's address";
  // Letters with accents are letters (café.mdx, /fr/stories/café/): only the underscore is refused.
  const problem = fileNameProblem(file, role, { identifier: basename(file).includes('_') });
  if (problem) errors.push(new ContentError(file, 'file name', problem));
}

/**
 * Pages of one kind and language whose names differ only by "_" for "-" (and letter case): how_the_watchdog_decides.mdx
 * beside how-the-watchdog-decides.mdx is almost always one story copied, and Astro publishes both, at two addresses
 * (/stories/how_the_watchdog_decides/ keeps the underscores). Refused, not noted: once published, the second address
 * is in feeds, search engines and readers' links, and taking it back costs more than renaming a page that was meant.
 * Names that differ only in letter case have one address, and are refused as such when the project is loaded.
 */
export function twinNames(files: string[]): ContentError[] {
  const kinds = { stories: 'stories', cases: 'case files' } as const;
  const errors: ContentError[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const match = /^content\/(stories|cases)\/(.+)$/.exec(file);
    if (!match) continue;
    const [, kind, path] = match as unknown as [string, keyof typeof kinds, string];
    const key = `${kind}/${slugFromPath(path).replaceAll('_', '-')}`;
    const other = seen.get(key);
    if (!other) {
      seen.set(key, file);
      continue;
    }
    // The copy is the one whose name is no identifier (the underscores), else the later one.
    const plain = (name: string) => identifierPattern.test(basename(name, extname(name)));
    const [copy, original] = plain(file) && !plain(other) ? [other, file] : [file, other];
    const address = (name: string) => {
      const parts = slugFromPath(name.slice(`content/${kind}/`.length)).split('/');
      const last = parts.pop()!;
      return `${parts.map((part) => `/${part}`).join('')}/${kind}/${last}/`;
    };
    const name = (one: string) => basename(one, extname(one));
    const cased = name(copy).replaceAll('_', '-') !== name(original).replaceAll('_', '-') ? ' and in letter case' : '';
    errors.push(
      new ContentError(
        copy,
        'file name',
        `its name differs from ${original} only by "_" for "-"${cased}, so the two would be published as two ${kinds[kind]}, at ${address(copy)} and ${address(original)}: if one is a copy of the other, delete it; if not, give them names that differ in words`,
      ),
    );
  }
  return errors;
}

/** The file names of every page read, `files`: twins first, then each name that is no identifier. */
export function checkFileNames(errors: ContentError[], files: string[]): void {
  const twins = twinNames(files);
  errors.push(...twins);
  // A twin is told about its twin, not to rename itself to the twin's name.
  for (const file of files) if (!twins.some((twin) => twin.file === file)) checkFileName(errors, file);
}
