/** The language a source's publisher is marked with on a page in `lang`: its own where the bibliography gives one. */
import type { Source } from '../schemas/source.ts';

/** `source.publisherLang` where it is set and not `lang`, the page's language; else undefined (no mark). */
export function publisherLang(source: Pick<Source, 'publisherLang'>, lang: string): string | undefined {
  return source.publisherLang !== undefined && source.publisherLang !== lang ? source.publisherLang : undefined;
}
