/**
 * Whether an address runs script when followed: a `javascript:` URL, read as a browser's URL parser reads it (WHATWG
 * URL): control characters and spaces around it dropped, and tabs and line breaks anywhere in it. `java&#x09;script:`
 * in an attribute is a tab inside the scheme once the HTML is parsed, which a test of the text as written let through
 * and a click then ran. Used by the preflight (src/lib/mdx/scripts-and-styles.ts) and the budgets check of the output.
 */
export function isJavascriptUrl(value: string): boolean {
  const url = value.replace(/^[\u0000-\u0020\s]+/, '').replace(/[\t\n\r]/g, '');
  return /^javascript:/i.test(url);
}
