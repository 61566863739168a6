/**
 * The sources a story or case file shows figures from without citing them in its text: those of its charts (the
 * rows each draws, src/charts/sources.ts) and of its <Fact>s (each figure's row source), in the order the page shows
 * them. Read from the MDX, as the citation numbers are, so that the sources list at the end of the page can name
 * them whatever order Astro renders the page's parts in. A component whose options are written as expressions, or
 * that names what does not exist, is left to fail or render on its own: a chart whose options cannot be read is
 * credited with its dataset's whole list.
 */
import { chartSpecSchema } from '../schemas/chart.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { chartSourceIds } from '../charts/sources.ts';
import { validateChart } from '../charts/validate.ts';
import { factValue } from './facts.ts';
import { findComponentUses } from './mdx-usage.ts';

export function pageSourceIds(body: string, datasets: ReadonlyMap<string, { data: Dataset }>): string[] {
  const ids = new Set<string>();
  for (const use of findComponentUses(body)) {
    const { dataset: id, ...options } = use.props;
    const dataset = typeof id === 'string' ? datasets.get(id)?.data : undefined;
    if (!dataset) continue;
    if (use.component === 'Chart') {
      const spec = chartSpecSchema.safeParse(options);
      const readable =
        spec.success &&
        !use.spread &&
        Object.values(options).every((value) => value !== undefined) &&
        validateChart(spec.data, dataset).length === 0;
      for (const source of readable ? chartSourceIds(spec.data, dataset) : dataset.sources) ids.add(source);
    } else if (use.component === 'Fact') {
      try {
        ids.add(factValue('', id as string, dataset, options.row, options.column).source);
      } catch {
        // The Fact stops the build with its own message when it renders.
      }
    }
  }
  return [...ids];
}
