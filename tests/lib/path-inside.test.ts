import { describe, expect, it } from 'vitest';
import { inside } from '../../src/lib/path-inside.ts';

describe('a path inside a folder', () => {
  it('is strictly below it: not the folder, not above it, not beside it, whatever its name begins with', () => {
    expect(inside('/p/src/site', '/p/src')).toBe(true);
    expect(inside('/p/src/..site', '/p/src')).toBe(true);
    expect(inside('/p/src/..', '/p/src')).toBe(false);
    expect(inside('/p/src/../x', '/p/src')).toBe(false);
    expect(inside('/p/src', '/p/src')).toBe(false);
    expect(inside('/p/src/', '/p/src')).toBe(false);
    expect(inside('/p', '/p/src')).toBe(false);
    expect(inside('/p/srcx/a', '/p/src')).toBe(false);
    expect(inside('/q/a', '/p/src')).toBe(false);
  });
});
