import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroLockDir, processStart, unnamedLockGraceMs, withLock } from '../../src/build/lock.ts';
import { startDevServer } from '../helpers/dev-server.ts';
import { skipWithoutProcfs } from '../helpers/procfs.ts';

/** The holder file of a lock held by process `pid`, as withLock writes it: its start as well where the system says it. */
const holderRecord = (pid: number) => [pid, processStart(pid)].filter(Boolean).join(' ');

const lockDir = () => join(mkdtempSync(join(tmpdir(), 'casefile-lock-')), 'lock');

/** A process that stays alive until killed, for a lock holder whose pid is in use. */
function sleeper() {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  return { pid: child.pid!, stop: () => child.kill('SIGKILL') };
}

/**
 * An `onWait` for withLock, reminded on each look at the lock (remindEveryMs 1: it looks again every millisecond), and
 * a wait for its `n`th look at a lock it found held: the lock's own state, not a time that a busy machine can outlast
 * or a broken lock pass within.
 */
function looks() {
  let count = 0;
  const waiting: { n: number; done: () => void }[] = [];
  return {
    options: { remindEveryMs: 1 },
    onWait: () => {
      count++;
      for (const wait of waiting.filter((wait) => wait.n <= count)) wait.done();
    },
    seen: (n: number) => new Promise<void>((done) => (count >= n ? done() : waiting.push({ n, done }))),
  };
}

