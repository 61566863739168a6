/**
 * Runs the real build (`scripts/build.mjs`) in a child process, as `npm run build` does, with its own output and
 * cache folders so that tests never touch dist/ and can run side by side.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixedNow = '2026-11-22T12:00:00Z';

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together as text, for asserting on messages: without the colours Astro's logger adds on a
   * terminal or whenever `CI` is set (as on the project's CI), which split a message like `[build] Building`. */
  output: string;
  dist: string;
}

/**
 * `previewBeside`: a preview build (PREVIEW=1) writes where a newsroom's would, into `<dist>-preview` beside the output
 * folder, without CASEFILE_PREVIEW_DIST; otherwise it writes into `dist` itself. `project`: the project whose build
 * script runs (a copy a test edited, tests/helpers/project-copy.ts), this repository when not given.
 */
export function runBuild(options: {
  dist: string;
  contentRoot?: string;
  env?: Record<string, string>;
  cwd?: string;
  previewBeside?: boolean;
  args?: string[];
  project?: string;
}): BuildResult {
  const { CASEFILE_PREVIEW_DIST: _outer, ...outer } = process.env;
  const project = options.project ?? repoRoot;
  const result = spawnSync(process.execPath, [join(project, 'scripts/build.mjs'), ...(options.args ?? [])], {
    cwd: options.cwd ?? project,
    encoding: 'utf8',
    timeout: 600_000,
    // A build asked for Node's debug output (the compile cache's) writes megabytes of it.
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...outer,
      // The tests' own zone (vitest.config.ts), far from UTC.
      TZ: process.env.TZ ?? 'Pacific/Honolulu',
      CASEFILE_NOW: fixedNow,
      CASEFILE_DIST: options.dist,
      // A preview build of a test writes where the test reads, not beside it (and the published site's folder is then
      // elsewhere: the build refuses a preview into it).
      ...(options.previewBeside ? {} : { CASEFILE_PREVIEW_DIST: options.dist }),
      ...(options.env?.PREVIEW && !options.previewBeside ? { CASEFILE_DIST: `${options.dist}-published` } : {}),
      CASEFILE_CACHE_DIR: `${options.dist}-astro-cache`,
      ...(options.contentRoot ? { CASEFILE_CONTENT_ROOT: options.contentRoot } : {}),
      ...options.env,
    },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`),
    dist: options.dist,
  };
}

/** A temporary fixture site: a copy of the demo's content/ and data/ (or an empty one) that a test edits. */
export function makeFixture(options: { copyDemo?: boolean } = {}): {
  root: string;
  write: (path: string, text: string) => void;
  dist: string;
} {
  const root = mkdtempSync(join(tmpdir(), 'casefile-fixture-'));
  if (options.copyDemo ?? true) {
    cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });
    cpSync(join(repoRoot, 'data'), join(root, 'data'), { recursive: true });
  } else {
    mkdirSync(join(root, 'content/stories'), { recursive: true });
    mkdirSync(join(root, 'content/cases'), { recursive: true });
    mkdirSync(join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'data/sources.json'), '{}');
  }
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  return { root, write, dist: join(root, 'out') };
}
