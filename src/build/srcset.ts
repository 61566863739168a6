/**
 * The image candidates of a `srcset` or `imagesrcset` attribute, found as HTML's "parse a srcset attribute" algorithm
 * finds them (https://html.spec.whatwg.org/multipage/images.html#parse-a-srcset-attribute): a candidate's URL is the
 * run of characters up to the next whitespace, so a `data:` URL keeps its comma ("data:image/png;base64,iVBO… 1x"), and
 * trailing commas end it; its descriptors ("800w", "2x") run to the next comma outside parentheses.
 */

/** One candidate: its URL and where the URL stands in the attribute's value. */
export interface SrcsetCandidate {
  url: string;
  start: number;
  end: number;
}

const space = /[\t\n\f\r ]/;

export function srcsetCandidates(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let at = 0;
  while (at < value.length) {
    // Whitespace and commas between candidates.
    while (at < value.length && (space.test(value[at]!) || value[at] === ',')) at++;
    if (at >= value.length) break;
    const start = at;
    while (at < value.length && !space.test(value[at]!)) at++;
    let end = at;
    // "a.png," is the URL "a.png" with no descriptors.
    let commas = false;
    while (end > start && value[end - 1] === ',') {
      end--;
      commas = true;
    }
    if (end > start) candidates.push({ url: value.slice(start, end), start, end });
    if (commas) continue;
    // Descriptors, up to a comma outside parentheses (which do not nest: the first ")" ends them).
    let inParens = false;
    while (at < value.length) {
      const char = value[at]!;
      if (char === '(') inParens = true;
      else if (char === ')') inParens = false;
      else if (char === ',' && !inParens) break;
      at++;
    }
  }
  return candidates;
}

/** The URLs of a srcset, in order. */
export function srcsetUrls(value: string): string[] {
  return srcsetCandidates(value).map((candidate) => candidate.url);
}

/** The srcset with each candidate's URL replaced by `change(url)`, everything else (descriptors, spacing) kept. */
export function mapSrcset(value: string, change: (url: string) => string): string {
  let result = '';
  let from = 0;
  for (const { url, start, end } of srcsetCandidates(value)) {
    result += value.slice(from, start) + change(url);
    from = end;
  }
  return result + value.slice(from);
}
