/**
 * The synthetic site the benchmark builds: N stories of about 800 words, each with two `<Chart>`s and a few
 * `<Cite>`s, drawing on N/10 datasets (line and bar kinds, 10 to 40 rows) and N/20 sources. Everything is plainly
 * made up ("Synthetic series 17", example.org URLs) and deterministic for a seed.
 *
 * `generateSite` is pure (returns path -> text); `writeSite` puts the files under a content root that the build
 * reads through CASEFILE_CONTENT_ROOT.
 */
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { seededRandom, type Random } from './random.ts';
import { heading, paragraph, sentence, wordCount } from './prose.ts';

export interface SiteOptions {
  stories: number;
  /** Default 1. */
  seed?: number;
  /** Words per story, on average (default 800). */
  words?: number;
}

export interface SyntheticSite {
  /** Path relative to the content root -> file text. */
  files: Map<string, string>;
  /** Paths of the story files, in order. */
  stories: string[];
  datasets: number;
  sources: number;
  /** `<Chart>` uses in stories (dataset pages draw one more chart each). */
  charts: number;
  /** Distinct drawings among the story charts (same dataset and options; titles are not drawn). */
  distinctCharts: number;
}

type DatasetKind = 'line' | 'bar';

interface DatasetPlan {
  id: string;
  kind: DatasetKind;
  title: string;
}

const groups = ['Group A', 'Group B', 'Group C'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function generateSite(options: SiteOptions): SyntheticSite {
  const random = seededRandom(options.seed ?? 1);
  const words = options.words ?? 800;
  const files = new Map<string, string>();
  const { sourceIds, datasets } = plansFor(options.stories);
  const sourceCount = sourceIds.length;
  const datasetCount = datasets.length;

  const sources = Object.fromEntries(
    sourceIds.map((id, i) => [
      id,
      {
        publisher: `Synthetic Publisher ${(i % 7) + 1}`,
        title: `Synthetic report ${i + 1}`,
        url: `https://example.org/synthetic/${id}`,
        date: `20${pad(10 + (i % 15), 2)}`,
        kind: 'data',
      },
    ]),
  );
  files.set('data/sources.json', `${JSON.stringify(sources, null, 2)}\n`);

  for (const plan of datasets) {
    files.set(`data/${plan.id}.json`, `${JSON.stringify(datasetFile(plan, random, sourceIds), null, 2)}\n`);
  }

  const width = String(options.stories).length;
  const stories: string[] = [];
  const chartKeys = new Set<string>();
  for (let i = 1; i <= options.stories; i++) {
    const path = `content/stories/synthetic-story-${pad(i, width)}.mdx`;
    stories.push(path);
    files.set(path, storyFile(i, random, words, datasets, sourceIds, chartKeys));
  }
  return {
    files,
    stories,
    datasets: datasetCount,
    sources: sourceCount,
    charts: options.stories * 2,
    distinctCharts: chartKeys.size,
  };
}

/** The ids of the sources and the datasets of a site of `stories` stories (N/20 and N/10, at least 1 and 2). */
function plansFor(stories: number): { sourceIds: string[]; datasets: DatasetPlan[] } {
  const sourceIds = Array.from({ length: Math.max(1, Math.ceil(stories / 20)) }, (_, i) => `synthetic-source-${i + 1}`);
  const datasets = Array.from({ length: Math.max(2, Math.ceil(stories / 10)) }, (_, i): DatasetPlan => ({
    id: `synthetic-series-${i + 1}`,
    kind: i % 2 === 0 ? 'line' : 'bar',
    title: `Synthetic series ${i + 1}`,
  }));
  return { sourceIds, datasets };
}

function datasetFile(plan: DatasetPlan, random: Random, sourceIds: string[]) {
  const rowCount = random.int(10, 40);
  const common = {
    title: plan.title,
    description: `Made-up figures generated for the build benchmark; they describe nothing real.`,
    sources: [random.pick(sourceIds)],
    license: 'CC0 (synthetic)',
    updated: '2026-01-15',
  };
  let level = random.int(50, 500);
  const step = () => (level = Math.max(0, level + random.int(-40, 50)));
  if (plan.kind === 'line') {
    // Three groups over 4 to 13 years: 12 to 39 rows.
    const start = random.int(1950, 1990);
    const years = Array.from({ length: Math.ceil(rowCount / 3) }, (_, r) => start + r);
    return {
      ...common,
      columns: {
        year: { type: 'integer', description: 'Year' },
        group: { type: 'string', description: 'A synthetic group' },
        value: { type: 'number', unit: 'units', description: 'A synthetic measure' },
      },
      // An occasional gap, written as null as the schema asks.
      rows: years.flatMap((year) =>
        groups.map((group) => ({ year, group, value: random.next() < 0.05 ? null : step() })),
      ),
      chart: { type: 'line', x: 'year', y: 'value', series: 'group', title: `${plan.title} over time` },
    };
  }
  return {
    ...common,
    columns: {
      category: { type: 'string', description: 'A synthetic category' },
      value: { type: 'integer', unit: 'items', description: 'A synthetic count' },
    },
    rows: Array.from({ length: rowCount }, (_, r) => ({ category: `Category ${r + 1}`, value: step() })),
    chart: { type: 'bar', x: 'category', y: 'value', top: 10, title: `${plan.title} by category` },
  };
}

/**
 * A `<Chart>` on `plan`'s dataset with options varied the way editors vary them (bars: how many and in what order;
 * lines: line or area, all groups or one), so that story charts are mostly, not all, distinct drawings.
 */
function chartTag(story: number, figure: number, plan: DatasetPlan, random: Random): { tag: string; key: string } {
  const title = `Figure ${figure} of story ${story}: ${plan.title.toLowerCase()}`;
  if (plan.kind === 'line') {
    const type = random.pick(['line', 'area']);
    const group = random.pick(['all', ...groups]);
    const shown = group === 'all' ? `series="group"` : `filter={{"group": "${group}"}}`;
    return {
      tag: `<Chart dataset="${plan.id}" type="${type}" x="year" y="value" ${shown} title="${title}" />`,
      key: `${plan.id} ${type} ${group}`,
    };
  }
  const top = random.int(5, 15);
  const sort = random.pick(['value', 'none']);
  return {
    tag: `<Chart dataset="${plan.id}" type="bar" x="category" y="value" top={${top}} sort="${sort}" title="${title}" />`,
    key: `${plan.id} ${top} ${sort}`,
  };
}

function storyFile(
  n: number,
  random: Random,
  words: number,
  datasets: DatasetPlan[],
  sourceIds: string[],
  chartKeys: Set<string>,
): string {
  const day = new Date(Date.UTC(2020, 0, 1) + random.int(0, 6 * 365) * 86_400_000).toISOString().slice(0, 10);
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(`Synthetic story ${n}: ${sentence(random).replace(/\.$/, '')}`)}`,
    `summary: ${JSON.stringify(sentence(random))}`,
    `date: ${day}`,
    `authors: [${JSON.stringify(`Synthetic Reporter ${random.int(1, 40)}`)}]`,
    `tags: [synthetic-topic-${random.int(1, 12)}, synthetic-topic-${random.int(13, 24)}]`,
    '---',
  ].join('\n');

  const first = random.pick(datasets);
  const second = datasets.length > 1 ? random.pick(datasets.filter((d) => d !== first)) : first;
  // The loop stops after the paragraph that crosses the target: aim a little lower so the mean lands near `words`.
  const chart = (figure: number, plan: DatasetPlan) => {
    const { tag, key } = chartTag(n, figure, plan, random);
    chartKeys.add(key);
    return tag;
  };
  const target = words - 60 + random.int(-100, 100);
  const blocks: string[] = [];
  let count = 0;
  let paragraphs = 0;
  while (count < target) {
    if (paragraphs > 0 && paragraphs % 4 === 0) blocks.push(`## ${heading(random)}`);
    let text = paragraph(random);
    // A citation in the first and every third paragraph, as a reported story would have.
    if (paragraphs % 3 === 0) text = `${text}<Cite id="${random.pick(sourceIds)}" />`;
    blocks.push(text);
    count += wordCount(text);
    paragraphs++;
    if (paragraphs === 2) blocks.push(chart(1, first));
    if (paragraphs === 6) blocks.push(chart(2, second));
  }
  if (paragraphs < 6) blocks.push(chart(2, second));
  return `${frontmatter}\n\n${blocks.join('\n\n')}\n`;
}

