/** Reading a whole built site in tests: a fingerprint of the tree, and the text of every file. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, readableText } from '../../src/build/checks/leaks.ts';

/** A hash over every file's path and bytes: equal hashes mean byte-identical trees. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const path of listFiles(dir))
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(dir, path)))
      .update('\0');
  return hash.digest('hex');
}

/** Every file below `dir` with its text, gzip-compressed files (Pagefind's index) decompressed. */
export function allFiles(dir: string): { path: string; text: string }[] {
  return listFiles(dir).map((path) => ({ path, text: readableText(readFileSync(join(dir, path))) }));
}

/** The files (by path) whose path or text contains `needle`, case-insensitively. */
export function filesMentioning(dir: string, needle: string): string[] {
  const lower = needle.toLowerCase();
  return allFiles(dir)
    .filter(({ path, text }) => path.toLowerCase().includes(lower) || text.toLowerCase().includes(lower))
    .map(({ path }) => path);
}
