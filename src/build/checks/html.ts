/**
 * Every HTML file of the built site passes html-validate with its recommended preset. Rules turned off are listed
 * in `htmlValidateConfig` with the reason.
 *
 * A page that passed once is not validated again while its bytes, the configuration and html-validate's version
 * stay the same: the build remembers it by a hash under node_modules/.cache/casefile/html-validate/, so a rebuild
 * of a large archive validates only the pages that changed. Validation (about 20 ms a page) runs in worker threads:
 * during the build, on each page as Astro renders it (html-live.ts); afterwards, on any page it has not seen.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import type { ConfigData } from 'html-validate';
import type { PostBuildStep } from '../steps.ts';
import { CheckError } from './check-error.ts';
import { siteFiles } from './site-files.ts';
import { inWorker } from '../workers/pool.ts';
import { htmlCacheDir } from './html-live.ts';

export { htmlCacheDir };
import { markUsed } from '../cache-prune.ts';
import { entryHref } from '../../lib/translations.ts';
import type { Project } from '../../lib/load-project.ts';

/**
 * html-validate's version, part of what a pass is remembered by. Read from its package.json: importing html-validate
 * on the main thread, where the build only looks passes up, took ~0.2 s of every build; the validation itself runs in
 * worker threads (html-validator.ts).
 */
export const htmlValidateVersion = (createRequire(import.meta.url)('html-validate/package.json') as { version: string })
  .version;

/** The html-validate configuration the build uses. */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // An SEO heuristic (search engines cut titles at about 70 characters), not a rule of valid HTML: a page title is
    // the editor's headline plus the site name, and a headline is the newsroom's call, not the validator's.
    'long-title': 'off',
    // `<br>` and `<br/>` are both valid HTML, and the choice is not the editor's: MDX is JSX, where a line break or an
    // image is written `<br />` and `<img … />`, and Astro writes them out as they were written.
    'void-style': 'off',
  },
};

/** What one run validated. */
export interface HtmlValidation {
  /** One line per html-validate message: `path:line:column rule: message`. */
  problems: string[];
  files: number;
  /** Files skipped because they passed before with the same bytes. */
  cached: number;
}

/** The verdict on one page. */
export interface PageValidation {
  file: string;
  /** pageHash() of the bytes validated. */
  hash: string;
  /** `path:line:column rule: message` lines; empty when the page is valid. */
  problems: string[];
  /** It passed before with the same bytes and was not validated again. */
  cached: boolean;
}

/** The file in `cacheDir` that says `html` passed with this configuration and html-validate version. */
export function passMarker(cacheDir: string, html: string): string {
  const salt = `${htmlValidateVersion}\n${JSON.stringify(htmlValidateConfig)}\n`;
  return join(cacheDir, createHash('sha256').update(salt).update(html).digest('hex'));
}

/** Whether `html` passed before (marking the memory used); false without a cache. */
export function passedBefore(cacheDir: string | undefined, html: string): boolean {
  if (!cacheDir) return false;
  const marker = passMarker(cacheDir, html);
  if (!existsSync(marker)) return false;
  markUsed(marker);
  return true;
}

/**
 * Validates `files` in worker threads, one share per core. Shares interleave the sorted files so that each gets as
 * many long pages as the others.
 */
export async function validateHtmlInWorkers(
  dir: string,
  files: string[],
  options: { cacheDir?: string } = {},
): Promise<HtmlValidation> {
  if (files.length === 0) return { problems: [], files: 0, cached: 0 };
  const shares = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 100)));
  const parts = await Promise.all(
    Array.from({ length: shares }, (_, share) =>
      inWorker<HtmlValidation>(new URL('./html-validator.ts', import.meta.url), 'validateHtmlFiles', [
        dir,
        files.filter((_, index) => index % shares === share),
        options,
      ]),
    ),
  );
  return {
    problems: inFileOrder(
      files,
      parts.flatMap((part) => part.problems),
    ),
    files: files.length,
    cached: parts.reduce((sum, part) => sum + part.cached, 0),
  };
}

