/**
 * Every internal link of the built site resolves: each URL a page or feed points at on this site is a file of the
 * site, and each `#anchor` is an id on the page it names. Pages are served as folders (`trailingSlash: 'always'`),
 * so a link to a page without its trailing slash counts as broken.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PostBuildStep } from '../steps.ts';
import { basePath, site } from '../../site.config.ts';
import { CheckError } from './check-error.ts';
import { pagePass } from './page-pass.ts';
import { filePath, siteFiles, urlPath } from './site-files.ts';
import { codeSalt, lineAt, pageFacts, type ScannedElement, scanPage, srcsetUrls } from './page-scan.ts';
import { visit as visitJson } from 'jsonc-parser';
import { formatPath } from '../../lib/content-error.ts';
import { miscasedFolderProblem } from '../../i18n/locales.ts';
import { nearestName } from '../../lib/edit-distance.ts';

/** Attributes that hold one URL, by the elements that carry them (and, for `<meta>`, the attribute naming it). */
const urlAttributes: [element: string, attribute: string, only?: [attribute: string, value: string]][] = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
  ['video', 'src'],
  ['audio', 'src'],
  ['track', 'src'],
  ['form', 'action'],
  ['use', 'href'],
  ['use', 'xlink:href'],
  ['image', 'href'],
  ['image', 'xlink:href'],
  ['meta', 'content', ['property', 'og:image']],
  ['meta', 'content', ['name', 'twitter:image']],
];

interface Reference {
  /** The site file (relative path) that holds the link. */
  from: string;
  url: string;
  /**
   * Whether a full address there must be one of the site's own: on a site below a path, a link (`<a>`, `<area>`) to
   * a full address on the same host outside the folder is to another site there, while a canonical link, a language
   * alternate, a social card, an image, a script, and a feed's or sitemap's entries are the site's own files, and
   * broken outside its folder.
   */
  own: boolean;
  /**
   * For an address left empty (`<a href="">`), how an editor finds the link: its tag, its text and its line in the
   * built file (`<a href=""> "The report", line 12`), printed where the address would be.
   */
  label?: string;
  /**
   * A rule of the deployer's `_redirects`: its line is where it is written, and below a path its target is written
   * with the folder, since the build moves no rule of it.
   */
  rule?: true;
}

/** The ids (and legacy `<a name>`) a page can be linked to with `#id`. */
function anchorsOf(elements: ScannedElement[]): Set<string> {
  const ids = new Set<string>();
  for (const { name, attributes } of elements) {
    if (attributes.id !== undefined) ids.add(attributes.id);
    if (name === 'a' && attributes.name !== undefined) ids.add(attributes.name);
  }
  return ids;
}

/** The URLs a page points at, grouped by the attribute that holds them (in `urlAttributes` order), srcsets last. */
function referencesOf(file: string, html: string, elements: ScannedElement[]): Reference[] {
  const byAttribute = urlAttributes.map((): Reference[] => []);
  const inSrcsets: Reference[] = [];
  for (const scanned of elements) {
    const { name, attributes } = scanned;
    urlAttributes.forEach(([element, attribute, only], index) => {
      const url = element === name ? attributes[attribute] : undefined;
      if (url === undefined || (only && attributes[only[0]] !== only[1])) return;
      const reference: Reference = { from: file, url, own: element !== 'a' && element !== 'area' };
      if (url.trim() === '') reference.label = emptyLinkLabel(html, scanned, attribute);
      byAttribute[index]?.push(reference);
    });
    if ((name === 'img' || name === 'source') && attributes.srcset !== undefined) {
      for (const url of srcsetUrls(attributes.srcset)) if (url) inSrcsets.push({ from: file, url, own: true });
    }
  }
  return [...byAttribute.flat(), ...inSrcsets];
}

/**
 * What an editor can look for to find an element whose `attribute` is empty: the tag as built, the words a reader
 * sees or hears for it (its text, else its aria-label, alt or title), shortened, and its line in the built file.
 */
