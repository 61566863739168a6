/** Files under content/stories or content/cases that look like pages but are not read as one. */

/**
 * Why a file under content/stories or content/cases cannot be a page, if it looks like one: Markdown rather than MDX
 * (the components would print as text, or fail the HTML check); .MDX or .Mdx, or .mdx followed by another extension
 * (.mdx.txt, .mdx.bak), which the site does not read: a renamed original would vanish from the site, and its
 * translations be published as pages of their own. Other files (images beside a page) are no pages.
 */
export function misplacedFile(name: string): string | undefined {
  const base = name.split('/').pop()!;
  const markdown = /^(.*)\.(?:md|markdown)$/i.exec(base);
  if (markdown) {
    return `stories and case files are MDX: rename it to ${markdown[1]}.mdx (in Markdown, <Chart>, <Cite>, <Fact> and <Response> are not components)`;
  }
  const mdx = /^(.*?)\.mdx(?:\.[^.]+)*$/i.exec(base);
  if (mdx && !base.endsWith('.mdx')) {
    return `the site reads files ending in .mdx, in lower case: rename it to ${mdx[1]}.mdx, or prefix its name with _ to keep it out of the site`;
  }
  return undefined;
}
