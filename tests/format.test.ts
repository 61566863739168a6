/**
 * The project's TypeScript and JavaScript are laid out by Prettier (.prettierrc.json), so that a change's diff shows
 * what it changes and nobody formats by hand: `npm run format` lays out every file, and this test fails, naming the
 * files, when one was committed otherwise.
 *
 * Astro components are left as they are written (.prettierignore): Prettier's Astro plugin moves text that stands
 * next to a component onto a line of its own, and Astro then prints it without the space between them ("Download the
 * data:CSV" on every chart, seen when the demo was formatted with it).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('formatting', () => {
  it('every TypeScript and JavaScript file is laid out as `npm run format` lays it out', async () => {
    // Run without blocking the test worker, as tsc is (typecheck.test.ts).
    const prettier = spawn(
      process.execPath,
      [join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--list-different', '**/*.{ts,mjs}'],
      { cwd: root },
    );
    let listed = '';
    let printed = '';
    prettier.stdout.setEncoding('utf8').on('data', (chunk: string) => (listed += chunk));
    prettier.stderr.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
    const [code] = (await once(prettier, 'close')) as [number | null];
    expect(printed.trim(), 'Prettier could not read a file').toBe('');
    expect(
      listed.trim().split('\n').filter(Boolean),
      'files laid out otherwise than Prettier would: run npm run format',
    ).toEqual([]);
    expect(code).toBe(0);
  }, 300_000);
});
