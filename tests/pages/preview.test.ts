/**
 * A preview build (PREVIEW=1) shows withheld pages with a visible banner and keeps them out of search engines;
 * public pages look as they do in a normal build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from './fixture-site.ts';

let site: ReturnType<typeof buildFixture>;
beforeAll(() => {
  site = buildFixture({ env: { PREVIEW: '1' } });
  if (site.result.status !== 0) throw new Error(`the fixture did not build:\n${site.result.output}`);
});
afterAll(() => site?.remove());

const robots = (path: string) => site.page(path).querySelector('meta[name="robots"]')?.getAttribute('content');
const banner = (path: string) => site.page(path).querySelector('.preview-banner')?.textContent ?? null;

describe('a preview build', () => {
  it('shows a draft with a "Draft" banner and noindex', () => {
    expect(banner('/stories/secret-plan/')).toBe('Draft: not published. This preview is not public.');
    expect(robots('/stories/secret-plan/')).toBe('noindex, nofollow');
  });

  it('shows an embargoed story with its embargo moment and noindex', () => {
    expect(banner('/stories/embargoed/')).toBe('Embargoed until 1 January 2027 00:00 UTC. This preview is not public.');
    expect(robots('/stories/embargoed/')).toBe('noindex, nofollow');
  });

  it('publishes the dataset only the draft uses, and leaves public pages without a banner', () => {
    expect(site.page('/data/draft-only/').querySelector('h1')?.textContent).toBe('Zanzibar quokka tallies');
    expect(banner('/stories/the-files/')).toBeNull();
  });

  it('keeps every page of a preview from search engines: its lists name the withheld pages too', () => {
    for (const path of ['/', '/stories/', '/stories/the-files/', '/data/'])
      expect(robots(path), path).toBe('noindex, nofollow');
  });
});
