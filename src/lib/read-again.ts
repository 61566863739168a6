/** The dev server's checks' project (dev-link-check.ts) read again where a change touched it: a page, or data/. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentError } from './content-error.ts';
import { loadDatasets, loadSources, type Project } from './load-project.ts';
import { loadEntries } from './load/entries.ts';
import { storySchema } from '../schemas/story.ts';
import { caseSchema } from '../schemas/case.ts';
import { slugFromPath } from './slug.ts';

/**
 * Reads the page `file` ("content/stories/x.mdx") again into `project`, as the preflight reads it: its entry, or what
 * its frontmatter's checks found (returned), or nothing once it is removed, each list kept in the preflight's order.
 */
export function readPageAgain(contentRoot: string, project: Project, file: string): ContentError[] {
  const [, kind, ...rest] = file.split('/');
  const name = rest.join('/');
  const folder = `content/${kind}`;
  const id = slugFromPath(name);
  // The page as it is now: an entry, a page whose frontmatter fails its checks, or nothing.
  const read: Pick<Project, 'invalid' | 'unlisted' | 'frontmatter' | 'pages' | 'leftOut'> = {
    invalid: new Set(),
    unlisted: [],
    frontmatter: new Map(),
    pages: [],
    leftOut: [],
  };
  const errors: ContentError[] = [];
  const entries = existsSync(join(contentRoot, file))
    ? loadEntries(contentRoot, folder, kind === 'cases' ? caseSchema : storySchema, errors, read, name)
    : [];
  // In the order the preflight reads them (a "known:" list, a "did you mean" between two names alike).
  const others = <T extends { file: string }>(list: T[], added: T[]) =>
    [...list.filter((one) => one.file !== file), ...added].sort((x, y) => (x.file < y.file ? -1 : 1));
  if (kind === 'cases') project.cases = others(project.cases, entries as Project['cases']);
  else project.stories = others(project.stories, entries as Project['stories']);
  project.invalid.delete(`${kind}:${id}`);
  for (const key of read.invalid) project.invalid.add(key);
  project.frontmatter.delete(file);
  for (const [written, text] of read.frontmatter) project.frontmatter.set(written, text);
  // Every page file the site reads, as the check of language folders lists them: stories first, each folder sorted.
  const order = (one: string) => (one.startsWith('content/stories/') ? 0 : 1);
  project.pages = [...project.pages.filter((one) => one !== file), ...read.pages].sort(
    (x, y) => order(x) - order(y) || (x < y ? -1 : x > y ? 1 : 0),
  );
  project.unlisted = [...project.unlisted.filter((one) => one.file !== file), ...read.unlisted].sort(
    (x, y) => order(x.file) - order(y.file) || (x.file < y.file ? -1 : 1),
  );
  return errors;
}

/**
 * Reads data/ again into `project`: the sources and the datasets, with what the build says of their files (returned
 * as `errors`), and the ids of the datasets that came or went (`changed`).
 */
export function readDataAgain(contentRoot: string, project: Project): { errors: ContentError[]; changed: string[] } {
  const before = new Set([
    ...project.datasets.keys(),
    ...[...project.invalid].filter((key) => key.startsWith('dataset:')).map((key) => key.slice(8)),
  ]);
  for (const key of [...project.invalid])
    if (key.startsWith('dataset:') || key.startsWith('source:')) project.invalid.delete(key);
  Object.assign(project, {
    sources: new Map(),
    datasets: new Map(),
    csvNamed: new Set(),
    declaredColumns: new Map(),
    declaredRows: new Map(),
  });
  // The sources too: a page's citations are checked against them (checkBody), as its <Fact>s against the datasets.
  loadSources(contentRoot, project, []);
  const errors: ContentError[] = [];
  loadDatasets(contentRoot, { ...project, leftOut: [] }, errors);
  const after = new Set([
    ...project.datasets.keys(),
    ...[...project.invalid].filter((key) => key.startsWith('dataset:')).map((key) => key.slice(8)),
  ]);
  const changed = [...new Set([...before, ...after])].filter((id) => before.has(id) !== after.has(id));
  return { errors, changed };
}
