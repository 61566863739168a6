/** Datasets no page uses, which the build publishes on their own. */
import { ContentError } from '../content-error.ts';
import type { Entry, Project } from '../load-project.ts';
import { datasetsLinked, datasetsMentioned, sitePagesUsage } from '../dataset-usage.ts';

/**
 * A dataset no story, case file or page of the site's own uses, mentions or links, in any state: the build publishes
 * it on its own (its page, its downloads, the catalog; README, "A dataset"), which is meant for a dataset that stands
 * on its own, and not for one staged for a story not yet written into it, public from the push that adds it. Said at
 * every build while it lasts, with how to hold it back: a dataset that withheld pages alone use is withheld with them
 * (src/lib/dataset-usage.ts). `mentioned`: the datasets a page uses, as the dev server keeps them for each page.
 */
export function unusedDatasets(
  project: Project,
  mentioned: (entry: Entry<{ datasets: string[] }>) => readonly string[] = (entry) =>
    datasetsMentioned(entry.body, entry.data.datasets),
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
  const pages = [...project.stories, ...project.cases, ...project.unlisted];
  const linked = new Set(
    pages
      .filter((page) => unused.some((id) => page.body.includes(`/data/${id}`)))
      .flatMap((page) => datasetsLinked(page.body)),
  );
  return unused
    .filter((id) => !linked.has(id))
    .map(
      (id) =>
        new ContentError(
          project.datasets.get(id)!.file,
          '',
          `no page uses it, so it is published on its own: its page /data/${id}/, its downloads /data/${id}.csv and /data/${id}.json, and its entry in the data catalog; if it is for a story not yet published, list it in that story's datasets: (datasets: [${id}]) and it is withheld while the story is a draft or embargoed`,
        ),
    );
}
