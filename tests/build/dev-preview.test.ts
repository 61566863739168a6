/**
 * `PREVIEW=1 npm run dev` shows drafts and embargoed pages, and every page says so; it said "Preview build", the
 * words of a preview built into dist-preview/, which an editor looking at the dev server does not have.
 */
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { previewRobots } from '../../src/build/robots.ts';

describe('the dev server started as PREVIEW=1', () => {
  const fixture = makeFixture();
  let server: DevServer | undefined;
  afterAll(async () => server?.stop());

  it("says on every page that the dev server shows drafts and embargoed pages, in each language, and serves a preview's robots.txt", async () => {
    fixture.write(
      'content/stories/held-back.mdx',
      `---\ntitle: 'A story held back'\nsummary: 'Not yet published.'\ndate: 2026-02-06\nauthors: ['Casefile demo desk']\ndraft: true\n---\n\nWhat the desk held back.\n`,
    );
    server = await startDevServer(fixture.root, { env: { PREVIEW: '1' } });
    const { origin } = server;
    const banner = async (path: string) => {
      const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(120_000) });
      expect(response.status, path).toBe(200);
      return parseHTML(await response.text()).document.querySelector('.preview-site')?.textContent;
    };
    const english =
      'Dev server started as PREVIEW=1: it shows drafts and embargoed pages. It is not the published site.';
    expect(await banner('/')).toBe(english);
    expect(await banner('/stories/held-back/')).toBe(english);
    expect(await banner('/fr/')).toBe(
      'Serveur de développement lancé avec PREVIEW=1\u00a0: il montre les brouillons et les pages sous embargo. Ce n’est pas le site publié.',
    );
    // The robots.txt a preview build publishes, every crawler kept off, where the dev server served none
    // (src/build/dev-robots.ts).
    const robots = await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(120_000) });
    expect([robots.status, await robots.text()]).toEqual([200, previewRobots]);
    // Time for the waits above (the server's start, 3 minutes at most; a first page it renders, 2), which vitest's
    // default of 2 minutes cut short, failing without the server's output.
  }, 600_000);
});
