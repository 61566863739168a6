/**
 * Another site's address written without https:// (src/lib/address-without-scheme.ts), told from a file's name, for a
 * story's links and a source's url alike.
 */
import { describe, expect, it } from 'vitest';
import { isAddressWithoutScheme } from '../../src/lib/address-without-scheme.ts';

describe('an address written without its scheme', () => {
  it("takes a host ending in a country's code, Intl's ISO 3166 regions and uk, as a site's before a path", () => {
    const addresses = [
      'pravda.com.ua/news/2024/1/1/',
      'tengrinews.kz/kazakhstan_news/1',
      'bbc.co.uk/news',
      'europarl.europa.eu/doceo',
      'lemonde.fr/international/',
      'meduza.io/feature',
      'kommersant.ru/doc/1',
      'ukrinform.ua?lang=en',
    ];
    expect(addresses.filter((address) => !isAddressWithoutScheme(address))).toEqual([]);
  });

  it("takes www., a generic ending, or a second-level name before a country's ending, as a site's without a path", () => {
    const addresses = ['www.pravda.com.ua', 'fairtrials.org', 'interpol.int', 'bbc.co.uk', 'gov.kz', 'WWW.OCCRP.ORG/'];
    expect(addresses.filter((address) => !isAddressWithoutScheme(address))).toEqual([]);
  });

  it("takes a name and a country's ending alone as a site's where the ending is no file's extension (lemonde.fr)", () => {
    const addresses = ['lemonde.fr', 'spiegel.de', 'meduza.io', 'ukrinform.ua', 'gazeta.pl', 'zakon.kz', 'rferl.org'];
    expect(addresses.filter((address) => !isAddressWithoutScheme(address))).toEqual([]);
  });

  it("does not take a file's name for a site's address, even where its extension is a country's code (md, sh, ps)", () => {
    const files = [
      'report.pdf',
      'data.csv',
      'chart.js',
      'index.md',
      'notes.txt',
      'methodology.md',
      'README.en.md',
      'run.sh',
      'paper.ps',
      'photo.jpg',
      'docs/index.md',
      'methodology.md#sources',
      'run.sh?raw=1',
      'setup.py#L10',
      '../cases/x',
      'www.example',
      'notes.zz/',
      'https://example.org/',
    ];
    expect(files.filter((file) => isAddressWithoutScheme(file))).toEqual([]);
  });
});
