import { describe, expect, it } from 'vitest';
import { page } from './helpers/site.ts';

describe('the demo build', () => {
  it('writes a home page in English with a main landmark and a skip link to it', () => {
    const doc = page('/');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('main#main')).not.toBeNull();
    expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
  });
});
