/**
 * A build killed between publishing's two renames leaves the site at `.<dist>-previous-<pid>` and no dist/. The next
 * build puts it back before its content checks: one that stops on a content error must not leave dist/ missing while
 * saying it is unchanged. Folders of a build still running are left alone.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { makeFixture, runBuild } from '../helpers/build.ts';

/** The id of a process that has ended. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

describe('a build that stops on the content', () => {
  it("first puts back the site a stopped build left aside, and leaves a running build's folders alone", () => {
    const fixture = makeFixture({ copyDemo: false });
    fixture.write('content/stories/broken.mdx', '---\ntitle: 12\n---\n\nText.\n');
    const dist = join(fixture.root, 'site');
    const dead = endedPid();
    const aside = join(fixture.root, `.site-previous-${dead}`);
    mkdirSync(aside);
    writeFileSync(join(aside, 'index.html'), '<p>the published site</p>');
    // This test's own process runs: its folders belong to a build still at work.
    const running = join(fixture.root, `.site-previous-${process.pid}-1`);
    const runningStaging = join(fixture.root, `.site-staging-${process.pid}`);
    mkdirSync(running);
    mkdirSync(runningStaging);
    const deadStaging = join(fixture.root, `.site-staging-${dead}`);
    mkdirSync(deadStaging);

    const result = runBuild({ dist, contentRoot: fixture.root });
    expect(result.status, result.output).toBe(1);
    expect(result.stderr).toContain('content/stories/broken.mdx: line 2: title: expected text');
    expect(result.stderr).toContain(`Nothing was written; ${dist} is unchanged.`);
    expect(result.stdout).toContain(
      `[casefile] put back .site-previous-${dead} as site: a build was stopped while publishing it`,
    );
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<p>the published site</p>');
    expect(existsSync(aside)).toBe(false);
    expect(existsSync(deadStaging)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(runningStaging)).toBe(true);
  });
});
