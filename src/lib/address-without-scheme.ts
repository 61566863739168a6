/**
 * Another site's address written without its scheme, as a browser's address bar shows it ("www.fairtrials.org/report",
 * "pravda.com.ua/news/…"), told from a file's name ("report.pdf", "index.md") by how its host ends. A story's link
 * (src/lib/validate/relative-links.ts) and a source's `url` (src/schemas/source.ts) are told the address to write.
 */

/** Endings that are no country's, as the sites stories cite use them; countries' endings are ISO 3166's (below). */
const genericEndings = new Set(['com', 'org', 'net', 'int', 'gov', 'edu', 'ngo', 'info', 'news', 'media', 'press']);

/** The names written before a country's ending in its sites' addresses: bbc.co.uk, pravda.com.ua, ox.ac.uk. */
const secondLevelNames = new Set(['co', 'ac', 'com', 'org', 'net', 'gov', 'edu']);

/**
 * Countries' endings that are also the extensions of files a project holds (index.md is Moldova's, run.sh St Helena's,
 * paper.ps Palestine's, chart.ai Anguilla's, setup.py Paraguay's): after one name alone they are taken for a file's.
 */
const fileExtensions = new Set(['md', 'sh', 'ps', 'ai', 'py', 'rs', 'so', 'mk', 'ml', 'cc', 'pm', 'do', 'as', 'tf']);

/** ISO 3166's codes for private use, which Intl names ("Unknown Region", "Kosovo") and no country's domain ends with. */
const privateUse = /^(?:aa|q[m-z]|x[a-z]|zz)$/;

let regions: Intl.DisplayNames | undefined;

/**
 * Whether `ending` is a country's: an ISO 3166 region Intl names (ua, kz, eu), or one of the codes CLDR keeps for
 * the domains that are no ISO code (uk, su). Intl returns an unknown code itself.
 */
function countryEnding(ending: string): boolean {
  if (!/^[a-z]{2}$/.test(ending) || privateUse.test(ending)) return false;
  regions ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  return regions.of(ending.toUpperCase()) !== ending.toUpperCase();
}

/**
 * Whether `written` is another site's address without its scheme: a host, then a path, a query, a fragment or
 * nothing. The host begins with www., or ends in a generic ending (fairtrials.org) or a country's (.ua, .kz, .uk).
 * After one name alone, a country's ending counts (lemonde.fr) unless it is also a file's extension (index.md), which
 * counts only before a path (zakon.md/news) or after a second-level name (bbc.co.uk): a file's name is followed by an
 * anchor or a query as a site's is (methodology.md#sources, run.sh?raw=1), but not by a folder's "/".
 */
export function isAddressWithoutScheme(written: string): boolean {
  const match = /^((?:[a-z0-9-]+\.)+)([a-z]{2,})(?=([/?#])|$)/i.exec(written.trim());
  if (!match) return false;
  const names = match[1]!.slice(0, -1).toLowerCase().split('.');
  const ending = match[2]!.toLowerCase();
  if (/^www\d?$/.test(names[0]!) && names.length > 1) return true;
  if (genericEndings.has(ending)) return true;
  if (!countryEnding(ending)) return false;
  return !fileExtensions.has(ending) || match[3] === '/' || secondLevelNames.has(names.at(-1)!);
}
