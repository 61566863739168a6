/**
 * Corrections as readers see them: a page's own, plus those of every dataset it uses (a wrong figure in a dataset
 * was wrong on every page that showed it), and the date a page was last updated.
 */

export interface Correction {
  date: Date;
  text: string;
}

export interface PageCorrection extends Correction {
  /** The dataset the correction belongs to, or undefined for the page's own. */
  dataset?: string;
  /** The language a dataset's correction is written in (the page's own are in the page's language). */
  lang?: string;
}

/**
 * A correction's text with its spaces and quotation marks evened out (a no-break space the build typesets, a curly
 * apostrophe for a straight one): two texts that differ only so are one wording. A correction's feed guid is made
 * from it (src/lib/feed.ts), and a correction listed twice is found by it (src/schemas/fields/corrections.ts).
 */
export function correctionWording(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      // French quotation marks hold a space inside them (« x »), straight and curly ones none ("x").
      .replace(/\u00ab\s*|\s*\u00bb/gu, '"')
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/** The page's own corrections and those of `datasets` (id -> corrections), newest first. */
export function pageCorrections(
  own: readonly (Correction & { lang?: string })[],
  datasets: ReadonlyMap<string, readonly (Correction & { lang?: string })[]>,
): PageCorrection[] {
  const all: PageCorrection[] = [...own.map((c) => ({ ...c }))];
  for (const [dataset, corrections] of datasets) for (const c of corrections) all.push({ ...c, dataset });
  return all.sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** When the page last changed: `updated`, or the newest correction when it is later; undefined when neither. */
export function lastUpdated(updated: Date | undefined, corrections: readonly Correction[]): Date | undefined {
  let latest = updated;
  for (const c of corrections) if (!latest || c.date.getTime() > latest.getTime()) latest = c.date;
  return latest;
}

/**
 * When the page says it last changed: the day its header prints ("Updated …" when `lastUpdated` is later than its
 * publication, else its publication date), which the sitemap gives as its <lastmod> and its JSON-LD as dateModified.
 */
export function lastModified(published: Date, updated: Date | undefined, corrections: readonly Correction[]): Date {
  const latest = lastUpdated(updated, corrections);
  return latest && latest.getTime() > published.getTime() ? latest : published;
}
