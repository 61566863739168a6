/**
 * The project's source files a module runs: itself and every file it imports by a relative path, directly or through
 * another (`import … from './x.ts'`, `import('./x.ts')`, a worker's `new URL('./x.ts', import.meta.url)`). A cache
 * keyed on a list of the functions or files a check uses goes stale when the code gains a helper the list misses;
 * one keyed on what the code imports follows it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/**
 * A relative specifier in an import or export … from (`import type` left out: it runs nothing), a bare or dynamic
 * import, or a `new URL(…)` (a worker's file).
 */
const relativeSpecifiers = [
  /\b(?:import|export)(\s+type\s)?[^'";]*?\bfrom\s*(['"])(\.\.?\/[^'"]+)\2/g,
  /\b(?:import\s*\(?|new URL\()\s*()(['"])(\.\.?\/[^'"]+)\2/g,
];

/** `entries` and the project files they import, each once, in the order first met. */
export function importedSources(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.map((entry) => resolve(entry));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, typeOnly, , specifier] of relativeSpecifiers.flatMap((pattern) => [...text.matchAll(pattern)])) {
      if (typeOnly) continue;
      const target = resolve(dirname(file), specifier!);
      if (/\.(?:[cm]?[jt]s|json)$/.test(target) && existsSync(target) && statSync(target).isFile()) queue.push(target);
    }
  }
  return [...seen];
}

/**
 * A digest of `entries` and the files they import: each one's path (from the first entry's folder, the same in any
 * copy of the project) and its bytes.
 */
export function importedSourcesDigest(entries: string[]): string {
  const from = dirname(resolve(entries[0]!));
  const hash = createHash('sha256');
  for (const file of importedSources(entries)) hash.update(`\0${relative(from, file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}
