/**
 * Which datasets a page uses, and which datasets the site publishes. A page uses a dataset when its frontmatter
 * lists it or its body draws a <Chart> or prints a <Fact> from it: corrections to that dataset show on the page,
 * and the dataset page links back to it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findComponentUses, internalLinks } from './mdx-usage.ts';
import { projectRoot } from '../site.config.ts';

/** Dataset ids a page uses: frontmatter `datasets` first, then those of its charts and facts, in order, once each. */
export function datasetsUsed(
  body: string,
  frontmatterDatasets: readonly string[] = [],
  options: { inComments?: boolean } = {},
): string[] {
  const ids = new Set(frontmatterDatasets);
  for (const use of findComponentUses(body, 0, options)) {
    if ((use.component === 'Chart' || use.component === 'Fact') && typeof use.props.dataset === 'string') {
      ids.add(use.props.dataset);
    }
  }
  return [...ids];
}

/**
 * Dataset ids a page uses or mentions in an MDX comment: what withholding goes by, so that a dataset an embargoed
 * draft only sketches in a comment (as `npm run new:story` suggests) is withheld with it, not published.
 */
export function datasetsMentioned(body: string, frontmatterDatasets: readonly string[] = []): string[] {
  return datasetsUsed(body, frontmatterDatasets, { inComments: true });
}

export interface PageUsage {
  /** Dataset ids the page uses (see `datasetsUsed`). */
  datasets: readonly string[];
  /** Whether the page is in this build's output. */
  published: boolean;
}

/**
 * The datasets this build publishes (a page, downloads, catalog entry). A dataset that only withheld pages (drafts,
 * embargoed stories) use would reveal what they are about, so it is withheld with them. A dataset no page uses is
 * published: it stands on its own in the catalog. In a preview build every page is published, so is every dataset.
 */
export function publishedDatasetIds(allIds: Iterable<string>, pages: readonly PageUsage[]): Set<string> {
  const usedByPublished = new Set<string>();
  const usedByAny = new Set<string>();
  for (const page of pages) {
    for (const id of page.datasets) {
      usedByAny.add(id);
      if (page.published) usedByPublished.add(id);
    }
  }
  return new Set([...allIds].filter((id) => usedByPublished.has(id) || !usedByAny.has(id)));
}

/** Dataset ids whose page or downloads `body` links (/data/<id>/, /data/<id>.csv, /data/<id>.json). */
export function datasetsLinked(body: string): string[] {
  const ids = new Set<string>();
  for (const { href } of internalLinks(body)) {
    const id = /^\/data\/([^/?#.]+)(?:\/|\.csv|\.json)?(?:[?#].*)?$/.exec(href)?.[1];
    if (id && id !== 'page') ids.add(id);
  }
  return [...ids];
}

const sitePages = new Map<string, PageUsage[]>();

/**
 * The site's own MDX pages (src/pages/**\/*.mdx in the project at `root`: the methodology, the about page) as uses:
 * they are published in every build, so a dataset one links or draws is published, whatever else uses it. Without
 * them, withholding the one story that used a dataset the methodology links withheld the dataset too, and the build
 * stopped on the methodology's link: a story could not be pulled without editing the site's code.
 */
export function sitePagesUsage(root: string = projectRoot): PageUsage[] {
  let usage = sitePages.get(root);
  if (usage) return usage;
  const pages = join(root, 'src', 'pages');
  const files = existsSync(pages)
    ? readdirSync(pages, { recursive: true, withFileTypes: true }).filter(
        // Astro publishes no page from a file or folder named "_…".
        (entry) =>
          entry.isFile() &&
          entry.name.endsWith('.mdx') &&
          !relative(pages, join(entry.parentPath, entry.name))
            .split(sep)
            .some((part) => part.startsWith('_')),
      )
    : [];
  usage = files.map((entry) => {
    const body = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    return { datasets: [...new Set([...datasetsUsed(body), ...datasetsLinked(body)])], published: true };
  });
  sitePages.set(root, usage);
  return usage;
}
