/**
 * The built site's checks that one page can answer, run on each page `npm run dev` serves (src/middleware.ts): a link
 * left without its address or to an `#anchor` the page does not have (src/build/checks/links.ts), and a mention of a
 * draft or an embargoed page, or of a dataset or a file of public/ only they use (src/build/checks/leaks.ts). Only the
 * build said so, once every page was rendered. Each problem is printed in the terminal in the build's words, with the
 * file and line where it is written, once for as long as the page has it; the page itself is served as it is.
 *
 * What the checks need from the content (the pages withheld now, the file behind an address, the terminal) the
 * pages' loader holds here (src/lib/shared-link-check.ts), on globalThis: the loader runs in Astro's content layer
 * and the middleware in the dev server's module graph, each with its own copy of this module, in one process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { leakLine, leaksInText, mentionedText, type LeakSearch } from './checks/leaks.ts';
import { ownBrokenLinks, whereWritten, type SourceFolder } from './checks/links.ts';
import { urlPath } from './checks/site-files.ts';
import { site } from '../site.config.ts';

/** What the served pages' checks read from the content, as the pages' loader knows it. */
export interface ServedChecks {
  /** What the leak check searches for now; undefined when nothing is withheld, or in a preview. */
  leakSearch(): LeakSearch | undefined;
  /** The editor's file behind the page at `pathname` (["/root", "content/stories/x.mdx"]), when it is a story or case. */
  sourceOf(pathname: string): SourceFolder | undefined;
  /** Where to look for an address written in another page (src/: the site's own pages, layouts and components). */
  sources: SourceFolder[];
  /** Prints a problem in the terminal. */
  print(message: string): void;
}

/** The last check of one address: what it was run on, and what it found. */
interface Checked {
  html: string;
  search: LeakSearch | undefined;
  problems: string[];
}

const key = Symbol.for('casefile.devServedChecks');
/** How many pages' last check is held: a page served after as many others is checked, and printed, anew. */
const pagesHeld = 100;
const store = globalThis as unknown as Record<
  symbol,
  { checks: ServedChecks; pages: Map<string, Checked> } | undefined
>;

/** Holds what the checks read, in place of what was held before. */
export function holdServedChecks(checks: ServedChecks): void {
  store[key] = { checks, pages: store[key]?.pages ?? new Map() };
}

/**
 * The problems of the page served at `pathname` (`file` in a build, `html` its text), those it did not have when last
 * served printed; none without the pages' loader (a build, which runs the checks on the whole site).
 */
export function checkServedPage(pathname: string, file: string, html: string): string[] {
  const held = store[key];
  if (!held) return [];
  const search = held.checks.leakSearch();
  const last = held.pages.get(pathname);
  // Served again as it was (a reload, another tab): nothing new to say.
  if (last && last.html === html && last.search === search) return last.problems;
  let problems: string[];
  try {
    problems = servedPageProblems(file, html, search, held.checks.sourceOf(pathname) ?? held.checks.sources);
  } catch (error) {
    // A check that fails (a file removed while it is read) says so, and the page is served all the same.
    problems = [`${file}: the dev server could not check this page as the build would: ${(error as Error).message}`];
  }
  for (const problem of problems) if (!last?.problems.includes(problem)) held.checks.print(problem);
  // The last pages served only: each is held whole, to tell it unchanged (a story's page is 50-200 kB).
  held.pages.delete(pathname);
  held.pages.set(pathname, { html, search, problems });
  if (held.pages.size > pagesHeld) held.pages.delete(held.pages.keys().next().value!);
  return problems;
}

/**
 * What the build's link and leak checks say of the page `file` (its `html`), with where each address or mention is
 * written in `sources` (a page's own file, or the folders of the site's code).
 */
export function servedPageProblems(
  file: string,
  html: string,
  search: LeakSearch | undefined,
  sources: SourceFolder | SourceFolder[],
): string[] {
  // Served at the root, as the dev server serves a site built for a folder (astro.config.mjs).
  const links = mayBreakOwnLinks(html, urlPath(file)) ? ownBrokenLinks(file, html, `${new URL(site.url).origin}/`) : [];
  const leaks = search && mayName(html, search) ? leaksInText(file, withoutDevMarkup(html), search) : [];
  if (links.length === 0 && leaks.length === 0) return [];
  const folders = typeof sources[0] === 'string' ? [sources as SourceFolder] : (sources as SourceFolder[]);
  // An empty address is "written" between every pair of quotes: its tag, text and line in the page say more.
  const written = whereWritten(
    folders,
    links.map(({ url }) => url).filter((url) => url.trim() !== ''),
  );
  const place = (places: string[] | undefined) =>
    places?.length
      ? `; written in ${places.slice(0, 3).join(', ')}${places.length > 3 ? ` and ${places.length - 3} more` : ''}`
      : '';
  return [
    ...links.map(({ url, problem }) => `${problem}${place(written.get(url))}`),
    ...[...new Map(leaks.map((leak) => [leakLine(leak), leak]))].map(
      ([line, leak]) =>
        `leak check: ${line}${place(mentionedIn(folders, mentionedText(leak)))}: remove the mention, or publish the page`,
    ),
  ];
}

