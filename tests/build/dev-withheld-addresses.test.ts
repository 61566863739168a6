/**
 * Asked for a withheld page's address, Astro's router warned that no static path matched, with a hint to check the
 * route's getStaticPaths(), though the 404 page says why the page is missing: that warning is dropped for withheld
 * addresses alone (src/build/dev-withheld-addresses.ts), as the dev server's logger writes (dev-errors-once.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writingErrorsOnce } from '../../src/build/dev-errors-once.ts';
import { holdWithheldAddresses } from '../../src/build/dev-withheld-addresses.ts';

/** Astro's warning (astro/dist/core/routing/dev.js), as its router logs it of `address`. */
const warning = (address: string) => ({
  level: 'warn' as const,
  label: 'router',
  message: `A \`getStaticPaths()\` route pattern was matched, but no matching static path was found for requested path \`${address}\`.\n\nPossible dynamic routes being matched: src/pages/stories/[slug].astro.`,
  newLine: true,
});

/** What the dev server's logger writes of `events`. */
function written(events: Parameters<ReturnType<typeof writingErrorsOnce>['write']>[0][]): unknown[] {
  const out: unknown[] = [];
  const destination = writingErrorsOnce({ write: (event) => out.push(event) });
  for (const event of events) destination.write(event);
  return out;
}

describe("the router's warning of an address no static path has", () => {
  afterEach(() => holdWithheldAddresses([]));

  it("is not printed for a withheld page's address, with or without its final slash, nor a withheld dataset's", () => {
    holdWithheldAddresses(['/stories/held-back/', '/fr/stories/retenu/', '/data/figures-held-back/']);
    expect(
      written([
        warning('/stories/held-back/'),
        warning('/stories/held-back'),
        warning('/fr/stories/retenu/'),
        warning('/data/figures-held-back/'),
      ]),
    ).toEqual([]);
  });

  it('is printed for any other address, a mistyped one or a page not written, and other warnings are', () => {
    holdWithheldAddresses(['/stories/held-back/']);
    const kept = [
      warning('/stories/no-such-story/'),
      warning('/stories/held-back-2/'),
      warning('/data/held-back/'),
      { ...warning('/stories/held-back/'), label: 'content' },
      { ...warning('/stories/held-back/'), level: 'info' as const },
      { level: 'warn' as const, label: 'router', message: 'Another warning of /stories/held-back/.', newLine: true },
    ];
    expect(written(kept)).toEqual(kept);
  });

  it('is printed for every address while no page is withheld', () => {
    holdWithheldAddresses([]);
    expect(written([warning('/stories/held-back/')])).toEqual([warning('/stories/held-back/')]);
  });
});
