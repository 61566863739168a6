import { describe, expect, it } from 'vitest';
import { buildTime, isPublished, pinBuildTime, withheld } from '../../src/lib/visibility.ts';

describe('the build’s moment', () => {
  it('comes from CASEFILE_NOW when set, and says what it expected when that is not a datetime', () => {
    expect(buildTime({ CASEFILE_NOW: '2026-03-01T09:00:00Z' }).toISOString()).toBe('2026-03-01T09:00:00.000Z');
    expect(() => buildTime({ CASEFILE_NOW: 'next tuesday' })).toThrow('CASEFILE_NOW: expected an ISO 8601 datetime, got "next tuesday"');
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