/**
 * Where `text` is written in a page's own file (`folders` being that one file, a story's or a case file's), as
 * `file:line`, whatever its case; none found in a page of src/ or in a component's or a dataset's words.
 */
function mentionedIn(folders: SourceFolder[], text: string): string[] {
  const [only] = folders;
  if (folders.length !== 1 || !only || !/\.mdx?$/.test(only[1])) return [];
  const lines = readFileSync(join(...only), 'utf8')
    .toLowerCase()
    .split('\n');
  const wanted = text.toLowerCase();
  return lines.flatMap((line, i) => (line.includes(wanted) ? [`${only[1]}:${i + 1}`] : []));
}

/**
 * The words (runs of ASCII letters and digits, lower-cased) that a page naming a withheld page holds, whatever their
 * case, for each way the leak check finds one: all of its title's, its slug's or the last part of one of its
 * addresses'. A page naming none is not searched further: the leak check's decoding and its patterns cost ~5 ms on a
 * story page, a scan for a few words a fraction of one. `undefined` for a way with no such word (a title in another
 * script): then every page is searched.
 */
function requiredWords(search: LeakSearch): string[][] | undefined {
  const ways: string[][] = [];
  for (const { page } of search.matchers) {
    // A slug or a file's name is found whole (story-number-2, map.png), a title by its words.
    const named = [
      ...(page.titleIsCommon || !page.title ? [] : [page.title]),
      ...(page.slug ? [page.slug] : []),
      ...(page.addresses ?? []).map((address) => address.split('/').filter(Boolean).at(-1) ?? ''),
    ];
    for (const text of named) {
      const words = wordsOf(text);
      if (!words) return undefined;
      ways.push(words);
    }
  }
  return ways;
}

/**
 * The words of `text` a page naming it holds, the longest first, lower-cased: a title's words (runs of three letters
 * or digits or more), a slug's or a file name's whole run of letters, digits, dots and hyphens; undefined if none.
 */
function wordsOf(text: string): string[] | undefined {
  const lower = text.toLowerCase();
  const words = /^[a-z0-9.-]+$/.test(lower) ? [lower] : lower.match(/[a-z0-9]{3,}/g);
  return words ? [...new Set(words)].sort((a, b) => b.length - a.length) : undefined;
}

/** Each search's ways, as patterns: one for the longest word of every way, then each way's words. */
const prefilters = new WeakMap<LeakSearch, { any: RegExp; ways: RegExp[][] } | null>();

/** Whether `html` may name a page `search` looks for: whether it holds every word of one way of naming one. */
function mayName(html: string, search: LeakSearch): boolean {
  let prefilter = prefilters.get(search);
  if (prefilter === undefined) {
    const ways = requiredWords(search);
    prefilter = ways
      ? {
          any: new RegExp(ways.map(([longest]) => escaped(longest!)).join('|'), 'i'),
          ways: ways.map((words) => words.map((word) => new RegExp(escaped(word), 'i'))),
        }
      : null;
    prefilters.set(search, prefilter);
  }
  if (!prefilter) return true;
  if (prefilter.ways.length === 0 || !prefilter.any.test(html)) return false;
  return prefilter.ways.some((words) => words.every((word) => word.test(html)));
}

/**
 * Whether the page at `path` (its `html`, as Astro writes it: attributes in double quotes) may hold a link the link
 * check finds broken on the page alone: an address left empty, or an `#anchor` of its own that no `id` or `name` of
 * it has. A page with neither is not parsed (htmlparser2: ~2 ms on a story page; these scans, a fraction of one).
 */
function mayBreakOwnLinks(html: string, path: string): boolean {
  if (/\s(?:href|src|action|content|xlink:href)=""/.test(html)) return true;
  const ids = new Set<string>();
  for (const [, id] of html.matchAll(/\s(?:id|name)="([^"]*)"/g)) ids.add(id!);
  for (const [, before, fragment] of html.matchAll(/\s(?:xlink:)?href="([^"#]*)#([^"]*)"/g)) {
    // An address to another page, whose anchors only the build knows; an escaped one, read as the check reads it.
    if (before && before.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '') !== path) continue;
    if (/[&%]/.test(fragment!) || (fragment && fragment !== 'top' && !ids.has(fragment))) return true;
  }
  return false;
}

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The page without what the dev server adds to it and a built page does not hold: Vite's client and the stylesheets
 * it serves as modules, named by the project's files (`/src/styles/global.css`, `/home/ana/site/src/…`), and the
 * images Astro's endpoint serves by their file's whole path (`/_image?href=%2F%40fs%2Fhome%2Fana%2F…`), whose folders'
 * names a withheld page's one-word slug could be.
 */
function withoutDevMarkup(html: string): string {
  return html
    .replace(/<style data-vite-dev-id="[^"]*">[\s\S]*?<\/style>/g, '')
    .replace(/<script type="module" src="\/(?:@vite\/client|@id\/|@fs\/|src\/)[^"]*"><\/script>/g, '')
    .replace(/\/_image\?href=[^"\s,]*/g, '/_image');
}
