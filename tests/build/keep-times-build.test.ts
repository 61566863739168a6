/**
 * A rebuild gives the files whose bytes it did not change the published site's modification times, and only those
 * (src/build/keep-times.ts): `aws s3 sync` and `rsync -a`, which compare sizes and times, then upload only what
 * changed, and nginx's Last-Modified and ETag stay the same for a page that did.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { makeFixture, runBuild, type BuildResult } from '../helpers/build.ts';

interface FileState {
  bytes: Buffer;
  mtimeNs: bigint;
}

/** Every file below `dir` with its bytes and modification time. */
function files(dir: string): Map<string, FileState> {
  const found = new Map<string, FileState>();
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = join(dir, path);
    const stat = lstatSync(full, { bigint: true });
    if (stat.isFile()) found.set(path.split(sep).join('/'), { bytes: readFileSync(full), mtimeNs: stat.mtimeNs });
  }
  return found;
}

/**
 * How far apart two files' modification times are, in nanoseconds. Node sets a file's time as a double of seconds,
 * which holds today's times to within 120 ns of the file system's nanoseconds: a kept time is that close.
 */
function drift(a: FileState, b: FileState): bigint {
  return a.mtimeNs > b.mtimeNs ? a.mtimeNs - b.mtimeNs : b.mtimeNs - a.mtimeNs;
}

/** The `modification times: K of N files …, C changed or new …` line's figures. */
function timesLine(build: BuildResult): { kept: number; files: number; other: number } {
  const line =
    /modification times: (\d+) of (\d+) files are the same as the published site's and keep their times, (\d+) changed or new get this build's \(\d+ ms\)/.exec(
      build.output,
    );
  if (!line) throw new Error(`no modification times line in the build's output:\n${build.output}`);
  return { kept: Number(line[1]), files: Number(line[2]), other: Number(line[3]) };
}

// Three whole builds of the demo's content; on two busy cores one took 177 s.
describe('modification times of a rebuilt site', { timeout: 600_000 }, () => {
  const fixture = makeFixture();
  const dist = join(fixture.root, 'site');
  // Its own memory of the output checks (as tests/build/incremental.test.ts keeps), and of the search index, whose
  // files the build links into the site (src/build/search-index.ts).
  const pageCache = join(fixture.root, 'page-cache');
  const searchIndexCache = join(pageCache, 'search-index/index');
  const build = () => runBuild({ dist, contentRoot: fixture.root, env: { CASEFILE_PAGE_CACHE: pageCache } });
  let first: BuildResult;
  let afterFirst: Map<string, FileState>;
  let cachedFirst: Map<string, FileState>;
  let again: BuildResult;
  let afterAgain: Map<string, FileState>;
  let cachedAgain: Map<string, FileState>;

  beforeAll(() => {
    first = build();
    afterFirst = files(dist);
    cachedFirst = files(searchIndexCache);
    again = build();
    afterAgain = files(dist);
    cachedAgain = files(searchIndexCache);
  });

  it("a first build compares nothing, and an unchanged rebuild keeps every file's modification time", () => {
    expect(first.status, first.output).toBe(0);
    expect(first.output).not.toContain('modification times:');
    expect(again.status, again.output).toBe(0);
    // The demo's site: every page, card, download and the search index.
    expect(afterFirst.size).toBeGreaterThan(200);
    expect([...afterAgain.keys()].sort()).toEqual([...afterFirst.keys()].sort());
    expect(timesLine(again)).toEqual({ kept: afterFirst.size, files: afterFirst.size, other: 0 });
    for (const [file, { bytes, mtimeNs }] of afterAgain) {
      const before = afterFirst.get(file)!;
      expect(bytes.equals(before.bytes), file).toBe(true);
      expect(drift({ bytes, mtimeNs }, before), file).toBeLessThanOrEqual(120n);
    }
    // The search index came from its cache, whose files keep their own times (its use is marked by a stamp of its own).
    expect(again.output).toContain('all unchanged since the last build: its index copied');
    expect(cachedFirst.size).toBeGreaterThan(0);
    expect(new Map([...cachedAgain].map(([file, { mtimeNs }]) => [file, mtimeNs]))).toEqual(
      new Map([...cachedFirst].map(([file, { mtimeNs }]) => [file, mtimeNs])),
    );
  });

  it('after an edit of one story, exactly the files whose bytes changed, and the new ones, get the build’s time', () => {
    const story = 'content/stories/safeguards-added-and-quietly-dropped.mdx';
    fixture.write(
      story,
      `${readFileSync(join(fixture.root, story), 'utf8')}\nAn editor added this sentence after publication.\n`,
    );
    const started = Date.now();
    const edited = build();
    expect(edited.status, edited.output).toBe(0);
    const after = files(dist);

    const changed = [...after]
      .filter(([file, { bytes }]) => !afterAgain.get(file)?.bytes.equals(bytes))
      .map(([file]) => file)
      .sort();
    const kept = [...after.keys()].filter((file) => !changed.includes(file));
    // The story's page changed, and Pagefind's files with it; most of the site did not.
    expect(changed).toContain('stories/safeguards-added-and-quietly-dropped/index.html');
    expect(changed.some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(kept.length).toBeGreaterThan(changed.length * 5);
    expect(timesLine(edited)).toEqual({ kept: kept.length, files: after.size, other: changed.length });

    // Every other file has the time it had.
    for (const file of kept) expect(drift(after.get(file)!, afterAgain.get(file)!), file).toBeLessThanOrEqual(120n);
    // The changed and new ones were written by this build (the file system's clock ticks coarsely: 50 ms of slack).
    for (const file of changed) {
      expect(Number(after.get(file)!.mtimeNs / 1_000_000n), file).toBeGreaterThanOrEqual(started - 50);
    }
  });
});
