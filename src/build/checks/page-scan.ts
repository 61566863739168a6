/**
 * One streaming pass over a built page: its elements in document order with their attributes, and the text of its
 * `<script>`, `<style>` and `<a>` elements. The post-build checks only read tags and attributes, so they need no DOM tree;
 * htmlparser2 (the tokenizer linkedom itself uses) is about ten times cheaper than building one per page.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { Parser } from 'htmlparser2';
import { markUsed } from '../cache-prune.ts';
import { importedSourcesDigest } from '../imported-sources.ts';

/** An element of a page as the checks see it. */
export interface ScannedElement {
  /** The tag name, lower case. */
  name: string;
  /** Attribute values by lower-case name, entities decoded (the first wins when an attribute repeats). */
  attributes: Record<string, string>;
  /**
   * The text of a `<script>` or `<style>` element, and of a link (`<a>`, its descendants' text included, to name it in
   * a report); empty for every other element.
   */
  text: string;
  /** Where the element's tag starts in the page, in UTF-16 code units. */
  start: number;
}

/** The line of `html` that `offset` is on, from 1. */
export function lineAt(html: string, offset: number): number {
  let line = 1;
  for (let at = html.indexOf('\n'); at !== -1 && at < offset; at = html.indexOf('\n', at + 1)) line++;
  return line;
}

/** The elements of `html`, in document order. */
export function scanPage(html: string): ScannedElement[] {
  const elements: ScannedElement[] = [];
  // Scripts and styles hold only text, so the open one (if any) is the last element opened.
  let rawText: ScannedElement | undefined;
  // A link holds other elements (<a><strong>…</strong></a>) and cannot hold another link.
  let link: ScannedElement | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      const element = { name, attributes, text: '', start: parser.startIndex };
      elements.push(element);
      rawText = name === 'script' || name === 'style' ? element : undefined;
      if (name === 'a') link = element;
    },
    ontext(text) {
      if (rawText) rawText.text += text;
      else if (link) link.text += text;
    },
    onclosetag(name) {
      rawText = undefined;
      if (name === 'a') link = undefined;
    },
  });
  parser.end(html);
  return elements;
}

/** The URLs of a `srcset` attribute, as HTML parses it. */
export { srcsetUrls } from '../srcset.ts';

/**
 * What a check learns from one file (a page, an image), remembered on disk by the file's bytes so that a rebuild of
 * a large archive looks only at the files that changed. `salt` must name everything else the facts depend on: the
 * check's code (`codeSalt`) and any option such as the site's origin. Without `cacheDir` nothing is remembered.
 */
export function pageFacts<T>(cacheDir: string | undefined, salt: string, bytes: Buffer, compute: () => T): T {
  return pageFactsByHash(cacheDir, salt, cacheDir ? contentHash(bytes) : '', compute);
}

/** `pageFacts` about a file known by the SHA-256 of its bytes (`contentHash`, hex), for several checks hashing it once. */
export function pageFactsByHash<T>(cacheDir: string | undefined, salt: string, hash: string, compute: () => T): T {
  const entry = cacheDir && factsFile(cacheDir, salt, hash);
  const known = entry ? readFacts<T>(entry) : undefined;
  if (known !== undefined) return known;
  const facts = compute();
  if (entry) writeFacts(entry, facts);
  return facts;
}

/**
 * `pageFacts` for facts computed asynchronously (sharp reads image metadata in its thread pool), about a file known
 * by the SHA-256 of its bytes (`contentHash`, hex): a file whose hash is already known is not read when its facts are.
 */
export async function pageFactsAsync<T>(
  cacheDir: string | undefined,
  salt: string,
  contentHash: string,
  compute: () => Promise<T>,
): Promise<T> {
  const entry = cacheDir && factsFile(cacheDir, salt, contentHash);
  const known = entry ? readFacts<T>(entry) : undefined;
  if (known !== undefined) return known;
  const facts = await compute();
  if (entry) writeFacts(entry, facts);
  return facts;
}

/** The SHA-256 of `bytes`, hex: how the facts about a file are found. */
export function contentHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function factsFile(cacheDir: string, salt: string, hash: string): string {
  return join(cacheDir, `${createHash('sha256').update(salt).update('\0').update(hash).digest('hex')}.json`);
}

function readFacts<T>(file: string): T | undefined {
  try {
    const facts = JSON.parse(readFileSync(file, 'utf8')) as T;
    markUsed(file);
    return facts;
  } catch {
    // Not seen yet (or an unreadable entry, written again).
    return undefined;
  }
}

function writeFacts(file: string, facts: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(temp, JSON.stringify(facts));
  renameSync(temp, file);
}

/**
 * The code a check's facts come from: the source of the check's module and of this one, with every project file
 * they import (importedSources: budgets.ts's src/lib/javascript-url.ts, this one's srcset.ts), and htmlparser2's
 * version. Editing any of them forgets what was remembered.
 */
export function codeSalt(moduleUrl: string): string {
  // htmlparser2 does not export its package.json: it sits above the entry's dist/ folder.
  const entry = createRequire(moduleUrl).resolve('htmlparser2');
  const manifest = join(entry.slice(0, entry.lastIndexOf(`${sep}dist${sep}`)), 'package.json');
  const parser = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return createHash('sha256')
    .update(importedSourcesDigest([fileURLToPath(moduleUrl), fileURLToPath(import.meta.url)]))
    .update(parser.version)
    .digest('hex');
}

/** Where the checks remember what they learned from files: CASEFILE_PAGE_CACHE, else node_modules/.cache/casefile/page-facts. */
export function pageFactsRoot(root: string): string {
  return process.env.CASEFILE_PAGE_CACHE ?? join(root, 'node_modules/.cache/casefile/page-facts');
}

/** The folder of one check's facts below pageFactsRoot. */
export function pageFactsDir(root: string, check: string): string {
  return join(pageFactsRoot(root), check);
}
