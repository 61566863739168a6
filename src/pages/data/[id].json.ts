/**
 * /data/<id>.json: a published dataset as JSON: its description, sources, licence, columns, the language its texts are
 * written in, its translations and rows.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DatasetEntry } from '../../lib/site-data.ts';
import { datasetDownloadPaths } from '../../lib/dataset-download-paths.ts';
import { datasetLang } from '../../lib/dataset-locale.ts';

export const getStaticPaths = datasetDownloadPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { id, data } = props.dataset as DatasetEntry;
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const body = {
    id,
    title: data.title,
    description: data.description,
    sources: data.sources,
    license: data.license,
    updated: day(data.updated),
    columns: data.columns,
    ...(data.key ? { key: data.key } : {}),
    notes: data.notes,
    corrections: data.corrections.map((c) => ({ date: day(c.date), text: c.text })),
    // The language the texts above are written in, which `translations` translate from.
    lang: datasetLang(data),
    ...(data.translations && Object.keys(data.translations).length > 0 ? { translations: data.translations } : {}),
    rows: data.rows,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
