/**
 * `npm run dev` of a project whose src/site.config.ts is saved, while the server runs, with a `defaultLocale` that is
 * none of site.locales' codes (src/build/dev-settings.ts, src/middleware.ts). Every page stopped on "TypeError: Cannot
 * read properties of undefined (reading 'pages')" from src/lib/site-data.ts, where the build names the file, the
 * field and the code to write. (Started so, the server stops before Astro starts: tests/build/dev-settings.test.ts.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { copyProject } from '../helpers/project-copy.ts';
import { asSent, errorOverlays } from '../helpers/vite-socket.ts';

const story = `---\ntitle: 'A first story'\nsummary: 'The site has one story.'\ndate: 2026-02-06\nauthors: ['Casefile demo desk']\n---\n\nText.\n`;
const problem = `src/site.config.ts: site.defaultLocale: "fr-FR" is none of the codes of site.locales (en, fr): write 'fr'`;

describe('the dev server of a project whose default language is saved misspelt', () => {
  const project = copyProject();
  const fixture = makeFixture({ copyDemo: false });
  fixture.write('content/stories/a-first-story.mdx', story);
  let server: DevServer | undefined;
  afterAll(async () => {
    await server?.stop();
    project.remove();
  });

  it("shows the build's line on every page, not a TypeError, until it is fixed", async () => {
    server = await startDevServer(fixture.root, { project: project.root });
    const { origin, output } = server;
    const status = async (path: string) =>
      (await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(120_000) })).status;
    expect(await status('/stories/a-first-story/'), output.text()).toBe(200);
    const overlays = await errorOverlays(origin);
    try {
      project.edit('src/site.config.ts', (text) => text.replace("defaultLocale: 'en',", "defaultLocale: 'fr-FR',"));
      // The project's checks read the saved file (src/build/dev-project-checks.ts): the pages' modules have it by then.
      await output.until(/site\.defaultLocale/, 60_000);
      for (const path of ['/stories/a-first-story/', '/stories/', '/']) expect(await status(path), path).toBe(500);
      expect(await overlays.overlay(asSent(problem))).toBe(asSent(problem));
      expect(output.text()).not.toContain('TypeError');

      project.edit('src/site.config.ts', (text) => text.replace("defaultLocale: 'fr-FR',", "defaultLocale: 'en',"));
      const deadline = Date.now() + 60_000;
      while ((await status('/stories/a-first-story/')) !== 200 && Date.now() < deadline)
        await new Promise((done) => setTimeout(done, 500));
      expect(await status('/stories/a-first-story/'), output.text()).toBe(200);
    } finally {
      overlays.close();
    }
    // Time for the server's start (3 minutes at most), then the saves.
  }, 420_000);
});
