/**
 * The dev server's wake-up at the next embargo (src/lib/embargo-timer.ts): one timer, set to the earliest embargo
 * still ahead, firing at that moment and then waiting for the next, set again after each change, never polling and
 * never keeping the process alive. Vitest's fake clock stands in for the machine's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { embargoTimer } from '../../src/lib/embargo-timer.ts';

const start = Date.parse('2026-11-22T12:00:00Z');
const at = (iso: string) => Date.parse(iso);

describe('the embargo timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(start);
  });
  afterEach(() => vi.useRealTimers());

  it('lifts at the earliest embargo ahead, then at each later one in turn, with one timer and no polling', () => {
    const lifted: string[] = [];
    const timer = embargoTimer((moment) => lifted.push(new Date(moment).toISOString()));
    // One already past, two at the same moment, one later.
    timer.arm([
      at('2026-11-22T11:00:00Z'),
      at('2026-11-22T12:00:05Z'),
      at('2026-11-22T12:00:05Z'),
      at('2026-11-22T12:01:00Z'),
    ]);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(4_999);
    expect(lifted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(lifted).toEqual(['2026-11-22T12:00:05.000Z']);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(55_000);
    expect(lifted).toEqual(['2026-11-22T12:00:05.000Z', '2026-11-22T12:01:00.000Z']);
    // Nothing left ahead: no timer at all.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits for what it was armed with last: an embargo moved, added or removed by a change', () => {
    const lifted: number[] = [];
    const timer = embargoTimer((moment) => lifted.push(moment));
    timer.arm([at('2026-11-22T12:00:10Z')]);
    vi.advanceTimersByTime(5_000);
    // The editor moves the embargo later, and another page gets one sooner.
    timer.arm([at('2026-11-22T12:00:30Z'), at('2026-11-22T12:00:20Z')]);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(10_000);
    expect(lifted).toEqual([]);
    vi.advanceTimersByTime(5_000);
    expect(lifted).toEqual([at('2026-11-22T12:00:20Z')]);
    timer.arm([]);
    vi.advanceTimersByTime(60_000);
    expect(lifted).toEqual([at('2026-11-22T12:00:20Z')]);
    expect(vi.getTimerCount()).toBe(0);
    timer.arm([at('2026-11-22T12:05:00Z')]);
    timer.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  // Node fires a timeout longer than 2^31 - 1 ms (about 24.8 days) at once, with a warning.
  it('waits for an embargo months ahead, in steps, and lifts it at its moment only', () => {
    const lifted: number[] = [];
    const timer = embargoTimer((moment) => lifted.push(moment));
    const months = at('2027-03-01T06:00:00Z');
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    timer.arm([months]);
    // Checked first: the fake clock, as Node, would fire a longer one at once, and again, without end.
    expect(timeouts.mock.calls.map(([, delay]) => delay)).toEqual([2 ** 31 - 1]);
    timeouts.mockRestore();
    vi.advanceTimersByTime(months - start - 1);
    expect(lifted).toEqual([]);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(lifted).toEqual([months]);
  });

  it('never keeps the process alive', () => {
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    embargoTimer(() => {}).arm([at('2026-11-22T12:00:05Z')]);
    const timeout = timeouts.mock.results.at(-1)?.value as NodeJS.Timeout;
    expect(timeout.hasRef()).toBe(false);
    timeouts.mockRestore();
  });

  it('goes on to the next embargo when lifting one throws', () => {
    const lifted: number[] = [];
    const timer = embargoTimer((moment) => {
      lifted.push(moment);
      if (lifted.length === 1) throw new Error('the first lift failed');
    });
    timer.arm([at('2026-11-22T12:00:05Z'), at('2026-11-22T12:00:06Z')]);
    expect(() => vi.advanceTimersByTime(5_000)).toThrow('the first lift failed');
    vi.advanceTimersByTime(1_000);
    expect(lifted).toEqual([at('2026-11-22T12:00:05Z'), at('2026-11-22T12:00:06Z')]);
  });
});
