/**
 * The leak check: a draft or an embargoed page must exist nowhere in the published site. After every other step
 * (the search index included), every file of the staging folder is read (compressed files such as Pagefind's index
 * fragments after decompression) and searched for the slug, the address and the title of each withheld page, and for
 * the address of each file of public/ only withheld pages use (src/build/withheld-public.ts); a file path that names
 * one is a leak too. The text is searched as written and decoded: HTML entities (all of HTML's named ones), JSON's
 * escapes and percent-encoding undone, and titles also with tags removed (`Operation Bluefin <em>Kestrel</em>`) and
 * whitespace collapsed. Any hit fails the build before the staging folder replaces dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import type { PostBuildStep } from '../steps.ts';
import type { Entry, Project } from '../../lib/load-project.ts';
import { withheld } from '../../lib/visibility.ts';
import { datasetsMentioned, publishedDatasetIds, sitePagesUsage } from '../../lib/dataset-usage.ts';
import { dictionaries } from '../../i18n/index.ts';
import { entryHref, entrySlug } from '../../lib/translations.ts';
import { withheldPublicFiles } from '../withheld-public.ts';
import { basePath, placeholderUrl, site } from '../../site.config.ts';

/** A page that must not appear in the output. */
export interface WithheldPage {
  /** The editor's file, for the message: content/stories/x.mdx, data/x.json. */
  file: string;
  slug: string;
  title: string;
  /**
   * A draft, an embargoed page, a dataset that only withheld pages use (it would reveal what they are about), or a
   * file of public/ that only withheld pages use (`slug` and `title` empty: it is searched for by its address).
   */
  reason: 'draft' | 'embargo' | 'withheld-data' | 'withheld-file';
  /**
   * Set when the published site writes the title anyway (a published page's own title, the site's word "Corrections"):
   * finding it in the output would prove nothing, so only the slug is searched for (see isCommonPhrase).
   */
  titleIsCommon?: boolean;
  /**
   * Set when the published site names something else by the slug: a story named as the published dataset it draws on
   * (`content/stories/harbour-fees.mdx` beside `data/harbour-fees.json`), a dataset named as a published page. Finding
   * the bare slug would prove nothing, so it is searched for only after this folder (`/stories/harbour-fees`,
   * `/og/stories/harbour-fees.png`), besides the title and the address.
   */
  slugSection?: Section;
  /**
   * Where the page is on the site (/fr/stories/the-files/) or the file (/map.png), searched for as written: a
   * translation's id (fr/the-files) is not part of its address.
   */
  addresses?: string[];
}

/** The folder of the site a story, a case file or a dataset is published in. */
type Section = 'stories' | 'cases' | 'data';

/** One place where a withheld page shows in the output. */
export interface Leak {
  /** The file, relative to the output folder. */
  path: string;
  page: WithheldPage;
  /** What gave it away. */
  found: 'slug' | 'title' | 'address';
  /** The address found, when `found` is 'address'. */
  address?: string;
}

/** Files whose bytes cannot hold readable text worth scanning (their paths are still checked). */
const binary = new Set([
  '.png',
  '.jpg',
  '.jpeg',
  '.webp',
  '.avif',
  '.gif',
  '.tif',
  '.tiff',
  '.ico',
  '.woff',
  '.woff2',
  '.ttf',
  '.otf',
  '.wasm',
]);

/** The datasets a page uses, read from its body: `mentioned` where the dev server keeps them for each page it has read. */
type Mentioned = (entry: Project['stories'][number] | Project['cases'][number]) => readonly string[];
const readMentioned: Mentioned = (entry) => datasetsMentioned(entry.body, entry.data.datasets);

/**
 * The stories and case files withheld at `now`, the datasets only they use, and, given the project's public/ folder
 * (and src/, whose pages may name its files), the files of public/ only they use.
 */
