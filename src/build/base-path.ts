/**
 * A site served below a path (https://user.github.io/repo/, a GitHub project page) is written as if it were at the
 * root of its host: components, layouts and editors' MDX link from the root ("/stories/x/", "/data/y.csv"), and the
 * dev server serves there. A build below a path prefixes each such address as it writes the page
 * (src/middleware.ts), so that editors never write the folder the site is deployed to, and moving the site is a
 * rebuild with another CASEFILE_SITE_URL. Astro's own files (stylesheets, fonts, images) already carry the folder:
 * the build gives it to Astro as `build.assetsPrefix` (astro.config.mjs), which also reaches the fonts' `url()` in
 * the stylesheets, which no page rewrite could.
 *
 * Addresses are rewritten where HTML holds them: the attributes below, in start tags. Text, comments, and the
 * contents of <script> and <style> are left as they are (a story that shows `href="/x"` as code keeps it).
 */
import { mapSrcset } from './srcset.ts';

/** The attributes whose value is an address; `srcset` and `imagesrcset` hold a list of them, `ping` several. */
const addressAttributes = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'ping',
  'srcset',
  'imagesrcset',
]);

// A comment (`<!-->` is one, and `--!>` ends one), a <script> or <style> element whole (not <script-loader>) (its start tag is rewritten, its text is not), or a start tag, whose
// quoted attribute values may hold ">". As HTML reads them, a comment or a script left open runs to the end of the
// page; a start tag ends before the next "<" outside quotes, so that a page of unclosed tags is read in linear time.
const markup =
  /<!--(?:-?>|[\s\S]*?(?:--!?>|$))|<(script|style)(?=[\s/>])((?:"[^"]*"|'[^']*'|[^"'<>])*)>([\s\S]*?)(?:<\/\1\s*>|$)|<[a-zA-Z][^\s/<>]*(?:"[^"]*"|'[^']*'|[^"'<>])*>/gi;
// One attribute of a start tag, in order: its name and its value, quoted or not.
const attribute = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The address `url` has on a site served below `base` ("/repo/"): an address from the root of the host ("/x/") gets
 * the folder ("/repo/x/"); others (relative, "#anchor", "//host", "https:", "data:", and Astro's files, which already
 * carry it) are returned as they are.
 */
export function rebaseUrl(url: string, base: string): string {
  if (base === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url.startsWith(`${base}_astro/`)) return url;
  return `${base}${url.slice(1)}`;
}

/** `html` with every address from the root of the host moved below `base` ("/repo/"); unchanged when `base` is "/". */
export function rebaseHtml(html: string, base: string): string {
  if (base === '/') return html;
  return html.replace(markup, (whole: string, rawElement?: string, attributes?: string, text?: string) => {
    if (whole.startsWith('<!--')) return whole;
    if (rawElement !== undefined) {
      // `<script …>` + text + `</script>`: only the start tag's attributes change.
      const attrs = attributes ?? '';
      const end = whole.slice(1 + rawElement.length + attrs.length + 1 + (text ?? '').length);
      return `<${whole.slice(1, 1 + rawElement.length)}${rebaseAttributes(rawElement, attrs, base)}>${text ?? ''}${end}`;
    }
    const name = /^<[^\s/<>]+/.exec(whole)![0];
    return `${name}${rebaseAttributes(name.slice(1), whole.slice(name.length, -1), base)}>`;
  });
}

function rebaseAttributes(element: string, attributes: string, base: string): string {
  // <meta http-equiv="refresh" content="0; url=/x/">: the address is part of `content`.
  const refresh = element.toLowerCase() === 'meta' && /\shttp-equiv\s*=\s*["']?refresh["'\s>]/i.test(`${attributes} `);
  return attributes.replace(
    attribute,
    (whole: string, space: string, name: string, equals?: string, double?: string, single?: string, bare?: string) => {
      const key = name.toLowerCase();
      if (equals === undefined || !(addressAttributes.has(key) || (refresh && key === 'content'))) return whole;
      const value = double ?? single ?? bare ?? '';
      let rebased: string;
      if (key === 'content')
        rebased = value.replace(
          /^(\s*\d[\d.]*\s*[;,]\s*(?:url\s*=\s*)?["']?)(\S+?)(["']?\s*)$/i,
          (_all, before: string, url: string, after: string) => `${before}${rebaseUrl(url, base)}${after}`,
        );
      else if (key.endsWith('srcset')) rebased = mapSrcset(value, (url) => rebaseUrl(url, base));
      else if (key === 'ping') rebased = value.replace(/\S+/g, (url) => rebaseUrl(url, base));
      else rebased = rebaseUrl(value, base);
      if (rebased === value) return whole;
      const quote = double !== undefined ? '"' : single !== undefined ? "'" : '';
      return `${space}${name}${equals}${quote}${rebased}${quote}`;
    },
  );
}
