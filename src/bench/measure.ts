/**
 * Runs one build as a child process and measures it: wall time, peak RSS of its process tree, and the output lines
 * the benchmark parses. Prints a progress line while a long build runs, so a 10,000-story run does not look stuck.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { childrenCpuMs, sampleTreeRss } from './process-tree.ts';
import { formatBytes } from './format.ts';

export interface Measured {
  exitCode: number | null;
  wallMs: number;
  /** Peak RSS of the build's whole process tree; undefined where it cannot be read (no /proc: macOS). */
  peakRssBytes: number | undefined;
  /** CPU time of the build's whole process tree (user + system); undefined likewise. */
  cpuMs: number | undefined;
  /** Every line of stdout and stderr (builds print a few thousand at most at warn level). */
  lines: string[];
}

export interface MeasureOptions {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Called every `progressMs` with the elapsed time and the tree's current RSS. */
  progress?: (elapsedMs: number, rssBytes: number) => void;
  progressMs?: number;
}

export function runMeasured(options: MeasureOptions): Promise<Measured> {
  const started = performance.now();
  const cpuBefore = childrenCpuMs();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = sampleTreeRss(child.pid as number);
  const lines: string[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
  createInterface({ input: child.stderr }).on('line', (line) => lines.push(line));
  const ticker = options.progress
    ? setInterval(
        () => options.progress?.(performance.now() - started, sampler.current()),
        options.progressMs ?? 15_000,
      )
    : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(ticker);
      sampler.stop();
      reject(error);
    });
    // 'close' (not 'exit'): the output streams are drained by then.
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(ticker);
      const { peakBytes } = sampler.stop();
      const cpuAfter = childrenCpuMs();
      const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      resolve({ exitCode: code, wallMs, peakRssBytes: peakBytes, cpuMs, lines });
    });
  });
}

/** A progress printer for `runMeasured`. */
export function printProgress(label: string): (elapsedMs: number, rssBytes: number) => void {
  return (elapsedMs, rssBytes) =>
    console.log(`[bench]   ${label}: ${(elapsedMs / 1000).toFixed(0)} s, RSS ${formatBytes(rssBytes)}`);
}
