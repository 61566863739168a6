/**
 * The build itself refuses an output folder that is one of the project's (src/build/output-folder.ts): before it writes
 * or moves anything, with exit code 1.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeFixture, runBuild } from '../helpers/build.ts';
import { treeHash } from './tree.ts';

const tail = 'the build replaces its output folder whole; expected a folder of its own, such as dist';

describe('a build given a folder of the project as its output', () => {
  it('stops before it touches anything, with exit code 1 and the folder unchanged', () => {
    const fixture = makeFixture();
    const data = join(fixture.root, 'data');
    const before = treeHash(data);
    const result = runBuild({ dist: data, contentRoot: fixture.root });
    expect(result.status, result.output).toBe(1);
    expect(result.stderr).toContain(
      `The build stopped: CASEFILE_DIST: "${data}" is the data folder of CASEFILE_CONTENT_ROOT: ${tail}.`,
    );
    expect(treeHash(data)).toBe(before);
  });

  it("stops a preview build whose CASEFILE_PREVIEW_DIST is the content's folder", () => {
    const fixture = makeFixture();
    const content = join(fixture.root, 'content');
    const before = treeHash(content);
    const result = runBuild({
      dist: join(fixture.root, 'out'),
      contentRoot: fixture.root,
      env: { PREVIEW: '1', CASEFILE_PREVIEW_DIST: content },
    });
    expect(result.status, result.output).toBe(1);
    expect(result.stderr).toContain(
      `CASEFILE_PREVIEW_DIST: "${content}" is the content folder of CASEFILE_CONTENT_ROOT`,
    );
    expect(treeHash(content)).toBe(before);
  });
});