export function withheldPages(
  project: Project,
  now: Date,
  publicDir?: string,
  siteCodeDir?: string,
  mentioned: Mentioned = readMentioned,
): WithheldPage[] {
  // Each page with the section its slug would be searched after, should the published site use that slug too.
  const found: [WithheldPage, Section][] = [];
  const entries = [
    ...project.stories.map((entry) => ['story', entry] as const),
    ...project.cases.map((entry) => ['case', entry] as const),
  ];
  const names = new Set<string>();
  for (const [kind, entry] of entries) {
    const reason = withheld(entry.data, now);
    if (reason)
      found.push([
        { file: entry.file, slug: entry.id, title: entry.data.title, reason, addresses: addressesOf(kind, entry) },
        kind === 'story' ? 'stories' : 'cases',
      ]);
    else names.add(entrySlug(entry));
  }
  const usage = entries.map(([, entry]) => ({
    datasets: mentioned(entry),
    published: withheld(entry.data, now) === null,
  }));
  const published = publishedDatasetIds(project.datasets.keys(), [...usage, ...sitePagesUsage()]);
  for (const [id, dataset] of project.datasets) {
    if (published.has(id)) {
      names.add(id);
      continue;
    }
    found.push([{ file: dataset.file, slug: id, title: dataset.title, reason: 'withheld-data' }, 'data']);
    // Pages in other languages name it by its translated title.
    for (const translation of Object.values(dataset.translations ?? {})) {
      if (translation.title)
        found.push([{ file: dataset.file, slug: id, title: translation.title, reason: 'withheld-data' }, 'data']);
    }
  }
  for (const [page, section] of found) if (names.has(page.slug)) page.slugSection = section;
  const pages = found.map(([page]) => page);
  if (pages.length > 0) {
    const texts = publishedTexts(project, now, mentioned);
    for (const page of pages) if (isCommonPhrase(page.title, texts)) page.titleIsCommon = true;
  }
  if (publicDir) {
    for (const path of withheldPublicFiles(project, now, publicDir, siteCodeDir)) {
      pages.push({
        file: `public/${path}`,
        slug: '',
        title: '',
        reason: 'withheld-file',
        titleIsCommon: true,
        addresses: [`/${path}`],
      });
    }
  }
  return pages;
}

/** A withheld entry's address (a translation's under its language's prefix). */
function addressesOf(kind: 'story' | 'case', entry: Project['stories'][number] | Project['cases'][number]): string[] {
  try {
    return [entryHref(kind, entry)];
  } catch {
    // A language its folder contradicts: reported by the content checks, which stop the build first.
    return [];
  }
}

/**
 * Whether a withheld title is a phrase the published site writes anyway, so that finding it in the output would prove
 * nothing: the title of a published page or dataset, or words of the site's own (its dictionaries). Such a page is
 * searched for by its slug alone. How often published pages write a phrase decides nothing: three public pages teasing
 * an embargoed story by its headline are three leaks.
 */
function isCommonPhrase(title: string, texts: PublishedTexts): boolean {
  return texts.titles.has(normalise(title)) || titleVariants(title).some((variant) => variant.test(texts.site));
}

interface PublishedTexts {
  /** The titles of published pages and datasets, normalised. */
  titles: Set<string>;
  /** The site's own words in every language, as searched (lower-cased). */
  site: string;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function publishedTexts(project: Project, now: Date, mentioned: Mentioned): PublishedTexts {
  const titles = new Set<string>();
  const entries = [...project.stories, ...project.cases];
  for (const entry of entries) if (withheld(entry.data, now) === null) titles.add(normalise(entry.data.title));
  const usage = entries.map((entry) => ({
    datasets: mentioned(entry),
    published: withheld(entry.data, now) === null,
  }));
  const published = publishedDatasetIds(project.datasets.keys(), [...usage, ...sitePagesUsage()]);
  for (const [id, dataset] of project.datasets) {
    if (!published.has(id)) continue;
    titles.add(normalise(dataset.title));
    for (const translation of Object.values(dataset.translations ?? {}))
      if (translation.title) titles.add(normalise(translation.title));
  }
  siteWords ??= Object.values(dictionaries)
    .flatMap((dictionary) => Object.values(dictionary))
    .join('\n')
    .toLowerCase();
  return { titles, site: siteWords };
}

let siteWords: string | undefined;

/** Every file below `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

/** The text a file holds for a reader or a machine: gzip members (Pagefind's index) are decompressed first. */
export function readableText(bytes: Buffer): string {
  let data = bytes;
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      data = gunzipSync(data);
    } catch {
      // Not a complete gzip stream after all: scan the bytes as they are.
    }
  }
  return data.toString('utf8');
}

