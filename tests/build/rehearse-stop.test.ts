/**
 * `npm run rehearse` stopped by Ctrl+C (SIGINT), with a stand-in for scripts/build.mjs that runs until it is stopped:
 * how the rehearsal ends, as its parent (a shell, npm, a CI runner) sees it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedNow, repoRoot } from '../helpers/build.ts';
import { editorialFixture } from '../editorial/fixture.ts';
import { untilInFolder } from '../helpers/folder-event.ts';

const fixture = editorialFixture();
const project = mkdtempSync(join(tmpdir(), 'casefile-rehearse-stop-'));
const temp = mkdtempSync(join(tmpdir(), 'casefile-rehearse-stop-tmp-'));
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
});
mkdirSync(join(project, 'scripts'));
// As the build does on a signal: says so, and ends by that same signal (src/build/exit.mjs).
writeFileSync(
  join(project, 'scripts/build.mjs'),
  `import { writeFileSync } from 'node:fs';
process.on('SIGINT', () => { console.error('stand-in stopped'); process.removeAllListeners('SIGINT'); process.kill(process.pid, 'SIGINT'); });
writeFileSync('started', '');
setInterval(() => {}, 1000);
`,
);

describe('npm run rehearse stopped by Ctrl+C', () => {
  it('ends by SIGINT itself, once its build has stopped and its folder is removed, as a process stopped by Ctrl+C does', async () => {
    const child = spawn(process.execPath, [join(repoRoot, 'scripts/rehearse.ts')], {
      cwd: repoRoot,
      env: {
        ...process.env,
        TMPDIR: temp,
        CASEFILE_NOW: fixedNow,
        CASEFILE_PROJECT_ROOT: project,
        CASEFILE_CONTENT_ROOT: fixture.root,
        CASEFILE_DIST: fixture.dist,
      },
    });
    let output = '';
    for (const stream of [child.stdout, child.stderr])
      stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const closed = new Promise<[number | null, NodeJS.Signals | null]>((done) =>
      child.on('close', (code, signal) => done([code, signal])),
    );
    // Once the stand-in is ready for the signal (it runs in the project's folder).
    await untilInFolder(project, `the stand-in's "started" file`, () => existsSync(join(project, 'started')));
    expect(readdirSync(temp), output).toHaveLength(1);
    child.kill('SIGINT');
    // Before: exit status 130, which a shell takes for a program that handled Ctrl+C and went on, so that a script
    // running rehearsals one after another did not stop.
    expect(await closed, output).toEqual([null, 'SIGINT']);
    expect(output).toContain('rehearse: stopped (SIGINT); nothing was published, and its temporary folder is removed.');
    expect(readdirSync(temp)).toEqual([]);
  }, 120_000);
});
