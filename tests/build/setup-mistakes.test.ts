/**
 * A build stopped by a mistake in the project's setup, not its content, says where it is: an editor who read
 * "problems in the content" looked in content/ for a mistake in src/site.config.ts or a dictionary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot, runBuild } from '../helpers/build.ts';
import { copyProject, type ProjectCopy } from '../helpers/project-copy.ts';

/** The demo's content, built with a copy of the project's code that `mistake` has edited. */
function buildWith(mistake: (project: ProjectCopy) => void) {
  const project = copyProject();
  copies.push(project);
  mistake(project);
  const dist = join(project.root, 'out');
  const run = runBuild({ project: project.root, contentRoot: repoRoot, dist });
  expect(run.status, run.output).toBe(1);
  expect(existsSync(dist)).toBe(false);
  return { ...run, project };
}

/** What `npm run rehearse` prints for the demo's content with `project`'s code. */
function rehearse(project: ProjectCopy): string {
  const run = spawnSync(process.execPath, [join(project.root, 'scripts/rehearse.ts')], {
    cwd: project.root,
    encoding: 'utf8',
    env: { ...process.env, CASEFILE_CONTENT_ROOT: repoRoot, CASEFILE_DIST: join(project.root, 'out') },
  });
  expect(run.status, run.stderr).toBe(1);
  return run.stderr;
}

const copies: ProjectCopy[] = [];
afterEach(() => {
  for (const project of copies.splice(0)) project.remove();
});

describe('a build stopped by a mistake in the setup', { timeout: 300_000 }, () => {
  it("heads a language code of site.locales that is a country's as a problem in the site's settings, and so does rehearse", () => {
    const run = buildWith((project) =>
      project.edit('src/site.config.ts', (text) =>
        text.replace(
          "{ code: 'fr', label: 'Français' },",
          "{ code: 'fr', label: 'Français' }, { code: 'ua', label: 'Українська' },",
        ),
      ),
    );
    expect(run.stderr).toContain(
      `The build stopped: 1 problem in the site's settings.\n\n  src/site.config.ts: site.locales: "ua" is the code of a country (Ukraine), not of a language`,
    );
    // npm run rehearse runs the same checks first, and heads their list alike.
    expect(rehearse(run.project)).toContain(
      `rehearse: 1 problem in the site's settings, which stop every build:\n\n  src/site.config.ts: site.locales: "ua"`,
    );
  });

  it('heads a dictionary still exporting en as a problem in a dictionary', () => {
    const run = buildWith((project) =>
      project.edit('src/i18n/fr.ts', (text) => text.replace('export const fr = ', 'export const en = ')),
    );
    expect(run.stderr).toContain(
      'The build stopped: 1 problem in a dictionary.\n\n  src/i18n/fr.ts: export fr: missing, though src/i18n/index.ts imports it (line 6)',
    );
  });

  it("names the line of src/site.config.ts that Node cannot parse, as a problem in the site's settings", () => {
    const french = "    { code: 'fr', label: 'Français' },";
    const line = readFileSync(join(repoRoot, 'src/site.config.ts'), 'utf8').split('\n').indexOf(french) + 1;
    const run = buildWith((project) =>
      project.edit('src/site.config.ts', (text) => text.replace(french, french.replace('},', '],'))),
    );
    expect(run.stderr).toContain(
      `The build stopped: 1 problem in the site's settings.\n\n  src/site.config.ts: line ${line}: Expected ',', got ']': the file cannot be loaded, nor the checks run, until this is fixed\n\nNothing was written; ${run.dist} is unchanged.`,
    );
    // Node's own report of it, with the stack of its module loader, is not printed.
    expect(run.stderr).not.toContain('ERR_INVALID_TYPESCRIPT_SYNTAX');
  });
});
