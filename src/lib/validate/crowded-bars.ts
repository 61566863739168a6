/** Bar charts with more bars than a reader can scan: a note, not an error. */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { findComponentUses } from '../mdx/component-uses.ts';
import { chartSpecSchema } from '../../schemas/chart.ts';
import { shownRows } from '../../charts/rows.ts';
import { barBand } from '../../charts/bar.ts';

/**
 * The most bars a bar chart shows before the note: 60 bars of 34 px (barBand) make a chart about 2,000 px tall, three
 * phone screens, past which a reader scrolls by bars without comparing them. 500 dated rows made a chart 17,005 px
 * tall without a word to the editor.
 */
export const mostBars = 60;

function crowded(
  file: string,
  where: string,
  props: Record<string, unknown>,
  project: Project,
  syntax: 'mdx' | 'json',
): ContentError | undefined {
  const { dataset: id, ...options } = props;
  if (options.type !== 'bar' || typeof id !== 'string') return undefined;
  const dataset = project.datasets.get(id);
  const parsed = chartSpecSchema.safeParse(options);
  // A chart with a faulty option or an unknown dataset is reported by checkChart (./chart.ts).
  if (!dataset || !parsed.success) return undefined;
  const bars = shownRows(dataset, parsed.data).length;
  if (bars <= mostBars) return undefined;
  const title = typeof options.title === 'string' && options.title.trim() !== '' ? ` "${options.title}"` : '';
  const top = syntax === 'json' ? '"top": 20' : 'top={20}';
  const filter = syntax === 'json' ? '"filter": { … }' : 'filter={{ … }}';
  return new ContentError(
    file,
    `${where}${title}`,
    `draws ${bars.toLocaleString('en')} bars, about ${(Math.round((bars * barBand) / 100) * 100).toLocaleString('en')} px tall, more than a reader scans (over ${mostBars}): show values over time as type="line", or keep the bars that matter with ${top} or ${filter}`,
  );
}

/** Every bar chart of the project's pages and datasets that draws more than `mostBars` bars. */
export function crowdedBarCharts(project: Project): ContentError[] {
  const notes: ContentError[] = [];
  for (const entry of [...project.stories, ...project.cases]) {
    for (const use of findComponentUses(entry.body, entry.bodyLine)) {
      if (use.component !== 'Chart' || use.unclosed) continue;
      const note = crowded(entry.file, `line ${use.line}: <Chart>`, use.props, project, 'mdx');
      if (note) notes.push(note);
    }
  }
  for (const [id, dataset] of project.datasets) {
    if (!dataset.chart) continue;
    const note = crowded(dataset.file, 'chart', { ...dataset.chart, dataset: id }, project, 'json');
    if (note) notes.push(note);
  }
  return notes;
}
