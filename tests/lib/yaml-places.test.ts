import { describe, expect, it } from 'vitest';
import { yamlPlaces } from '../../src/lib/yaml-places.ts';

describe('yamlPlaces', () => {
  it("finds a field's line, a list item's and a nested field's, by the path the schema's messages name", () => {
    const yaml = [
      '', // the rest of the opening "---" line: the file's line 1
      'title: "A title"',
      'countries: [RU, TR]',
      'tags:',
      '  - 2024',
      '  -',
      'corrections:',
      '  - { date: 2026-03-20, text: Fine. }',
      '  - date: 2026-13-01',
      '    text: Null',
      '? [a complex, key]',
      ': ignored',
      'draft: yes',
    ].join('\n');
    const places = yamlPlaces(yaml, 1);
    expect(Object.fromEntries(places)).toEqual({
      title: { line: 2 },
      countries: { line: 3 },
      'countries[0]': { line: 3, written: 'RU' },
      'countries[1]': { line: 3, written: 'TR' },
      tags: { line: 4 },
      'tags[0]': { line: 5, written: '2024' },
      // An empty item has no offset in js-yaml's events: it is placed at its list's first item.
      'tags[1]': { line: 5, written: '' },
      corrections: { line: 7 },
      'corrections[0]': { line: 8 },
      'corrections[0].date': { line: 8, written: '2026-03-20' },
      'corrections[0].text': { line: 8, written: 'Fine.' },
      'corrections[1]': { line: 9 },
      'corrections[1].date': { line: 9, written: '2026-13-01' },
      'corrections[1].text': { line: 10, written: 'Null' },
      draft: { line: 13, written: 'yes' },
    });
    // Counted from the line the text starts on (after blank lines before the "---").
    expect(yamlPlaces(yaml, 3).get('draft')).toEqual({ line: 15, written: 'yes' });
    expect(yamlPlaces('title: [unclosed', 1).size).toBe(0);
  });
});
