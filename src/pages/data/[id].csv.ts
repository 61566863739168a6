/**
 * /data/<id>.csv: a published dataset's rows as CSV (header = column names; gaps are empty cells), with no cell a
 * spreadsheet would run as a formula (src/lib/dataset-csv.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv } from '../../lib/dataset-csv.ts';
import type { DatasetEntry } from '../../lib/site-data.ts';
import { datasetDownloadPaths } from '../../lib/dataset-download-paths.ts';

export const getStaticPaths = datasetDownloadPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { data } = props.dataset as DatasetEntry;
  return new Response(datasetCsv(data.rows, Object.keys(data.columns)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