/** Words in a story's body (after the frontmatter), chart and citation tags included. */
export function bodyWords(story: string): number {
  return wordCount(story.split('\n---\n')[1] ?? '');
}

/** Writes a generated site under `root` (content/ and data/, plus the empty cases folder the build expects). */
export function writeSite(root: string, site: SyntheticSite): void {
  mkdirSync(join(root, 'content/cases'), { recursive: true });
  for (const [path, text] of site.files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/**
 * Adds the project's own datasets and sources (`<project>/data/`) to a generated site: site-wide pages such as
 * /methodology/ link to the project's datasets, and the build's link check fails on a site without them. Synthetic
 * ids (`synthetic-…`) never collide with the project's.
 */
export function includeProjectData(root: string, projectData: string): void {
  const sourcesFile = join(root, 'data/sources.json');
  const sources = {
    ...JSON.parse(readFileSync(join(projectData, 'sources.json'), 'utf8')),
    ...JSON.parse(readFileSync(sourcesFile, 'utf8')),
  };
  writeFileSync(sourcesFile, `${JSON.stringify(sources, null, 2)}\n`);
  // A dataset's rows may be a CSV beside it (src/lib/dataset-rows.ts): copied with it.
  for (const name of readdirSync(projectData)) {
    if ((name.endsWith('.json') || name.endsWith('.csv')) && name !== 'sources.json')
      copyFileSync(join(projectData, name), join(root, 'data', name));
  }
}

/** Changes one story's text (not its charts), as an editor fixing a sentence would, for the incremental rebuild. */
export function editStory(root: string, path: string, run: number): void {
  appendFileSync(join(root, path), `\nAn editor added this sentence in benchmark edit ${run}.\n`);
}

/** The day a published story bears: after every generated story (2020 to 2025), before the bench's clock (runs.ts). */
const publishedDay = '2026-11-21';

/**
 * Publishes one more story into a site generated with `options`, as a newsroom does every day, for the incremental
 * rebuild: story N+1, written as the generator writes the others (its own charts and citations, on the site's
 * datasets and sources), dated after all of them. Returns its path relative to `root`.
 */
export function publishStory(root: string, options: SiteOptions): string {
  const { sourceIds, datasets } = plansFor(options.stories);
  const n = options.stories + 1;
  // A sequence of its own (any seed other than the site's), so that the generated stories stay as they were.
  const random = seededRandom((options.seed ?? 1) * 7919 + n);
  const path = `content/stories/synthetic-story-${n}.mdx`;
  const text = storyFile(n, random, options.words ?? 800, datasets, sourceIds, new Set());
  writeFileSync(join(root, path), text.replace(/^date: .*$/m, `date: ${publishedDay}`));
  return path;
}
