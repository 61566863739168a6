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
  const role = /^content\/cases\/[^/]+$/.test(file)
    ? "the page's address and its id (what a story's cases: lists)"
    : "the page's address";
  // Letters with accents are letters (café.mdx, /fr/stories/café/): only the underscore is refused.
  const problem = fileNameProblem(file, role, { identifier: basename(file).includes('_') });
  if (problem) errors.push(new ContentError(file, 'file name', problem));
}

/**
 * Pages of one kind and language whose names differ only by "_" for "-" or by accents (and letter case):
 * how_the_watchdog_decides.mdx beside how-the-watchdog-decides.mdx, les-dossiers-reveles.mdx beside
 * les-dossiers-révélés.mdx, is almost always one story copied, and Astro publishes both, at two addresses
 * (/stories/how_the_watchdog_decides/ keeps the underscores, /fr/stories/les-dossiers-révélés/ the accents). Refused,
 * not noted: once published, the second address is in feeds, search engines and readers' links, and taking it back
 * costs more than renaming a page that was meant. Names that differ only in letter case have one address, and are
 * refused as such when the project is loaded.
 */
export function twinNames(files: string[]): ContentError[] {
  const kinds = { stories: 'stories', cases: 'case files' } as const;
  const errors: ContentError[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const match = /^content\/(stories|cases)\/(.+)$/.exec(file);
    if (!match) continue;
    const [, kind, path] = match as unknown as [string, keyof typeof kinds, string];
    // Folders are a page's language, told apart as written (content/stories/français/ is refused for its own name).
    const key = `${kind}/${slugFromPath(path).replace(/[^/]*$/, (name) => withoutAccents(name.replaceAll('_', '-')))}`;
    const other = seen.get(key);
    if (!other) {
      seen.set(key, file);
      continue;
    }
    // The copy is the one whose name is no identifier (the underscores; accents are letters), else the later one.
    const plain = (name: string) => identifierPattern.test(withoutAccents(basename(name, extname(name))));
    const [copy, original] = plain(file) && !plain(other) ? [other, file] : [file, other];
    const address = (name: string) => {
      const parts = slugFromPath(name.slice(`content/${kind}/`.length)).split('/');
      const last = parts.pop()!;
      return `${parts.map((part) => `/${part}`).join('')}/${kind}/${last}/`;
    };
    errors.push(
      new ContentError(
        copy,
        'file name',
        `its name differs from ${original} only ${differences(copy, original)}, so the two would be published as two ${kinds[kind]}, at ${address(copy)} and ${address(original)}: if one is a copy of the other, delete it; if not, give them names that differ in words`,
      ),
    );
  }
  return errors;
}

/** `text` with its letters' accents dropped: "révélés" -> "reveles". */
function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** How two twins' names differ: 'by "_" for "-"', 'by accents', 'in letter case', as many as apply, joined by "and". */
function differences(one: string, other: string): string {
  const name = (file: string) => basename(file, extname(file));
  const differ = (fold: (name: string) => string) => fold(name(one)) !== fold(name(other));
  const dashes = (text: string) => text.replaceAll('_', '-');
  return [
    differ((text) => withoutAccents(text).toLowerCase()) && 'by "_" for "-"',
    differ((text) => dashes(text).toLowerCase()) && 'by accents',
    differ((text) => withoutAccents(dashes(text))) && 'in letter case',
  ]
    .filter(Boolean)
    .join(' and ');
}

/** The file names of every page read, `files`: twins first, then each name that is no identifier. */
export function checkFileNames(errors: ContentError[], files: string[]): void {
  const twins = twinNames(files);
  errors.push(...twins);
  // A twin is told about its twin, not to rename itself to the twin's name.
  for (const file of files) if (!twins.some((twin) => twin.file === file)) checkFileName(errors, file);
}
