import { describe, expect, it } from 'vitest';
import { buildTime, isPublished, outputFolder, pinBuildTime, withheld } from '../../src/lib/visibility.ts';

describe('the build’s moment', () => {
  it('comes from CASEFILE_NOW when set, and says what it expected when that is not a datetime with its offset', () => {
    expect(buildTime({ CASEFILE_NOW: '2026-03-01T09:00:00Z' }).toISOString()).toBe('2026-03-01T09:00:00.000Z');
    expect(buildTime({ CASEFILE_NOW: '2026-03-01T10:00:00+01:00' }).toISOString()).toBe('2026-03-01T09:00:00.000Z');
    const expected = 'CASEFILE_NOW: expected an ISO 8601 datetime with its offset, such as 2026-01-26T06:00:00Z, got';
    expect(() => buildTime({ CASEFILE_NOW: 'next tuesday' })).toThrow(`${expected} "next tuesday"`);
    // Without an offset the moment would follow the machine's time zone: refused, as in an embargo.
    expect(() => buildTime({ CASEFILE_NOW: '2026-03-01T09:00:00' })).toThrow(`${expected} "2026-03-01T09:00:00"`);
    expect(() => buildTime({ CASEFILE_NOW: '2026-03-01' })).toThrow(`${expected} "2026-03-01"`);
    // Not rolled over to 2 March.
    expect(() => buildTime({ CASEFILE_NOW: '2026-02-30T09:00:00Z' })).toThrow(`${expected} "2026-02-30T09:00:00Z"`);
  });

  it('is read from the clock once and pinned, so every later reading in the build sees the same moment', async () => {
    const env: NodeJS.ProcessEnv = {};
    const now = pinBuildTime(env);
    expect(env.CASEFILE_NOW).toBe(now.toISOString());
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(buildTime(env).getTime()).toBe(now.getTime());
  });

  it('keeps a moment the build was given', () => {
    const env: NodeJS.ProcessEnv = { CASEFILE_NOW: '2026-03-01T09:00:00Z' };
    expect(pinBuildTime(env).toISOString()).toBe('2026-03-01T09:00:00.000Z');
    expect(env.CASEFILE_NOW).toBe('2026-03-01T09:00:00Z');
  });
});

describe('what is published', () => {
  const now = new Date('2026-03-01T09:00:00Z');
  it('withholds drafts and pages before their embargo ends, and shows both in a preview', () => {
    const embargoed = { embargo: new Date('2026-03-01T09:00:01Z') };
    expect(withheld({ draft: true }, now)).toBe('draft');
    expect(withheld(embargoed, now)).toBe('embargo');
    expect(withheld({ embargo: now }, now)).toBeNull();
    expect(isPublished(embargoed, now, false)).toBe(false);
    expect(isPublished(embargoed, now, true)).toBe(true);
  });
});

describe('where a build publishes', () => {
  it('publishes a preview into dist-preview/, never into the dist/ a deploy uploads', () => {
    expect(outputFolder({})).toBe('dist');
    expect(outputFolder({ PREVIEW: '1' })).toBe('dist-preview');
    expect(outputFolder({ PREVIEW: 'true' })).toBe('dist-preview');
    expect(outputFolder({ PREVIEW: '0' })).toBe('dist');
  });

  it('publishes where CASEFILE_DIST says, and a preview beside it unless CASEFILE_PREVIEW_DIST names its folder', () => {
    expect(outputFolder({ CASEFILE_DIST: '/srv/site' })).toBe('/srv/site');
    expect(outputFolder({ CASEFILE_DIST: '/srv/site/', PREVIEW: '1' })).toBe('/srv/site-preview');
    expect(outputFolder({ CASEFILE_DIST: 'public', PREVIEW: '1', CASEFILE_PREVIEW_DIST: 'review' })).toBe('review');
    expect(outputFolder({ CASEFILE_PREVIEW_DIST: 'review' })).toBe('dist');
  });
});
