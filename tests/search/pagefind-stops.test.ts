/**
 * Pagefind's process ending under the build (Ctrl+C reaches it with the build's): one line, not a stack trace for
 * every message Pagefind's library could not send (src/build/pagefind-stops.ts).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/build.ts';
import { skipWithoutProcfs } from '../helpers/procfs.ts';

const moduleUrl = (path: string) => JSON.stringify(pathToFileURL(join(repoRoot, path)).href);

describe("Pagefind's process ending while pages are sent to it", () => {
  it('is said once, in one line, and other errors still print', (context) => {
    // Pagefind's process is found, and seen reaped, in the process table.
    skipWithoutProcfs(context);
    const script = `import { quietPagefindStops } from ${moduleUrl('src/build/pagefind-stops.ts')};
import { createIndex } from 'pagefind';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
quietPagefindStops();
const { index } = await createIndex({});
// Pagefind's process, as Ctrl+C ends it: this process's only child.
const children = readdirSync('/proc/self/task').flatMap((task) => readFileSync('/proc/self/task/' + task + '/children', 'utf8').trim().split(/\\s+/).filter(Boolean));
if (children.length !== 1) throw new Error('expected one child, Pagefind: ' + children);
const pagefind = Number(children[0]);
process.kill(pagefind, 'SIGKILL');
// Until this process has reaped it (its entry gone from the process table): Node then destroys its stdin in the same
// callback, so that what is sent to it fails at once. Nothing reachable here hears of that exit (Pagefind's service
// holds the child), so the table is read, on each turn of the event loop.
while (existsSync('/proc/' + pagefind)) await new Promise((resolve) => setImmediate(resolve));
const sent = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => index.addHTMLFile({ url: '/p' + i + '/', content: '<html><body><main><p>x</p></main></body></html>' })));
console.log(sent.filter((result) => result.status === 'rejected' || result.value.errors.length > 0).length + ' not indexed');
console.error('another error', new Error('kept'));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe('5 not indexed');
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((line) => line.includes('Pagefind'))).toEqual([
      "[casefile] search index: Pagefind's process has ended (Cannot call write after a stream was destroyed)",
    ]);
    expect(result.stderr).not.toContain('Service stopped');
    expect(result.stderr).toContain('another error Error: kept');
  });

  it("says Pagefind's program could not be started, not that its process ended, when it never ran", () => {
    // A binary missing, or on a volume mounted noexec (EACCES): Node's spawn fails, and Pagefind's library reports it
    // as "Service stopped", then every message it could not send.
    const script = `import { quietPagefindStops } from ${moduleUrl('src/build/pagefind-stops.ts')};
import { createIndex } from 'pagefind';
quietPagefindStops();
await createIndex({}).then(() => console.log('started'), (error) => console.log('rejected: ' + error.message));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, PAGEFIND_EXTENDED_BINARY_PATH: '/nonexistent/pagefind_extended' },
    });
    expect(result.stdout.trim()).toBe('rejected: Pagefind backend closed');
    expect(result.stderr.trim().split('\n')).toEqual([
      "[casefile] search index: Pagefind's program could not be started (spawn /nonexistent/pagefind_extended ENOENT): is it installed (npm ci) and executable?",
    ]);
  });
});
