/**
 * /data/<id>.csv: a published dataset's rows as CSV (header = column names; gaps are empty cells), with no cell a
 * spreadsheet would run as a formula (src/lib/dataset-csv.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv } from '../../lib/dataset-csv.ts';
import { siteData, type DatasetEntry } from '../../lib/site-data.ts';
import { sharedKey } from '../../lib/page-keys.ts';

// The file shows the dataset and nothing of the stories: keyed by the datasets, not by every story (page-keys.ts).
export const getStaticPaths = (async () => {
  const [{ datasets }, cacheKey] = await Promise.all([siteData(), sharedKey()]);
  return [...datasets.values()].map((dataset) => ({ params: { id: dataset.id }, props: { dataset }, cacheKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { data } = props.dataset as DatasetEntry;
  return new Response(datasetCsv(data.rows, Object.keys(data.columns)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
