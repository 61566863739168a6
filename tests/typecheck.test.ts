/**
 * The project's types are checked with every test run: vitest and Node strip TypeScript's types without reading them,
 * so a wrong type in src/, scripts/ or tests/ would otherwise pass every test and land.
 *
 * tsconfig.json includes Astro's generated `.astro/types.d.ts` (what `astro:content` exports), which the demo build
 * writes before the tests run (tests/setup/build-demo.ts; `npm run build` on a fresh clone). The builds and dev servers
 * of other test files write `.astro/` again while they run, under the project's Astro lock (src/build/lock.ts): tsc
 * reads it under that lock too, never a file half rewritten by a build beside it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { astroLockDir, withLock } from '../src/build/lock.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('types', () => {
  it('tsc --noEmit finds no type error in the project', async () => {
    const generated = join(root, '.astro', 'types.d.ts');
    const { status, output } = await withLock(astroLockDir(root), async () => {
      expect(
        existsSync(generated),
        `${generated} is missing: build the site first (npm run build) so Astro writes its types`,
      ).toBe(true);
      // Run without blocking the test worker, which answers vitest's messages while tsc works (~15-45 s).
      const tsc = spawn(
        process.execPath,
        [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', root],
        { cwd: root },
      );
      let printed = '';
      tsc.stdout.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
      tsc.stderr.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
      const [code] = (await once(tsc, 'close')) as [number | null];
      return { status: code, output: printed };
    });
    expect(output.trim(), 'tsc printed type errors').toBe('');
    expect(status).toBe(0);
  }, 600_000);
});