/** What is searched for one withheld page. */
interface Matcher {
  page: WithheldPage;
  slug: RegExp | undefined;
  addresses: { address: string; pattern: RegExp }[];
  titles: RegExp[];
}

/** What the leak check searches a file for: each withheld page's patterns, and their unions for a first pass. */
export interface LeakSearch {
  matchers: Matcher[];
  anyTitle: RegExp | undefined;
  anyName: RegExp | undefined;
}

/**
 * What to search for `pages` on a site published at `siteUrl` (their addresses are also searched for below the
 * folder a site below a path is served from); undefined when there is nothing to search for.
 */
export function leakSearch(pages: WithheldPage[], siteUrl: string = site.url): LeakSearch | undefined {
  if (pages.length === 0) return undefined;
  const matchers: Matcher[] = pages.map((page) => ({
    page,
    slug: !page.slug
      ? undefined
      : page.slugSection
        ? sectionSlugPattern(page.slugSection, page.slug)
        : slugPattern(page.slug),
    addresses: (page.addresses ?? []).map((address) => ({ address, pattern: addressPattern(address, siteUrl) })),
    titles: page.titleIsCommon || !page.title ? [] : titleVariants(page.title),
  }));
  // One pass over a file's text for all titles and one for all slugs and addresses: a file that names no withheld
  // page (nearly all of them) costs a few scans, whatever the number of pages. Only a hit is attributed to its page.
  const anyTitle = union(
    matchers.flatMap((m) => m.titles),
    'u',
  );
  // In any case, as the address patterns are (a slug's own test, after it, keeps to its case): the pass only picks
  // the files to look at closely, and one stricter than a page's patterns let /FR/Stories/… through.
  const anyName = union(
    matchers.flatMap((m) => [...(m.slug ? [m.slug] : []), ...m.addresses.map((a) => a.pattern)]),
    'i',
  );
  return { matchers, anyTitle, anyName };
}

/**
 * Finds every place in `dir` where a withheld page shows, on a site published at `siteUrl` (its addresses are also
 * searched for below the folder a site below a path is served from).
 */
export function findLeaks(dir: string, pages: WithheldPage[], siteUrl: string = site.url): Leak[] {
  const search = leakSearch(pages, siteUrl);
  if (!search) return [];
  const leaks: Leak[] = [];
  for (const path of listFiles(dir)) {
    const inPath = new Set<Matcher>();
    for (const m of search.matchers) {
      const address = m.slug?.test(`/${path}`) ? undefined : m.addresses.find((a) => a.pattern.test(`/${path}`));
      if (address) leaks.push({ path, page: m.page, found: 'address', address: address.address });
      else if (m.slug?.test(`/${path}`)) leaks.push({ path, page: m.page, found: 'slug' });
      else continue;
      inPath.add(m);
    }
    if (binary.has(extname(path).toLowerCase())) continue;
    leaks.push(...leaksInText(path, readableText(readFileSync(join(dir, path))), search, inPath));
  }
  return leaks;
}

/** Where the text of the file `path` names a withheld page, but for the pages its path names already (`named`). */
export function leaksInText(path: string, text: string, search: LeakSearch, named = new Set<Matcher>()): Leak[] {
  const { matchers, anyTitle, anyName } = search;
  const decoded = decodeText(text);
  const names = [text, decoded];
  const lower = decoded.toLowerCase();
  const titles = [lower, stripTags(lower), text.toLowerCase()];
  const titleHit = anyTitle !== undefined && titles.some((t) => anyTitle.test(t));
  const nameHit = anyName !== undefined && names.some((t) => anyName.test(t));
  if (!titleHit && !nameHit) return [];
  const leaks: Leak[] = [];
  for (const m of matchers) {
    if (named.has(m)) continue;
    if (titleHit && m.titles.some((variant) => titles.some((t) => variant.test(t)))) {
      leaks.push({ path, page: m.page, found: 'title' });
      continue;
    }
    if (!nameHit) continue;
    if (m.slug && names.some((t) => m.slug!.test(t))) {
      leaks.push({ path, page: m.page, found: 'slug' });
      continue;
    }
    // A translation's address holds no token its id is: /fr/stories/the-files/ for fr/the-files.
    const address = m.addresses.find((a) => names.some((t) => a.pattern.test(t)));
    if (address) leaks.push({ path, page: m.page, found: 'address', address: address.address });
  }
  return leaks;
}

