/**
 * A world choropleth: countries (`x`, ISO alpha-2 codes) coloured by a value (`y`) in up to five classes (the ramp
 * of palette.ts); a country whose value is null (a gap in the data) hatched (`noDataHatch`), and a country the rows
 * do not name at all (a dataset that counts only some countries) flat in --chart-empty: "not in the data" is not
 * "no data". The map carries no text, so one rendering scales to any width (the legend is HTML, beside it).
 */
import * as Plot from '@observablehq/plot';
import { bisectRight, quantile } from 'd3-array';
import { geoArea, geoBounds, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { divergingColor, emptyColor, sequentialColor } from './palette.ts';
import { countryCode, countryShape, mapCountries, type Country } from './world.ts';
import type { ChartKind, Column, Row } from './types.ts';

const classes = 5;

/** Rounds to two significant digits, so class limits read as round numbers. */
function round2(value: number): number {
  return Number(value.toPrecision(2));
}

/**
 * Class limits: quintiles of the values, rounded, each distinct, above the minimum and not above the maximum (a
 * limit rounded up past every value made a class that no country is in). Values of an `integer` column have whole
 * limits: a legend of counts "−5.8 to less than −4.6" named numbers no count can be (the legend writes each class
 * as the whole numbers it holds: legendFor). Values either side of zero (a change: fewer notices here, more there)
 * also have 0 as a limit, so no class holds both a fall and a rise (one colour for "-5 to less than 3" says they are
 * alike); to keep five classes at most, the quintile nearest 0 gives way to it (of two as near, the one on the side
 * with fewer values, which keeps its other classes). Values that differ always have a limit (limitAbove).
 */
export function thresholds(values: number[], integer = false): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const limits: number[] = [];
  for (let i = 1; i < classes; i++) {
    const q = quantile(sorted, i / classes)!;
    const limit = round2(integer ? Math.round(q) : q);
    if (limit > sorted[0]! && limit <= sorted.at(-1)! && !limits.includes(limit)) limits.push(limit);
  }
  if (sorted[0]! < 0 && sorted.at(-1)! > 0 && !limits.includes(0)) {
    if (limits.length === classes - 1) {
      const below = sorted.filter((v) => v < 0).length;
      const nearest = limits.reduce((best, limit) => {
        const [d, e] = [Math.abs(limit), Math.abs(best)];
        return d < e || (d === e && limit < 0 === below < sorted.length - below) ? limit : best;
      });
      limits.splice(limits.indexOf(nearest), 1);
    }
    limits.push(0);
    limits.sort((a, b) => a - b);
  }
  if (limits.length === 0 && sorted[0]! < sorted.at(-1)!) limits.push(limitAbove(sorted));
  return limits;
}

/**
 * The one limit of values mostly at their minimum (every quintile is the minimum: counts with many zeros), so the
 * values above it are not the minimum's colour: the next distinct value, rounded if that keeps it above the
 * minimum and not past that value (which would put it back in the minimum's class).
 */
function limitAbove(sorted: number[]): number {
  const next = sorted.find((value) => value > sorted[0]!)!;
  const rounded = round2(next);
  return rounded > sorted[0]! && rounded <= next ? rounded : next;
}

/** Codes in `rows` that have a value but no shape at this scale: the summary names them. */
export function unmapped(rows: Row[], x: string, y: string): string[] {
  return rows
    .filter((row) => row[y] !== null && typeof row[x] === 'string' && !countryShape(row[x]))
    .map((row) => String(row[x]));
}

/** Whether a map's values are whole numbers (an `integer` column): its class limits are too (thresholds). */
export function wholeValues(column: Column | undefined): boolean {
  return (column?.written ?? column)?.type === 'integer';
}

/**
 * The classes of a map: limits between them and each class's colour (one more colour than limits). Values of both
 * signs (a change: falls and rises) have 0 as a limit (thresholds) and a diverging ramp: the classes below 0 in one
 * hue, those from 0 up in another, so a small rise does not look like a fall (palette.ts, divergingColor). Values
 * of one sign, 0 included, keep the sequential ramp. The editor's `breaks` (validated: increasing, 0 among them for
 * values of both signs) are the limits as written; with 0 among them and a class below it, the ramp diverges there
 * whatever the values, so that maps drawn with the same breaks colour alike.
 */
export function mapClasses(
  rows: Row[],
  y: string,
  column: Column | undefined,
  breaks?: number[],
): { limits: number[]; colors: string[] } {
  const values = rows.map((row) => row[y]).filter((v): v is number => typeof v === 'number');
  const limits = breaks ?? thresholds(values, wholeValues(column));
  const n = limits.length + 1;
  const spans = breaks
    ? breaks.includes(0) && (breaks[0]! < 0 || values.some((v) => v < 0))
    : values.some((v) => v < 0) && values.some((v) => v > 0);
  // The classes below 0: those before the class that starts at 0.
  const below = limits.indexOf(0) + 1;
  const color = spans && below > 0 ? (i: number) => divergingColor(i, n, below) : (i: number) => sequentialColor(i, n);
  return { limits, colors: Array.from({ length: n }, (_, i) => color(i)) };
}

