/** A <Chart>'s options, in MDX or in a dataset's JSON, against its dataset. */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { chartMessageInJson, chartSpecSchema } from '../../schemas/chart.ts';
import { validateChart } from '../../charts/validate.ts';
import { plainTextMarkup } from '../plain-text-markup.ts';
import { chartTexts, markupMessage } from '../data-text-markup.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { rowsInFile } from '../rows-file.ts';
import { unknownDataset } from './unknown-dataset.ts';

/** The options a chart's dataset is written under by mistake (src/schemas/chart.ts says which is meant). */
const datasetAliases = ['data', 'datasets'];

export function checkChart(
  errors: ContentError[],
  file: string,
  where: string,
  props: Record<string, unknown>,
  project: Project,
  syntax: 'mdx' | 'json' = 'mdx',
): void {
  const { dataset: datasetId, ...options } = props;
  // A chart is named by its title; an empty one names nothing (`<Chart> "" title`): the line says which chart it is.
  const title = typeof options.title === 'string' && options.title.trim() !== '' ? ` "${options.title}"` : '';
  // A dataset's own chart is one of its texts (datasetMarkup); a chart in MDX prints its words as written too.
  if (syntax === 'mdx') {
    for (const { field, text } of chartTexts(options)) {
      const found = plainTextMarkup(text);
      if (found)
        errors.push(
          new ContentError(
            file,
            `${where}${title} ${field}`,
            markupMessage(found.markup, found.fix, `a chart's ${field}`),
          ),
        );
    }
  }
  let parsed = chartSpecSchema.safeParse(options);
  if (!parsed.success) {
    const faulty = new Set<string>();
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') for (const key of issue.keys) faulty.add(key);
      else if (issue.path.length > 0) faulty.add(String(issue.path[0]));
      // An option written as an expression that is not a literal is checked when the page renders; a missing one now.
      const name = String(issue.path[0]);
      if (
        issue.path.length === 0 ||
        !(name in options) ||
        options[name] !== undefined ||
        issue.code !== 'invalid_type'
      ) {
        errors.push(
          new ContentError(
            file,
            `${where}${title} ${issue.path.join('.') || 'options'}`,
            syntax === 'json' ? chartMessageInJson(issue.message) : issue.message,
          ),
        );
      }
    }
    // The chart's other options are checked against its dataset as well (a misspelt column beside an unknown option),
    // so that one build reports them all; when what is left is no chart (no type, say), or a faulty option shapes
    // which rows are drawn (its columns, its filter: checking without it would invent problems), that waits for the fix.
    if (['x', 'y', 'series', 'filter', 'type', 'spec'].some((option) => faulty.has(option))) return;
    parsed = chartSpecSchema.safeParse(Object.fromEntries(Object.entries(options).filter(([key]) => !faulty.has(key))));
    if (!parsed.success) return;
  }
  // The dataset named under another option's name (data="…", told "did you mean dataset" above): checked as well.
  const alias =
    datasetId === undefined
      ? Object.keys(options).find((key) => datasetAliases.includes(key) && typeof options[key] === 'string')
      : undefined;
  const id = alias === undefined ? datasetId : options[alias];
  if (typeof id !== 'string') {
    if (!parsed.data.spec) errors.push(new ContentError(file, `${where}${title} dataset`, 'expected a dataset id'));
    return;
  }
  const dataset = project.datasets.get(id);
  // A dataset whose rows are invalid: the chart's columns are checked against those it declares, its rows wait.
  const declared = dataset ? undefined : project.declaredColumns.get(id);
  if (!dataset && !declared) {
    if (project.invalid.has(`dataset:${id}`)) return;
    errors.push(new ContentError(file, `${where}${title} ${alias ?? 'dataset'}`, unknownDataset(id, project)));
    return;
  }
  const problems = dataset
    ? validateChart(parsed.data, dataset, { syntax })
    : validateChart(parsed.data, { columns: declared!, rows: [] } as unknown as Dataset, { syntax, columnsOnly: true });
  // Rows read from a CSV are named by their line there: rows[3] is in no file the editor can open.
  const rowsFile = dataset?.rowsFile;
  for (const problem of problems) {
    errors.push(
      new ContentError(
        file,
        `${where}${title} ${problem.field}`,
        rowsFile ? rowsInFile(rowsFile, problem.message) : problem.message,
      ),
    );
  }
}
