/**
 * What search costs a reader: the files a browser downloads for a first query on the search page (our script,
 * Pagefind's core API, its WebAssembly, the index chunks and one page of result fragments), and the pages that load
 * any script at all (only /search/ may).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { openSearchProbe } from './search-probe.ts';
import { searchIndexDir } from './search-index.ts';
import { pageSize } from '../../public/search/search.js';

/** One downloaded file: bytes as stored, and as sent with gzip (Pagefind's index files are stored gzipped). */
export interface DownloadedFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface SearchCost {
  files: DownloadedFile[];
  bytes: number;
  gzipBytes: number;
  results: number;
}

/** The search page's own script, as built. */
export const searchScript = '/search/search.js';

function sizes(dist: string, path: string): DownloadedFile {
  const content = readFileSync(join(dist, path));
  // Pagefind's .pagefind and .pf_* files are gzip already (magic bytes 1f 8b); a server sends them as they are.
  const gzipped = content[0] === 0x1f && content[1] === 0x8b;
  return { path, bytes: content.length, gzipBytes: gzipped ? content.length : gzipSync(content, { level: 9 }).length };
}

/** The files a browser fetches to run `term` on the search page of the site built in `dist`, with their sizes. */
export async function firstQueryCost(dist: string, term: string): Promise<SearchCost> {
  const probe = await openSearchProbe(dist);
  try {
    // The page shows `pageSize` results at once, each loading one fragment file.
    const results = await probe.search(term, {}, pageSize);
    const paths = [searchScript, `/${searchIndexDir}/pagefind.js`, ...probe.fetched.map((file) => file.path)];
    const files = paths.map((path) => sizes(dist, path));
    return {
      files,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
      results: results.length,
    };
  } finally {
    await probe.close();
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** URL paths of the built pages that load or hold JavaScript (JSON-LD data blocks are not scripts). */
export function pagesWithScripts(dist: string): string[] {
  const found: string[] = [];
  for (const file of htmlFiles(dist)) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const scripts = [...document.querySelectorAll('script')].filter(
      (script) => script.getAttribute('type') !== 'application/ld+json',
    );
    const handlers = [...document.querySelectorAll('*')].some((element) =>
      [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
    );
    if (scripts.length > 0 || handlers) found.push(`/${relative(dist, file)}`.replace(/index\.html$/, ''));
  }
  return found.sort();
}
