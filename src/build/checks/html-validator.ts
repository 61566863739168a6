/**
 * html-validate itself: validating pages, in the worker threads the html check (html.ts) and the live validation
 * during Astro's render (html-live.ts) start. Kept apart from html.ts so that the build's main thread, which only
 * looks up pages that passed before, never loads html-validate.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigData, HtmlValidate, ResolvedConfig } from 'html-validate';
import { pageHash } from '../rendered-pages.ts';
import { siteFiles } from './site-files.ts';
import { htmlValidateConfig, passedBefore, passMarker, type HtmlValidation, type PageValidation } from './html.ts';

/**
 * An html-validate instance with this project's configuration. html-validate is loaded here, at the first page that
 * did not pass before: a worker whose pages all passed before never loads it (~0.3 s of CPU per worker, beside Astro,
 * in a build that renders a few pages again).
 */
async function createValidator(): Promise<HtmlValidate> {
  const { HtmlValidate, StaticConfigLoader } = await import('html-validate');
  /**
   * html-validate's static loader merges and resolves its configuration again for every file it validates, loading
   * the HTML5 element table and checking it against its schema each time: a third of the time of validating a story
   * page (~16 → ~11 ms). Every page here has the same configuration, so it is resolved once.
   */
  class ResolvedOnceConfigLoader extends StaticConfigLoader {
    #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
    override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
      if (configOverride) return super.getConfigFor(handle, configOverride);
      this.#resolved ??= super.getConfigFor(handle);
      return this.#resolved;
    }
  }
  return new HtmlValidate(new ResolvedOnceConfigLoader(htmlValidateConfig));
}

/** Validates pages one at a time with one html-validate instance and the pass cache in `cacheDir`. */
export function pageValidator(cacheDir?: string): (file: string, html: string) => Promise<PageValidation> {
  let validator: Promise<HtmlValidate> | undefined;
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  return async (file, html) => {
    const hash = pageHash(html);
    if (passedBefore(cacheDir, html)) return { file, hash, problems: [], cached: true };
    const marker = cacheDir && passMarker(cacheDir, html);
    validator ??= createValidator();
    const report = await (await validator).validateString(html, file);
    const problems = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
      ),
    );
    if (marker && problems.length === 0) writeFileSync(marker, '');
    return { file, hash, problems, cached: false };
  };
}

/**
 * Validates every HTML file below `dir`. With `cacheDir`, files that passed before (same bytes, configuration and
 * html-validate version) are skipped, and files that pass now are remembered.
 */
export async function validateHtml(dir: string, options: { cacheDir?: string } = {}): Promise<HtmlValidation> {
  return validateHtmlFiles(dir, siteFiles(dir, ['.html']), options);
}

/** Validates `files` (paths relative to `dir`), as validateHtml does for all of them. */
export async function validateHtmlFiles(
  dir: string,
  files: string[],
  options: { cacheDir?: string } = {},
): Promise<HtmlValidation> {
  const validate = pageValidator(options.cacheDir);
  const problems: string[] = [];
  let cached = 0;
  for (const file of files) {
    const result = await validate(file, readFileSync(join(dir, file), 'utf8'));
    problems.push(...result.problems);
    if (result.cached) cached++;
  }
  return { problems, files: files.length, cached };
}
