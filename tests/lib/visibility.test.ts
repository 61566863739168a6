import { describe, expect, it, vi } from 'vitest';
import {
  aheadOfClockNote,
  behindClockNote,
  buildTime,
  embargoNote,
  isPublished,
  outputFolder,
  pinBuildTime,
  withheld,
} from '../../src/lib/visibility.ts';

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

  // The clock is faked and moved on, not waited for: a real wait proves nothing when the clock has not ticked in it.
  it('is read from the clock once and pinned, so every later reading in the build sees the same moment', () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T08:59:59.999Z'), toFake: ['Date'] });
    try {
      const env: NodeJS.ProcessEnv = {};
      const now = pinBuildTime(env);
      expect(now.toISOString()).toBe('2026-03-01T08:59:59.999Z');
      expect(env.CASEFILE_NOW).toBe('2026-03-01T08:59:59.999Z');
      // Past an embargo ending at 09:00: a second reading of the clock would now see it over.
      vi.setSystemTime(new Date('2026-03-01T09:00:00.000Z'));
      expect(buildTime(env).toISOString()).toBe('2026-03-01T08:59:59.999Z');
      expect(pinBuildTime(env).toISOString()).toBe('2026-03-01T08:59:59.999Z');
    } finally {
      vi.useRealTimers();
    }
  });

  // A CI setting left blank (CASEFILE_NOW: ${{ vars.CASEFILE_NOW }} with no such variable) is an empty string: read as
  // unset, it must be pinned as unset is, or every later reading takes the clock again.
  it('is pinned when CASEFILE_NOW is set but empty, as when it is unset', () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T08:59:59.999Z'), toFake: ['Date'] });
    try {
      const env: NodeJS.ProcessEnv = { CASEFILE_NOW: '' };
      expect(pinBuildTime(env).toISOString()).toBe('2026-03-01T08:59:59.999Z');
      expect(env.CASEFILE_NOW).toBe('2026-03-01T08:59:59.999Z');
      vi.setSystemTime(new Date('2026-03-01T09:00:00.000Z'));
      expect(buildTime(env).toISOString()).toBe('2026-03-01T08:59:59.999Z');
    } finally {
      vi.useRealTimers();
    }
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

describe('the note on embargoes at the end of a build', () => {
  const now = new Date('2026-12-01T09:00:00Z');
  const at = (iso: string) => new Date(iso);

  it('is absent when no page waits for an embargo: drafts and lifted embargoes do not count', () => {
    expect(embargoNote([], now)).toBeUndefined();
    expect(
      embargoNote(
        [
          { file: 'content/stories/draft.mdx', data: { draft: true, embargo: at('2027-01-01T00:00:00Z') } },
          { file: 'content/stories/lifted.mdx', data: { embargo: at('2026-12-01T08:59:00Z') } },
          { file: 'content/stories/now.mdx', data: { embargo: now } },
        ],
        now,
      ),
    ).toBeUndefined();
  });

  it('names the next page to be published and when, whatever order the files come in', () => {
    expect(
      embargoNote(
        [
          { file: 'content/stories/later.mdx', data: { embargo: at('2026-12-24T06:00:00Z') } },
          { file: 'content/cases/sooner.mdx', data: { embargo: at('2026-12-02T06:00:00+01:00') } },
          { file: 'content/stories/pulled.mdx', data: { draft: true } },
        ],
        now,
      ),
    ).toBe(
      'embargo: 2 pages held back; the next to lift is content/cases/sooner.mdx, at 2026-12-02T05:00:00Z: a build at or after that moment publishes it; the others later (the last at 2026-12-24T06:00:00Z)',
    );
  });

  it('names every page that lifts at the same moment, as a story and its translation do', () => {
    const lifts = at('2026-12-02T06:00:00Z');
    expect(
      embargoNote(
        [
          { file: 'content/stories/x.mdx', data: { embargo: lifts } },
          { file: 'content/stories/fr/x.mdx', data: { embargo: lifts } },
        ],
        now,
      ),
    ).toBe(
      'embargo: 2 pages held back; the next to lift is 2 pages (content/stories/fr/x.mdx, content/stories/x.mdx), at 2026-12-02T06:00:00Z: a build at or after that moment publishes them',
    );
  });
});

describe('the note on a build moment ahead of the clock', () => {
  const clock = new Date('2026-12-01T09:00:00Z');
  const at = (iso: string) => new Date(iso);
  const entries = [
    { file: 'content/stories/lifted.mdx', data: { embargo: at('2026-11-30T06:00:00Z') } },
    { file: 'content/stories/early.mdx', data: { embargo: at('2026-12-02T06:00:00Z') } },
    { file: 'content/cases/early.mdx', data: { embargo: at('2026-12-03T06:00:00Z') } },
    { file: 'content/stories/held.mdx', data: { embargo: at('2026-12-24T06:00:00Z') } },
    { file: 'content/stories/draft.mdx', data: { draft: true } },
  ];

  it('names the pages CASEFILE_NOW publishes before their embargo by the clock, and the moment to deploy from', () => {
    expect(aheadOfClockNote(entries, at('2026-12-05T00:00:00Z'), clock)).toBe(
      "CASEFILE_NOW (2026-12-05T00:00:00Z) is ahead of this machine's clock (2026-12-01T09:00:00Z): this build publishes 2 pages whose embargo has not passed yet (content/stories/early.mdx, until 2026-12-02T06:00:00Z; content/cases/early.mdx, until 2026-12-03T06:00:00Z): deploy it no earlier than 2026-12-03T06:00:00Z",
    );
  });

  it('is absent when the moment is the clock or before it, or publishes nothing early', () => {
    expect(aheadOfClockNote(entries, clock, clock)).toBeUndefined();
    expect(aheadOfClockNote(entries, at('2026-11-01T00:00:00Z'), clock)).toBeUndefined();
    expect(aheadOfClockNote(entries, at('2026-12-01T10:00:00Z'), clock)).toBeUndefined();
  });
});

describe('the note on a build moment behind the clock', () => {
  const clock = new Date('2026-12-01T09:00:00Z');
  const at = (iso: string) => new Date(iso);
  const entries = [
    { file: 'content/stories/long-out.mdx', data: { embargo: at('2026-11-01T06:00:00Z') } },
    { file: 'content/stories/lifted.mdx', data: { embargo: at('2026-11-30T06:00:00Z') } },
    { file: 'content/cases/lifted.mdx', data: { embargo: at('2026-11-29T06:00:00Z') } },
    { file: 'content/stories/held.mdx', data: { embargo: at('2026-12-24T06:00:00Z') } },
    { file: 'content/stories/draft.mdx', data: { draft: true, embargo: at('2026-11-30T06:00:00Z') } },
  ];

  it('names the pages CASEFILE_NOW holds back though their embargo has passed by the clock, earliest first', () => {
    expect(behindClockNote(entries, at('2026-11-15T00:00:00Z'), clock)).toBe(
      "CASEFILE_NOW (2026-11-15T00:00:00Z) is behind this machine's clock (2026-12-01T09:00:00Z): this build holds back 2 pages whose embargo has passed (content/cases/lifted.mdx, lifted at 2026-11-29T06:00:00Z; content/stories/lifted.mdx, lifted at 2026-11-30T06:00:00Z), and deploying it takes them down if they were published; without CASEFILE_NOW, a build uses the clock",
    );
    expect(behindClockNote(entries, at('2026-11-29T12:00:00Z'), clock)).toContain(
      'holds back 1 page whose embargo has passed (content/stories/lifted.mdx, lifted at 2026-11-30T06:00:00Z), and deploying it takes that page down if it was published',
    );
  });

  it('is absent when the moment is the clock or after it, or holds back nothing the clock would publish', () => {
    expect(behindClockNote(entries, clock, clock)).toBeUndefined();
    expect(behindClockNote(entries, at('2026-12-05T00:00:00Z'), clock)).toBeUndefined();
    // Behind, but after every embargo the clock has seen lift.
    expect(behindClockNote(entries, at('2026-12-01T08:00:00Z'), clock)).toBeUndefined();
  });
});
