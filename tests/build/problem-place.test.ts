import { describe, expect, it } from 'vitest';
import { fileOfLine, problemsHeading } from '../../src/build/problem-place.mjs';

describe("the heading of the build's list of problems", () => {
  it('says the content for pages and datasets, counting the problems', () => {
    expect(problemsHeading(['content/stories/x.mdx'])).toBe('1 problem in the content');
    expect(problemsHeading(['content/stories/x.mdx', 'data/sources.json', 'content/stories/de/'])).toBe(
      '3 problems in the content',
    );
  });

  it("says the site's settings for src/site.config.ts", () => {
    expect(problemsHeading(['src/site.config.ts', 'src/site.config.ts'])).toBe("2 problems in the site's settings");
  });

  it("says a dictionary for one language's, the dictionaries for their registration or several", () => {
    expect(problemsHeading(['src/i18n/fr.ts', 'src/i18n/fr.ts'])).toBe('2 problems in a dictionary');
    expect(problemsHeading(['src/i18n/index.ts'])).toBe('1 problem in the dictionaries');
    expect(problemsHeading(['src/i18n/fr.ts', 'src/i18n/pl.ts'])).toBe('2 problems in the dictionaries');
    expect(problemsHeading(['src/i18n/fr.ts', 'src/i18n/index.ts'])).toBe('2 problems in the dictionaries');
  });

  it('says the code for any other module, and the project when the problems are in several places', () => {
    expect(problemsHeading(['src/lib/extra.ts'])).toBe('1 problem in the code');
    expect(problemsHeading(['src/i18n/fr.ts', 'src/site.config.ts'])).toBe('2 problems in the project');
    expect(problemsHeading(['content/stories/x.mdx', 'src/site.config.ts'])).toBe('2 problems in the project');
  });

  it('places a line of the build by the file it names first', () => {
    expect(fileOfLine('src/i18n/uk.ts: export uk: missing, though src/i18n/index.ts imports it (line 7)')).toBe(
      'src/i18n/uk.ts',
    );
    expect(fileOfLine('content/stories/de/: folder: "de" is the code of a language')).toBe('content/stories/de/');
  });
});
