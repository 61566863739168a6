/**
 * Indexing ahead. When a rebuild changes a few pages, Astro renders them again and copies every other page from its
 * cache, and Pagefind, which cannot take a page back or reuse part of an index, must be given every page again: after
 * Astro, that was most of an edit build (5.9 s of 21 s at 1,000 stories, 67 s of 179 s at 10,000) and of a publish
 * (9.3 s of 22.5 s). The pages Astro will copy are the pages already published, so they can be handed to Pagefind
 * from the published site while Astro is still working, on the other core.
 *
 * Which pages will be copied is a prediction, made two ways:
 * - from the content alone, before Astro starts (`indexAhead`): only the bodies of some stories or case files changed
 *   since the site in `dist/` was built (their frontmatter, every other entry, the datasets, the sources, what is
 *   withheld and whether this is a preview are all the same), so every published page but those of the changed
 *   entries is expected to come out byte for byte the same;
 * - from the pages' cache keys, once Astro's getStaticPaths() have all run and before it generates the first page
 *   (`indexAheadByKeys`, src/build/page-keys-reported.ts): a page whose key is the one it had in the build that
 *   published `dist/`, built by the same code, is copied by Astro byte for byte. This one also holds after a
 *   frontmatter change (a publish, a title edit, an embargo passing), when the first gives up.
 * Nothing rests on either being right: the search index step compares every page it was handed with the file Astro
 * wrote (LiveSearchIndex.differences) and indexes the whole site from disk when one differs, as it does without
 * indexing ahead.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Project } from '../lib/load-project.ts';
import { withheld, type Publishable } from '../lib/visibility.ts';
import { datasetsUsed } from '../lib/dataset-usage.ts';
import { siteFiles } from './checks/site-files.ts';
import { outputDigest } from './output-memo.ts';
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

/** The record named `name` of the site published at `published`, kept in `dir` (one per output folder). */
const recordFile = (dir: string, published: string, name: string) =>
  join(dir, `${name}-${digest(published).slice(0, 16)}.json`);

/** The JSON in `file`; undefined when there is none or it cannot be read (a record is only ever a shortcut). */
function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Writes `value` into `file` atomically: a stopped build leaves the old file whole. */
function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(value));
  renameSync(temp, file);
}

/** What the site at `published` was built from, when the build that published it left a record in `dir`. */
export function readRecord(dir: string, published: string): ContentRecord | undefined {
  return readJson(recordFile(dir, published, 'content-record'));
}

/** Remembers what the site just published at `published` was built from. */
export function writeRecord(dir: string, published: string, record: ContentRecord): void {
  writeJson(recordFile(dir, published, 'content-record'), record);
}

/**
 * Starts handing the published pages expected to come out the same to `search`, in the background; returns the pages
 * it will hand over and for how many changed entries (none and 0 when nothing is indexed ahead). `published` is the site
 * in `dist/`, `record` what this build is made from, `recordDir` where builds leave their records.
 */
export function indexAhead(
  search: LiveSearchIndex,
  published: string,
  record: ContentRecord,
  recordDir: string,
): { pages: string[]; changed: number } {
  const changed = bodiesChanged(readRecord(recordDir, published), record);
  if (!changed) return { pages: [], changed: 0 };
  let pages: string[];
  try {
    pages = pagesExpectedSame(published, changed);
  } catch {
    // No published site to read (removed by hand): everything is indexed after Astro.
    return { pages: [], changed: changed.length };
  }
  search.addAheadFromDisk(published, pages);
  return { pages, changed: changed.length };
}

/** What Astro's copy of a published site's pages rests on: the code that built them and each page's cache key. */
export interface KeyRecord {
  /** `codeDigest()` of the build. */
  code: string;
  /** Each HTML page with a cache key, by its file relative to the output folder -> that key. */
  keys: Record<string, string>;
}

/**
 * A digest of what decides, besides a page's key, whether Astro copies it: its code (Astro hashes each page's module
 * graph, all of it below src/), its configuration (astro.config.mjs, and the site's address, which environment
 * variables can change) and the lock file (Astro hashes it: a package update renders every page). Coarser than
 * Astro's per-page hash: any code change predicts nothing, rather than a page wrongly.
 */
export function codeDigest(root: string, siteUrl: string): string {
  const hash = createHash('sha256')
    .update(`${siteUrl}\n`)
    .update(outputDigest(join(root, 'src')));
  for (const file of ['astro.config.mjs', 'package-lock.json']) {
    hash.update(`\n${file}\n`);
    try {
      hash.update(readFileSync(join(root, file)));
    } catch {
      hash.update('(none)');
    }
  }
  return hash.digest('hex');
}

/** The keys of the site at `published`, when the build that published it left a record in `dir`. */
export function readKeyRecord(dir: string, published: string): KeyRecord | undefined {
  const record = readJson<Partial<KeyRecord>>(recordFile(dir, published, 'page-keys'));
  // A file of another shape (written by hand, or by another version) is no record.
  if (typeof record?.code !== 'string' || typeof record.keys !== 'object' || record.keys === null) return undefined;
  return record as KeyRecord;
}

/** Remembers the keys of the site just published at `published`, beside its content record. */
export function writeKeyRecord(dir: string, published: string, record: KeyRecord): void {
  writeJson(recordFile(dir, published, 'page-keys'), record);
}

/**
 * The pages whose key in `now` is the one they had in `before`, sorted; none when the code changed or there is no
 * record of the published site, and none when every page's key is unchanged: Astro then copies the whole site, whose
 * index the search index cache holds (SearchIndexCache), and Pagefind would index every page for nothing.
 */
export function pagesWithSameKeys(before: KeyRecord | undefined, now: KeyRecord): string[] {
  if (!before || before.code !== now.code || sameKeys(before, now)) return [];
  return Object.entries(now.keys)
    .filter(([file, key]) => Object.hasOwn(before.keys, file) && before.keys[file] === key)
    .map(([file]) => file)
    .sort();
}

/** Whether `before` and `now` key the same pages alike. */
function sameKeys(before: KeyRecord, now: KeyRecord): boolean {
  const files = Object.keys(now.keys);
  return (
    files.length === Object.keys(before.keys).length &&
    files.every((file) => Object.hasOwn(before.keys, file) && before.keys[file] === now.keys[file])
  );
}

/**
 * Hands the published pages whose keys are unchanged (`pagesWithSameKeys`) to `search`, in the background, but those
 * in `handed` (already handed over by `indexAhead`); returns how many it hands over.
 */
export function indexAheadByKeys(
  search: LiveSearchIndex,
  published: string,
  before: KeyRecord | undefined,
  now: KeyRecord,
  handed: ReadonlySet<string>,
): number {
  const pages = pagesWithSameKeys(before, now).filter((file) => !handed.has(file));
  // A page the published site no longer has is not read (addAheadFromDisk): it is indexed after Astro.
  if (pages.length > 0) search.addAheadFromDisk(published, pages);
  return pages.length;
}
