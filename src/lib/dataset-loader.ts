/**
 * The content layer's loader of the datasets collection: data/*.json (but sources.json and "_" files, as the
 * preflight lists them), with rows named as a CSV file read and typed before the schema (src/lib/dataset-rows.ts).
 *
 * Astro's glob() loader cannot be told that an entry depends on a second file: it keeps an entry while its JSON's
 * text is unchanged, so an edited CSV would leave the old rows in the content store, and with them the pages' cache
 * keys (src/lib/page-keys.ts) and the charts drawn from them. Here an entry's digest covers its JSON and its CSV, and
 * the dev server reloads the datasets when either changes. Ids and stored file paths are the ones glob() gave.
 *
 * Astro reloads the browser's pages when its content store's file changes, and only then: the store is written 500 ms
 * after its last change, and not at all when it ends as the file has it. A change of data/ that leaves the store as it
 * was went without a reload, while the dev server's checks had changed what the page says: a mistake saved in a
 * dataset (its last good rows stay stored) and its fix, a dataset renamed and named back at once (the story naming it
 * said the dataset was missing until the editor reloaded it). Each change of data/ is marked in the store once the
 * datasets are synced, and the checks of the pages have run (synchronously, as the watcher reports the file), so that
 * the page is reloaded with what they say.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { holdDatasetProblems } from '../build/dev-dataset-problems.ts';
import { ContentError, ContentErrors } from './content-error.ts';
import { datasetFiles } from './content-files.ts';
import { jsonProblem } from './load-project.ts';
import { addDatasetIssues } from './load/dataset-issues.ts';
import { resolveRows } from './dataset-rows.ts';
import { slugFromPath } from './slug.ts';
import { datasetSchema } from '../schemas/dataset.ts';

/** The loader of the datasets in `base` (data/, as a path or relative to the project's root). */
export function datasetLoader(base: string): Loader {
  return {
    name: 'casefile-datasets',
    load: async (context) => {
      const dir = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, context.config.root));
      const { watcher } = context;
      // A build stops on a problem. The dev server keeps serving, and every page shows the problem until it is fixed
      // (src/build/dev-dataset-problems.ts): logged alone, it left the pages showing the last good rows.
      if (!watcher) return syncDatasets(context, dir);
      // One after another: a sync that read a mistake and ended after the one that read its fix held the mistake.
      let last: Promise<boolean> = Promise.resolve(true);
      const sync = (): Promise<boolean> =>
        (last = last.then(async () => {
          try {
            await syncDatasets(context, dir);
            holdDatasetProblems(undefined);
            return true;
          } catch (error) {
            holdDatasetProblems(error);
            context.logger.error((error as Error).message);
            return false;
          }
        }));
      await sync();
      watcher.add(dir);
      // A dataset's JSON, or a CSV any dataset may read: every dataset is looked at again, and only those whose files
      // changed are parsed (their digests say which).
      const changes = changeMarks();
      const onChange = async (path: string) => {
        const name = relative(dir, path);
        if (name.includes(sep) || !/\.(?:json|csv)$/.test(name)) return;
        const synced = await sync();
        context.meta.set('changed', changes.next());
        if (synced) context.logger.info(`Reloaded data from data/${name}`);
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}

/**
 * Marks of this server's changes of data/, each unlike the last and unlike any a server before it wrote in the store
 * (the store is read back from its file when the server starts).
 */
function changeMarks(): { next(): string } {
  const server = randomUUID();
  let changes = 0;
  return { next: () => `${server}:${++changes}` };
}

/** Stores every dataset in `dir` whose JSON or CSV changed since it was stored, and forgets those removed. */
export async function syncDatasets(
  context: Pick<LoaderContext, 'store' | 'parseData' | 'generateDigest' | 'config'>,
  dir: string,
): Promise<void> {
  const { store, parseData, generateDigest, config } = context;
  const untouched = new Set(store.keys());
  const problems: ContentError[] = [];
  for (const name of datasetFiles(dir)) {
    const id = slugFromPath(name);
    const filePath = join(dir, name);
    const text = readFileSync(filePath, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      // With the others, in the preflight's words (its line and column): the dev server shows them all at once.
      problems.push(
        new ContentError(`data/${name}`, '', `invalid JSON${jsonProblem(text) ?? `: ${(error as Error).message}`}`),
      );
      continue;
    }
    const resolved = resolveRows(json, dir, `data/${name}`);
    if (resolved.problems.length > 0) {
      problems.push(...resolved.problems);
      continue;
    }
    untouched.delete(id);
    const digest = generateDigest(resolved.text === undefined ? text : `${text}\0${resolved.text}`);
    if (store.get(id)?.digest === digest) continue;
    let data: Record<string, unknown>;
    try {
      data = await parseData({ id, data: resolved.data as Record<string, unknown>, filePath });
    } catch (error) {
      // Astro's words name the collection and the entry, not the file: the preflight's, as a build says them.
      const parsed = datasetSchema.safeParse(resolved.data);
      if (parsed.success) throw error;
      addDatasetIssues(problems, `data/${name}`, parsed.error, resolved);
      continue;
    }
    store.set({ id, data, filePath: relative(fileURLToPath(config.root), filePath).split(sep).join('/'), digest });
  }
  if (problems.length > 0) throw new ContentErrors(problems);
  for (const id of untouched) store.delete(id);
}
