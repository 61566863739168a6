/**
 * Every HTML file of the built site passes html-validate with its recommended preset. Rules turned off are listed
 * in `htmlValidateConfig` with the reason.
 *
 * A page that passed once is not validated again while its bytes, the configuration and html-validate's version
 * stay the same: the build remembers it by a hash under node_modules/.cache/casefile/html-validate/, so a rebuild
 * of a large archive validates only the pages that changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, version, type ConfigData } from 'html-validate';
import type { PostBuildStep } from '../steps.ts';
import { CheckError } from './check-error.ts';
import { siteFiles } from './site-files.ts';

/** The html-validate configuration the build uses. */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // An SEO heuristic (search engines cut titles at about 70 characters), not a rule of valid HTML: a page title is
    // the editor's headline plus the site name, and a headline is the newsroom's call, not the validator's.
    'long-title': 'off',
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

/**
 * Validates every HTML file below `dir`. With `cacheDir`, files that passed before (same bytes, configuration and
 * html-validate version) are skipped, and files that pass now are remembered.
 */
export async function validateHtml(dir: string, options: { cacheDir?: string } = {}): Promise<HtmlValidation> {
  const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
  const salt = `${version}\n${JSON.stringify(htmlValidateConfig)}\n`;
  if (options.cacheDir) mkdirSync(options.cacheDir, { recursive: true });
  const files = siteFiles(dir, ['.html']);
  const problems: string[] = [];
  let cached = 0;
  for (const file of files) {
    const html = readFileSync(join(dir, file), 'utf8');
    const marker =
      options.cacheDir && join(options.cacheDir, createHash('sha256').update(salt).update(html).digest('hex'));
    if (marker && existsSync(marker)) {
      cached++;
      continue;
    }
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    if (marker && report.results.every((result) => result.messages.length === 0)) writeFileSync(marker, '');
  }
  return { problems, files: files.length, cached };
}

/** The build step: fails the build on any html-validate error or warning. */
export const htmlCheck: PostBuildStep = {
  name: 'html-validate',
  async run({ root, outDir, log }) {
    const cacheDir = process.env.CASEFILE_HTML_CACHE ?? join(root, 'node_modules/.cache/casefile/html-validate');
    const { problems, files, cached } = await validateHtml(outDir, { cacheDir });
    if (problems.length > 0) throw new CheckError('html-validate', problems);
    log(
      `html-validate: ${files} HTML files, 0 problems (${files - cached} validated, ${cached} unchanged since they passed)`,
    );
  },
};
