/** How messages write a moment: as an editor writes one in frontmatter, in UTC, without `.000`. */
import { describe, expect, it } from 'vitest';
import { writtenMoment } from '../../src/lib/validate/moment.ts';

describe('a moment in a message', () => {
  it('is written in UTC to the second, as frontmatter writes an embargo, from a date or a timestamp', () => {
    expect(writtenMoment(new Date('2026-12-01T06:00:00Z'))).toBe('2026-12-01T06:00:00Z');
    expect(writtenMoment(new Date('2026-12-01T08:00:00+02:00'))).toBe('2026-12-01T06:00:00Z');
    expect(writtenMoment(Date.UTC(2026, 11, 1, 6))).toBe('2026-12-01T06:00:00Z');
  });

  it('keeps milliseconds a moment has, so that two moments apart by less than a second never read the same', () => {
    expect(writtenMoment(new Date('2026-12-01T06:00:00.250Z'))).toBe('2026-12-01T06:00:00.250Z');
  });
});
