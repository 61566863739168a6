/**
 * The dev server's wake-up at the next embargo. What is public is decided when the content changes, so a page whose
 * embargo lifted while `npm run dev` ran stayed hidden (or shown as embargoed) until the next save. A timer set to the
 * earliest embargo still ahead calls `lift` at that moment, then waits for the next one: no polling, and unref'd, so
 * it never keeps the server's process alive. The pages' loader sets it again after each change
 * (src/lib/shared-link-check.ts).
 */

/** Node's longest timeout (about 24.8 days; a longer one fires at once): a later moment is reached in steps. */
const longestDelay = 2 ** 31 - 1;

export interface EmbargoTimer {
  /** Waits for the earliest of `moments` (ms since the epoch) still ahead, in place of what it waited for before. */
  arm(moments: Iterable<number>): void;
  /** Waits for nothing. */
  stop(): void;
}

/** A timer that calls `lift(moment)` at each of the moments it is armed with, in turn; `now` is the clock. */
export function embargoTimer(lift: (moment: number) => void, now: () => number = Date.now): EmbargoTimer {
  let ahead: number[] = [];
  let timer: NodeJS.Timeout | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = undefined;
    const next = ahead[0];
    if (next === undefined) return;
    timer = setTimeout(
      () => {
        // Woken on the way to a moment beyond the longest timeout, or a millisecond early by the system's clock.
        if (now() < next) return wait();
        ahead.shift();
        try {
          lift(next);
        } finally {
          wait();
        }
      },
      Math.min(Math.max(next - now(), 0), longestDelay),
    );
    timer.unref();
  };
  return {
    arm(moments) {
      const at = now();
      ahead = [...new Set(moments)].filter((moment) => moment > at).sort((a, b) => a - b);
      wait();
    },
    stop() {
      ahead = [];
      wait();
    },
  };
}