describe('the build lock', () => {
  it('runs holders one at a time and releases the lock afterwards', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'casefile-lock-')), 'lock');
    const events: string[] = [];
    // a holds the lock until b has found it held (or, were the lock broken, has got in beside it).
    let bWaits!: () => void;
    const bWaiting = new Promise<void>((resolve) => (bWaits = resolve));
    const a = withLock(dir, async () => {
      events.push('a in');
      await bWaiting;
      events.push('a out');
    });
    const b = withLock(
      dir,
      async () => {
        events.push('b in');
        bWaits();
        events.push('b out');
      },
      () => {
        events.push('b waits');
        bWaits();
      },
    );
    await Promise.all([a, b]);
    expect(events).toEqual(['a in', 'b waits', 'a out', 'b in', 'b out']);
    expect(existsSync(dir)).toBe(false);
  });

  it('creates the folder that holds the lock when it is missing (a fresh clone has no cache folder)', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'casefile-lock-')), 'not', 'yet', 'lock');
    await expect(withLock(dir, async () => 'done')).resolves.toBe('done');
  });

  it('takes over a lock whose holder process has died', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'casefile-lock-')), 'lock');
    mkdirSync(dir);
    writeFileSync(join(dir, 'pid'), '2147483646');
    await expect(withLock(dir, async () => 'done')).resolves.toBe('done');
  });

  it("names its holder by pid and the moment that process started, as the system's process table gives it", async (context) => {
    skipWithoutProcfs(context);
    const dir = lockDir();
    const record = await withLock(dir, async () => readFileSync(join(dir, 'pid'), 'utf8'));
    const start = processStart(process.pid);
    expect(start).toMatch(/^\d+$/);
    expect(record).toBe(`${process.pid} ${start}`);
  });

  it("takes over a lock left by an earlier process that had this process's pid (a container's next run)", async () => {
    const dir = lockDir();
    mkdirSync(dir);
    writeFileSync(join(dir, 'pid'), `${process.pid} 1`);
    let waited = false;
    await expect(
      withLock(
        dir,
        async () => 'done',
        () => (waited = true),
      ),
    ).resolves.toBe('done');
    expect(waited).toBe(false);
  });

  it('takes over a lock whose pid now belongs to another live process, one started at another moment', async (context) => {
    skipWithoutProcfs(context);
    const other = sleeper();
    try {
      const start = processStart(other.pid);
      expect(start).toMatch(/^\d+$/);
      const dir = lockDir();
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), `${other.pid} ${Number(start) - 1}`);
      let waited = false;
      await expect(
        withLock(
          dir,
          async () => 'done',
          () => (waited = true),
        ),
      ).resolves.toBe('done');
      expect(waited).toBe(false);
    } finally {
      other.stop();
    }
  });

  it('waits for a live holder whose start matches its record, and takes the lock once that holder has gone', async () => {
    const holder = sleeper();
    const dir = lockDir();
    mkdirSync(dir);
    writeFileSync(join(dir, 'pid'), holderRecord(holder.pid));
    const wait = looks();
    let ran = false;
    const taking = withLock(dir, async () => (ran = true), wait.onWait, wait.options);
    // Found held, and still held when it looked again twice.
    await Promise.race([wait.seen(3), taking]);
    expect(ran, 'took the lock while its holder was alive').toBe(false);
    holder.stop();
    await taking;
    expect(ran).toBe(true);
  });

  it('says it is waiting when it begins, then again every remindEveryMs while the holder keeps the lock', async () => {
    const holder = sleeper();
    const dir = lockDir();
    mkdirSync(dir);
    writeFileSync(join(dir, 'pid'), holderRecord(holder.pid));
    const waits: number[] = [];
    let remindedTwice!: () => void;
    const reminded = new Promise<void>((resolve) => (remindedTwice = resolve));
    const taking = withLock(
      dir,
      async () => waits.length,
      (waitedMs) => {
        waits.push(waitedMs);
        if (waits.length === 3) remindedTwice();
      },
      { remindEveryMs: 100 },
    );
    await reminded;
    holder.stop();
    // Work runs once the holder has gone; no reminder after the lock is taken.
    const seen = await taking;
    expect(waits.length).toBe(seen);
    expect(waits[0]).toBe(0);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
    expect(waits[2]).toBeGreaterThanOrEqual(200);
  });

  it('a lock folder without its holder file: waits while it is young, takes it over once older than the grace', async () => {
    const dir = lockDir();
    mkdirSync(dir);
    const wait = looks();
    let ran = false;
    const taking = withLock(dir, async () => (ran = true), wait.onWait, wait.options);
    // Found young, and still waited for when it looked again twice.
    await Promise.race([wait.seen(3), taking]);
    expect(ran, 'took over the unnamed lock before its grace').toBe(false);
    // As if it had been made before the grace and its maker killed before naming itself.
    const then = new Date(Date.now() - unnamedLockGraceMs - 1000);
    utimesSync(dir, then, then);
    await taking;
    expect(ran).toBe(true);
  });

  it('does not judge or remove a stale lock while another build is doing so (its guard folder is there)', async () => {
    const dir = lockDir();
    mkdirSync(dir);
    writeFileSync(join(dir, 'pid'), '2147483646');
    mkdirSync(`${dir}.takeover`);
    const wait = looks();
    let ran = false;
    const taking = withLock(dir, async () => (ran = true), wait.onWait, wait.options);
    // Left alone, and still left alone when it looked again twice: the stale lock is still there.
    await Promise.race([wait.seen(3), taking]);
    expect(ran, 'took over the stale lock while another build held its guard').toBe(false);
    expect(readFileSync(join(dir, 'pid'), 'utf8')).toBe('2147483646');
    // The other build has removed the stale lock and made its own, used it and released it.
    rmSync(`${dir}.takeover`, { recursive: true });
    await taking;
    expect(ran).toBe(true);
  });

  it('removes a guard folder left by a build killed while taking over a lock (older than the grace)', async () => {
    const dir = lockDir();
    mkdirSync(dir);
    writeFileSync(join(dir, 'pid'), '2147483646');
    mkdirSync(`${dir}.takeover`);
    const then = new Date(Date.now() - unnamedLockGraceMs - 1000);
    utimesSync(`${dir}.takeover`, then, then);
    await expect(withLock(dir, async () => 'done')).resolves.toBe('done');
    expect(existsSync(`${dir}.takeover`)).toBe(false);
  });

  it('several builds waiting on the same stale lock all get it, one at a time', async () => {
    const lock = new URL('../../src/build/lock.ts', import.meta.url).href;
    // Five processes, started once for the five rounds (starting them took most of this test's time on a busy
    // machine). In each round, on a fresh stale lock, they wait for it at the same moment, each holding it for 50 ms:
    // each says it is ready and idles until this test, having heard from all five, tells them all to go; each says
    // when it begins to wait. The first to get the lock keeps it until the four others have found it held (told by
    // the log's watcher; 20 s at most), so that they contend however the machine schedules them. The 50 ms each holds
    // it is time on purpose: work that lasts, during which a second holder let in by a broken lock would be seen
    // inside with it. They look at the lock every 5 ms (remindEveryMs; by default every 200 ms, most of a round's
    // time) and say only when their wait begins.
    const script = [
      `import { appendFileSync, readFileSync, watch } from 'node:fs';`,
      `import { withLock } from ${JSON.stringify(lock)};`,
      `const count = (log, event) => readFileSync(log, 'utf8').split('\\n').filter((line) => line === event).length;`,
      `const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));`,
      `const untilWaits = (log, n) => new Promise((resolve) => {`,
      `  const done = () => { watcher.close(); clearTimeout(timer); resolve(); };`,
      `  const watcher = watch(log, () => count(log, 'wait') >= n && done());`,
      `  const timer = setTimeout(done, 20_000);`,
      `  if (count(log, 'wait') >= n) done();`,
      `});`,
      `let round;`,
      `process.on('message', async (message) => {`,
      `  if (message !== 'go') {`,
      `    round = message;`,
      `    appendFileSync(round.log, 'ready\\n');`,
      `    return process.send('ready');`,
      `  }`,
      `  const { dir, log } = round;`,
      `  await withLock(dir, async () => {`,
      `    appendFileSync(log, 'in\\n');`,
      `    if (count(log, 'in') === 1) await untilWaits(log, 4);`,
      `    await sleep(50);`,
      `    appendFileSync(log, 'out\\n');`,
      `  }, (waitedMs) => waitedMs === 0 && appendFileSync(log, 'wait\\n'), { remindEveryMs: 5 });`,
      `  process.send('done');`,
      `});`,
      `process.send('started');`,
    ].join('\n');
    const children = Array.from({ length: 5 }, () =>
      spawn(process.execPath, ['--input-type=module', '-e', script], {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    );
    const ended = children.map((child) => new Promise((resolve) => child.on('exit', resolve)));
    /** Until each of them has said it is `what` (its next message), failing if one ends first. */
    const fromEach = (what: string) =>
      Promise.all(
        children.map(
          (child) =>
            new Promise<void>((heard, fail) => {
              const gone = (code: number | null) =>
                fail(new Error(`a waiting process ended (exit ${code}) before it was ${what}`));
              child.once('exit', gone);
              child.once('message', () => (child.off('exit', gone), heard()));
            }),
        ),
      );
    let overlapping = 0;
    try {
      await fromEach('started');
      for (let round = 0; round < 5; round++) {
        const root = mkdtempSync(join(tmpdir(), 'casefile-lock-'));
        const dir = join(root, 'lock');
        const log = join(root, 'log');
        mkdirSync(dir);
        writeFileSync(join(dir, 'pid'), `${spawnSync(process.execPath, ['-e', '']).pid} 1`);
        writeFileSync(log, '');
        for (const child of children) child.send({ dir, log });
        await fromEach('ready');
        for (const child of children) child.send('go');
        await fromEach('done');
        const all = readFileSync(log, 'utf8').trim().split('\n');
        // They contended: all five were ready before the first took the lock, and at least the four others found it
        // held and waited, each saying so once. The first holder may have waited too: a build that removed the stale
        // lock and was descheduled before taking it finds it taken by one that was waiting (a loaded CI machine did).
        expect(all.slice(0, 5)).toEqual(['ready', 'ready', 'ready', 'ready', 'ready']);
        expect(all.filter((event) => event === 'wait').length).toBeGreaterThanOrEqual(4);
        expect(all.filter((event) => event === 'wait').length).toBeLessThanOrEqual(5);
        const events = all.filter((event) => event === 'in' || event === 'out');
        expect(events.filter((event) => event === 'in')).toHaveLength(5);
        let inside = 0;
        let most = 0;
        for (const event of events) {
          inside += event === 'in' ? 1 : -1;
          most = Math.max(most, inside);
        }
        if (most > 1) overlapping++;
      }
    } finally {
      for (const child of children) if (child.connected) child.disconnect();
    }
    expect(await Promise.all(ended)).toEqual([0, 0, 0, 0, 0]);
    expect(overlapping).toBe(0);
  }, 60_000);

  it('with holdOnFailure, keeps the lock after the work fails until the process exits', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'casefile-lock-')), 'lock');
    const lock = new URL('../../src/build/lock.ts', import.meta.url).href;
    // A separate process: the lock must outlive the failure, then go with the process.
    const script = [
      `import { existsSync } from 'node:fs';`,
      `import { withLock } from ${JSON.stringify(lock)};`,
      `const dir = ${JSON.stringify(dir)};`,
      `await withLock(dir, async () => { throw new Error('boom'); }, undefined, { holdOnFailure: true }).catch((e) => console.log('failed:', e.message));`,
      `console.log('held after failure:', existsSync(dir));`,
      `await withLock(dir + '-other', async () => 'ok', undefined, { holdOnFailure: true });`,
      `console.log('released after success:', !existsSync(dir + '-other'));`,
    ].join('\n');
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('failed: boom\nheld after failure: true\nreleased after success: true\n');
    expect(existsSync(dir)).toBe(false);
  });

  it('releases the lock when the work throws', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'casefile-lock-')), 'lock');
    await expect(withLock(dir, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(dir)).toBe(false);
  });
});

describe("the dev server tests' helper", () => {
  it("stops at once, saying why, when a developer's own `npm run dev` holds the project's lock", async () => {
    const project = mkdtempSync(join(tmpdir(), 'casefile-lock-project-'));
    const holder = sleeper();
    try {
      // As scripts/dev.mjs holds it: its pid and start, and its role.
      const dir = astroLockDir(project);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'pid'), holderRecord(holder.pid));
      writeFileSync(join(dir, 'role'), 'dev');
      // Before, it waited for the lock until the test's timeout, and the failure named no lock.
      await expect(startDevServer(join(project, 'content'), { project })).rejects.toThrow(
        `the dev server of ${project} (pid ${holder.pid}) holds its build lock: stop that \`npm run dev\` to run the dev server's tests`,
      );
    } finally {
      holder.stop();
      rmSync(project, { recursive: true, force: true });
    }
  });
});