/** One pattern matching where any of `patterns` does, or undefined for none. */
function union(patterns: RegExp[], flags: string): RegExp | undefined {
  if (patterns.length === 0) return undefined;
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags);
}

const reasons: Record<WithheldPage['reason'], string> = {
  draft: 'a draft',
  embargo: 'embargoed',
  'withheld-data': 'a dataset only withheld pages use',
  'withheld-file': 'a file of public/ only withheld pages use',
};

/** How many files must name a withheld title before the message suggests it is a common phrase. */
const widespread = 10;

/** One leak, in the check's words: the file, what it mentions, and the withheld page it belongs to. */
export function leakLine({ path, page, found, address }: Leak): string {
  const named = found === 'address' ? address : found === 'slug' ? page.slug : page.title;
  const what = found === 'slug' && page.reason === 'withheld-data' ? 'id' : found;
  return `${path} mentions "${named}", the ${what} of ${page.file} (${reasons[page.reason]})`;
}

/** What a leak names: the withheld page's title, slug or address. */
export function mentionedText({ page, found, address }: Leak): string {
  return found === 'title' ? page.title : found === 'slug' ? page.slug : (address ?? page.slug);
}

/**
 * Where a leak found in a published story's or case file's own page is written in its MDX body, as `file:line`, as
 * the dev server names it: the output file alone sent the editor reading the whole story for the mention. None for
 * another page (a list, the search index) or a mention written otherwise (in the frontmatter, in other case).
 */
export function leakPlaces(project: Project, now: Date): (leak: Leak) => string[] {
  const byPage = new Map<string, Entry<unknown>>();
  const entries = [
    ...project.stories.map((entry) => ['story', entry] as const),
    ...project.cases.map((entry) => ['case', entry] as const),
  ];
  for (const [kind, entry] of entries) {
    if (withheld(entry.data, now)) continue;
    for (const address of addressesOf(kind, entry)) byPage.set(`${address.slice(1)}index.html`, entry);
  }
  return (leak) => {
    const entry = byPage.get(leak.path);
    if (!entry) return [];
    const wanted = mentionedText(leak).toLowerCase();
    return entry.body
      .toLowerCase()
      .split('\n')
      .flatMap((line, i) => (line.includes(wanted) ? [`${entry.file}:${entry.bodyLine + i + 1}`] : []));
  };
}

/**
 * The check's message: one line per leak, naming the output file and the withheld page, and where the mention is
 * written when `places` can tell. (No colon after the output file: a line starting "x.json: " would read as a content
 * error in the build report.)
 */
export function formatLeaks(leaks: Leak[], places: (leak: Leak) => string[] = () => []): string {
  const written = (leak: Leak) => {
    const found = places(leak);
    return found.length === 0
      ? ''
      : `; written in ${found.slice(0, 3).join(', ')}${found.length > 3 ? ` and ${found.length - 3} more` : ''}`;
  };
  // Once each: a dataset is searched for under each of its titles, and each finds its id in the same file.
  const lines = [...new Set(leaks.map((leak) => `  ${leakLine(leak)}${written(leak)}`))];
  const files = new Set(leaks.map((leak) => leak.path)).size;
  // A title found all over the site is more likely a phrase the site uses than a leak: the editor can tell, the check
  // cannot, and it stays closed.
  const byTitle = new Map<WithheldPage, number>();
  for (const { page, found } of leaks) if (found === 'title') byTitle.set(page, (byTitle.get(page) ?? 0) + 1);
  const hints = [...byTitle]
    .filter(([, count]) => count >= widespread)
    .map(
      ([page, count]) =>
        `"${page.title}" (${page.file}) is found in ${count} files: if it is a phrase the site uses anyway rather than a leak, give the withheld page a more distinctive title while it is withheld.`,
    );
  return `leak check: ${files} file${files === 1 ? '' : 's'} of the output mention${files === 1 ? 's' : ''} a withheld page:\n${lines.join('\n')}\nRemove the mention (or publish the page) and build again.${hints.map((hint) => `\n${hint}`).join('')}`;
}

