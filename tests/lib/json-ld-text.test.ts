import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { jsonLdText } from '../../src/components/head/json-ld-text.ts';

describe('JSON-LD text', () => {
  const hostile = {
    headline: '</script><script>alert(1)</script><!-- & \u2028',
    author: [{ name: 'O\'Brien "Q" <b>' }],
  };

  it('contains no character that could end or alter the script element', () => {
    expect(jsonLdText(hostile)).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('parses back to the same data, inside a page, as one inert data block', () => {
    const { document } = parseHTML(
      `<html><head><script type="application/ld+json">${jsonLdText(hostile)}</script></head><body></body></html>`,
    );
    const scripts = document.querySelectorAll('script');
    expect(scripts.length).toBe(1);
    expect(JSON.parse(scripts[0]!.textContent ?? '')).toEqual(hostile);
  });
});
