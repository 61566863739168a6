/**
 * Makes Plot's SVG deterministic and compact. Plot numbers clip paths, patterns and markers with process-wide
 * counters, so the same chart gets different ids depending on what was drawn before it; here ids are renumbered
 * from 1 under a prefix derived from the chart's inputs. Coordinates are rounded to 0.1 px (invisible on screen,
 * and it halves a map's size), and Plot's default stylesheet is dropped: the page's CSS sizes and colours charts.
 * Plot's aria-label on groups ("bar", "y-axis tick") goes too: ARIA forbids a label on a <g> without a role, and
 * the figure names and describes the chart as a whole.
 */

const geometry = /\s(d|transform|x|y|x1|x2|y1|y2|cx|cy|r|width|height|points|viewBox)="([^"]*)"/g;
// Only numbers with more than one decimal need rounding; shorter ones are left alone (and not visited twice). A
// length in em (a wrapped label's line, y="-1.25em") is not in pixels: rounded to 0.1 em it moved ~0.6 px.
const decimal = /-?\d+\.\d\d+(?:e-?\d+)?(?!\d|em)/g;
const plotId = /plot-(clip|pattern|marker|hatch)-(\d+)/g;

function round(number: string): string {
  const value = Math.round(Number(number) * 10) / 10;
  return String(Object.is(value, -0) ? 0 : value);
}

/** Normalises Plot's `svg` for the chart identified by `prefix` (a short hash of its inputs). */
export function normaliseSvg(svg: string, prefix: string): string {
  const ids = new Map<string, number>();
  return svg
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/ aria-label="[^"]*"/g, '')
    .replace(geometry, (_, name: string, value: string) => ` ${name}="${value.replace(decimal, round)}"`)
    .replace(plotId, (id, kind: string) => {
      if (!ids.has(id)) ids.set(id, ids.size + 1);
      return `${prefix}-${kind}-${ids.get(id)}`;
    });
}
