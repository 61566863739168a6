/**
 * A source's translations in data/sources.json (src/schemas/source.ts): its note in the site's other languages, as a
 * dataset's `translations` give its texts. A language the site does not have, or a note the source does not have,
 * fails with the file, the field and what to write.
 */
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/load-project.ts';
import { tempSite } from '../helpers/temp-site.ts';

const source = (extra: Record<string, unknown>) => ({
  'afp-2012': {
    publisher: 'Agence France-Presse (AFP)',
    title: 'Dispatch on the number of red notices Interpol issued in 2012',
    titleKnown: false,
    url: 'https://www.afp.com/',
    kind: 'news',
    ...extra,
  },
});

const load = (sources: unknown) => loadProject(tempSite({ 'data/sources.json': JSON.stringify(sources, null, 2) }));

describe("a source's translations", () => {
  it('gives the note in French, read as written (apostrophes curled)', () => {
    const { project, errors } = load(
      source({
        note: 'Interpol figures quoted by AFP.',
        translations: { fr: { note: "Chiffres d'Interpol cités par l'AFP." } },
      }),
    );
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(project.sources.get('afp-2012')?.translations).toEqual({
      fr: { note: 'Chiffres d’Interpol cités par l’AFP.' },
    });
  });

  it('fails on a language the site does not have, naming the field and the languages it has', () => {
    const { errors } = load(
      source({ note: 'Interpol figures quoted by AFP.', translations: { FR: { note: 'Chiffres.' } } }),
    );
    expect(errors.map((e) => e.message)).toEqual([
      'data/sources.json: afp-2012.translations.FR: unknown language "FR": expected one of the site\'s other languages (fr): write "fr"',
    ]);
  });

  it('fails on a translated note where the source has none to translate', () => {
    const { errors } = load(source({ translations: { fr: { note: 'Chiffres d’Interpol cités par l’AFP.' } } }));
    expect(errors.map((e) => e.message)).toEqual([
      'data/sources.json: afp-2012.translations.fr.note: the source has no "note" to translate: write the note in the default language first',
    ]);
  });

  it('fails on a translation of anything but the note', () => {
    const { errors } = load(
      source({ note: 'Interpol figures.', translations: { fr: { note: 'Chiffres.', title: 'Dépêche' } } }),
    );
    expect(errors.length).toBe(1);
    expect(errors[0]!.message).toMatch(/^data\/sources\.json: afp-2012\.translations\.fr\b.*title/);
  });
});
