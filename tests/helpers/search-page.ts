/**
 * Waiting for the search page (public/search/search.js) to finish a search. The page updates its results as the
 * reader types and filters, so results read right after a change may still be the previous search's, and an
 * assertion such as "no result is Pestrikov's" or "every result is a case file" can pass on them. The script marks
 * its live region (#search-status) with the search its results answer (`data-search-for`, the search as its query
 * string) and whether they are on the page (`data-search-state`: running, done or error); tests wait for that.
 *
 * A test that asserts that nothing more happens (a late answer ignored, a page of results added once) waits instead
 * until the page has no search or "Show more" load in flight (`data-pending`, superseded searches included): a
 * definite moment after which nothing can change the results, where a sleep would be a guess.
 */
import type { Page } from 'playwright-core';

/**
 * Waits until the search page shows the finished results of exactly `search`: its query string as the page writes
 * it in the address, filters in the form's order ('q=Pestrikov&kind=case', '' for no search), or its parameters in
 * that order. Fails naming the search and what the status said when it ends in an error or does not finish in time.
 */
export async function searchDone(page: Page, search: string | Record<string, string>, timeout = 10_000): Promise<void> {
  const expected = typeof search === 'string' ? search : new URLSearchParams(search).toString();
  const status = page.locator('#search-status');
  const finished = page.locator(
    `#search-status[data-search-for=${JSON.stringify(expected)}]:not([data-search-state="running"])`,
  );
  const describe = async () =>
    `state ${await status.getAttribute('data-search-state')} for "${await status.getAttribute('data-search-for')}", text "${await status.textContent()}"`;
  try {
    await finished.waitFor({ state: 'attached', timeout });
  } catch {
    throw new Error(
      `the search page did not finish the search "${expected}" within ${timeout} ms (its status: ${await describe()})`,
    );
  }
  const state = await finished.getAttribute('data-search-state');
  if (state !== 'done') throw new Error(`the search "${expected}" ended in ${state} (its status: ${await describe()})`);
  if ((await status.getAttribute('aria-busy')) !== 'false')
    throw new Error(`the search "${expected}" is done but its results are marked busy`);
}

/**
 * Waits until the search page has exactly `stillPending` searches and "Show more" loads in flight (superseded ones
 * included): 0 once nothing can change its results any more, 1 once all but a load the test holds have ended. Fails
 * naming the count it saw when that does not happen in time.
 */
export async function searchSettled(page: Page, stillPending = 0, timeout = 10_000): Promise<void> {
  try {
    await page.locator(`#search-status[data-pending="${stillPending}"]`).waitFor({ state: 'attached', timeout });
  } catch {
    const seen = await page.locator('#search-status').getAttribute('data-pending');
    throw new Error(
      `the search page did not settle to ${stillPending} pending within ${timeout} ms (data-pending: ${seen})`,
    );
  }
}

/**
 * One write to a live region of the search page: the region's id, the words written ('' when emptied), and what the
 * region said of its search then (aria-busy, data-search-state).
 */
export interface Announcement {
  region: string;
  text: string;
  busy: string | null;
  state: string | undefined;
}

/**
 * Records, from before the page's own script runs, every write to a live region of `page` (role="status": the count
 * #search-status and the note #search-ignored), in order: what a screen reader is given to say. Read it with
 * `announcements`. A region written twice in one task is two writes here, as it is two changes for the browser.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: Announcement[] = [];
    new MutationObserver((records) => {
      for (const record of records) {
        const region = record.target instanceof Element ? record.target.closest<HTMLElement>('[role="status"]') : null;
        if (!region || record.type !== 'childList') continue;
        heard.push({
          region: region.id,
          text: [...record.addedNodes].map((node) => node.textContent).join(''),
          busy: region.getAttribute('aria-busy'),
          state: region.dataset.searchState,
        });
      }
    }).observe(document, { childList: true, subtree: true });
    (window as unknown as { heard: Announcement[] }).heard = heard;
  });
}

/** The writes `recordAnnouncements` recorded since the page loaded or the last call, which it forgets. */
export async function announcements(page: Page): Promise<Announcement[]> {
  return page.evaluate(() => (window as unknown as { heard: Announcement[] }).heard.splice(0));
}
