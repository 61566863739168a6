/** The pages a story or case file can link to, and when each is published. */
import type { Publishable } from '../visibility.ts';

/** The pages a story or case file can link to: address -> its file, and whether it is withheld from this build. */
export interface LinkTargets extends Map<string, { file: string; held: 'draft' | 'embargo' | null; release: number }> {
  /** The datasets this build publishes. */
  datasets?: ReadonlySet<string>;
  /** The folder the site is served below: "/", or "/repo/" (basePath). */
  base?: string;
}

/** When a page is published: 0 if it is now, its embargo's moment, or never (a draft) until an editor says so. */
export function release(data: Publishable, now: Date): number {
  if (data.draft) return Number.POSITIVE_INFINITY;
  return data.embargo && data.embargo.getTime() > now.getTime() ? data.embargo.getTime() : 0;
}
