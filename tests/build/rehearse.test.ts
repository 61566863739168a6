/**
 * `npm run rehearse` on the editorial fixture: its embargoed story, lifting on 1 January 2027, links to an anchor the
 * published site lacks. A normal build never renders the story and passes; the build that lifts the embargo would
 * stop on the broken link and publish nothing. The rehearsal runs that build now and says so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedNow, repoRoot, runBuild, type BuildResult } from '../helpers/build.ts';
import { listFiles } from '../../src/build/checks/leaks.ts';
import { editorialFixture, markers } from '../editorial/fixture.ts';
import { childOutput } from '../helpers/output.ts';
import { untilInFolder } from '../helpers/folder-event.ts';

const fixture = editorialFixture();
const embargoed = `content/stories/${markers.embargoSlug}.mdx`;
const later = 'content/stories/later-story.mdx';
const brokenLink = '/stories/public-story/#no-such-part';

/** The published site's files and their contents, to show a rehearsal leaves it as it was. */
function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, readFileSync(join(dir, file), 'latin1')]));
}

/** Runs `npm run rehearse` on the fixture with the tests' clock, its temporary folders in a folder of the test's own. */
function rehearseEnv(temp: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TMPDIR: temp,
    CASEFILE_NOW: fixedNow,
    CASEFILE_CONTENT_ROOT: fixture.root,
    CASEFILE_DIST: fixture.dist,
    CASEFILE_CACHE_DIR: `${fixture.dist}-astro-cache`,
  };
}

