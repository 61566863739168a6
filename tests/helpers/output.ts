/**
 * What a child process prints, and a wait for a line in it that is woken by the output itself, not by a timer that
 * looks again every so often: a test waits for the event it needs (a server printing its address, a build saying it
 * has started), bounded, and a wait that fails says what it waited for and what the process printed, or that it
 * ended first.
 */
import type { ChildProcess } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

export interface ChildOutput {
  /** Everything printed so far, stdout and stderr together, colours stripped. */
  text: () => string;
  /** The first match of `pattern` in the output, once printed; rejects after `ms`, or once the process has ended without it. */
  until: (pattern: RegExp, ms?: number) => Promise<RegExpExecArray>;
}

/** Collects `child`'s stdout and stderr (both must be pipes) from now on. */
export function childOutput(child: ChildProcess, name = 'the process'): ChildOutput {
  let output = '';
  let ended = false;
  const waiting = new Set<() => void>();
  const changed = () => {
    for (const check of [...waiting]) check();
  };
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) throw new Error(`childOutput: ${name} has no piped stdout or stderr to read`);
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      changed();
    });
  }
  // 'close', not 'exit': its output is all read by then.
  child.once('close', () => {
    ended = true;
    changed();
  });
  const text = () => stripVTControlCharacters(output);
  return {
    text,
    until: (pattern, ms = 60_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = pattern.exec(text());
          if (!found && !ended) return;
          clearTimeout(timer);
          waiting.delete(check);
          if (found) resolve(found);
          else
            reject(
              new Error(
                `${name} ended (exit ${child.exitCode ?? child.signalCode}) without printing ${pattern}; it printed:\n${text()}`,
              ),
            );
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`${name} did not print ${pattern} within ${ms / 1000} s; it printed:\n${text()}`));
        }, ms);
        waiting.add(check);
        check();
      }),
  };
}
