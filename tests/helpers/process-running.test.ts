/**
 * processRunning on a running process, a zombie and a reaped one, reading /proc and reading `ps` (which the systems
 * without /proc have): the orphaned-build test counted a zombie as running where there is no /proc.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
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
    const pid = await pidPrinted('sleep 0 & echo $!; exec sleep 30');
    await untilState(pid, 'Z', options);
    expect(processRunning(pid, options)).toBe(false);
  });

  it('does not count a process that has ended and been reaped as running', () => {
    const ended = spawnSync('true');
    expect(ended.status).toBe(0);
    expect(processState(ended.pid!, options)).toBeUndefined();
    expect(processRunning(ended.pid!, options)).toBe(false);
  });
});
