/**
 * The story README.md shows "filled in" is what an editor copies to start: it must pass the build's content checks
 * on the demo's own data, so that a copy publishes neither a stand-in nor a figure the checks would refuse.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateProject } from '../../src/lib/validate-project.ts';
import { repoRoot } from '../helpers/build.ts';

/** The README's example story: the first ```mdx block after "Filled in, a story reads like this". */
function readmeStory(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const after = readme.slice(readme.indexOf('Filled in, a story reads like this'));
  const block = /```mdx\n([\s\S]*?)```/.exec(after);
  if (!block) throw new Error('README.md: no ```mdx block after "Filled in, a story reads like this"');
  return block[1]!;
}

describe("the README's example story", () => {
  it('passes the content checks on the demo data, once its embargo has lifted, with no note', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-readme-'));
    try {
      for (const folder of ['content', 'data']) cpSync(join(repoRoot, folder), join(root, folder), { recursive: true });
      writeFileSync(join(root, 'content/stories/how-the-watchdog-works.mdx'), readmeStory());
      const { project, errors, notes } = validateProject(root, new Date('2026-12-03T12:00:00Z'), false);
      expect(errors.map((error) => error.message)).toEqual([]);
      expect(notes.map((note) => note.message)).toEqual([]);
      // It is read as a story, not left out: the checks above ran on it.
      expect(project.stories.map((story) => story.file)).toContain('content/stories/how-the-watchdog-works.mdx');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