/** The post-build step. Preview builds include withheld pages on purpose and are not deployed: no check there. */
export const leakCheckStep: PostBuildStep = {
  name: 'leak check',
  run({ root, outDir, project, now, preview, log }) {
    if (preview) return;
    const pages = root
      ? withheldPages(project, now, join(root, 'public'), join(root, 'src'))
      : withheldPages(project, now);
    const leaks = findLeaks(outDir, pages);
    if (leaks.length > 0) {
      const error = new Error(formatLeaks(leaks, leakPlaces(project, now)));
      error.name = 'CheckError';
      throw error;
    }
    for (const page of pages.filter((p) => p.titleIsCommon && p.reason !== 'withheld-file')) {
      log(
        `leak check: the title of ${page.file}, "${page.title}", is a phrase the published site writes anyway: searched for by its ${page.reason === 'withheld-data' ? 'id' : 'slug'} only`,
      );
    }
    // A dataset is searched for under each of its titles, by one id: said once.
    const sectioned = new Map(pages.filter((p) => p.slugSection).map((p) => [p.file, p]));
    for (const page of sectioned.values()) {
      log(
        `leak check: "${page.slug}", the ${page.reason === 'withheld-data' ? 'id' : 'slug'} of ${page.file}, also names a published dataset or page: searched for after /${page.slugSection}/ only`,
      );
    }
    // A dataset is searched for by its title in each language: one dataset, however many titles.
    const data = new Set(pages.filter((p) => p.reason === 'withheld-data').map((p) => p.slug)).size;
    const files = pages.filter((p) => p.reason === 'withheld-file').length;
    const entries = pages.filter((p) => p.reason !== 'withheld-data' && p.reason !== 'withheld-file').length;
    log(
      `leak check: ${entries} withheld page${entries === 1 ? '' : 's'}${files > 0 ? ',' : ' and'} ${data} withheld dataset${data === 1 ? '' : 's'}${files > 0 ? ` and ${files} withheld public file${files === 1 ? '' : 's'}` : ''}, not found in the output`,
    );
  },
};

/**
 * A slug after its folder (stories/<slug>), as a whole token: the folder makes even a one-word slug specific, and a
 * link written relative to the page (href="stories/kestrels/") has no slash before the folder to wait for.
 */
function sectionSlugPattern(section: Section, slug: string): RegExp {
  const escaped = slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9-])${section}/${escaped}(?![A-Za-z0-9-])`);
}

/**
 * A slug as a whole token. A hyphenated slug is specific enough to be a leak anywhere; a one-word slug is an ordinary
 * word, so it counts only as a path segment (/stories/<slug>, a file name).
 */
function slugPattern(slug: string): RegExp {
  const escaped = slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return slug.includes('-')
    ? new RegExp(`(?<![A-Za-z0-9-])${escaped}(?![A-Za-z0-9-])`)
    : new RegExp(`/${escaped}(?![A-Za-z0-9-])`);
}

/**
 * The title as it may be written in HTML, XML or JSON, lower-cased, as whole words: "Files" is not found in
 * "Filesystem".
 */
function titleVariants(title: string): RegExp[] {
  const plain = title.replace(/\s+/g, ' ').trim().toLowerCase();
  return [...new Set([plain, JSON.stringify(plain).slice(1, -1)])].map(
    // An apostrophe matches in either form: titles are typeset (Interpol’s), what an editor types elsewhere may not be.
    (variant) =>
      new RegExp(
        `(?<![\\p{L}\\p{N}])${variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")}(?![\\p{L}\\p{N}])`,
        'u',
      ),
  );
}

