/**
 * Indexing ahead after an edit. When an editor changes the text of a few stories, Astro renders their pages again
 * and copies every other page from its cache, and Pagefind, which cannot take a page back or reuse part of an index,
 * must be given every page again: after Astro, that was most of an edit build (5.9 s of 21 s at 1,000 stories, 67 s
 * of 179 s at 10,000). The pages Astro will copy are the pages already published, so they can be handed to Pagefind
 * from the published site while Astro is still bundling, on the other core.
 *
 * Which pages will be copied is a prediction, made from the content alone: only the bodies of some stories or case
 * files changed since the site in `dist/` was built (their frontmatter, every other entry, the datasets, the sources,
 * what is withheld and whether this is a preview are all the same), so every published page but those of the
 * changed entries is expected to come out byte for byte the same. Nothing rests on the prediction being right: the
 * search index step compares every page it was handed with the file Astro wrote (LiveSearchIndex.differences) and
 * indexes the whole site from disk when one differs, as it does without indexing ahead.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Project } from '../lib/load-project.ts';
import { withheld, type Publishable } from '../lib/visibility.ts';
import { datasetsUsed } from '../lib/dataset-usage.ts';
import { siteFiles } from './checks/site-files.ts';
import { searchIndexDir, type LiveSearchIndex } from './search-index.ts';

/** What a published site was built from: a digest of everything but the entries' bodies, and each body's digest. */
export interface ContentRecord {
  /** The frontmatter of every entry, what is withheld, the datasets, the sources and whether this is a preview. */
  site: string;
  /** `<collection>:<id>` -> the digest of the entry's body. */
  bodies: Record<string, string>;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** The record of `project` as built at `now`. */
export function contentRecord(project: Project, now: Date, preview: boolean): ContentRecord {
  const entries = [
    ...project.stories.map((entry) => ['stories', entry] as const),
    ...project.cases.map((entry) => ['cases', entry] as const),
  ];
  // As in src/lib/page-keys.ts (siteKey): the runtime whose Intl data formats the pages, and for each entry the
  // datasets its body draws on, which decide which dataset pages are published.
  const { node, icu, cldr } = process.versions;
  const site = createHash('sha256').update(JSON.stringify({ preview, runtime: { node, icu, cldr } }));
  const bodies: Record<string, string> = {};
  for (const [collection, entry] of entries) {
    const status = withheld(entry.data as Publishable, now);
    const datasets = datasetsUsed(entry.body, (entry.data as { datasets?: string[] }).datasets);
    site.update(`\n${collection}:${entry.id}\n${JSON.stringify(entry.data)}\n${status}\n${JSON.stringify(datasets)}`);
    bodies[`${collection}:${entry.id}`] = digest(entry.body);
  }
  for (const [id, dataset] of [...project.datasets].sort(([a], [b]) => (a < b ? -1 : 1)))
    site.update(`\ndataset:${id}\n${JSON.stringify(dataset)}`);
  for (const [id, source] of [...project.sources].sort(([a], [b]) => (a < b ? -1 : 1)))
    site.update(`\nsource:${id}\n${JSON.stringify(source)}`);
  return { site: site.digest('hex'), bodies };
}

/**
 * The ids of the entries whose body alone changed between the site built from `before` and `now`, when that is the
 * only change; undefined when anything else changed (or nothing did, or there is no record): then nothing is indexed
 * ahead.
 */
export function bodiesChanged(before: ContentRecord | undefined, now: ContentRecord): string[] | undefined {
  if (!before || before.site !== now.site) return undefined;
  const keys = Object.keys(now.bodies);
  if (keys.length !== Object.keys(before.bodies).length || keys.some((key) => !(key in before.bodies)))
    return undefined;
  const changed = keys
    .filter((key) => before.bodies[key] !== now.bodies[key])
    .map((key) => key.slice(key.indexOf(':') + 1));
  return changed.length > 0 ? changed : undefined;
}

/**
 * The published pages expected to come out the same: every HTML file of `published` but the search index and the
 * pages of `changed` entries (any path with a folder named like the entry's last path segment: a page too many is
 * only indexed after Astro, as before).
 */
export function pagesExpectedSame(published: string, changed: readonly string[]): string[] {
  const names = new Set(changed.map((id) => id.slice(id.lastIndexOf('/') + 1)));
  return siteFiles(published, ['.html']).filter(
    (file) =>
      !file.startsWith(`${searchIndexDir}/`) &&
      !file
        .split('/')
        .slice(0, -1)
        .some((folder) => names.has(folder)),
  );
}

/** The record of the site published at `published`, kept in `dir` (one per output folder). */
const recordFile = (dir: string, published: string) =>
  join(dir, `content-record-${digest(published).slice(0, 16)}.json`);

/** What the site at `published` was built from, when the build that published it left a record in `dir`. */
export function readRecord(dir: string, published: string): ContentRecord | undefined {
  try {
    return JSON.parse(readFileSync(recordFile(dir, published), 'utf8')) as ContentRecord;
  } catch {
    return undefined;
  }
}

/** Remembers what the site just published at `published` was built from (atomically: a stopped build leaves the old one). */
export function writeRecord(dir: string, published: string, record: ContentRecord): void {
  mkdirSync(dir, { recursive: true });
  const file = recordFile(dir, published);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(record));
  renameSync(temp, file);
}

/**
 * Starts handing the published pages expected to come out the same to `search`, in the background; returns how many
 * it will hand over and for how many changed entries (0 and 0 when nothing is indexed ahead). `published` is the site
 * in `dist/`, `record` what this build is made from, `recordDir` where builds leave their records.
 */
export function indexAhead(
  search: LiveSearchIndex,
  published: string,
  record: ContentRecord,
  recordDir: string,
): { pages: number; changed: number } {
  const changed = bodiesChanged(readRecord(recordDir, published), record);
  if (!changed) return { pages: 0, changed: 0 };
  let pages: string[];
  try {
    pages = pagesExpectedSame(published, changed);
  } catch {
    // No published site to read (removed by hand): everything is indexed after Astro.
    return { pages: 0, changed: changed.length };
  }
  search.addAheadFromDisk(published, pages);
  return { pages: pages.length, changed: changed.length };
}