function emptyLinkLabel(html: string, element: ScannedElement, attribute: string): string {
  const { name, attributes, text } = element;
  const words = [text, attributes['aria-label'], attributes.alt, attributes.title]
    .map((value) => (value ?? '').replace(/\s+/g, ' ').trim())
    .find(Boolean);
  const shown = words && words.length > 60 ? `${words.slice(0, 59)}…` : words;
  const tag = `<${name} ${attribute}="${attributes[attribute]}">`;
  return `${tag}${shown ? ` "${shown}"` : ''}, line ${lineAt(html, element.start)}`;
}

/**
 * URLs in a feed or sitemap: the text of `<loc>`, `<link>` and of a `<guid>` that is a permalink (RSS's default;
 * `isPermaLink="false"` makes it an opaque id), and `href` attributes.
 */
function xmlReferences(file: string, text: string): Reference[] {
  const references: Reference[] = [];
  for (const match of text.matchAll(/<(loc|link|guid)(\s[^>]*)?>\s*([^<\s][^<]*?)\s*<\/\1>/g)) {
    if (match[1] === 'guid' && /isPermaLink\s*=\s*["']false["']/.test(match[2] ?? '')) continue;
    references.push({ from: file, url: (match[3] ?? '').replace(/&amp;/g, '&'), own: true });
  }
  for (const match of text.matchAll(/\shref="([^"]+)"/g))
    references.push({ from: file, url: (match[1] ?? '').replace(/&amp;/g, '&'), own: true });
  return references;
}

/**
 * Where the rules of a deployer's `_redirects` (public/_redirects, copied as it is; Netlify's and Cloudflare Pages'
 * format: `from to [status]`) send readers, each from its line: a target on the site must be a page or a file of it,
 * as a link must (a page renamed, then redirected to a typo, answers 404 to every old link). A target with a
 * placeholder (`:splat`, `*`) is left out; one on another host is not checked, as for a link.
 */
function redirectReferences(text: string): Reference[] {
  const references: Reference[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const [from, to] = line.trim().split(/\s+/);
    if (!from || !to || from.startsWith('#') || /[*]|\/:/.test(to)) return;
    references.push({ from: `public/_redirects: line ${i + 1}`, url: to, own: false, rule: true });
  });
  return references;
}

/** What a page links to and can be linked to: the same for the same bytes, so remembered by them (page-scan.ts). */
export interface LinkFacts {
  anchors: string[];
  /** Each URL with whether it must be one of the site's own, and the label of an empty one (`Reference`). */
  urls: [url: string, own: boolean, label?: string][];
}

/** The link facts of the built page `file`, from its HTML and its elements (scanPage). */
export function linkFactsOf(file: string, html: string, elements: ScannedElement[]): LinkFacts {
  return {
    anchors: [...anchorsOf(elements)],
    urls: referencesOf(file, html, elements).map(({ url, own, label }) =>
      label === undefined ? [url, own] : [url, own, label],
    ),
  };
}

/** What the remembered link facts depend on besides a page's bytes: this module's code and what it imports. */
export function linkFactsSalt(): string {
  return codeSalt(import.meta.url);
}

/**
 * The broken internal links of the site in `dir`, one line each: `from: url (why)`, or `url (why) in N files: …`
 * when several files hold it. URLs on `origin` (the site's public address) count as internal; other hosts and
 * schemes (mailto:, tel:) are not checked. A site served below a path (an `origin` of https://user.github.io/repo/)
 * is a folder of its host: a link from the root of the host ("/x/") that leaves the folder is broken, while a full
 * address there (https://user.github.io/other/) is another site on the same host, and not checked, unless a feed or
 * the sitemap gives it as one of the site's pages. `pages` gives the pages' link facts, by file, from a pass over the
 * pages that other checks share (page-pass.ts): pages it holds are not read again.
 */
export function findBrokenLinks(
  dir: string,
  origin = site.url,
  options: { cacheDir?: string; sources?: SourceFolder[]; pages?: ReadonlyMap<string, LinkFacts> } = {},
): string[] {
  const siteOrigin = new URL(origin).origin;
  const base = basePath(origin);
  const anchors = new Map<string, Set<string>>();
  const references: Reference[] = [];
  const salt = options.cacheDir ? linkFactsSalt() : '';
  for (const file of siteFiles(dir, ['.html'])) {
    // What the page links to and can be linked to depends on its bytes alone: remembered by them.
    const facts =
      options.pages?.get(file) ??
      (() => {
        const bytes = readFileSync(join(dir, file));
        return pageFacts(options.cacheDir, salt, bytes, () => {
          const html = bytes.toString('utf8');
          return linkFactsOf(file, html, scanPage(html));
        });
      })();
    anchors.set(file, new Set(facts.anchors));
    for (const [url, own, label] of facts.urls) references.push({ from: file, url, own, label });
  }
  for (const file of siteFiles(dir, ['.xml']))
    references.push(...xmlReferences(file, readFileSync(join(dir, file), 'utf8')));
  if (existsSync(join(dir, '_redirects')))
    references.push(...redirectReferences(readFileSync(join(dir, '_redirects'), 'utf8')));

  const anchorsIn = (file: string): Set<string> => {
    let ids = anchors.get(file);
    if (!ids) {
      ids = anchorsOf(scanPage(readFileSync(join(dir, file), 'utf8')));
      anchors.set(file, ids);
    }
    return ids;
  };

  const kindOf = targetKinds(dir);
  // A broken link in the layout shows on every page: one line per URL, naming the files that hold it.
  const broken = new Map<string, { url: string; files: string[]; rule: boolean }>();
  for (const { from, url, own, label, rule } of references) {
    const why = brokenBecause(kindOf, from, url, siteOrigin, base, anchorsIn, own);
    if (!why) continue;
    const key = `${label ?? url} (${rule ? ruleTargetHint(why, url, base, kindOf) : why})`;
    const link = broken.get(key) ?? { url, files: [], rule: rule === true };
    if (!link.files.includes(from)) link.files.push(from);
    broken.set(key, link);
  }
  const written =
    options.sources && broken.size > 0
      ? whereWritten(
          options.sources,
          // An empty address is "written" between every pair of quotes of the sources: its text says more. A rule of
          // _redirects is written on its line, which the report names.
          [...broken.values()].filter(({ url, rule }) => url.trim() !== '' && !rule).map(({ url }) => url),
          base,
        )
      : undefined;
  return [...broken].map(([link, { url, files }]) => {
    const found =
      files.length === 1
        ? `${files[0]}: ${link}`
        : `${link} in ${files.length} files: ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}`;
    const places = written?.get(url) ?? [];
    if (places.length === 0) return found;
    return `${found}; written in ${places.slice(0, 3).join(', ')}${places.length > 3 ? ` and ${places.length - 3} more` : ''}`;
  });
}

/**
 * Why a rule of `_redirects` is broken, with the target to write when it leaves the folder a site is served below
 * and the page or file is there with the folder written (`/fr/404.html` below /investigations/:
 * `/investigations/fr/404.html`).
 */
function ruleTargetHint(why: string, url: string, base: string, kindOf: (file: string) => TargetKind): string {
  if (base === '/' || !why.startsWith('outside the site') || !url.startsWith('/') || url.startsWith('//')) return why;
  const path = url.replace(/[?#].*$/, '');
  if (kindOf(filePath(path)) === 'missing') return why;
  return `${why}: the build moves no rule of _redirects, so write ${base.slice(0, -1)}${url}`;
}

/**
 * The broken links of the built page `file` (its HTML) that the page alone can tell, in the link check's words: an
 * address left empty, an `#anchor` of its own that no element of it has, an address that is no URL. Whether another
 * page or its anchors exist is the whole site's to tell: those links are left to the build's check.
 */
export function ownBrokenLinks(file: string, html: string, origin = site.url): { url: string; problem: string }[] {
  const siteOrigin = new URL(origin).origin;
  const base = basePath(origin);
  const elements = scanPage(html);
  const ids = anchorsOf(elements);
  const here = new URL(`${siteOrigin}${base}${urlPath(file).slice(1)}`);
  const toThisPage = (url: string) => {
    if (url.trim() === '') return true;
    try {
      const target = new URL(url, here);
      return target.origin === siteOrigin && target.pathname === here.pathname;
    } catch {
      return true;
    }
  };
  const broken = new Map<string, string>();
  for (const { url, own, label } of referencesOf(file, html, elements)) {
    if (!toThisPage(url)) continue;
    const why = brokenBecause(
      () => 'file',
      file,
      url,
      siteOrigin,
      base,
      () => ids,
      own,
    );
    if (why) broken.set(`${file}: ${label ?? url} (${why})`, url);
  }
  return [...broken].map(([problem, url]) => ({ url, problem }));
}

/** A folder of the project's sources (`src`, `content`, `data`), and the root its files are named from in a report. */
export type SourceFolder = [root: string, folder: string];

/** The kinds of source file an address can be written in: components, layouts, pages, stories, their data. */
const sourceExtensions = ['.astro', '.mdx', '.md', '.ts', '.tsx', '.js', '.mjs', '.jsx', '.json', '.yaml', '.yml'];

/**
 * Where each of `urls` is written in the project's sources, as `file:line` (from the folder's root): a broken link
 * in a layout or a component shows on every page built with it, and the built pages alone do not say which source
 * file to open. An address counts as written where it stands whole between quotes, brackets or parentheses
 * (`href="/x/"`, `[text](/x/)`, `'/x/'`), so that a path inside a longer one does not. Below a path, the built
 * address carries the folder the build added: the address is looked for without it too. An address put together
 * in code (`/${lang}/x/`) is found nowhere, and its line says nothing more. In a JSON file, the place names the field
 * too, `data/sources.json:12 (own-method.url)`: a line of data/ says less than the field an editor looks for (a
 * source's url on the site itself, the one address a dataset puts on its pages; its texts and cells are printed as
 * text, never as links).
 */
export function whereWritten(sources: SourceFolder[], urls: string[], base = '/'): Map<string, string[]> {
  const spellings = new Map<string, string[]>();
  for (const url of new Set(urls)) {
    spellings.set(url, base !== '/' && url.startsWith(base) ? [url, url.slice(base.length - 1)] : [url]);
  }
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [...spellings].map(([url, forms]) => ({
    url,
    pattern: new RegExp(`(?<=["'\`(<\\[=])(?:${forms.map(escape).join('|')})(?=["'\`)>\\]\\s])`, 'g'),
  }));
  const places = new Map<string, string[]>();
  for (const [root, folder] of sources) {
    for (const file of sourceFiles(join(root, folder))) {
      const text = readFileSync(file, 'utf8');
      const name = relative(root, file).split(sep).join('/');
      let fields: ((offset: number) => string | undefined) | undefined;
      for (const { url, pattern } of patterns) {
        for (const match of text.matchAll(pattern)) {
          const line = text.slice(0, match.index).split('\n').length;
          // Read for fields only in a JSON file that writes a broken address: most write none.
          if (file.endsWith('.json')) fields ??= jsonFieldAt(text);
          const field = fields?.(match.index);
          const list = places.get(url) ?? [];
          list.push(field ? `${name}:${line} (${field})` : `${name}:${line}`);
          places.set(url, list);
        }
      }
    }
  }
  return places;
}

/**
 * The field of the JSON `text` whose text value starts at `offset` (just after its opening quote), as
 * `formatPath` writes it (`own-method.url`, `rows[3].source`), or undefined there (a key, or a file that is no JSON).
 */
function jsonFieldAt(text: string): (offset: number) => string | undefined {
  const fields = new Map<number, string>();
  visitJson(
    text,
    {
      onLiteralValue: (value, offset, _length, _line, _character, path) => {
        if (typeof value === 'string') fields.set(offset + 1, formatPath(path()));
      },
    },
    { disallowComments: true },
  );
  return (offset) => fields.get(offset);
}

/** The source files below `folder` (or `folder` itself, a file), sorted, leaving out dependencies and build output. */
function sourceFiles(folder: string): string[] {
  if (existsSync(folder) && statSync(folder).isFile()) return [folder];
  const files: string[] = [];
  const walk = (at: string) => {
    let entries;
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (sourceExtensions.some((extension) => entry.name.endsWith(extension))) files.push(full);
    }
  };
  walk(folder);
  return files;
}

type TargetKind = 'file' | 'page folder' | 'folder' | 'missing';

/** What link targets are on disk, each looked up once per run: every page links the same layout files. */
function targetKinds(dir: string): (file: string) => TargetKind {
  const kinds = new Map<string, TargetKind>();
  return (file) => {
    let kind = kinds.get(file);
    if (!kind) {
      const full = join(dir, file);
      if (!existsSync(full)) kind = 'missing';
      else if (!statSync(full).isDirectory()) kind = 'file';
      else kind = existsSync(join(full, 'index.html')) ? 'page folder' : 'folder';
      kinds.set(file, kind);
    }
    return kind;
  };
}

function brokenBecause(
  targetKind: (file: string) => TargetKind,
  from: string,
  url: string,
  siteOrigin: string,
  base: string,
  anchorsIn: (file: string) => Set<string>,
  own: boolean,
): string | undefined {
  if (url.trim() === '') return 'empty URL';
  let target: URL;
  try {
    target = new URL(url, `${siteOrigin}${base}${urlPath(from).slice(1)}`);
  } catch {
    return 'not a valid URL';
  }
  // Other hosts and schemes are not this check's business (javascript: URLs count against the JavaScript budget).
  if (target.origin !== siteOrigin) return undefined;

  let path: string;
  try {
    path = decodeURIComponent(target.pathname);
  } catch {
    return 'badly encoded path';
  }
  if (!path.startsWith(base)) {
    if (`${path}/` === base) return `page link without its trailing slash: write /${target.search}${target.hash}`;
    // A full address on the host, outside the folder: another site there (https://user.github.io/other-project/).
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url.trim()) && !own) return undefined;
    return `outside the site, which is served below ${base}`;
  }
  const file = filePath(path.slice(base.length - 1));
  const kind = targetKind(file);
  // An address written with the folder, which the build adds to every address from the root of the host: the file
  // is there without the second one.
  // The front page written with the folder (/casefile) is the folder twice without the last slash.
  const doubled = `${base}${base.slice(1)}`;
  const home = `${path}/` === doubled;
  if (
    kind === 'missing' &&
    base !== '/' &&
    (home || (path.startsWith(doubled) && targetKind(filePath(path.slice(doubled.length - 1))) !== 'missing'))
  ) {
    // The folder's name needs no percent-encoding (siteUrlProblem): the address as written, from the second one on.
    const written = home ? '/' : target.pathname.slice(doubled.length - 1);
    return `holds the folder ${base} twice: links are written from the site's root and the build adds the folder, so write ${written}${target.search}${target.hash}`;
  }
  if (kind === 'missing') {
    // /pt-BR/x/ written by hand for /pt-br/x/: the address to write.
    const cased = miscasedFolderProblem(`${target.pathname.slice(base.length - 1)}${target.search}${target.hash}`);
    return cased ? `no such file: ${cased}` : 'no such file';
  }
  if (kind === 'folder') return 'no such file';
  // The address from the site's root, as links are written (the build adds the folder): "../x" reads "/stories/x/".
  if (kind === 'page folder')
    return `page link without its trailing slash: write ${target.pathname.slice(base.length - 1)}/${target.search}${target.hash}`;
  let fragment: string;
  try {
    fragment = decodeURIComponent(target.hash.slice(1));
  } catch {
    return 'badly encoded #anchor';
  }
  if (fragment && fragment !== 'top' && file.endsWith('.html') && !anchorsIn(file).has(fragment)) {
    const near = nearestName(fragment, anchorsIn(file));
    return `no element with id "${fragment}"${near === undefined ? '' : `: did you mean "#${near}"?`}`;
  }
  return undefined;
}

/** The build step: fails the build on any broken internal link or anchor. */
export const linkCheck: PostBuildStep = {
  name: 'links',
  async run(context) {
    const { outDir, log } = context;
    // In a worker thread, in one pass over the pages with the budget check: reading and scanning every page takes
    // seconds on a large archive.
    const { brokenLinks: problems = [] } = await pagePass(context, 'links');
    if (problems.length > 0) throw new CheckError('broken links', problems);
    log(`links: ${siteFiles(outDir, ['.html', '.xml']).length} pages and feeds, 0 broken links`);
  },
};
