/**
 * A preview's folder tells git to ignore it. A preview holds drafts and embargoed pages; it is written beside the
 * site's folder (dist-preview/, or out-preview/ for CASEFILE_DIST=out), and the project's .gitignore names only the
 * default folders: `git add -A` in a project built with another folder would commit the embargoed pages, and a push
 * publish them. A `.gitignore` of `*` inside the folder keeps it out of git wherever it is.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostBuildStep } from './steps.ts';
import { isPreview } from '../lib/visibility.ts';

/** The file written into a preview's folder. */
export const previewGitignore =
  '# A preview holds drafts and embargoed pages: git ignores this folder whole (src/build/preview-ignore.ts).\n*\n';

/** The post-build step that writes it, in a preview build only. */
export const previewIgnoreStep: PostBuildStep = {
  name: 'preview gitignore',
  run({ outDir }) {
    if (isPreview()) writeFileSync(join(outDir, '.gitignore'), previewGitignore);
  },
};
