/**
 * `npm run dev` started with a setting the build refuses (src/build/dev-settings.ts): it stops before Astro starts,
 * with the build's line naming the variable and what to write. It took `PREVIEW=yes` as no preview without a word,
 * and stopped with Astro's stack traces on the two others.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/build.ts';
import { freePort } from '../helpers/dev-server.ts';
import { copyProject } from '../helpers/project-copy.ts';

const node = join(repoRoot, 'node_modules/node/bin/node');

describe('npm run dev with a setting the build refuses', () => {
  // A copy of the project: a server that started anyway would hold its lock and write its .astro/, not this one's.
  const project = copyProject();
  afterAll(() => project.remove());

  /** What `npm run dev` of `root` prints and its status, with `setting` in its environment. */
  async function devWith(setting: Record<string, string>, root = project.root) {
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'),
    );
    const run = spawnSync(
      node,
      [join(root, 'scripts/dev.mjs'), '--host', '127.0.0.1', '--port', String(await freePort())],
      {
        cwd: root,
        encoding: 'utf8',
        // A server that starts is stopped, and the test fails on what it printed.
        timeout: 30_000,
        env: { ...env, CASEFILE_CONTENT_ROOT: repoRoot, ...setting },
      },
    );
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  it.each([
    [
      { PREVIEW: 'yes' },
      'PREVIEW: expected 1 (a preview, drafts and embargoed pages included, into its own folder) or nothing (the site to publish), got "yes"',
    ],
    [
      { CASEFILE_SITE_URL: 'news.example.org:8080' },
      'CASEFILE_SITE_URL: expected an http or https address, give https://news.example.org:8080, got "news.example.org:8080"',
    ],
    [
      { CASEFILE_NOW: '2026-02-30' },
      'CASEFILE_NOW: expected an ISO 8601 datetime with its offset, such as 2026-01-26T06:00:00Z, got "2026-02-30"',
    ],
  ])("stops before Astro starts on %o, with the build's line", async (setting, line) => {
    const { status, output } = await devWith(setting);
    expect(output.trim()).toBe(`npm run dev stopped: ${line}.`);
    expect(status).toBe(1);
    expect(existsSync(join(project.root, '.astro')), 'Astro did not start').toBe(false);
  });

  it.each([
    ['fr-FR', `"fr-FR" is none of the codes of site.locales (en, fr): write 'fr'`],
    ['de', '"de" is none of the codes of site.locales (en, fr): write one of them, or add it to site.locales'],
  ])(
    "stops before Astro starts on a defaultLocale of %s, none of site.locales, with the build's line",
    async (code, detail) => {
      const misset = copyProject();
      try {
        misset.edit('src/site.config.ts', (text) => text.replace("defaultLocale: 'en',", `defaultLocale: '${code}',`));
        const { status, output } = await devWith({}, misset.root);
        expect(output.trim()).toBe(
          `npm run dev stopped: 1 problem in the site's settings.\n\n  src/site.config.ts: site.defaultLocale: ${detail}`,
        );
        expect(status).toBe(1);
        expect(existsSync(join(misset.root, '.astro')), 'Astro did not start').toBe(false);
      } finally {
        misset.remove();
      }
    },
  );

  // Copying en.ts is how a language is added (README): the dev server starts and names the copy's export, as the
  // build does. The settings' check loaded every dictionary before Astro started, and stopped on Node's "does not
  // provide an export named 'fr'" instead.
  it('starts on a dictionary still exporting en, and names its export as the build does', async () => {
    const copied = copyProject();
    try {
      copied.edit('src/i18n/fr.ts', (text) => text.replace('export const fr = {', 'export const en = {'));
      const { status, output } = await devWith({}, copied.root);
      expect(output).not.toContain('npm run dev stopped');
      expect(output).toContain('src/i18n/fr.ts: export fr: missing');
      expect(output).toContain('still says `export const en = {`: write `export const fr = {`');
      // Still running when the test stopped it (SIGTERM: 143 as dev.mjs passes it on).
      expect([null, 143]).toContain(status);
    } finally {
      copied.remove();
    }
  });

  it('stops before Astro starts on a src/site.config.ts Node cannot parse, naming its line as the build does', async () => {
    const broken = copyProject();
    try {
      const french = "    { code: 'fr', label: 'Français' },";
      const line = readFileSync(join(repoRoot, 'src/site.config.ts'), 'utf8').split('\n').indexOf(french) + 1;
      broken.edit('src/site.config.ts', (text) => text.replace(french, french.replace('},', '],')));
      const { status, output } = await devWith({}, broken.root);
      expect(output.trim()).toBe(
        `npm run dev stopped: 1 problem in the site's settings.\n\n  src/site.config.ts: line ${line}: Expected ',', got ']': the file cannot be loaded, nor the checks run, until this is fixed`,
      );
      expect(status).toBe(1);
      expect(existsSync(join(broken.root, '.astro')), 'Astro did not start').toBe(false);
    } finally {
      broken.remove();
    }
  });
});
