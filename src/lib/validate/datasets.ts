/** The datasets, as the preflight checks them once they are valid, against data/sources.json. */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { keyColumn } from '../facts.ts';
import { checkChart } from './chart.ts';
import { datasetMarkup, sourcesMarkup } from '../data-text-markup.ts';
import { checkDeclaredRowSources, unknownRowSources, unlistedRowSources } from './row-sources.ts';
import { knownSource, unknownSource } from './sources.ts';

/** A valid dataset: its sources, the source ids of its rows, its own chart and the markup in its texts. */
export function checkDataset(
  errors: ContentError[],
  id: string,
  dataset: NonNullable<ReturnType<Project['datasets']['get']>>,
  project: Project,
): void {
  dataset.sources.forEach((source, i) => {
    if (!knownSource(project, source)) errors.push(unknownSource(dataset.file, `sources[${i}]`, source, project));
  });
  unknownRowSources(errors, dataset.file, dataset.columns, dataset.rows, keyColumn(dataset), project, dataset.rowsFile);
  unlistedRowSources(
    errors,
    dataset.file,
    dataset.columns,
    dataset.rows,
    keyColumn(dataset),
    dataset.sources,
    project,
    dataset.rowsFile,
  );
  // A dataset's own chart is written in JSON: its hints say "filter": { … }, not MDX's filter={{ … }}.
  if (dataset.chart) checkChart(errors, dataset.file, 'chart', { ...dataset.chart, dataset: id }, project, 'json');
  errors.push(...datasetMarkup(dataset));
}

/**
 * Every dataset against data/sources.json, as the preflight checks them (each valid one with checkDataset, the texts of
 * the sources, the source ids of a dataset whose rows have another problem): shared with the dev server
 * (src/lib/dev-link-check.ts), which checks them again when a file of data/ changes.
 */
export function checkDatasets(project: Project): ContentError[] {
  const errors: ContentError[] = [];
  for (const [id, dataset] of project.datasets) checkDataset(errors, id, dataset, project);
  errors.push(...sourcesMarkup(project.sources));
  checkDeclaredRowSources(errors, project);
  return errors;
}
