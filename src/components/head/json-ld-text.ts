/**
 * JSON-LD as the text of a `<script type="application/ld+json">` element. The HTML parser ends a script element at
 * the first `</script`, whatever the type, and `<!--` changes how it reads what follows: escaping `<`, `>` and `&` as
 * JSON unicode escapes keeps any headline, name or correction inert while the JSON stays equal. U+2028 and U+2029
 * are escaped too, for consumers that read the block as JavaScript.
 */
const escapes: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** Serialises `data` safely for embedding in HTML. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => escapes[c] ?? c);
}
