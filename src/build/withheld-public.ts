/**
 * Files of public/ that only withheld pages use. Astro copies public/ whole into the output, so an image an embargoed
 * story shows from public/ (`![A secret map](/kestrel-secret-map.png)`, `<video src="/footage.mp4">`) would be published
 * before the story. A normal
 * build takes such files out of its staging folder before the checks run, and the leak check searches the output for
 * their addresses (src/build/checks/leaks.ts). A file a published page also uses, one the site's own code names (a
 * layout's favicon), and one no page names at all (fonts, icons) stay. A preview build keeps them all.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Project } from '../lib/load-project.ts';
import { imageReferences, internalLinks } from '../lib/mdx-usage.ts';
import { withheld } from '../lib/visibility.ts';
import { datasetsMentioned, publishedDatasetIds, sitePagesUsage } from '../lib/dataset-usage.ts';

/** Every file below `dir`, as POSIX paths relative to it. */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'));
}

/** The public file a root-relative address names (`/maps/a%20b.png?v=2#x` → maps/a b.png), or undefined. */
export function publicPath(address: string): string | undefined {
  if (!address.startsWith('/') || address.startsWith('//')) return undefined;
  const path = address.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(path).slice(1);
  } catch {
    return path.slice(1);
  }
}

/**
 * The files of `publicDir` (POSIX paths relative to it, sorted) that withheld stories and case files name, by image,
 * link or any address they write, and that nothing published names: no published entry, no published dataset, no file of the site's code in
 * `siteCodeDir` (src/: its pages, layouts, components and styles; not src/build/).
 */
export function withheldPublicFiles(project: Project, now: Date, publicDir: string, siteCodeDir?: string): string[] {
  const files = new Set(filesBelow(publicDir));
  if (files.size === 0) return [];
  const byWithheld = new Set<string>();
  const entries = [...project.stories, ...project.cases];
  for (const entry of entries) {
    if (withheld(entry.data, now) === null) continue;
    const addresses = [
      ...imageReferences(entry.body).map((r) => r.src),
      ...internalLinks(entry.body).map((l) => l.href),
    ];
    for (const address of addresses) {
      const path = publicPath(address);
      if (path !== undefined && files.has(path)) byWithheld.add(path);
    }
    // Named in any other way (<video src>, <source>, a poster, a srcset, a reference-style link or image): a file whose
    // address the body writes as a whole path. Only images and links were found, and a withheld story's footage or
    // document was published at its address before the story.
    for (const path of files) if (!byWithheld.has(path) && namesAddress(entry.body, path)) byWithheld.add(path);
  }
  if (byWithheld.size === 0) return [];
  // A file a published page names in any way (a reference-style link, <video src>, srcset, its full address) is used:
  // its body is searched for the file's address written as a whole path, as the site's code is below. Not as any text
  // ending in it: `/images/map.svg` or another site's `…/report.pdf` in a published page published the withheld
  // page's `/map.svg` and `/report.pdf` before it, and the leak check, which searches for these files, passed.
  const publishedBodies = entries.filter((entry) => withheld(entry.data, now) === null).map((entry) => entry.body);
  const candidates = [...byWithheld].filter((path) => !publishedBodies.some((body) => namesAddress(body, path)));
  if (candidates.length === 0) return [];
  // What else the published site is made of: datasets the published pages show, and the site's own pages and layouts.
  const usage = entries.map((entry) => ({
    datasets: datasetsMentioned(entry.body, entry.data.datasets),
    published: withheld(entry.data, now) === null,
  }));
  const publishedData = publishedDatasetIds(project.datasets.keys(), [...usage, ...sitePagesUsage()]);
  const texts = [...project.datasets]
    .filter(([id]) => publishedData.has(id))
    .map(([, dataset]) => JSON.stringify(dataset));
  // The code that makes the site's pages (src/build/, the build's own code, makes none).
  const siteCode = siteCodeDir
    ? filesBelow(siteCodeDir).filter(
        (file) => !file.startsWith('build/') && /\.(astro|mdx?|[cm]?[jt]s|css)$/.test(file),
      )
    : [];
  for (const file of siteCode) texts.push(readFileSync(join(siteCodeDir!, file), 'utf8'));
  return candidates.filter((path) => !texts.some((text) => namesAddress(text, path))).sort();
}

/**
 * Whether `text` writes the root-relative address of the public file `path` (as written or percent-encoded) as a whole
 * path: `/map.png` in `src="/map.png"`, `(/map.png)`, `/map.png 2x` or at the end of a sentence, not in
 * `/archive/map.png`, `/map.png.bak` or `https://other.example/map.png`.
 */
function namesAddress(text: string, path: string): boolean {
  let pattern = addressPatterns.get(path);
  if (!pattern) {
    const written = [...new Set([path, encodeURI(path)])].map((form) =>
      `/${form}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
    pattern = new RegExp(`(?<![\\w.~%/:-])(?:${written.join('|')})(?![\\w~%/-]|\\.[\\w~%/-])`);
    addressPatterns.set(path, pattern);
  }
  return pattern.test(text);
}

const addressPatterns = new Map<string, RegExp>();

/** Removes `files` (POSIX paths relative to `outDir`) from the staging folder, and the folders they leave empty. */
export function removeFromOutput(outDir: string, files: string[]): void {
  for (const file of files) {
    const path = join(outDir, ...file.split('/'));
    rmSync(path, { force: true });
    for (let dir = dirname(path); dir !== outDir && dir.startsWith(outDir); dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break;
      }
    }
  }
}
