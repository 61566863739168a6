/** Braces in the prose that another tool's syntax put there: what to write instead of escaping them. */
import { slug } from 'github-slugger';

/**
 * What to say of `text`, braces an MDX body holds as prose on `line` (its text), when they are another tool's syntax
 * rather than braces meant to be printed: a heading's `{#id}` (Pandoc, Hugo, kramdown), a Hugo shortcode
 * (`{{< figure … >}}`) or a Liquid tag (`{% include … %}`). "To print braces, write \{…\}" would print the tag on the
 * page. Undefined for other braces.
 */
export function otherToolBraces(text: string, line: string): string | undefined {
  if (/^\{#[\w-]+\}$/.test(text)) {
    const words = line
      .replace(text, '')
      .replace(/^\s*#+\s*/, '')
      .trim();
    const id = words ? ` (#${slug(words)})` : '';
    return `a heading's id written as other tools write it, which MDX reads as code and stops the build on: remove it; every heading gets an id from its words${id}`;
  }
  if (/^\{\{[<%]|^\{%/.test(text))
    return "another site generator's tag (Hugo's, Jekyll's), which MDX reads as code: write Markdown or a component instead (an image: ![What it shows](./photo.jpg); a chart: <Chart … />)";
  return undefined;
}
