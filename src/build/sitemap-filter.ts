/**
 * Which pages the sitemap lists: every page a search engine may index. Not the 404 page, and not the pages a
 * preview build includes with `noindex` (drafts and embargoed stories and case files); a normal build does not
 * build those at all, so the filter changes nothing there.
 */
import { loadProject } from '../lib/load-project.ts';
import { withheld } from '../lib/visibility.ts';

/** Root-relative paths of the pages withheld at `now`, as a preview build would publish them. */
export function withheldPaths(contentRoot: string, now: Date): Set<string> {
  const { project } = loadProject(contentRoot);
  const paths = new Set<string>();
  for (const entry of project.stories) if (withheld(entry.data, now)) paths.add(`/stories/${entry.id}/`);
  for (const entry of project.cases) if (withheld(entry.data, now)) paths.add(`/cases/${entry.id}/`);
  return paths;
}

/** The `filter` option of @astrojs/sitemap: true for a page URL the sitemap lists. */
export function sitemapFilter(contentRoot: string, now: Date): (page: string) => boolean {
  const hidden = withheldPaths(contentRoot, now);
  return (page) => {
    const path = new URL(page).pathname;
    return !/^\/404(?:\.html|\/)?$/.test(path) && !hidden.has(path);
  };
}