const world = { type: 'FeatureCollection' as const, features: mapCountries };

/**
 * A projection fitted to a width, the map's height there, each country's area on it in square pixels, and each
 * country's outline as drawn there (an SVG path, null for none), filled in by the first map drawn with the fit.
 */
interface Fit {
  projection: GeoProjection;
  height: number;
  areas: Map<Country, number>;
  outlines: Map<Country, string | null>;
}
const fitted = new Map<string, Fit>();

/**
 * A zoomed map's room around the countries it fits, in pixels at 680 px, its greatest height as a share of its width
 * (a tall region, Chile, is drawn narrower rather than taller than the page's screen), and how much closer than the
 * world map it may draw: 1:110m shapes, made for a world map, turn coarse beyond that (Luxembourg alone).
 */
const zoomPadding = 8;
const zoomMaxHeight = 0.75;
const zoomMaxScale = 8;

/**
 * A country's main land, which a zoomed map fits: its parts at least a quarter the area of its largest. France's
 * French Guiana (16 %), the United States' Alaska (19 %) and Norway's Svalbard are left to the world map: fitted in,
 * a map of Europe spanned the Atlantic. Japan's and Indonesia's main islands, and New Zealand's two, are each kept.
 */
export function mainLand(country: Country): Feature<MultiPolygon> {
  const geometry = country.geometry as Polygon | MultiPolygon;
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const area = (part: Position[][]) => geoArea({ type: 'Polygon', coordinates: part });
  const largest = Math.max(...parts.map(area));
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: parts.filter((part) => area(part) >= largest / 4) },
  };
}

/**
 * The Equal Earth projection fitted to `width`, and the map's height at that width: the whole world, or with `zoom`
 * (the codes of the countries the rows name) the main land of those countries (mainLand), centred on their middle
 * meridian, so that a region across the antimeridian (Russia's east, Fiji) is drawn in one piece, with zoomPadding
 * around it. Fitting projects every country once to measure the world; Plot would do it again for each map (its
 * `domain` option), so the fit is kept per width and zoom for the process. Plot clips the countries to the frame.
 */
export function fittedProjection(width: number, zoom?: string[]): Fit {
  const key = `${width} ${zoom?.join(',') ?? ''}`;
  let fit = fitted.get(key);
  if (!fit) {
    const whole = geoEqualEarth().fitWidth(width, world).precision(0);
    let projection = whole;
    let height = Math.ceil(geoPath(whole).bounds(world)[1][1]);
    const shapes = (zoom ?? []).flatMap((code) => countryShape(code) ?? []);
    if (shapes.length > 0) {
      const region = { type: 'FeatureCollection' as const, features: shapes.map(mainLand) };
      // geoBounds gives a span across the antimeridian with west > east. A region spanning half the world or more
      // (the Americas and Russia) keeps the world map's middle: turned to its own, the Americas stood right of Asia.
      const [[west], [east]] = geoBounds(region);
      const span = (east - west + 360) % 360;
      const middle = span >= 180 ? 0 : west <= east ? (west + east) / 2 : (west + east + 360) / 2;
      const pad = zoomPadding * (width / 680);
      projection = geoEqualEarth()
        .rotate([-middle, 0])
        .precision(0)
        .fitWidth(width - 2 * pad, region);
      const [[, top], [, bottom]] = geoPath(projection).bounds(region);
      height = Math.min(Math.ceil(bottom - top + 2 * pad), Math.round(width * zoomMaxHeight));
      projection.fitExtent(
        [
          [pad, pad],
          [width - pad, height - pad],
        ],
        region,
      );
      // No closer than zoomMaxScale times the world map, centred where the fit put the region.
      if (projection.scale() > whole.scale() * zoomMaxScale) {
        const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(region);
        const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
        const centre = projection.invert!([cx, cy])!;
        projection.scale(whole.scale() * zoomMaxScale);
        const [px, py] = projection(centre)!;
        const [tx, ty] = projection.translate();
        projection.translate([tx + cx - px, ty + cy - py]);
      }
    }
    const path = geoPath(projection);
    fit = {
      projection,
      height,
      areas: new Map(mapCountries.map((country) => [country, path.area(country)])),
      outlines: new Map(),
    };
    fitted.set(key, fit);
  }
  return fit;
}

/**
 * Countries smaller than this many square pixels on the drawn map (680 px wide) are too small to see once a phone
 * shows it at half that width (El Salvador is 8): those with data are also marked with a dot in their class colour.
 */
export const smallCountryArea = 40;
const dotRadius = 6;

