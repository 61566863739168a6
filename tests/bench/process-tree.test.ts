/** The RSS sampler sums a process and all its descendants, read from a /proc-shaped folder. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  childrenCpuMs,
  descendants,
  parseChildrenCpuMs,
  parseRss,
  parseStat,
  sampleTreeRss,
  treeRss,
} from '../../src/bench/process-tree.ts';
import { skipWithoutProcfs } from '../helpers/procfs.ts';

const proc = mkdtempSync(join(tmpdir(), 'casefile-fake-proc-'));
afterAll(() => rmSync(proc, { recursive: true, force: true }));

function fakeProcess(pid: number, ppid: number, name: string, rssKb?: number): void {
  mkdirSync(join(proc, String(pid)));
  writeFileSync(join(proc, String(pid), 'stat'), `${pid} (${name}) S ${ppid} ${pid} ${pid} 0 -1 4194560 100 0 0 0\n`);
  if (rssKb !== undefined)
    writeFileSync(
      join(proc, String(pid), 'status'),
      `Name:\t${name}\nVmPeak:\t 99999 kB\nVmRSS:\t ${rssKb} kB\nThreads:\t4\n`,
    );
}

fakeProcess(100, 1, 'node', 1000);
fakeProcess(101, 100, 'pagefind (worker) x', 200);
fakeProcess(102, 101, 'sharp', 30);
fakeProcess(103, 100, 'gone'); // listed, then exited before its status was read
fakeProcess(200, 1, 'unrelated', 5000);
mkdirSync(join(proc, 'self'));

describe('parseStat', () => {
  it('reads pid and parent pid even when the command name holds spaces and parentheses', () => {
    expect(parseStat('4242 (Web Content (x)) S 17 4242 4242 0 -1')).toEqual({ pid: 4242, ppid: 17 });
  });

  it('gives nothing for text that is not a stat line', () => {
    expect(parseStat('')).toBeUndefined();
  });
});

describe('parseRss', () => {
  it('reads VmRSS in kB as bytes, and 0 when the line is missing (a zombie)', () => {
    expect(parseRss('Name:\tnode\nVmRSS:\t  2048 kB\n')).toBe(2048 * 1024);
    expect(parseRss('Name:\tnode\nState:\tZ (zombie)\n')).toBe(0);
  });
});

describe('descendants', () => {
  it('lists the root, its children and their children, not its siblings', () => {
    const tree = descendants(
      [
        { pid: 100, ppid: 1 },
        { pid: 101, ppid: 100 },
        { pid: 102, ppid: 101 },
        { pid: 200, ppid: 1 },
      ],
      100,
    );
    expect(tree.sort()).toEqual([100, 101, 102]);
  });
});

describe('treeRss', () => {
  it('sums the RSS of a process and its descendants, skipping vanished ones and other trees', () => {
    expect(treeRss(100, proc)).toBe((1000 + 200 + 30) * 1024);
    expect(treeRss(101, proc)).toBe((200 + 30) * 1024);
  });

  it('gives 0 when the folder cannot be read', () => {
    expect(treeRss(100, join(proc, 'missing'))).toBe(0);
  });
});

describe('without /proc (macOS)', () => {
  it('the sampler reports no peak rather than a peak of 0 bytes, and the CPU time of children is unknown, not 0', () => {
    const missing = join(proc, 'missing');
    expect(sampleTreeRss(process.pid, { procDir: missing, intervalMs: 60_000 }).stop()).toEqual({
      peakBytes: undefined,
      samples: 0,
    });
    expect(childrenCpuMs(missing)).toBeUndefined();
  });
});

describe('sampleTreeRss', () => {
  it('keeps the peak of a real process tree, children included', async (context) => {
    skipWithoutProcfs(context);
    // A child that allocates ~200 MB, says so, and keeps it until its stdin ends: held until the sampler has seen it,
    // not for a time the sampler was meant to fit a sample in (1.5 s, which a loaded machine need not give it).
    const child = spawn(process.execPath, [
      '-e',
      "const b = Buffer.alloc(200 * 1024 * 1024, 1); process.stdout.write('allocated\\n'); process.stdin.on('end', () => process.exit(b.length > 0 ? 0 : 1)).resume();",
    ]);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const sampler = sampleTreeRss(process.pid, { intervalMs: 50 });
    const withChild = () => process.memoryUsage().rss + 150 * 1024 * 1024;
    try {
      let printed = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          printed += chunk.toString();
          if (printed.includes('allocated')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`the child exited (${code}) before allocating: ${printed}`)));
      });
      // The sampler's own samples, taken every 50 ms, until one holds the child's memory: 30 s at most.
      const deadline = Date.now() + 30_000;
      while (sampler.current() <= withChild()) {
        if (Date.now() > deadline)
          throw new Error(
            `no sample of the tree held the child's 200 MB within 30 s (latest ${sampler.current()} bytes)`,
          );
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      child.stdin.end();
      await exited;
    }
    // The child and its memory gone, the peak is kept.
    const { peakBytes, samples } = sampler.stop();
    expect(samples).toBeGreaterThanOrEqual(3);
    expect(peakBytes).toBeGreaterThan(withChild());
  });
});

describe('parseChildrenCpuMs', () => {
  it('adds the cutime and cstime fields (ticks of 10 ms)', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    expect(parseChildrenCpuMs('7 (node (x)) S 1 7 7 0 -1 0 0 0 0 0 50 20 1234 66 20 0')).toBe((1234 + 66) * 10);
  });
});

describe('childrenCpuMs', () => {
  it('grows by the CPU time a child spent, once it has exited', async (context) => {
    skipWithoutProcfs(context);
    const before = childrenCpuMs();
    // The child does a fixed amount of work and reports the CPU time it used.
    const child = spawn(
      process.execPath,
      [
        '-e',
        'let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; const u = process.cpuUsage(); console.log((u.user + u.system) / 1000);',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let reported = '';
    child.stdout.on('data', (chunk) => (reported += chunk));
    await new Promise((resolve) => child.on('close', resolve));
    // Clock ticks are 10 ms: allow one tick each for user and system time.
    expect(childrenCpuMs()! - before!).toBeGreaterThanOrEqual(Number(reported) - 20);
    expect(Number(reported)).toBeGreaterThan(0);
  });
});
