/**
 * Every HTML file of the built site passes html-validate with its recommended preset. Rules turned off are listed
 * in `htmlValidateConfig` with the reason.
 */
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
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

/** One line per html-validate message: `path:line:column rule: message`, for every HTML file below `dir`. */
export async function validateHtml(dir: string): Promise<string[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
  const problems: string[] = [];
  for (const file of siteFiles(dir, ['.html'])) {
    const report = await validator.validateFile(join(dir, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  return problems;
}

/** The build step: fails the build on any html-validate error or warning. */
export const htmlCheck: PostBuildStep = {
  name: 'html-validate',
  async run({ outDir, log }) {
    const problems = await validateHtml(outDir);
    if (problems.length > 0) throw new CheckError('html-validate', problems);
    log(`html-validate: ${siteFiles(outDir, ['.html']).length} HTML files, 0 problems`);
  },
};
