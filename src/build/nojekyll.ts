/**
 * An empty `.nojekyll` at the site's root. GitHub Pages serving a branch (rather than the Actions workflow in
 * docs/deploying.md) runs the branch through Jekyll, which leaves out every folder whose name starts with "_":
 * `_astro/`, and with it every page's stylesheets, fonts and photos. The file tells GitHub Pages not to run Jekyll;
 * other hosts serve it as an empty file, or not at all.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostBuildStep } from './steps.ts';

/** The post-build step that writes it, in every build: a preview hosted on a Pages branch needs its stylesheets too. */
export const nojekyllStep: PostBuildStep = {
  name: '.nojekyll',
  run({ outDir }) {
    writeFileSync(join(outDir, '.nojekyll'), '');
  },
};
