/**
 * Peak memory of a whole process tree (a build and every process it starts: Astro's workers, Pagefind's binary,
 * sharp), sampled from /proc: every ~100 ms the RSS of the root process and all its descendants is summed, and the
 * largest sum is kept. Linux only: where there is no /proc (macOS) the sampler takes no samples and reports no peak,
 * and the children's CPU time is unknown, so that the benchmark says "n/a" rather than 0 B and 0 s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ProcessInfo {
  pid: number;
  ppid: number;
}

/** The pid and parent pid from the text of /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parseStat(text: string): ProcessInfo | undefined {
  const close = text.lastIndexOf(')');
  const pid = Number.parseInt(text, 10);
  const fields = text.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  if (close < 0 || !Number.isInteger(pid) || !Number.isInteger(ppid)) return undefined;
  return { pid, ppid };
}

/**
 * CPU time (user + system, ms) of the waited-for children of the process whose /proc/<pid>/stat this is: its
 * `cutime` and `cstime` fields. A build's tree is waited for level by level, so the difference across one build is
 * the CPU time of the whole tree, a figure that, unlike wall time, barely moves when the machine is busy.
 */
export function parseChildrenCpuMs(text: string): number {
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat (counting from 1), in clock ticks of 1/100 s (USER_HZ, 100 on Linux).
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** This process's children's CPU time so far, in ms (undefined where /proc is absent). */
export function childrenCpuMs(procDir = '/proc'): number | undefined {
  return readOr(join(procDir, 'self', 'stat'), parseChildrenCpuMs, undefined);
}

/** Resident memory in bytes from the text of /proc/<pid>/status (its `VmRSS: N kB` line); 0 for a zombie. */
export function parseRss(text: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(text);
  return match ? Number(match[1]) * 1024 : 0;
}

/** `root` and every process below it, from a list of (pid, ppid) pairs. */
export function descendants(processes: ProcessInfo[], root: number): number[] {
  const children = new Map<number, number[]>();
  for (const { pid, ppid } of processes) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

// Processes come and go between listing /proc and reading a file: a vanished one counts as absent.
function readOr<T>(path: string, parse: (text: string) => T, fallback: T): T {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch {
    return fallback;
  }
}

/** The summed RSS in bytes of `root` and its descendants, read from `procDir` (a /proc-shaped folder). */
export function treeRss(root: number, procDir = '/proc'): number {
  let entries: string[];
  try {
    entries = readdirSync(procDir).filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const processes = entries
    .map((name) => readOr(join(procDir, name, 'stat'), parseStat, undefined))
    .filter((p): p is ProcessInfo => p !== undefined);
  return descendants(processes, root).reduce(
    (sum, pid) => sum + readOr(join(procDir, String(pid), 'status'), parseRss, 0),
    0,
  );
}

export interface RssSampler {
  /** The latest sum, in bytes (for progress lines). */
  current: () => number;
  /** Stops sampling; returns the largest sum seen, in bytes (undefined when no sample could be taken), and how many samples were taken. */
  stop: () => { peakBytes: number | undefined; samples: number };
}

/** Samples the tree under `root` every `intervalMs` until stopped. */
export function sampleTreeRss(root: number, options: { intervalMs?: number; procDir?: string } = {}): RssSampler {
  let peakBytes = 0;
  let samples = 0;
  let latest = 0;
  const sample = () => {
    const bytes = treeRss(root, options.procDir);
    latest = bytes;
    if (bytes > 0) samples++;
    peakBytes = Math.max(peakBytes, bytes);
  };
  sample();
  const timer = setInterval(sample, options.intervalMs ?? 100);
  return {
    current: () => latest,
    stop() {
      clearInterval(timer);
      sample();
      return { peakBytes: samples > 0 ? peakBytes : undefined, samples };
    },
  };
}