/**
 * Draws each country's outline at 0.1 px precision instead of d3's default 0.001 (a third of the bytes, invisible on
 * screen), and once per fit: a map of the same width and zoom draws the same outlines, only their fills differ, and
 * projecting, clipping and writing every country's path again took most of a map's time. Plot's projection is the
 * fit's, offset by no margin and clipped to a frame of the fit's size (the map's own), so the outline it draws for a
 * country is the fit's whatever the rows. The geo mark asks the path for a point radius, which outlines of countries
 * (polygons) do not use.
 */
function outlinesOf(fit: Fit): Plot.RenderFunction {
  return function (index, scales, values, dimensions, context, next) {
    const path = geoPath(context.projection).digits(1);
    const outline = (country: Country) => {
      if (!fit.outlines.has(country)) fit.outlines.set(country, path(country));
      return fit.outlines.get(country)!;
    };
    const cached = Object.assign(outline, { pointRadius: () => cached });
    return next!(index, scales, values, dimensions, { ...context, path: () => cached as unknown as typeof path });
  };
}

/**
 * "No data" (a null value) is a texture, not a colour: diagonal lines in --chart-hatch over --chart-empty, 4:1
 * from their own ground in both themes, so the hatching shows against any class and tells a gap from a country
 * that is flat --chart-empty, not in the data. Its id is renumbered under the chart's prefix like Plot's own
 * (normalise.ts).
 */
export const noDataFill = 'url(#plot-hatch-1)';

/** The fill of countries the rows do not name: flat, 3.3:1 from every class (palette.ts). */
export const absentFill = emptyColor;

/** Whether the map hatches a country: a row with a country and a null value. */
export function hasGaps(rows: Row[], x: string, y: string): boolean {
  return rows.some((row) => typeof row[x] === 'string' && row[y] === null);
}

/** Whether the map has countries its rows do not name (almost every map: datasets rarely count every country). */
export function hasAbsent(rows: Row[], x: string): boolean {
  const named = new Set(rows.map((row) => row[x]));
  return mapCountries.some((country) => !named.has(countryCode(country) ?? ''));
}

const noDataHatch: Plot.RenderFunction = function (_index, _scales, _values, _dimensions, context) {
  const svg = (name: string, attributes: Record<string, string | number>) => {
    const element = context.document.createElementNS('http://www.w3.org/2000/svg', name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    return element;
  };
  const defs = svg('defs', {});
  const pattern = svg('pattern', {
    id: 'plot-hatch-1',
    width: 5,
    height: 5,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  pattern.append(
    svg('rect', { width: 5, height: 5, fill: emptyColor }),
    svg('path', { d: 'M1,0V5', stroke: 'var(--chart-hatch)', 'stroke-width': 1 }),
  );
  defs.append(pattern);
  return defs;
};

export const map: ChartKind = (rows, options) => {
  const x = options.x!;
  const y = options.y!;
  const { limits, colors } = mapClasses(rows, y, options.columns[y], options.breaks);
  const fills = new Map<string, string>();
  const gaps = new Set<string>();
  for (const row of rows) {
    const value = row[y];
    if (typeof value === 'number') fills.set(String(row[x]), colors[bisectRight(limits, value)]!);
    else if (value === null) gaps.add(String(row[x]));
  }
  const fill = (country: Country) => {
    const code = countryCode(country) ?? '';
    return fills.get(code) ?? (gaps.has(code) ? noDataFill : absentFill);
  };
  // One layer, coloured directly (CSS colours are Plot's identity scale): half the work of a base map plus a layer.
  const zoom = options.zoom === 'data' ? [...new Set([...fills.keys(), ...gaps])].sort() : undefined;
  const fit = fittedProjection(options.width, zoom);
  const { projection, height, areas } = fit;
  const scale = options.width / 680;
  const small = mapCountries.filter(
    (country) => fills.has(countryCode(country) ?? '') && areas.get(country)! < smallCountryArea * scale * scale,
  );
  return {
    width: options.width,
    height,
    projection: { type: () => projection },
    // The fills are CSS colours, passed on as written: Plot does not know light-dark() (palette.ts) as a colour and
    // would otherwise map the classes through a scheme of its own.
    color: { type: 'identity' },
    margin: 0,
    marks: [
      gaps.size > 0 ? noDataHatch : null,
      Plot.geo(mapCountries, {
        fill,
        // Borders at 3:1 against the page (WCAG 1.4.11): countries not in the data are near the page's colour, so
        // each country's shape is drawn by its outline.
        stroke: 'var(--chart-outline)',
        strokeWidth: 0.5,
        render: outlinesOf(fit),
      }),
      Plot.dot(
        small,
        Plot.centroid({
          fill: (country: Country) => fills.get(countryCode(country)!)!,
          r: dotRadius * scale,
          stroke: 'var(--chart-outline)',
          strokeWidth: 1,
        }),
      ),
    ],
  };
};
