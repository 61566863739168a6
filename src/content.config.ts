/**
 * The content collections. The schemas live in src/schemas/ (one per file, every field documented there) so that
 * the preflight check in src/lib/validate-project.ts validates the same rules outside Astro, with messages that
 * name the file and the field.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { storySchema } from './schemas/story.ts';
import { caseSchema } from './schemas/case.ts';
import { datasetSchema } from './schemas/dataset.ts';
import { sourceSchema } from './schemas/source.ts';
import { contentRoot } from './site.config.ts';
import { emptyCollections, withheldExclusions } from './build/sitemap-filter.ts';
import { leftOutPatterns } from './lib/content-files.ts';
import { datasetLoader } from './lib/dataset-loader.ts';
import { pageLoader } from './lib/page-loader.ts';
import { buildTime, isPreview } from './lib/visibility.ts';

// Files and folders named "_…" are left out, as the preflight leaves them out (src/lib/content-files.ts).
// Drafts and embargoed pages are not in the collections of a normal build at all (see withheldExclusions), so that
// nothing of them reaches the bundle. The dev server publishes nothing: it reads them too and leaves them out page by
// page (src/lib/collections.ts), so that an editor who removes `draft: true` sees the page without a restart (the
// list of files to leave out is made once, when the server starts). The command is set by astro.config.mjs; unset
// (any other way of loading this file), drafts are left out.
const withheldFiles =
  process.env.CASEFILE_ASTRO_COMMAND === 'dev'
    ? { stories: [], cases: [] }
    : withheldExclusions(contentRoot, buildTime(), isPreview());
// A collection the build knows has no entry is loaded as one, not by a glob that warns it found no files
// (emptyCollections).
const empty =
  process.env.CASEFILE_ASTRO_COMMAND === 'dev'
    ? new Set<string>()
    : emptyCollections(contentRoot, buildTime(), isPreview());
const none = () => [];

export const collections = {
  stories: defineCollection({
    loader: empty.has('stories')
      ? none
      : pageLoader(contentRoot, 'content/stories', ['**/*.mdx', ...leftOutPatterns, ...withheldFiles.stories]),
    schema: storySchema,
  }),
  cases: defineCollection({
    loader: empty.has('cases')
      ? none
      : pageLoader(contentRoot, 'content/cases', ['**/*.mdx', ...leftOutPatterns, ...withheldFiles.cases]),
    schema: caseSchema,
  }),
  datasets: defineCollection({
    // data/*.json as glob() reads them, with rows named as a CSV file read from it (src/lib/dataset-loader.ts).
    loader: datasetLoader(`${contentRoot}/data`),
    schema: datasetSchema,
  }),
  sources: defineCollection({
    loader: file(`${contentRoot}/data/sources.json`),
    schema: sourceSchema,
  }),
};
