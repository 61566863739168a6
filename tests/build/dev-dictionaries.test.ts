/**
 * `npm run dev` of a project whose languages are set up wrong, as a newsroom sets them up (README, "Languages"): a
 * dictionary copied from src/i18n/en.ts still saying `export const en`, and a country's code in site.locales. The
 * build names the file and what to write; the dev server's module graph read the missing export as undefined and
 * told the editor to register the dictionary src/i18n/index.ts imported (src/build/dev-project-checks.ts), and a
 * save of src/site.config.ts was not checked at all, nor said to need a new server for its languages. One server, the mistakes made and fixed while it runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { copyProject } from '../helpers/project-copy.ts';

const story = `---\ntitle: 'A first story'\nsummary: 'The site has one story.'\ndate: 2026-02-06\nauthors: ['Casefile demo desk']\n---\n\nText.\n`;

/** How many times `line` is in `text`. */
const count = (text: string, line: string) => text.split(line).length - 1;

describe('the dev server of a project whose languages are set up wrong', () => {
  const project = copyProject();
  const fixture = makeFixture({ copyDemo: false });
  fixture.write('content/stories/a-first-story.mdx', story);
  let server: DevServer | undefined;
  afterAll(async () => {
    await server?.stop();
    project.remove();
  });

  it("names a dictionary still exporting en at the start and from the save that causes it, and a country's code saved in site.locales, and that a new server takes it", async () => {
    const french = readFileSync(join(project.root, 'src/i18n/fr.ts'), 'utf8');
    const copied = french.replace('export const fr = {', 'export const en = {');
    expect(copied, 'the French dictionary exports fr').not.toBe(french);
    const index = readFileSync(join(project.root, 'src/i18n/index.ts'), 'utf8').split('\n');
    const importLine = index.indexOf("import { fr } from './fr.ts';") + 1;
    expect(importLine, 'src/i18n/index.ts imports the French dictionary').toBeGreaterThan(0);
    const unexported = `src/i18n/fr.ts: export fr: missing, though src/i18n/index.ts imports it (line ${importLine}): a dictionary copied from src/i18n/en.ts still says \`export const en = {\`: write \`export const fr = {\` (README, "Languages")`;
    project.write('src/i18n/fr.ts', copied);
    server = await startDevServer(fixture.root, { project: project.root });
    const { origin, output } = server;
    await output.until(/export fr: missing/, 120_000);
    expect(output.text()).toContain(unexported);
    expect(output.text()).not.toContain('it is not registered');
    // The pages are served meanwhile, as with the build's other problems of the dictionaries.
    const page = await fetch(`${origin}/stories/a-first-story/`, { signal: AbortSignal.timeout(120_000) });
    expect(page.status, output.text()).toBe(200);

    // Fixed, as a country's code is added to site.locales: the check of that save names the code alone.
    project.write('src/i18n/fr.ts', french);
    project.edit('src/site.config.ts', (text) =>
      text.replace(
        "    { code: 'fr', label: 'Français' },\n",
        "    { code: 'fr', label: 'Français' },\n    { code: 'ua', label: 'Українська' },\n",
      ),
    );
    await output.until(/"ua" is the code of a country/, 60_000);
    expect(output.text()).toContain(
      'src/site.config.ts: site.locales: "ua" is the code of a country (Ukraine), not of a language: Ukrainian\'s is "uk"; the code marks the pages\' language (lang="ua") and picks their plural forms, dates and figures',
    );
    // Its content's language folders and Astro's routing keep the languages it started with: it says so.
    await output.until(/site\.locales is now/, 60_000);
    expect(output.text()).toContain(
      "src/site.config.ts: site.locales is now en, fr, ua: the dev server reads the languages when it starts, and its content's language folders and Astro's routing keep en, fr until then: stop it (Ctrl+C) and run npm run dev again",
    );
    expect(count(output.text(), unexported)).toBe(1);

    // Saved wrong again while the server runs: said again from that save.
    project.write('src/i18n/fr.ts', copied);
    await output.until(/(export fr: missing[^]*){2}/, 60_000);
    expect(count(output.text(), unexported), output.text()).toBe(2);
    // Time for the server's start (3 minutes at most), then its checks.
  }, 600_000);
});
