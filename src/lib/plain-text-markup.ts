import { decodeHTMLStrict } from 'entities';

/**
 * Markup in a text that is printed as written (a title, a summary: lists, search, feeds, social cards), as the editor
 * wrote it: a component, a link, code or Markdown emphasis, which would be published with its asterisks and brackets.
 */

/**
 * Emphasis as Markdown reads it at the edges of words: `*a*`, `_a_`, `**a**`, `__a__`, opened after a space, an opening
 * bracket or quote, or a dash, and closed before one of those or a punctuation mark. So asterisks and underscores of
 * ordinary text are not emphasis: inside words (snake_case, 2*3*4, F***, a path in an address), before a space
 * ("5 * 3"), after a word (a footnote mark, "Figures*") or before a file extension (`__init__.py`). What lies between
 * holds no delimiter like the opening one, so that two such marks far apart are not taken for one emphasis.
 */
const emphasis =
  /(?<=^|[\s([{"'“‘«—–-])(\*{1,2}|_{1,2})(?![\s*_])((?:(?!\1)[^\n])*?[^\s*_\\])\1(?=$|[\s)\]}"'”’»,;:!?…—–-]|\.(?!\w))/gu;

/**
 * A Markdown link (or image) to somewhere an editor links to. CommonMark reads any `[text](destination)` whose
 * destination has no space (or is written in angle brackets), with an optional quoted title, as a link: "[1](2019)"
 * is one. But in a dataset's values and notes, a footnote mark followed by a year or a word in parentheses is plain
 * text an editor means as written, and it is printed as written. A link is refused when its destination looks like
 * an address: a scheme (https:, mailto:), a path (/, ./, ../), an anchor (#), "www.", or a name with a dot before a
 * letter (example.org, report.pdf); "[1](2019)", "[1](1.5)" or "[sic](sic)" are left as text.
 */
const link = /\[[^\]\n]*\]\(\s*(?:<([^<>\n]*)>|([^()\s]+))(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/g;

/** Whether a link's destination looks like somewhere an editor links to (see `link`). */
const address = (destination: string) => /^(?:[a-z][a-z\d+.-]*:|\.{0,2}\/|#|www\.)|\.\p{L}/iu.test(destination);

/**
 * HTML an editor pastes from a web page or a CMS: line breaks, emphasis, links, spans. Other lowercase tags are left
 * alone: they are printed as written, escaped, and may be meant (a title about the <script> element).
 */
const pastedTag =
  /<\/?(?:a|abbr|b|br|cite|del|div|em|i|ins|mark|p|q|s|small|span|strong|sub|sup|u|wbr)(?:\s[^<>]*)?\/?>/i;

/** A character reference (`&nbsp;`, `&#8217;`, `&mdash;`) that HTML would read as one character, and plain text does not. */
const characterReference = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/** Markup found in a plain text: what an error shows of it, and what to write instead. */
export interface PlainTextMarkup {
  markup: string;
  fix: string;
}

/**
 * The first markup in `text`, written as an error shows it (`<Fact>`, `[link](…)`, `*Harbour*`, `<br>`, `&nbsp;`), with
 * what to write instead, or undefined.
 */
export function plainTextMarkup(text: string): PlainTextMarkup | undefined {
  if (!/[<[`*_&]/.test(text)) return undefined;
  const component = /<([A-Z][\w.]*)(?:\s[^<>]*)?\/?>/.exec(text);
  if (component) return { markup: `<${component[1]}>`, fix: wordsThemselves };
  if ([...text.matchAll(link)].some((found) => address(found[1] ?? found[2]!)))
    return { markup: '[link](…)', fix: wordsThemselves };
  const tag = pastedTag.exec(text);
  if (tag)
    return {
      markup: tag[0],
      fix: /^<br|^<wbr/i.test(tag[0])
        ? 'remove it: a line break cannot be shown there'
        : 'write the words themselves, without the tag',
    };
  const reference = characterReference.exec(text);
  const character = reference && decodeHTMLStrict(reference[0]);
  if (reference && character !== reference[0])
    return { markup: reference[0], fix: `type the character itself (${characterName(character!)})` };
  const code = /`[^`]+`/.exec(text);
  // A Python name in double underscores (__init__) is a name, not strong emphasis.
  const emphasised = [...text.matchAll(emphasis)].find(
    ([, delimiter, inner]) => !(delimiter === '__' && /^[a-z][a-z0-9_]*$/.test(inner!)),
  );
  const first = code && (!emphasised || code.index < emphasised.index) ? code[0] : emphasised?.[0];
  return first === undefined ? undefined : { markup: first, fix: wordsThemselves };
}

const wordsThemselves = 'write the figure or the words themselves';

/** A character as an editor can find it: invisible ones by name, others as themselves. */
function characterName(character: string): string {
  const invisible: Record<string, string> = {
    '\u00a0': 'a no-break space',
    '\u202f': 'a narrow no-break space',
    '\u2009': 'a thin space',
    '\u00ad': 'a soft hyphen',
    '\u200b': 'a zero-width space',
  };
  return invisible[character] ?? `"${character}"`;
}
