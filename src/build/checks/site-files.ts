/**
 * Walking a built site: its files by extension, and the URL path each page file is served at.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The files below `dir` whose names end with one of `extensions` (".html"), as sorted POSIX paths relative to it. */
export function siteFiles(dir: string, extensions: string[]): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extensions.some((extension) => entry.name.endsWith(extension))) {
        files.push(relative(dir, full).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return files.sort();
}

/** The URL path a built file is served at: "stories/x/index.html" -> "/stories/x/", "404.html" -> "/404.html". */
export function urlPath(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The file a URL path is served from, relative to the site folder: "/stories/x/" -> "stories/x/index.html". */
export function filePath(path: string): string {
  const trimmed = path.replace(/^\/+/, '');
  return trimmed === '' || trimmed.endsWith('/') ? `${trimmed}index.html` : trimmed;
}
