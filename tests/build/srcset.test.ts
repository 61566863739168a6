/** A srcset's candidates, found as HTML's "parse a srcset attribute" finds them (src/build/srcset.ts). */
import { describe, expect, it } from 'vitest';
import { mapSrcset, srcsetUrls } from '../../src/build/srcset.ts';

describe("a srcset's candidates", () => {
  it('are read up to whitespace, so a data: URL keeps its commas, and up to trailing commas', () => {
    expect(srcsetUrls('/a.webp 400w, /b.webp 800w')).toEqual(['/a.webp', '/b.webp']);
    expect(srcsetUrls('data:image/png;base64,iVBO,Rw0K 1x, /b.png 2x')).toEqual([
      'data:image/png;base64,iVBO,Rw0K',
      '/b.png',
    ]);
    expect(srcsetUrls('/a.png,/b.png 2x')).toEqual(['/a.png,/b.png']);
    expect(srcsetUrls('/a.png,, /b.png')).toEqual(['/a.png', '/b.png']);
    expect(srcsetUrls(' ,\n/a.png\t1x ,  ')).toEqual(['/a.png']);
    expect(srcsetUrls('')).toEqual([]);
  });

  it('skip descriptors up to a comma outside parentheses', () => {
    expect(srcsetUrls('/a.png (max-width: 1px, 2px) 1x, /b.png 2x')).toEqual(['/a.png', '/b.png']);
    // They do not nest: "(a (b)" ends at its first ")", and the comma after it ends the candidate.
    expect(srcsetUrls('/a.png (a (b) c, /d.png) 1x')).toEqual(['/a.png', '/d.png)']);
  });

  it('change their URLs only, keeping descriptors and spacing', () => {
    expect(mapSrcset(' /a.webp 400w,\n  /b.webp 800w ', (url) => `/x${url}`)).toBe(
      ' /x/a.webp 400w,\n  /x/b.webp 800w ',
    );
    expect(mapSrcset('/a.png,, /b.png', (url) => url.toUpperCase())).toBe('/A.PNG,, /B.PNG');
  });
});
