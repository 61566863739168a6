/**
 * The ids inside a chart's SVG (its clip paths, patterns and markers, src/charts/normalise.ts) are derived from the
 * chart's inputs, so that a drawing is the same wherever it is drawn and can be cached. Two charts of the same rows
 * on one page (a map repeated with another title) then carried the same ids: invalid HTML, and a reference
 * (`url(#…)`) that resolves to the first chart's pattern. On the page, each id is put under the chart's own id.
 */

/** `svg` with each id it defines, and every reference to one (`url(#id)`, `href="#id"`), prefixed with `scope-`. */
export function scopeSvgIds(svg: string, scope: string): string {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
  if (ids.size === 0) return svg;
  return svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (whole, before: string, id: string) =>
    ids.has(id) ? `${before}${scope}-${id}` : whole,
  );
}