/** `problems` (`path:line:column …` lines) sorted as their files are in `files`, as one run over them would list them. */
function inFileOrder(files: string[], problems: string[]): string[] {
  const order = new Map(files.map((file, index) => [file, index]));
  const position = (problem: string) => order.get(problem.slice(0, problem.search(/:\d+:\d+ /))) ?? 0;
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => position(a.problem) - position(b.problem) || a.index - b.index)
    .map(({ problem }) => problem);
}

/**
 * The editor's file each page comes from, by output file: content/stories/x.mdx for stories/x/index.html, its
 * translation for fr/stories/x/index.html, data/x.json for data/x/index.html (and data/x.csv, its rows' file).
 */
export function pageSources(project: Pick<Project, 'stories' | 'cases' | 'datasets'> | undefined): Map<string, string> {
  const sources = new Map<string, string>();
  if (!project) return sources;
  const page = (href: string) => `${href.replace(/^\//, '')}index.html`;
  for (const entry of project.stories) sources.set(page(entryHref('story', entry)), entry.file);
  for (const entry of project.cases) sources.set(page(entryHref('case', entry)), entry.file);
  // A dataset whose rows are a CSV's: its page's table, where most of its text is, comes from the CSV.
  for (const [id, dataset] of project.datasets)
    sources.set(
      `data/${id}/index.html`,
      dataset.rowsFile ? `${dataset.file} and ${dataset.rowsFile.file}` : dataset.file,
    );
  return sources;
}

/**
 * Problems (`path:line:column rule: message`) with the editor's file a page comes from after its position: the line
 * and column are the built page's, which an editor never opens.
 */
export function withSources(
  problems: string[],
  project: Pick<Project, 'stories' | 'cases' | 'datasets'> | undefined,
): string[] {
  const sources = pageSources(project);
  return problems.map((problem) => {
    const at = /^([^:]+):\d+:\d+ /.exec(problem);
    const source = at && sources.get(at[1]!);
    return source ? `${at![0]}(from ${source}) ${problem.slice(at![0].length)}` : problem;
  });
}

/** The build step: fails the build on any html-validate error or warning. */
export const htmlCheck: PostBuildStep = {
  name: 'html-validate',
  async run({ root, outDir, log, rendered, project }) {
    const cacheDir = htmlCacheDir(root);
    const files = siteFiles(outDir, ['.html']);
    // Pages validated as Astro rendered them count when the file on disk has the same bytes; the others are
    // validated now.
    const early = rendered ? await rendered.validated() : new Map<string, PageValidation>();
    const onDisk = rendered ? await rendered.hashesOnDisk(outDir) : new Map<string, string>();
    const seen = files.flatMap((file) => {
      const result = early.get(file);
      return result && result.hash === onDisk.get(file) ? [result] : [];
    });
    const done = new Set(seen.map((result) => result.file));
    // Pages Astro copied unchanged (an incremental rebuild) passed before with these bytes: telling so takes a hash
    // here, where starting workers that load html-validate would take longer than the lookups themselves.
    const unseen = files.filter((file) => !done.has(file));
    const passed = new Set(unseen.filter((file) => passedBefore(cacheDir, readFileSync(join(outDir, file), 'utf8'))));
    const rest = await validateHtmlInWorkers(
      outDir,
      unseen.filter((file) => !passed.has(file)),
      { cacheDir },
    );
    const problems = inFileOrder(files, [...seen.flatMap((result) => result.problems), ...rest.problems]);
    if (problems.length > 0) throw new CheckError('html-validate', withSources(problems, project));
    const cached = passed.size + rest.cached + seen.filter((result) => result.cached).length;
    log(
      `html-validate: ${files.length} HTML files, 0 problems (${files.length - cached} validated, ${cached} unchanged since they passed${seen.length ? `; ${seen.length} while Astro rendered` : ''})`,
    );
  },
};
