/**
 * `npm run build`: check the content, build the site, index it, check the output, publish it to dist/.
 * Nothing reaches dist/ unless every step succeeds.
 */
import { build } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { validateProject } from '../src/lib/validate-project.ts';
import { buildTime, isPreview } from '../src/lib/visibility.ts';
import { stagingDir, publish, discard } from '../src/build/publish.ts';
import { postBuildSteps } from '../src/build/steps.ts';
import { reportFailure } from '../src/build/report.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const target = process.env.CASEFILE_DIST ?? 'dist';
const started = performance.now();
const log = (line: string) => console.log(`[casefile] ${line}`);

const now = buildTime();
const preview = isPreview();
const { project, errors } = validateProject(root, now, preview);
if (errors.length > 0) {
  console.error(`\nThe build stopped: ${errors.length} problem${errors.length === 1 ? '' : 's'} in the content.\n`);
  for (const error of errors) console.error(`  ${error.message}`);
  console.error('\nNothing was written; dist/ is unchanged.');
  process.exit(1);
}
log(`content ok: ${project.stories.length} stories, ${project.cases.length} cases, ${project.datasets.size} datasets, ${project.sources.size} sources${preview ? ' (preview: drafts and embargoed pages included)' : ''}`);

const outDir = stagingDir(root, target);
try {
  await build({ root, outDir, logLevel: process.env.CASEFILE_LOG ?? 'warn' });
  for (const step of postBuildSteps) {
    const t = performance.now();
    await step.run({ root, outDir, project, now, preview, log });
    log(`${step.name}: ${Math.round(performance.now() - t)} ms`);
  }
  publish(root, outDir, target);
} catch (error) {
  discard(outDir);
  reportFailure(error);
  console.error(`\nNothing was published; ${target}/ is unchanged.`);
  process.exit(1);
}
log(`built ${target}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
