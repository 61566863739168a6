import { describe, expect, it } from 'vitest';
import { prosePageLink } from '../../src/lib/prose-pages.ts';

describe('links to the prose pages', () => {
  const pages = ['../pages/about.mdx', '../pages/methodology.mdx', '../pages/fr/methodology.mdx'];

  it("link a language's own translation when it has one", () => {
    expect(prosePageLink('methodology', 'fr', pages)).toEqual({ href: '/fr/methodology/' });
    expect(prosePageLink('methodology', 'en', pages)).toEqual({ href: '/methodology/' });
    expect(prosePageLink('about', 'en', pages)).toEqual({ href: '/about/' });
  });

  it('link the original, marked with its language, where a language has not translated the page yet', () => {
    expect(prosePageLink('about', 'fr', pages)).toEqual({ href: '/about/', hreflang: 'en' });
  });
});
