/** The pages a story or case file can link to, and when each is published. */
import { basePath } from '../../site.config.ts';
import type { Entry, Project } from '../load-project.ts';
import { withheld, type Publishable } from '../visibility.ts';
import { entryHref, translationKey } from '../translations.ts';
import { defaultLocale } from '../../i18n/locales.ts';
import { datasetsMentioned, publishedDatasetIds, sitePagesUsage } from '../dataset-usage.ts';

/**
 * The pages a story or case file can link to: address -> its file, whether it is withheld from this build, and for a
 * translation the address of its original, if it has one.
 */
export interface LinkTargets extends Map<
  string,
  { file: string; held: 'draft' | 'embargo' | null; release: number; original?: string }
> {
  /** The datasets this build publishes. */
  datasets?: ReadonlySet<string>;
  /** The folder the site is served below: "/", or "/repo/" (basePath). */
  base?: string;
  /** The site's address (site.url, or the one the build was given), whose host its own links are told by. */
  url?: string;
}

/** When a page is published: 0 if it is now, its embargo's moment, or never (a draft) until an editor says so. */
export function release(data: Publishable, now: Date): number {
  if (data.draft) return Number.POSITIVE_INFINITY;
  return data.embargo && data.embargo.getTime() > now.getTime() ? data.embargo.getTime() : 0;
}

/**
 * The addresses of stories and case files, for the links between them (see checkLinks). `mentioned`: the datasets a
 * page uses, read from its body (most of the time taken here), which the dev server keeps for each page it has read.
 */
export function linkTargets(
  project: Project,
  locales: ReadonlyMap<Entry<unknown>, string>,
  now: Date,
  preview: boolean,
  siteUrl: string,
  mentioned: (entry: Entry<{ datasets: string[] }>) => readonly string[] = (entry) =>
    datasetsMentioned(entry.body, entry.data.datasets),
): LinkTargets {
  const targets: LinkTargets = new Map();
  for (const [kind, entries] of [
    ['story', project.stories],
    ['case', project.cases],
  ] as const) {
    // A translation shares its original's key (src/lib/translations.ts).
    const originals = new Map(
      entries
        .filter((entry) => locales.get(entry) === defaultLocale)
        .map((entry) => [translationKey(entry), entryHref(kind, entry)]),
    );
    for (const entry of entries) {
      const lang = locales.get(entry);
      if (lang === undefined) continue;
      const original = lang === defaultLocale ? undefined : originals.get(translationKey(entry));
      targets.set(entryHref(kind, entry), {
        file: entry.file,
        held: preview ? null : withheld(entry.data, now),
        release: preview ? 0 : release(entry.data, now),
        ...(original !== undefined ? { original } : {}),
      });
    }
  }
  // The datasets this build publishes: one only withheld pages use is withheld with them (src/lib/dataset-usage.ts).
  const publishedDatasets = publishedDatasetIds(project.datasets.keys(), [
    ...[...project.stories, ...project.cases].map((entry) => ({
      datasets: mentioned(entry),
      published: preview || withheld(entry.data, now) === null,
    })),
    ...sitePagesUsage(),
  ]);
  targets.datasets = publishedDatasets;
  targets.base = basePath(siteUrl);
  targets.url = siteUrl;
  return targets;
}
