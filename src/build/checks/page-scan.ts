/**
 * One streaming pass over a built page: its elements in document order with their attributes, and the text of its
 * `<script>` and `<style>` elements. The post-build checks only read tags and attributes, so they need no DOM tree;
 * htmlparser2 (the tokenizer linkedom itself uses) is about ten times cheaper than building one per page.
 */
import { Parser } from 'htmlparser2';

/** An element of a page as the checks see it. */
export interface ScannedElement {
  /** The tag name, lower case. */
  name: string;
  /** Attribute values by lower-case name, entities decoded (the first wins when an attribute repeats). */
  attributes: Record<string, string>;
  /** The text of a `<script>` or `<style>` element; empty for every other element. */
  text: string;
}

/** The elements of `html`, in document order. */
export function scanPage(html: string): ScannedElement[] {
  const elements: ScannedElement[] = [];
  // Scripts and styles hold only text, so the open one (if any) is the last element opened.
  let rawText: ScannedElement | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      const element = { name, attributes, text: '' };
      elements.push(element);
      rawText = name === 'script' || name === 'style' ? element : undefined;
    },
    ontext(text) {
      if (rawText) rawText.text += text;
    },
    onclosetag() {
      rawText = undefined;
    },
  });
  parser.end(html);
  return elements;
}

/** The URLs of a `srcset` attribute (each candidate's first word). */
export function srcsetUrls(srcset: string): string[] {
  return srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
}
