import { describe, expect, it } from 'vitest';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { createHook } from 'node:async_hooks';
import { skipWithoutProcfs } from '../helpers/procfs.ts';
import {
  clearRetired,
  movedLastFirst,
  publish,
  recoverAbandonedPublish,
  removeAbandonedStaging,
  retire,
} from '../../src/build/publish.ts';

/** A folder with a small site in it: an index page and a story page. */
function site(parent: string, name: string, text: string): string {
  const dir = join(parent, name);
  mkdirSync(join(dir, 'stories/x'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
  writeFileSync(join(dir, 'stories/x/index.html'), text);
  return dir;
}

describe('the site a build replaced', () => {
  it('is moved out of the way at once and removed by the next build, leaving nothing beside the target', async () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-retire-'));
    const target = site(root, 'dist', 'old');
    const retiredDir = join(root, 'cache/replaced-sites');
    const previous = publish(site(root, '.dist-staging-1', 'new'), target);
    expect(previous).toEqual([join(root, `.dist-previous-${process.pid}`)]);
    expect(await retire(previous[0]!, retiredDir)).toBe('moved');
    expect(readdirSync(root).sort()).toEqual(['cache', 'dist']);
    expect(readFileSync(join(target, 'stories/x/index.html'), 'utf8')).toBe('new');
    const [retired] = readdirSync(retiredDir);
    expect(readFileSync(join(retiredDir, retired!, 'stories/x/index.html'), 'utf8')).toBe('old');
    // The next build clears it (a missing folder is no error).
    await clearRetired(retiredDir);
    expect(readdirSync(retiredDir)).toEqual([]);
    await expect(clearRetired(join(root, 'nothing-here'))).resolves.toBeUndefined();
  });

  it("is removed in a worker thread, leaving libuv's thread pool to Astro", async () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-retire-'));
    const retiredDir = join(root, 'replaced-sites');
    for (const name of ['dist-1', 'dist-2']) {
      const dir = site(retiredDir, name, 'old');
      for (let i = 0; i < 100; i++) writeFileSync(join(dir, `page-${i}.html`), 'old');
    }
    // Every file system request the main thread hands to the thread pool while the folder is cleared.
    const requests: string[] = [];
    const hook = createHook({
      init(_id, type) {
        if (type.startsWith('FSREQ')) requests.push(type);
      },
    }).enable();
    try {
      await clearRetired(retiredDir);
    } finally {
      hook.disable();
    }
    expect(readdirSync(retiredDir)).toEqual([]);
    // Removing in the pool made hundreds of requests here (one or more per file and folder); the worker, none.
    expect(requests).toEqual([]);
  });

  it('is removed at once when it cannot be moved', async () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-retire-'));
    const previous = site(root, '.dist-previous-1', 'old');
    // A file where the folder would go: the move fails, as it does across file systems.
    writeFileSync(join(root, 'blocked'), '');
    expect(await retire(previous, join(root, 'blocked/replaced-sites'))).toBe('removed');
    expect(existsSync(previous)).toBe(false);
  });
});

describe('staging folders of stopped builds', () => {
  it('are removed when their build no longer runs, and kept while it does', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-abandoned-'));
    const target = site(root, 'dist', 'published');
    // A process that has ended: its id no longer names a running process.
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    site(root, `.dist-staging-${ended}`, 'half');
    site(root, `.dist-staging-${process.ppid}`, 'running');
    site(root, `.other-staging-${ended}`, 'another target');
    expect(removeAbandonedStaging(target)).toEqual([`.dist-staging-${ended}`]);
    expect(readdirSync(root).sort()).toEqual([`.dist-staging-${process.ppid}`, `.other-staging-${ended}`, 'dist']);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('published');
  });

  it('are removed when their build has ended but was never reaped (a zombie), as one that was', async (context) => {
    skipWithoutProcfs(context);
    const root = mkdtempSync(join(tmpdir(), 'casefile-abandoned-'));
    const target = site(root, 'dist', 'published');
    // A shell that starts a short process and becomes a process that never waits for it: that one stays a zombie.
    const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number(
        await new Promise<string>((done) => parent.stdout!.once('data', (chunk) => done(`${chunk}`))),
      );
      const state = () => readFileSync(`/proc/${zombie}/stat`, 'utf8').split(') ')[1]![0];
      for (const deadline = Date.now() + 10_000; state() !== 'Z' && Date.now() < deadline;)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(state()).toBe('Z');
      site(root, `.dist-staging-${zombie}`, 'half');
      expect(removeAbandonedStaging(target)).toEqual([`.dist-staging-${zombie}`]);
      expect(readdirSync(root)).toEqual(['dist']);
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it("take with them Astro's folder that earlier versions built in beside the output folder, left by a stopped build", () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-abandoned-'));
    const target = site(root, 'dist', 'published');
    site(root, '.dist-astro', 'half');
    site(root, '.other-astro', 'another target');
    expect(removeAbandonedStaging(target)).toEqual(['.dist-astro']);
    expect(readdirSync(root).sort()).toEqual(['.other-astro', 'dist']);
  });
});

