/**
 * processRunning on a running process, a zombie and a reaped one, reading /proc and reading `ps` (which the systems
 * without /proc have): the orphaned-build test counted a zombie as running where there is no /proc.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { childOutput } from './output.ts';
import { skipWithoutProcfs } from './procfs.ts';
import { processRunning, processState } from './process-running.ts';

const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  }
});

/** Starts `sh -c script`, which prints a pid, and returns that pid. */
async function pidPrinted(script: string): Promise<number> {
  const shell = spawn('sh', ['-c', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(shell);
  const [, pid] = await childOutput(shell, 'the shell').until(/^(\d+)$/m, 10_000);
  return Number(pid);
}

/** Until process `pid` is in `state` (10 s at most). */
async function untilState(pid: number, state: string, options: { procfs?: boolean }): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (processState(pid, options) !== state) {
    if (Date.now() > deadline)
      throw new Error(`process ${pid} not in state ${state} within 10 s: ${processState(pid, options)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Writes a line into `fifo` once a reader has it open: never blocks, so a reader that never comes fails the test. */
async function untilOpened(fifo: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
      writeSync(fd, 'go\n');
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENXIO' || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

describe.each([
  ['/proc', { procfs: true }],
  ['ps', { procfs: false }],
] as const)('processRunning reading %s', (_, options) => {
  beforeEach((context) => {
    if (options.procfs) skipWithoutProcfs(context);
  });

  it('counts a sleeping process as running', async () => {
    const pid = await pidPrinted('echo $$; exec sleep 30');
    await untilState(pid, 'S', options);
    expect(processRunning(pid, options)).toBe(true);
  });

  it('does not count a zombie (ended, its parent never reaps it) as running', async () => {
    // The shell starts a child, then becomes `sleep`, which never waits for it: once ended, the child stays a zombie.
    // The child ends only once the shell is `sleep`: one that ended before (`sleep 0 &`, on a loaded machine) could be
    // reaped by the shell, and was then in no state at all.
    const fifo = join(mkdtempSync(join(tmpdir(), 'casefile-zombie-')), 'go');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const pid = await pidPrinted(`read line < '${fifo}' & echo $!; exec sleep 30`);
    const shell = children.at(-1)!.pid!;
    const deadline = Date.now() + 10_000;
    while (spawnSync('ps', ['-o', 'comm=', '-p', String(shell)], { encoding: 'utf8' }).stdout.trim() !== 'sleep') {
      if (Date.now() > deadline) throw new Error(`the shell ${shell} did not become sleep within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Written once the child has the fifo open to read (until then, a writer's non-blocking open fails with ENXIO).
    await untilOpened(fifo);
    await untilState(pid, 'Z', options);
    expect(processRunning(pid, options)).toBe(false);
    rmSync(dirname(fifo), { recursive: true, force: true });
  });

  it('does not count a process that has ended and been reaped as running', () => {
    const ended = spawnSync('true');
    expect(ended.status).toBe(0);
    expect(processState(ended.pid!, options)).toBeUndefined();
    expect(processRunning(ended.pid!, options)).toBe(false);
  });
});
