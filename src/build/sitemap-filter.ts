/**
 * Which pages the sitemap lists: every page a search engine may index. Not the 404 page, and not the pages a
 * preview build includes with `noindex` (drafts and embargoed stories and case files, translations included); a
 * normal build does not build those at all, so the filter changes nothing there.
 */
import { resolve } from 'node:path';
import { loadProject, type Project } from '../lib/load-project.ts';
import { entryHref } from '../lib/translations.ts';
import { withheld } from '../lib/visibility.ts';

// On globalThis: astro.config.mjs is loaded by Astro, in the same process as scripts/build.mjs but as its own module.
const sharedKey = Symbol.for('casefile.validatedProject');
const store = globalThis as unknown as Record<symbol, Project | undefined>;

/**
 * Hands the content the build's preflight has just loaded and validated to the sitemap filter, which would otherwise
 * read every file again while Astro loads its configuration (~0.3 s at 1,000 stories).
 */
export function shareValidatedProject(project: Project | undefined): void {
  store[sharedKey] = project;
}

/** The content at `contentRoot`: the build's validated copy when it is of that folder, else read now (astro dev). */
function projectAt(contentRoot: string): Pick<Project, 'stories' | 'cases'> {
  const shared = store[sharedKey];
  return shared && resolve(shared.root) === resolve(contentRoot) ? shared : loadProject(contentRoot).project;
}

/** Root-relative paths of the pages withheld at `now`, as a preview build would publish them. */
export function withheldPaths(project: Pick<Project, 'stories' | 'cases'>, now: Date): Set<string> {
  const paths = new Set<string>();
  for (const entry of project.stories) if (withheld(entry.data, now)) paths.add(entryHref('story', entry));
  for (const entry of project.cases) if (withheld(entry.data, now)) paths.add(entryHref('case', entry));
  return paths;
}

/** The `filter` option of @astrojs/sitemap: true for a page URL the sitemap lists. */
export function sitemapFilter(contentRoot: string, now: Date): (page: string) => boolean {
  const hidden = withheldPaths(projectAt(contentRoot), now);
  return (page) => {
    const path = new URL(page).pathname;
    return !/^\/404(?:\.html|\/)?$/.test(path) && !hidden.has(path);
  };
}
