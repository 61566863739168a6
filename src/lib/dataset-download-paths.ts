/** The paths of a dataset's downloads, /data/<id>.csv and /data/<id>.json: one a published dataset. */
import { siteData } from './site-data.ts';
import { sharedKey } from './page-keys.ts';

/**
 * Each published dataset's path, with the dataset as its props. A download shows the dataset and nothing of the
 * stories: keyed by the datasets, not by every story (page-keys.ts).
 */
export async function datasetDownloadPaths() {
  const [{ datasets }, cacheKey] = await Promise.all([siteData(), sharedKey()]);
  return [...datasets.values()].map((dataset) => ({ params: { id: dataset.id }, props: { dataset }, cacheKey }));
}
