/** Datasets no page uses, which the build publishes on their own. */
import { ContentError } from '../content-error.ts';
import type { Entry, Project } from '../load-project.ts';
import { datasetsLinked, datasetsMentioned, sitePagesUsage } from '../dataset-usage.ts';
import { withheld, type Publishable } from '../visibility.ts';

/**
 * A dataset no story, case file or page of the site's own uses, mentions or links, in any state: the build publishes
 * it on its own (its page, its downloads, the catalog; README, "A dataset"), which is meant for a dataset that stands
 * on its own, and not for one staged for a story not yet written into it, public from the push that adds it. Said at
 * every build while it lasts, with how to hold it back: a dataset that withheld pages alone use is withheld with them
 * (src/lib/dataset-usage.ts). A dataset that withheld pages only link (to /data/<id>/ or its downloads) is no use of
 * theirs to withhold it by: it is published on its own too, its figures out before the story they are for, and said so
 * with the pages that link it. `mentioned`: the datasets a page uses, as the dev server keeps them for each page;
 * `now` and `preview`: which pages are withheld (in a preview none is, and nothing is published but to the newsroom).
 */
export function unusedDatasets(
  project: Project,
  mentioned: (entry: Entry<{ datasets: string[] }>) => readonly string[] = (entry) =>
    datasetsMentioned(entry.body, entry.data.datasets),
  now?: Date,
  preview = false,
): ContentError[] {
  const used = new Set<string>();
  for (const entry of [...project.stories, ...project.cases]) for (const id of mentioned(entry)) used.add(id);
  // A page whose frontmatter fails its checks still says what it will use, in its body and its datasets: list.
  for (const { body, frontmatter } of project.unlisted) {
    const listed = Array.isArray(frontmatter.datasets)
      ? frontmatter.datasets.filter((id) => typeof id === 'string')
      : [];
    for (const id of datasetsMentioned(body, listed)) used.add(id);
  }
  for (const page of sitePagesUsage()) for (const id of page.datasets) used.add(id);
  const unused = [...project.datasets.keys()].filter((id) => !used.has(id));
  if (unused.length === 0) return [];
  // A link to its page or its downloads from a page is a use too, read only for those left: a body read again costs.
  // One from a withheld page is noted with that page: a page whose frontmatter fails its checks counts as published.
  const isWithheld = (page: { data?: unknown }) =>
    now !== undefined && !preview && page.data !== undefined && withheld(page.data as Publishable, now) !== null;
  const pages: { file: string; body: string; data?: unknown }[] = [
    ...project.stories,
    ...project.cases,
    ...project.unlisted,
  ];
  const linked = new Set<string>();
  const linkedByWithheld = new Map<string, string[]>();
  for (const page of pages) {
    if (!unused.some((id) => page.body.includes(`/data/${id}`))) continue;
    for (const id of datasetsLinked(page.body)) {
      if (!isWithheld(page)) linked.add(id);
      else linkedByWithheld.set(id, [...(linkedByWithheld.get(id) ?? []), page.file]);
    }
  }
  const published = (id: string) =>
    `its page /data/${id}/, its downloads /data/${id}.csv and /data/${id}.json, and its entry in the data catalog`;
  return unused
    .filter((id) => !linked.has(id))
    .map((id) => {
      const file = project.datasets.get(id)!.file;
      const linkers = linkedByWithheld.get(id);
      if (!linkers)
        return new ContentError(
          file,
          '',
          `no page uses it, so it is published on its own: ${published(id)}; if it is for a story not yet published, list it in that story's datasets: (datasets: [${id}]) and it is withheld while the story is a draft or embargoed`,
        );
      const pagesNamed = linkers.map((linker) => {
        const page = pages.find((p) => p.file === linker)!;
        return `${linker} (${withheld(page.data as Publishable, now!) === 'draft' ? 'a draft' : 'embargoed'})`;
      });
      const one = linkers.length === 1;
      return new ContentError(
        file,
        '',
        `only ${pagesNamed.join(' and ')} ${one ? 'links' : 'link'} it, and a link does not hold it back, so it is published now, before ${one ? 'the page' : 'the pages'}: ${published(id)}; to hold it back with ${one ? 'the page' : 'them'}, list it in ${one ? "the page's" : 'their'} datasets: (datasets: [${id}])`,
      );
    });
}
