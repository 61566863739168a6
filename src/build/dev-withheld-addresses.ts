/**
 * The dev server's addresses of withheld pages: a draft's, an embargoed page's (unless PREVIEW=1), and the page of a
 * dataset only such pages use. Asked for one, Astro's router found no such page among its routes' static paths and
 * printed "[WARN] [router] A `getStaticPaths()` route pattern was matched, but no matching static path was found for
 * requested path …" (astro/dist/core/routing/dev.js), with a hint to check the route's getStaticPaths: an editor who
 * had opened their draft went looking for a mistake in the code, while the 404 page already said why the page is
 * missing and how to see it (src/components/pages/NotFoundPage.astro). That warning is dropped for those addresses
 * alone; for any other it is still printed, a mistyped address or a route's mistake.
 *
 * The pages' loader holds the addresses, read with the dev server's link checks (src/lib/shared-link-check.ts); Astro's
 * logger asks for them as it writes (src/build/dev-errors-once.ts). On globalThis: the loader runs in Astro's content
 * layer, each with its own copy of this module, in one process (as src/build/dev-link-problems.ts).
 */
const addressesKey = Symbol.for('casefile.devWithheldAddresses');
const store = globalThis as unknown as Record<symbol, ReadonlySet<string> | undefined>;

/** Holds `addresses` ("/stories/x/", "/fr/data/y/") as those of the withheld pages, in place of those held before. */
export function holdWithheldAddresses(addresses: Iterable<string>): void {
  store[addressesKey] = new Set(addresses);
}

/** Whether `pathname` is a withheld page's address, with or without its final "/". */
export function isWithheldAddress(pathname: string): boolean {
  return store[addressesKey]?.has(pathname.endsWith('/') ? pathname : `${pathname}/`) ?? false;
}

/** Astro's warning of an address its routes' static paths do not have: the address it names. */
const noStaticPath =
  /^A `getStaticPaths\(\)` route pattern was matched, but no matching static path was found for requested path `([^`]*)`/;

/**
 * Whether a message Astro's logger writes under `label` is its router's warning of a withheld page's address, which
 * the 404 page explains: not to be printed.
 */
export function isWithheldPageWarning(level: string, label: string | null | undefined, message: string): boolean {
  if (level !== 'warn' || label !== 'router') return false;
  const address = noStaticPath.exec(message)?.[1];
  return address !== undefined && isWithheldAddress(address);
}
