import { describe, expect, it } from 'vitest';
import { countryCode } from '../../src/schemas/fields.ts';

const problem = (code: unknown) => countryCode.safeParse(code).error?.issues[0]?.message;

describe('countryCode', () => {
  it('accepts a code in capitals; says how to write one in lower case, and the code of a country often written otherwise ("UK" is GB)', () => {
    expect([problem('RU'), problem('GB'), problem('XK')]).toEqual([undefined, undefined, undefined]);
    expect(problem('tr')).toBe('expected an ISO 3166-1 alpha-2 country code such as "RU", got "tr": write it in capitals, "TR"');
    expect([problem('UK'), problem('uk')]).toEqual([
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "UK": the United Kingdom\'s code is "GB"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "uk": the United Kingdom\'s code is "GB"',
    ]);
    expect(problem('ZZ')).toBe('expected an ISO 3166-1 alpha-2 country code such as "RU", got "ZZ"');
  });

  it('gives the two-letter code of a three-letter one (RUS, usa), and nothing for three letters that are no code', () => {
    expect([problem('RUS'), problem('usa'), problem('ZZZ')]).toEqual([
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "RUS": that is the three-letter code; write the two-letter one, "RU"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "usa": that is the three-letter code; write the two-letter one, "US"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "ZZZ"',
    ]);
  });

  it("gives the code of a country written by its name, in the site's own words too (Turkey, where Intl says Türkiye)", () => {
    expect([problem('Turkey'), problem('Türkiye'), problem('Russie')]).toEqual([
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Turkey": Turkey\'s code is "TR"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Türkiye": Türkiye\'s code is "TR"',
      'expected an ISO 3166-1 alpha-2 country code such as "RU", got "Russie": Russie\'s code is "RU"',
    ]);
  });
});
