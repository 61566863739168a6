/**
 * Which files under content/ and data/ the site reads, for both readers: the preflight (src/lib/load-project.ts) and
 * Astro's glob loaders (src/content.config.ts). Both must agree, or a file the checks skip is published unchecked.
 *
 * A file or folder whose name starts with "_" is left out of the site and of the checks, as Astro leaves out such
 * files under src/pages/: an editor can keep a draft beside the published pages (content/stories/_drafts/x.mdx,
 * content/stories/_x.mdx). Names starting with "." (.DS_Store, an editor's swap file) are the system's, and left out
 * as Astro's globber leaves them out.
 */
import { existsSync, opendirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';

/** Glob negations (tinyglobby, picomatch: as Astro's glob loader reads them) for "_" files and folders at any depth. */
export const leftOutPatterns = ['!**/_*', '!**/_*/**'];

/**
 * The files below `dir`, relative to it with "/" between folders, sorted; and what was left out for its "_" name:
 * each topmost such file or folder once (a folder with a trailing "/"), so a note can name it.
 */
export function listContent(dir: string): { files: string[]; leftOut: string[] } {
  if (!existsSync(dir)) return { files: [], leftOut: [] };
  const files: string[] = [];
  const leftOut = new Set<string>();
  // Listed by the globber Astro's loaders use, as they call it: files only, none under a "." name, and symbolic links
  // followed, to files and into folders. A symlinked story is published, so it is checked, and a symlinked draft
  // withheld (Node's readdir listed a link as neither file nor folder, and the checks skipped what Astro published).
  for (const name of globSync('**/*', { cwd: dir, expandDirectories: false })) {
    const parts = name.split('/');
    const hidden = parts.findIndex((part) => part.startsWith('_'));
    if (hidden === -1) files.push(name);
    else leftOut.add(parts.slice(0, hidden + 1).join('/') + (hidden < parts.length - 1 ? '/' : ''));
  }
  return { files: files.sort(), leftOut: [...leftOut].sort() };
}

/**
 * Whether `dir` holds a file ending in `extension` that the site reads (not below a "_" or "." name), looked for
 * folder by folder until one is found: at once in a folder of pages, where listing every file (listContent) costs
 * milliseconds at a thousand. Symbolic links are followed, as listContent follows them.
 */
export function holdsFile(dir: string, extension: string): boolean {
  const folders = [dir];
  for (let folder = folders.shift(); folder !== undefined; folder = folders.shift()) {
    if (!existsSync(folder)) continue;
    // Read an entry at a time, and closed as soon as one is found.
    const listing = opendirSync(folder);
    try {
      for (let entry = listing.readSync(); entry !== null; entry = listing.readSync()) {
        if (/^[_.]/.test(entry.name)) continue;
        const path = join(folder, entry.name);
        const isFolder =
          entry.isDirectory() ||
          (entry.isSymbolicLink() && (statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false));
        if (isFolder) folders.push(path);
        else if (entry.name.endsWith(extension)) return true;
      }
    } finally {
      listing.closeSync();
    }
  }
  return false;
}

/** The datasets' files in `dir` (data/), as their loader reads them (src/lib/dataset-loader.ts): *.json but sources.json. */
export function datasetFiles(dir: string): string[] {
  return globSync(['*.json', '!sources.json', ...leftOutPatterns], { cwd: dir, expandDirectories: false }).sort();
}

/**
 * Whether the bibliography `file` (data/sources.json) holds a source, as Astro's file() loader reads it: a key of its
 * object, or an item of its list. A file that is missing or not JSON counts as holding one: its loader and the
 * preflight say what is wrong with it.
 */
export function holdsSource(file: string): boolean {
  let sources: unknown;
  try {
    sources = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return true;
  }
  if (Array.isArray(sources)) return sources.length > 0;
  return typeof sources !== 'object' || sources === null || Object.keys(sources).length > 0;
}