function rehearse(...args: string[]): { status: number | null; output: string; temp: string } {
  const temp = mkdtempSync(join(tmpdir(), 'casefile-rehearse-test-'));
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/rehearse.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 600_000,
    env: rehearseEnv(temp),
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`), temp };
}

/** The lines `npm run rehearse` writes itself, with its timings as "N s". */
const ownLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('[casefile] rehearse'))
    .map((line) => line.replace(/\d+\.\d s$/, 'N s'));

describe('npm run rehearse', () => {
  let published: BuildResult;
  let before: Map<string, string>;
  let failed: ReturnType<typeof rehearse>;

  beforeAll(() => {
    const text = readFileSync(join(fixture.root, embargoed), 'utf8');
    fixture.write(embargoed, `${text}\nSee [the public story's missing part](${brokenLink}).\n`);
    // A second embargo, a month later: a build of its own, after the first.
    fixture.write(
      later,
      `---
title: Later fixture story
summary: A story embargoed a month after the other.
date: 2026-01-20
countries: [TR]
tags: [fixture]
embargo: 2027-02-01T06:00:00Z
---

Prose of the later story <Cite id="fixture-source" />.
`,
    );
    published = runBuild({ dist: fixture.dist, contentRoot: fixture.root });
    before = snapshot(fixture.dist);
    failed = rehearse();
  }, 900_000);

  it('is needed: a normal build does not render the embargoed story, and passes with its broken link', () => {
    expect(published.status, published.output).toBe(0);
    expect(published.output).toContain('embargo: 2 pages held back');
  });

  it('runs the build that lifts the first embargo, which stops on the broken link, and says which page would miss its moment', () => {
    expect(failed.status, failed.output).toBe(1);
    expect(failed.output).toContain(
      `[casefile] rehearse 1 of 2: the build at 2027-01-01T00:00:00Z, which publishes ${embargoed}`,
    );
    expect(failed.output).toContain(`${brokenLink} (no element with id "no-such-part"); written in ${embargoed}:`);
    expect(failed.output).toContain(
      'Nothing was published; this was a rehearsal (npm run rehearse), whose folder is removed.',
    );
    expect(failed.output).toContain(
      `rehearse: the build at 2027-01-01T00:00:00Z would stop, publishing nothing, and ${embargoed} would stay embargoed past that moment. Fix the problem above and rehearse again (${fixture.dist} is unchanged).`,
    );
    // It stops at the first build that fails.
    expect(failed.output).not.toContain('rehearse 2 of 2');
  });

  it('leaves the published site as it was, and no folder of its own behind', () => {
    expect(snapshot(fixture.dist)).toEqual(before);
    expect(readdirSync(failed.temp)).toEqual([]);
  });

  it('passes once the link is fixed, rehearsing each embargo at its moment, saying only that each passed', () => {
    const text = readFileSync(join(fixture.root, embargoed), 'utf8');
    fixture.write(embargoed, text.replace(brokenLink, '/stories/public-story/'));
    const passed = rehearse();
    expect(passed.status, passed.output).toBe(0);
    expect(ownLines(passed.output)).toEqual([
      `[casefile] rehearse 1 of 2: the build at 2027-01-01T00:00:00Z, which publishes ${embargoed}`,
      '[casefile] rehearse 1 of 2: passed every check in N s',
      `[casefile] rehearse 2 of 2: the build at 2027-02-01T06:00:00Z, which publishes ${later}`,
      '[casefile] rehearse 2 of 2: passed every check in N s',
      '[casefile] rehearse: all 2 builds that lift the pending embargoes passed (the last at 2027-02-01T06:00:00Z); nothing was published',
    ]);
    // Not the builds' own lines (their budgets, their checks' timings).
    expect(passed.output).not.toContain('budgets:');
    expect(snapshot(fixture.dist)).toEqual(before);
    expect(readdirSync(passed.temp)).toEqual([]);
  }, 900_000);

  it('with --verbose, shows each build as it runs: the earlier embargo published in the later build, no warning about the clock', () => {
    const passed = rehearse('--verbose');
    expect(passed.status, passed.output).toBe(0);
    // Each build publishes what it will at its moment: one page held back in the first, none in the second.
    expect(passed.output).toContain(`embargo: 1 page held back; the next to lift is ${later}, at 2027-02-01T06:00:00Z`);
    expect(passed.output).toContain('rehearsal: the build at 2027-01-01T00:00:00Z passed every check in');
    expect(passed.output).toContain('rehearsal: the build at 2027-02-01T06:00:00Z passed every check in');
    expect(passed.output).toContain('budgets:');
    // Ahead of the clock on purpose: not the warning a build prepared ahead of its moment gets.
    expect(passed.output).not.toContain("ahead of this machine's clock");
    // Nor the normal build's advice to rehearse.
    expect(passed.output).not.toContain('npm run rehearse runs');
    expect(readdirSync(passed.temp)).toEqual([]);
  }, 900_000);

  it('stops on Ctrl+C (SIGINT), passing it on to the build, and removes its folder', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'casefile-rehearse-test-'));
    const child = spawn(process.execPath, [join(repoRoot, 'scripts/rehearse.ts')], {
      cwd: repoRoot,
      env: rehearseEnv(temp),
    });
    const printed = childOutput(child, 'npm run rehearse');
    const closed = new Promise<[number | null, NodeJS.Signals | null]>((done) =>
      child.on('close', (code, signal) => done([code, signal])),
    );
    // Once the first build has started: its heading is printed, and its folder made.
    await printed.until(/rehearse 1 of 2: the build at/, 120_000);
    await untilInFolder(temp, "the first rehearsal's folder", () => readdirSync(temp).length > 0);
    expect(readdirSync(temp), printed.text()).toHaveLength(1);
    child.kill('SIGINT');
    // Ended by that signal, as the build is (a shell reports 130).
    expect(await closed, printed.text()).toEqual([null, 'SIGINT']);
    expect(printed.text()).toContain(
      'rehearse: stopped (SIGINT); nothing was published, and its temporary folder is removed.',
    );
    expect(printed.text()).not.toContain('rehearse 2 of 2');
    expect(readdirSync(temp)).toEqual([]);
    expect(snapshot(fixture.dist)).toEqual(before);
  }, 300_000);
});
