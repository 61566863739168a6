/**
 * Everything a chart's figure shows, from its options and its dataset: the SVG (narrow and wide variants, through
 * the cache), the text summary, the legend and the rows of its data table. Chart.astro lays it out; this module
 * holds no markup, so it can be tested and benchmarked without Astro.
 */
import type { ChartSpec } from '../schemas/chart.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { cached, cacheKey } from './cache.ts';
import { customCharts } from './custom/index.ts';
import { kinds, textless } from './kinds.ts';
import { legendFor, type LegendItem } from './legend.ts';
import { qualifiedRows, qualifierOf } from './qualified.ts';
import { renderPlot } from './render.ts';
import { shownRows } from './rows.ts';
import { summarize } from './summary.ts';
import { chartColumns, tableColumns } from './table.ts';
import { hasYearOnlyEvents } from './timeline.ts';
import type { ChartKind, Column, Row } from './types.ts';

/** The widths charts are drawn at: narrow for phones (360 px screens), wide for anything from ~640 px (ChartSvg.astro). */
export const widths = { narrow: 340, wide: 680 } as const;

export interface ChartFigure {
  /** The SVG for narrow containers; absent when one drawing serves every width (maps carry no text). */
  narrow?: string;
  wide: string;
  summary: string;
  legend: LegendItem[];
  /** The rows the chart shows and the columns it reads, in order. */
  rows: Row[];
  columns: string[];
  /**
   * The columns of the figure's data table: those it reads, then, where a row shown has another source's figure for
   * what it draws, that figure's own source, each alternative figure and its source (alternatives.ts).
   */
  table: string[];
  /**
   * Columns of `table` empty in every row shown (a timeline's end when no event lasted): the data table leaves them
   * out rather than write "no data" down a whole column. None when there are no rows.
   */
  emptyColumns: string[];
  /** Whether a line or area has gaps (dashed rules): the figure explains them. */
  gaps: boolean;
  /** Whether a timeline has events known only to their year (dashed bars across the year): the figure explains them. */
  yearOnly: boolean;
}

export interface ChartRequest {
  spec: ChartSpec;
  dataset: Pick<Dataset, 'columns' | 'rows'>;
  lang: string;
  /**
   * The shown rows as the page's language writes them (a text column's values translated: src/lib/dataset-locale.ts).
   * Applied after the filter, which names values as the dataset writes them.
   */
  localiseRows?: (rows: Row[]) => Row[];
}

/**
 * The optional columns among `names` (a timeline's `end`, say) that hold no value in any of `rows`. The columns the
 * chart draws (`kept`: x, y, series, label) always stay: a table of categories without their values would hide that
 * they are missing, where "no data" in each cell says so.
 */
export function emptyColumns(rows: Row[], names: string[], kept: readonly (string | undefined)[] = []): string[] {
  return names.filter(
    (name) => !kept.includes(name) && rows.every((row) => row[name] === null || row[name] === undefined),
  );
}

/** Draws (or fetches from the cache) the chart described by `request`. Options must have passed validateChart. */
export function chartFigure({ spec, dataset, lang, localiseRows = (rows) => rows }: ChartRequest): ChartFigure {
  const custom = spec.spec ? customCharts[spec.spec] : undefined;
  const kind: ChartKind | undefined = custom ? custom.plot : spec.type ? kinds[spec.type] : undefined;
  if (!kind) throw new Error(`no chart kind for ${JSON.stringify(spec.type ?? spec.spec)}`);
  // As the page shows them (translated), for the summary's "the 10 highest of 42" and what the filter kept.
  const filtered = localiseRows(shownRows(dataset, { ...spec, top: undefined }));
  const written = shownRows(dataset, spec);
  // Each value the chart writes is printed with its row's qualifier, in the page's language ("about 86,000").
  const qualifier = qualifierOf(dataset.columns, spec);
  const rows = qualifiedRows(localiseRows(written), written, qualifier, lang);
  const names = chartColumns(spec, dataset.columns);
  const columns = Object.fromEntries(names.map((name) => [name, dataset.columns[name]!]));
  // What drawing reads of a column; its description does not change the SVG, so editing it redraws nothing.
  const drawnColumns = Object.fromEntries(
    names.map((name) => {
      const { written, ...column } = columns[name]! as Column;
      return [name, { ...column, description: '', ...(written ? { written: { ...written, description: '' } } : {}) }];
    }),
  );
  const options = {
    x: spec.x,
    y: spec.y,
    series: spec.series,
    rank: spec.rank,
    label: spec.label,
    end: spec.end,
    zoom: spec.zoom,
    breaks: spec.breaks,
    columns: drawnColumns,
    lang,
    qualifier,
  };
  const single = spec.type !== undefined && textless.has(spec.type);
  const drawn = single ? { wide: widths.wide } : widths;
  // The title, subtitle and note are HTML around the SVG: retitling a chart does not draw it again.
  const key = cacheKey({
    kind: spec.type ?? `custom:${spec.spec}`,
    rows: rows.map((row) => [...names, ...(qualifier ? [qualifier] : [])].map((n) => row[n])),
    options,
    drawn,
  });
  const svgs = JSON.parse(
    cached(key, () => {
      const out: Record<string, string> = {};
      for (const [variant, width] of Object.entries(drawn))
        out[variant] = renderPlot(kind(rows, { ...options, width }), `c${key.slice(0, 8)}${variant[0]}`);
      return JSON.stringify(out);
    }),
  ) as { narrow?: string; wide: string };
  // The summary says what the filter kept (filteredTo), in the words of the filter's columns.
  const summaryColumns = {
    ...columns,
    ...Object.fromEntries(
      Object.keys(spec.filter ?? {}).flatMap((name) => (dataset.columns[name] ? [[name, dataset.columns[name]]] : [])),
    ),
  };
  const summaryInput = { spec, rows, filtered, columns: summaryColumns, lang, qualifier };
  const table = tableColumns(spec, dataset.columns, rows);
  return {
    ...svgs,
    summary: custom ? custom.summary(summaryInput) : summarize(summaryInput),
    legend: legendFor(spec, rows, columns, lang),
    rows,
    columns: names,
    table,
    emptyColumns: emptyColumns(rows, table, [spec.x, spec.y, spec.series, spec.label]),
    gaps:
      (spec.type === 'line' || spec.type === 'area' || spec.spec === 'small-multiples') &&
      !!spec.y &&
      rows.some((row) => row[spec.y!] === null),
    yearOnly: spec.type === 'timeline' && !!spec.x && hasYearOnlyEvents(rows, spec.x, spec.end),
  };
}
