import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runBuild } from '../helpers/build.ts';
import { editorialFixture } from '../editorial/fixture.ts';
import { treeHash } from './tree.ts';
import { lock, lockable, lockStopsRename, unlock } from '../helpers/locked-folder.ts';

describe('a failed build loses nothing', () => {
  const fixture = editorialFixture();
  const dist = join(fixture.root, 'site');
  let good: string;

  beforeAll(() => {
    const first = runBuild({ dist, contentRoot: fixture.root });
    expect(first.status, first.output).toBe(0);
    good = treeHash(dist);
  });

  /** No staging or previous-output folder is left beside the output. */
  function leftovers(): string[] {
    return readdirSync(dirname(dist)).filter((name) => name.startsWith('.site-'));
  }

  it('bad content stops the build before Astro runs and leaves the previous output byte-identical', () => {
    const original = readFileSync(join(fixture.root, 'data/fixture-counts.json'), 'utf8');
    fixture.write('data/fixture-counts.json', '{ "title": ');
    try {
      const failed = runBuild({ dist, contentRoot: fixture.root });
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain(`Nothing was written; ${dist} is unchanged.`);
      expect(treeHash(dist)).toBe(good);
      expect(leftovers()).toEqual([]);
    } finally {
      fixture.write('data/fixture-counts.json', original);
    }
  });

  it('an error while rendering a page leaves the previous output byte-identical', () => {
    const file = join(fixture.root, 'content/stories/second-story.mdx');
    const original = readFileSync(file, 'utf8');
    // A row given as an expression passes the preflight (it cannot evaluate it) and fails when the page renders.
    fixture.write(
      'content/stories/second-story.mdx',
      `${original}\nA figure: <Fact dataset="fixture-counts" row={2000 + 99} column="count" />.\n`,
    );
    try {
      const failed = runBuild({ dist, contentRoot: fixture.root });
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain(`Nothing was published; ${dist} is unchanged.`);
      expect(treeHash(dist)).toBe(good);
      expect(leftovers()).toEqual([]);
    } finally {
      fixture.write('content/stories/second-story.mdx', original);
    }
  });

  it('a failing check of the output leaves the previous output byte-identical', () => {
    const file = join(fixture.root, 'content/cases/public-case.mdx');
    const original = readFileSync(file, 'utf8');
    fixture.write('content/cases/public-case.mdx', `${original}\nSee the Marzipan Quokka Ledger.\n`);
    try {
      const failed = runBuild({ dist, contentRoot: fixture.root });
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain('The build stopped: a check of the output failed.');
      expect(treeHash(dist)).toBe(good);
      expect(leftovers()).toEqual([]);
    } finally {
      fixture.write('content/cases/public-case.mdx', original);
    }
  });

  it.skipIf(!(lockStopsRename && lockable()))(
    'an output folder that cannot be moved aside stops the build at publishing, in one line naming it, and stays as it was',
    () => {
      lock(dist);
      try {
        const failed = runBuild({ dist, contentRoot: fixture.root });
        expect(failed.status).toBe(1);
        expect(failed.stderr).toContain(
          `The build stopped: publishing failed.\n\n  ${dist} could not be moved aside to put the new site in its place (EPERM): check that this user may rename it and write into ${dirname(dist)} (its permissions, an immutable attribute, a folder with the sticky bit owned by another user)\n\nNothing was published; ${dist} is unchanged.`,
        );
        expect(failed.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        expect(treeHash(dist)).toBe(good);
        expect(leftovers()).toEqual([]);
      } finally {
        unlock(dist);
      }
    },
  );

  it('a good build after failures replaces the output', () => {
    fixture.write(
      'content/stories/second-story.mdx',
      readFileSync(join(fixture.root, 'content/stories/second-story.mdx'), 'utf8').replace(
        'Plain prose',
        'Revised prose',
      ),
    );
    const rebuilt = runBuild({ dist, contentRoot: fixture.root });
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(treeHash(dist)).not.toBe(good);
    expect(readFileSync(join(dist, 'stories/second-story/index.html'), 'utf8')).toContain('Revised prose');
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});
