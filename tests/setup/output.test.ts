/** The wait for a child's output (tests/helpers/output.ts) that the tests of servers and builds use. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { childOutput } from '../helpers/output.ts';

/** A child printing `first`, then, once its stdin ends, `last` and exiting. */
function child(first: string, last = '') {
  const script = `process.stdout.write(${JSON.stringify(first)}); process.stdin.on('end', () => { process.stderr.write(${JSON.stringify(last)}); }).resume();`;
  return spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'pipe'] });
}

describe('waiting for what a child prints', () => {
  it('resolves with the match once printed, on stdout or stderr, colours stripped', async () => {
    const process_ = child('\u001b[32mLocal\u001b[39m http://127.0.0.1:4321/\n', 'done\n');
    const output = childOutput(process_, 'the child');
    expect((await output.until(/Local (http:\S+)/))[1]).toBe('http://127.0.0.1:4321/');
    process_.stdin!.end();
    await expect(output.until(/done/)).resolves.toBeTruthy();
  });

  it('rejects at once when the child ends without printing it, naming what it waited for and what was printed', async () => {
    const process_ = child('starting\n', 'failed\n');
    const output = childOutput(process_, 'the child');
    await output.until(/starting/);
    const waiting = output.until(/Local/, 60_000);
    process_.stdin!.end();
    await expect(waiting).rejects.toThrow(
      'the child ended (exit 0) without printing /Local/; it printed:\nstarting\nfailed\n',
    );
  });

  it('rejects after its time, naming what it waited for', async () => {
    const process_ = child('starting\n');
    const output = childOutput(process_, 'the child');
    try {
      await output.until(/starting/);
      await expect(output.until(/Local/, 200)).rejects.toThrow(
        'the child did not print /Local/ within 0.2 s; it printed:\nstarting\n',
      );
    } finally {
      process_.stdin!.end();
    }
  });
});
