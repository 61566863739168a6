import { describe, expect, it } from 'vitest';
import { lastUpdated, pageCorrections } from '../../src/lib/corrections.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('corrections', () => {
  it("merges a page's own corrections with its datasets', newest first, naming the dataset", () => {
    const merged = pageCorrections(
      [{ date: d('2026-02-01'), text: 'own' }],
      new Map([['issued', [{ date: d('2026-03-01'), text: 'data' }]]]),
    );
    expect(merged).toEqual([
      { date: d('2026-03-01'), text: 'data', dataset: 'issued' },
      { date: d('2026-02-01'), text: 'own' },
    ]);
  });

  it('moves the updated date to the newest correction when it is later', () => {
    expect(lastUpdated(d('2026-01-10'), [{ date: d('2026-02-01'), text: '' }])).toEqual(d('2026-02-01'));
    expect(lastUpdated(d('2026-03-10'), [{ date: d('2026-02-01'), text: '' }])).toEqual(d('2026-03-10'));
    expect(lastUpdated(undefined, [])).toBeUndefined();
  });
});
