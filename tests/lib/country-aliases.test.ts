import { describe, expect, it } from 'vitest';
import { countryAliases } from '../../src/lib/country-aliases.ts';
import { countryName } from '../../src/i18n/index.ts';

describe('other names of a country', () => {
  it('lists the names a reader may search for besides the one the page shows', () => {
    expect(countryAliases('TR', 'en', 'Türkiye')).toEqual(['Turkey']);
    // The demo's house style names TR "Turkey" (site.countryNames): Intl's "Türkiye" is then the other name.
    expect(countryAliases('TR', 'en', countryName('TR', 'en'))).toEqual(['Türkiye']);
    expect(countryAliases('AE', 'en', countryName('AE', 'en'))).toEqual(['UAE']);
    expect(countryAliases('RU', 'en', 'Russia')).toEqual(['Russian Federation']);
  });

  it('leaves out the shown name, abbreviations with full stops or of two letters, and inverted forms', () => {
    // i18n-iso-countries lists "United States of America", "United States", "USA", "U.S.A.", "US", "U.S.".
    expect(countryAliases('US', 'en', 'United States')).toEqual(['United States of America', 'USA']);
    // … and "South Korea", "Korea, Republic of", "Republic of Korea".
    expect(countryAliases('kr', 'en', 'South Korea')).toEqual(['Republic of Korea']);
  });

  it('has none where the language lists one name, or for a language without a list', () => {
    expect(countryAliases('TR', 'fr', countryName('TR', 'fr'))).toEqual([]);
    expect(countryAliases('TR', 'zz', 'Türkiye')).toEqual([]);
  });
});