describe('publishing', () => {
  it('a first publish moves nothing aside', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-publish-'));
    expect(publish(site(root, '.dist-staging-1', 'new'), join(root, 'dist'))).toEqual([]);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('puts the old site back when the new one cannot be moved into place', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-publish-'));
    const target = site(root, 'dist', 'old');
    // The staging folder is gone (removed by hand, say): the second rename fails after the first moved the site aside.
    expect(() => publish(join(root, '.dist-staging-gone'), target)).toThrow(/ENOENT/);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
    expect(readFileSync(join(target, 'stories/x/index.html'), 'utf8')).toBe('old');
  });

  it("is not stopped by a folder left by an earlier process with this process's pid", () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-publish-'));
    const target = site(root, 'dist', 'old');
    site(root, `.dist-previous-${process.pid}`, 'left behind');
    const previous = publish(site(root, '.dist-staging-1', 'new'), target);
    expect(previous).toEqual([join(root, `.dist-previous-${process.pid}-1`)]);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
  });

  it('two builds publishing the same target at the same moment: the site is whole, and no old site is left behind', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-publish-'));
    site(root, 'dist', 'first');
    const publishing = new URL('../../src/build/publish.ts', import.meta.url).href;
    // Each process publishes sites of its own into the same target, as fast as it can, removes what it moved aside,
    // and counts any publish that failed. Neither stops before both have published 300 times: a process that got
    // going first keeps publishing until the other has done its 300, so those 300 overlap the first one's publishing
    // however late the other one started (no clock to race on a loaded machine). Each says it is done with a file in
    // a folder of its own beside the target's, so the target's folder holds only the two processes' work.
    const signals = mkdtempSync(join(tmpdir(), 'casefile-publish-signals-'));
    const script = (name: string, other: string) =>
      [
        `import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';`,
        `import { join } from 'node:path';`,
        `import { publish } from ${JSON.stringify(publishing)};`,
        `const root = ${JSON.stringify(root)};`,
        `const signals = ${JSON.stringify(signals)};`,
        `let failed = 0;`,
        `let published = 0;`,
        // A bound on the wait, should the other process die: this one then says so rather than hang the test.
        `const deadline = Date.now() + 60_000;`,
        `const first = performance.timeOrigin + performance.now();`,
        `for (let i = 0; ; i++) {`,
        `  if (i === 300) writeFileSync(join(signals, '${name}'), '');`,
        `  if (i >= 300 && (existsSync(join(signals, '${other}')) || Date.now() > deadline)) break;`,
        `  const staging = join(root, '.dist-staging-' + process.pid);`,
        `  mkdirSync(join(staging, 'stories/x'), { recursive: true });`,
        `  writeFileSync(join(staging, 'index.html'), '${name} ' + i);`,
        `  writeFileSync(join(staging, 'stories/x/index.html'), '${name} ' + i);`,
        `  try { for (const old of publish(staging, join(root, 'dist'))) rmSync(old, { recursive: true }); published++; }`,
        `  catch (error) { failed++; rmSync(staging, { recursive: true, force: true }); }`,
        `}`,
        `const last = performance.timeOrigin + performance.now();`,
        `console.log(JSON.stringify({ failed, published, first, last, otherDone: existsSync(join(signals, '${other}')) }));`,
      ].join('\n');
    const children = [
      ['a', 'b'],
      ['b', 'a'],
    ].map(([name, other]) =>
      spawn(process.execPath, ['--input-type=module', '-e', script(name!, other!)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    return Promise.all(
      children.map(
        (child) =>
          new Promise<string>((resolve) => {
            let out = '';
            child.stdout!.on('data', (chunk) => (out += chunk));
            child.on('close', () => resolve(out.trim()));
          }),
      ),
    ).then((outputs) => {
      const runs = outputs.map(
        (out) =>
          JSON.parse(out) as { failed: number; published: number; first: number; last: number; otherDone: boolean },
      );
      expect(runs.map((run) => run.failed)).toEqual([0, 0]);
      // Each went on until the other had published 300 times, so the two published at the same time.
      expect(runs.map((run) => run.otherDone)).toEqual([true, true]);
      for (const run of runs) expect(run.published).toBeGreaterThanOrEqual(300);
      const [a, b] = runs as [(typeof runs)[0], (typeof runs)[0]];
      expect(Math.max(a.first, b.first)).toBeLessThan(Math.min(a.last, b.last));
      expect(readdirSync(root)).toEqual(['dist']);
      const index = readFileSync(join(root, 'dist/index.html'), 'utf8');
      expect(readFileSync(join(root, 'dist/stories/x/index.html'), 'utf8')).toBe(index);
      // The last site published, whole: a's or b's, from its 300th publish or later.
      const [, , count] = /^([ab]) (\d+)$/.exec(index) ?? [];
      expect(Number(count), index).toBeGreaterThanOrEqual(299);
    });
  });
});

describe('a build stopped while publishing', () => {
  const ended = () => spawnSync(process.execPath, ['-e', '']).pid;

  it('between its two renames: the site it moved aside is put back', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-recover-'));
    const gone = ended();
    site(root, `.dist-previous-${gone}`, 'published');
    expect(recoverAbandonedPublish(join(root, 'dist'))).toEqual([
      `put back .dist-previous-${gone} as dist: a build was stopped while publishing it`,
    ]);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('published');
  });

  it('after publishing: the site it replaced is removed; one of a build still running is kept', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-recover-'));
    const gone = ended();
    site(root, 'dist', 'published');
    site(root, `.dist-previous-${gone}`, 'replaced');
    site(root, `.dist-previous-${process.ppid}`, 'another build between its renames');
    expect(recoverAbandonedPublish(join(root, 'dist'))).toEqual([
      `removed .dist-previous-${gone}: a site replaced by a build that was stopped before removing it`,
    ]);
    expect(readdirSync(root).sort()).toEqual([`.dist-previous-${process.ppid}`, 'dist']);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('published');
  });

  it('orders folders moved aside in one clock tick by their number, and otherwise by when they were moved', () => {
    const folders = [
      { name: 'a', moved: 1000, order: 0 },
      { name: 'b', moved: 1000, order: 2 },
      { name: 'c', moved: 1000, order: 1 },
      { name: 'd', moved: 999, order: 5 },
      { name: 'e', moved: 1001, order: 0 },
    ];
    expect(folders.sort(movedLastFirst).map((folder) => folder.name)).toEqual(['e', 'b', 'c', 'a', 'd']);
  });

  it('with several sites moved aside: the newest is put back, by the order they were moved, and the others removed', () => {
    const root = mkdtempSync(join(tmpdir(), 'casefile-recover-'));
    const gone = ended();
    // One build moved the site aside, another published, the first moved that one aside too and was stopped; in the
    // same clock tick, so only the numbers tell the order.
    site(root, `.dist-previous-${gone}`, 'older');
    site(root, `.dist-previous-${gone}-1`, 'newer');
    recoverAbandonedPublish(join(root, 'dist'));
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('newer');
    // Moved aside later (a rename sets the change time): put back, whatever its number.
    const other = mkdtempSync(join(tmpdir(), 'casefile-recover-'));
    const first = site(other, `.dist-previous-${gone}-2`, 'moved first');
    const later = site(other, 'elsewhere', 'moved last');
    // Wait until the file system's clock has moved past the first one's change time (its steps may be coarse).
    const probe = join(tmpdir(), `casefile-clock-${process.pid}`);
    do writeFileSync(probe, '');
    while (statSync(probe).ctimeMs <= statSync(first).ctimeMs);
    rmSync(probe);
    renameSync(later, join(other, `.dist-previous-${gone}`));
    expect(statSync(join(other, `.dist-previous-${gone}`)).ctimeMs).toBeGreaterThan(statSync(first).ctimeMs);
    recoverAbandonedPublish(join(other, 'dist'));
    expect(readFileSync(join(other, 'dist/index.html'), 'utf8')).toBe('moved last');
  });
});
