/** What a build wrote: pages (HTML files) and the size of a folder. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`, as paths relative to it; none when it does not exist. */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((path) =>
    statSync(join(dir, path)).isFile(),
  );
}

/** The number of HTML pages below `dir`. */
export function countPages(dir: string): number {
  return filesBelow(dir).filter((path) => path.endsWith('.html')).length;
}

/** The total size in bytes of the files below `dir` (what `du --apparent-size` reports). */
export function folderBytes(dir: string): number {
  return filesBelow(dir).reduce((sum, path) => sum + statSync(join(dir, path)).size, 0);
}
