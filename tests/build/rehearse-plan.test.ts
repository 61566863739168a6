import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { isRehearsal, rehearsalEnv, rehearsalHeading, rehearsals } from '../../src/build/rehearse.ts';
import { pagesLiftingAtOnce } from '../../src/bench/worst-cases.ts';

const now = new Date('2026-11-22T12:00:00Z');
const page = (file: string, data: { draft?: boolean; embargo?: string }) => ({
  file,
  data: { draft: data.draft, embargo: data.embargo ? new Date(data.embargo) : undefined },
});

describe('the builds npm run rehearse runs', () => {
  it('are one per moment at which a pending embargo lifts, earliest first, each naming the pages it publishes', () => {
    const planned = rehearsals(
      [
        page('content/stories/tuesday.mdx', { embargo: '2026-12-01T06:00:00Z' }),
        page('content/stories/monday-b.mdx', { embargo: '2026-11-30T06:00:00Z' }),
        page('content/cases/monday-a.mdx', { embargo: '2026-11-30T07:00:00+01:00' }),
        page('content/stories/public.mdx', {}),
      ],
      now,
    );
    expect(planned.map((rehearsal) => [rehearsal.moment.toISOString(), rehearsal.files])).toEqual([
      // The same moment written with another offset is the same build.
      ['2026-11-30T06:00:00.000Z', ['content/cases/monday-a.mdx', 'content/stories/monday-b.mdx']],
      ['2026-12-01T06:00:00.000Z', ['content/stories/tuesday.mdx']],
    ]);
  });

  it('leave out drafts, whatever their embargo, and embargoes that have passed or pass at this very moment', () => {
    const planned = rehearsals(
      [
        page('content/stories/draft.mdx', { draft: true, embargo: '2026-12-01T06:00:00Z' }),
        page('content/stories/lifted.mdx', { embargo: '2026-11-01T06:00:00Z' }),
        page('content/stories/lifting-now.mdx', { embargo: '2026-11-22T12:00:00Z' }),
        page('content/stories/next-second.mdx', { embargo: '2026-11-22T12:00:01Z' }),
      ],
      now,
    );
    expect(planned.map((rehearsal) => rehearsal.files)).toEqual([['content/stories/next-second.mdx']]);
    expect(rehearsals([page('content/stories/public.mdx', {})], now)).toEqual([]);
  });

  it('are introduced by their moment and pages, and counted when there are several', () => {
    const one = { moment: new Date('2026-12-01T06:00:00Z'), files: ['content/stories/x.mdx'] };
    expect(rehearsalHeading(one, 0, 1)).toBe(
      'rehearse: the build at 2026-12-01T06:00:00Z, which publishes content/stories/x.mdx',
    );
    const two = { moment: new Date('2026-12-02T06:00:00Z'), files: ['content/stories/a.mdx', 'content/stories/b.mdx'] };
    expect(rehearsalHeading(two, 1, 2)).toBe(
      'rehearse 2 of 2: the build at 2026-12-02T06:00:00Z, which publishes 2 pages (content/stories/a.mdx, content/stories/b.mdx)',
    );
    // A site's many pages at one moment: the first ten, and how many more (the line named every one).
    const many = {
      moment: two.moment,
      files: Array.from({ length: 2000 }, (_, i) => `content/stories/s${String(i).padStart(4, '0')}.mdx`),
    };
    expect(rehearsalHeading(many, 0, 1)).toBe(
      `rehearse: the build at 2026-12-02T06:00:00Z, which publishes 2000 pages (${many.files.slice(0, 10).join(', ')} and 1990 more)`,
    );
  });
});

describe('the environment of a rehearsal’s build', () => {
  const rehearsal = { moment: new Date('2026-12-01T06:00:00Z'), files: ['content/stories/x.mdx'] };
  const project = '/srv/site';

  it('is the caller’s, at the embargo’s moment, into the given folder, with a cache of its own beside the published build’s', () => {
    const env = rehearsalEnv(rehearsal, '/tmp/r/site', project, {
      CASEFILE_SITE_URL: 'https://example.org',
      CASEFILE_NOW: '2026-11-22T12:00:00Z',
      CASEFILE_DIST: 'public-site',
    });
    expect(env).toEqual({
      CASEFILE_SITE_URL: 'https://example.org',
      CASEFILE_NOW: '2026-12-01T06:00:00.000Z',
      CASEFILE_DIST: '/tmp/r/site',
      CASEFILE_CACHE_DIR: resolve(project, 'node_modules/.astro-rehearsal'),
      CASEFILE_REHEARSAL: '1',
    });
    expect(
      rehearsalEnv(rehearsal, '/tmp/r/site', project, { CASEFILE_CACHE_DIR: 'caches/astro/' }).CASEFILE_CACHE_DIR,
    ).toBe(resolve(project, 'caches/astro-rehearsal'));
    expect(isRehearsal(env)).toBe(true);
    expect(isRehearsal({})).toBe(false);
  });

  it('is never a preview’s: the build that lifts an embargo leaves drafts and later embargoes out', () => {
    const env = rehearsalEnv(rehearsal, '/tmp/r/site', project, { PREVIEW: '1', CASEFILE_PREVIEW_DIST: 'preview' });
    expect(env).not.toHaveProperty('PREVIEW');
    expect(env).not.toHaveProperty('CASEFILE_PREVIEW_DIST');
  });
});

describe('the plan of a large site', () => {
  // Its speed (each page once copied its moment's list so far: 23 s for 20,000) is timed by npm run
  // bench:worst-cases (src/bench/worst-cases.ts), not here: a busy machine makes a slow run, not a wrong plan.
  it('puts 20,000 pages lifting at one moment in one rehearsal, every page once, in the order of their files', () => {
    const planned = rehearsals(pagesLiftingAtOnce(20_000).toReversed(), now);
    expect(planned).toHaveLength(1);
    expect(planned[0]!.moment.toISOString()).toBe('2027-01-01T06:00:00.000Z');
    expect(planned[0]!.files).toHaveLength(20_000);
    expect(new Set(planned[0]!.files).size).toBe(20_000);
    expect(planned[0]!.files.slice(0, 2)).toEqual(['content/stories/s00000.mdx', 'content/stories/s00001.mdx']);
    expect(planned[0]!.files.at(-1)).toBe('content/stories/s19999.mdx');
  });
});
