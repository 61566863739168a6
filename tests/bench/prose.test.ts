/** Synthetic prose: article-like sentences with a large made-up vocabulary, the same for a seed. */
import { describe, expect, it } from 'vitest';
import { lexiconSize, madeUpWord, paragraph, sentence, wordCount } from '../../src/bench/prose.ts';
import { seededRandom } from '../../src/bench/random.ts';

describe('madeUpWord', () => {
  it('gives every index of the lexicon its own word', () => {
    const words = new Set(Array.from({ length: lexiconSize }, (_, n) => madeUpWord(n)));
    expect(words.size).toBe(lexiconSize);
    expect(madeUpWord(0)).toBe('kakaka');
    expect(madeUpWord(21)).toBe('roroka');
  });
});

describe('sentence and paragraph', () => {
  it('are the same for the same seed', () => {
    expect(paragraph(seededRandom(5))).toBe(paragraph(seededRandom(5)));
    expect(paragraph(seededRandom(5))).not.toBe(paragraph(seededRandom(6)));
  });

  it('write sentences of 8 to 30 words that start with a capital and end with a full stop', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 200; i++) {
      const text = sentence(random);
      expect(text).toMatch(/^[A-Z].*\.$/);
      expect(wordCount(text)).toBeGreaterThanOrEqual(8);
      expect(wordCount(text)).toBeLessThanOrEqual(30);
    }
  });

  it('use a vocabulary that keeps growing with the text, as a search index sees in real archives', () => {
    const random = seededRandom(1);
    const text = Array.from({ length: 400 }, () => paragraph(random)).join(' ');
    const distinct = (words: string[]) => new Set(words.map((w) => w.toLowerCase().replace(/[^a-z]/g, ''))).size;
    const words = text.split(/\s+/);
    expect(distinct(words)).toBeGreaterThan(1.5 * distinct(words.slice(0, words.length / 4)));
    expect(distinct(words)).toBeGreaterThan(1000);
  });
});