/**
 * An address as a whole path: `/fr/stories/the-files/` is found in `href="/fr/stories/the-files/"`, after the site's
 * own origin (`https://casefile.example.org/fr/stories/the-files`) and as a file path below it, not in
 * `/stories/the-files-2/`, `/archive/fr/stories/the-files/` or at another site's address
 * (`https://www.interpol.int/files/report.pdf` is not the site's /files/report.pdf). On a site served below a folder
 * (https://user.github.io/casefile/) it is also found below the folder, as the build writes it
 * (`/casefile/fr/stories/the-files/`). A page's address is matched without its final slash.
 */
function addressPattern(address: string, siteUrl: string): RegExp {
  const path = address.length > 1 ? address.replace(/\/$/, '') : address;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const { host, folder } = siteParts(siteUrl);
  return new RegExp(
    `(?:(?<![\\w.~%/:-])|(?<=//${escape(host)}))${folder ? `(?:${escape(folder)})?` : ''}${escape(path)}(?![\\w.~%-])`,
    'i',
  );
}

/** The host the site is published at, as it appears in absolute addresses, and the folder it is served below ("/casefile", or "" at the root). */
function siteParts(siteUrl: string): { host: string; folder: string } {
  try {
    const url = new URL(siteUrl);
    return { host: url.host, folder: basePath(siteUrl).replace(/\/$/, '') };
  } catch {
    return { host: new URL(placeholderUrl).host, folder: '' };
  }
}

/** Elements that sit inside a run of text: removed without a space (`Op<em>é</em>ration`). Others leave a space. */
const inline =
  /<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)(?:\s[^<>]*)?\/?>/g;

/** Lower-cased decoded text without its tags, whitespace collapsed: `Operation Bluefin <em>Kestrel</em>`. */
function stripTags(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(inline, '')
    .replace(/<\/?[a-z][^<>]*>/g, ' ')
    .replace(/\s+/g, ' ');
}

/**
 * The text as a reader or a program reading it gets it: JSON's escapes (`\n`, `\u00e9`, `\/`), HTML's character
 * references (twice: a feed escapes the HTML it carries) and percent-encoding undone, whitespace collapsed.
 */
function decodeText(text: string): string {
  let decoded = text.includes('\\') ? unescapeJson(text) : text;
  for (let pass = 0; pass < 2 && decoded.includes('&'); pass++) decoded = decodeEntities(decoded);
  if (decoded.includes('%')) decoded = decodePercent(decoded);
  return decoded.replace(/\s+/g, ' ');
}

const jsonEscapes: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: ' ',
  f: ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

function unescapeJson(text: string): string {
  return text.replace(
    /\\(?:u([0-9a-fA-F]{4})|([nrtbf"/\\]))/g,
    (_, hex: string | undefined, char: string | undefined) =>
      hex ? String.fromCharCode(parseInt(hex, 16)) : jsonEscapes[char!]!,
  );
}

function decodePercent(text: string): string {
  return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      // Not UTF-8 as a whole: its ASCII bytes one by one.
      return run.replace(/%([0-7][0-9a-fA-F])/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, hex: string) => codePoint(parseInt(hex, 16)))
    .replace(/&#(\d{1,7});/g, (_, dec: string) => codePoint(Number(dec)))
    .replace(/&([A-Za-z][A-Za-z0-9]{1,31});/g, (reference: string, name: string) => namedEntity(name) ?? reference);
}

/** HTML's named character references, each decoded once by htmlparser2 (which knows all of HTML's), then remembered. */
const namedEntities = new Map<string, string | undefined>([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

function namedEntity(name: string): string | undefined {
  if (namedEntities.has(name)) return namedEntities.get(name);
  let text = '';
  const parser = new Parser({ ontext: (part) => (text += part) });
  parser.end(`&${name};`);
  const decoded = text === `&${name};` ? undefined : text;
  namedEntities.set(name, decoded);
  return decoded;
}

function codePoint(n: number): string {
  return n <= 0x10ffff ? String.fromCodePoint(n) : '';
}
