/**
 * The last line of a build stopped before it wrote anything, in one wording wherever it stops (src/build/main.ts, and
 * scripts/build.mjs when a module cannot be loaded): that nothing was written, and what became of the output folder.
 */
import { describe, expect, it } from 'vitest';
import { nothingWritten, outputUnchanged } from '../../src/build/nothing-written.ts';

describe('the line of a build that wrote nothing', () => {
  it('names the output folder, resolved against the project, as unchanged: dist/ when CASEFILE_DIST is not set', () => {
    expect(nothingWritten('/site', {})).toBe('Nothing was written; /site/dist is unchanged.');
    expect(nothingWritten('/site', { CASEFILE_DIST: 'public-html' })).toBe(
      'Nothing was written; /site/public-html is unchanged.',
    );
    expect(nothingWritten('/site', { CASEFILE_DIST: '/srv/www' })).toBe('Nothing was written; /srv/www is unchanged.');
  });

  it("names a preview's own folder, the one a preview build writes", () => {
    expect(nothingWritten('/site', { PREVIEW: '1' })).toBe('Nothing was written; /site/dist-preview is unchanged.');
    expect(nothingWritten('/site', { PREVIEW: '1', CASEFILE_PREVIEW_DIST: '/srv/preview' })).toBe(
      'Nothing was written; /srv/preview is unchanged.',
    );
  });

  it('says a rehearsal’s folder is removed, not unchanged', () => {
    const env = { CASEFILE_REHEARSAL: '1', CASEFILE_DIST: '/tmp/rehearsal' };
    expect(nothingWritten('/site', env)).toBe(
      'Nothing was written; this was a rehearsal (npm run rehearse), whose folder is removed.',
    );
    expect(outputUnchanged('/site', env)).toBe('this was a rehearsal (npm run rehearse), whose folder is removed');
  });
});
