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
const emphasis = /(?<=^|[\s([{"'“‘«—–-])(\*{1,2}|_{1,2})(?![\s*_])((?:(?!\1)[^\n])*?[^\s*_\\])\1(?=$|[\s)\]}"'”’»,;:!?…—–-]|\.(?!\w))/gu;

/**
 * The first markup in `text`, written as an error shows it (`<Fact>`, `[link](…)`, `*Harbour*`), or undefined. Lowercase
 * HTML is not looked for: it is printed as written too, escaped, and may be meant (a title about the <script>
 * element).
 */
export function plainTextMarkup(text: string): string | undefined {
  if (!/[<[`*_]/.test(text)) return undefined;
  const component = /<([A-Z][\w.]*)(?:\s[^<>]*)?\/?>/.exec(text);
  if (component) return `<${component[1]}>`;
  if (/\[[^\]\n]+\]\([^)\s]+\)/.test(text)) return '[link](…)';
  const code = /`[^`]+`/.exec(text);
  // A Python name in double underscores (__init__) is a name, not strong emphasis.
  const emphasised = [...text.matchAll(emphasis)].find(([, delimiter, inner]) => !(delimiter === '__' && /^[a-z][a-z0-9_]*$/.test(inner!)));
  return code && (!emphasised || code.index < emphasised.index) ? code[0] : emphasised?.[0];
}
