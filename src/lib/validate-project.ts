/**
 * The preflight check: loads every editor file, validates it, and checks every cross reference (datasets,
 * sources, cases, components used in MDX bodies) before Astro builds anything. Every problem names its file,
 * its field (or line and component) and what was expected.
 */
import { ContentError } from './content-error.ts';
import { loadProject, type Entry, type Project } from './load-project.ts';
import { findComponentUses, type ComponentUse } from './mdx-usage.ts';
import { chartSpecSchema } from '../schemas/chart.ts';
import { validateChart } from '../charts/validate.ts';
import { citedIds } from './citations.ts';
import { buildTime, isPreview, withheld } from './visibility.ts';
import type { DatasetWithId } from '../schemas/dataset.ts';

export function validateProject(root: string, now: Date = buildTime(), preview = isPreview()): { project: Project; errors: ContentError[] } {
  const { project, errors } = loadProject(root);

  for (const [id, dataset] of project.datasets) {
    dataset.sources.forEach((source, i) => {
      if (!knownSource(project, source)) errors.push(unknownSource(dataset.file, `sources[${i}]`, source));
    });
    for (const [name, column] of Object.entries(dataset.columns)) {
      if (!column.ref) continue;
      dataset.rows.forEach((row, i) => {
        const value = row[name];
        if (value === null || value === undefined) return;
        if (column.ref === 'source' && !knownSource(project, String(value))) {
          errors.push(unknownSource(dataset.file, `rows[${i}].${name}`, String(value)));
        }
      });
    }
    if (dataset.chart) checkChart(errors, dataset.file, 'chart', { ...dataset.chart, dataset: id }, project);
  }

  const caseIds = new Set(project.cases.map((c) => c.id));
  const entries: Entry<{ datasets: string[]; cases?: string[] }>[] = [...project.stories, ...project.cases];
  for (const entry of entries) {
    entry.data.datasets.forEach((id, i) => {
      if (!project.datasets.has(id) && !project.invalid.has(`dataset:${id}`)) errors.push(new ContentError(entry.file, `datasets[${i}]`, unknownDataset(id, project)));
    });
    entry.data.cases?.forEach((id, i) => {
      if (!caseIds.has(id) && !project.invalid.has(`cases:${id}`)) {
        errors.push(new ContentError(entry.file, `cases[${i}]`, `no case file "${id}" (content/cases/${id}.mdx); known: ${[...caseIds].join(', ')}`));
      }
    });
    for (const use of findComponentUses(entry.body, entry.bodyLine)) checkUse(errors, entry.file, use, project);
    for (const { id, line } of citedIds(entry.body, entry.bodyLine)) {
      if (!knownSource(project, id)) errors.push(unknownSource(entry.file, `line ${line}: <Cite id>`, id));
    }
  }

  const leads = project.stories.filter((s) => s.data.lead && (preview || withheld(s.data, now) === null));
  if (leads.length > 1) {
    for (const lead of leads.slice(1)) {
      errors.push(new ContentError(lead.file, 'lead', `only one story can be the lead; ${leads[0]?.file} is already`));
    }
  }
  return { project, errors: inReadingOrder(errors) };
}

/**
 * Errors grouped by file (in the order files were first reported) and, within a file, in line order: frontmatter and
 * fields without a line first, then each component use where it stands. Otherwise ties keep the order of the checks.
 */
function inReadingOrder(errors: ContentError[]): ContentError[] {
  const files = new Map<string, number>();
  for (const error of errors) if (!files.has(error.file)) files.set(error.file, files.size);
  const line = (error: ContentError) => Number(/^line (\d+):/.exec(error.field)?.[1] ?? 0);
  return errors.toSorted((a, b) => files.get(a.file)! - files.get(b.file)! || line(a) - line(b));
}

function checkUse(errors: ContentError[], file: string, use: ComponentUse, project: Project): void {
  const where = `line ${use.line}: <${use.component}>`;
  const props = use.props;
  if (use.component === 'Chart') {
    checkChart(errors, file, where, props, project);
  } else if (use.component === 'Fact') {
    const dataset = typeof props.dataset === 'string' ? project.datasets.get(props.dataset) : undefined;
    if (typeof props.dataset !== 'string') {
      errors.push(new ContentError(file, `${where} dataset`, 'expected a dataset id, e.g. dataset="red-notices-issued"'));
      return;
    }
    if (!dataset) {
      if (!project.invalid.has(`dataset:${props.dataset}`)) {
        errors.push(new ContentError(file, `${where} dataset`, unknownDataset(props.dataset, project)));
      }
      return;
    }
    checkFact(errors, file, where, props, dataset);
  } else if (use.component === 'Response') {
    if (typeof props.from !== 'string' || !props.from.trim()) {
      errors.push(new ContentError(file, `${where} from`, 'expected who responded, e.g. from="Interpol"'));
    }
  }
}

function checkFact(errors: ContentError[], file: string, where: string, props: Record<string, unknown>, dataset: DatasetWithId & { file: string }): void {
  const column = props.column;
  if (typeof column !== 'string' || !dataset.columns[column]) {
    errors.push(new ContentError(file, `${where} column`, `dataset "${dataset.id}" has no column ${JSON.stringify(column)} (columns: ${Object.keys(dataset.columns).join(', ')})`));
    return;
  }
  if (props.row === undefined) return; // an expression: checked when the page renders
  const key = dataset.key ?? Object.keys(dataset.columns)[0] ?? '';
  const found = dataset.rows.some((r) => String(r[key]) === String(props.row));
  if (!found) {
    errors.push(new ContentError(file, `${where} row`, `dataset "${dataset.id}" has no row with ${key} = ${JSON.stringify(props.row)}`));
  }
}

function checkChart(errors: ContentError[], file: string, where: string, props: Record<string, unknown>, project: Project): void {
  const { dataset: datasetId, ...options } = props;
  const title = typeof options.title === 'string' ? ` "${options.title}"` : '';
  const parsed = chartSpecSchema.safeParse(options);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.path.length === 0 || options[String(issue.path[0])] !== undefined || issue.code !== 'invalid_type') {
        errors.push(new ContentError(file, `${where}${title} ${issue.path.join('.') || 'options'}`, issue.message));
      }
    }
    return;
  }
  if (typeof datasetId !== 'string') {
    if (!parsed.data.spec) errors.push(new ContentError(file, `${where}${title} dataset`, 'expected a dataset id'));
    return;
  }
  const dataset = project.datasets.get(datasetId);
  if (!dataset) {
    if (project.invalid.has(`dataset:${datasetId}`)) return;
    errors.push(new ContentError(file, `${where}${title} dataset`, unknownDataset(datasetId, project)));
    return;
  }
  for (const problem of validateChart(parsed.data, dataset)) {
    errors.push(new ContentError(file, `${where}${title} ${problem.field}`, problem.message));
  }
}

/** Whether `id` names a source, valid or not (a faulty entry is reported once, where it is written). */
function knownSource(project: Project, id: string): boolean {
  return project.sources.has(id) || project.invalid.has(`source:${id}`);
}

function unknownSource(file: string, field: string, id: string): ContentError {
  return new ContentError(file, field, `unknown source "${id}": add it to data/sources.json or fix the id`);
}

function unknownDataset(id: string, project: Project): string {
  return `unknown dataset "${id}": expected one of ${[...project.datasets.keys()].join(', ')} (data/<id>.json)`;
}
