/**
 * The world map's countries: world-atlas's 1:110m TopoJSON (Natural Earth), keyed by ISO 3166-1 alpha-2 code
 * through i18n-iso-countries (alpha-2 -> numeric, the ids world-atlas uses). Antarctica is left out: it holds no
 * data here and would take a fifth of the map's height.
 */
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topology from 'world-atlas/countries-110m.json' with { type: 'json' };

export type Country = Feature<Geometry, { name: string }>;

const antarctica = '010';
// Kosovo has an ISO user-assigned code (XK) but no numeric id in Natural Earth: matched by name.
const byName: Record<string, string> = { Kosovo: 'XK' };

const world = topology as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const collection = feature(world, world.objects.countries) as FeatureCollection<Geometry, { name: string }>;

/** Every country drawn on the map. */
export const mapCountries: Country[] = collection.features.filter((f) => f.id !== antarctica);

const byCode = new Map<string, Country>();
const codes = new Map<Country, string>();
for (const country of mapCountries) {
  const code =
    country.id === undefined ? byName[country.properties.name] : countries.numericToAlpha2(String(country.id));
  if (code) {
    byCode.set(code, country);
    codes.set(country, code);
  }
}

/** The alpha-2 code of a map shape; undefined for shapes without one (Northern Cyprus, Somaliland). */
export function countryCode(country: Country): string | undefined {
  return codes.get(country);
}

/** Whether `code` is an ISO 3166-1 alpha-2 country code (upper case, as datasets write them). */
export function isCountryCode(code: unknown): code is string {
  return (
    typeof code === 'string' &&
    /^[A-Z]{2}$/.test(code) &&
    (countries.alpha2ToNumeric(code) !== undefined || code === 'XK')
  );
}

/** The map shape of a country, or undefined when it is too small to draw at this scale (e.g. Singapore). */
export function countryShape(code: string): Country | undefined {
  return byCode.get(code);
}
