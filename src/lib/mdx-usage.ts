/**
 * What an MDX body holds, read before Astro renders it, so that the checks can point at a line: the components it uses
 * with their options (src/lib/mdx/component-uses.ts), and the links, images, headings, tags and prose that MDX or the
 * site would fail on or print otherwise than meant, one module a concern in src/lib/mdx/.
 */

export { machineAddresses, webAddresses } from './mdx/addresses.ts';
export { componentNames, findComponentUses, optionLine, type ComponentUse } from './mdx/component-uses.ts';
export { firstLevelHeadings, headingAnchors, skippedHeadingLevels, wordlessHeadings } from './mdx/headings.ts';
export { imageReferences, imagesWithoutAlt } from './mdx/images.ts';
export { internalLinks, linkWords, relativeLinks } from './mdx/links.ts';
export { misnamedComponents } from './mdx/misnamed-components.ts';
export { angleBracketLinks, proseExpressions, strayAngleBrackets } from './mdx/prose-syntax.ts';
export { responseProblems } from './mdx/responses.ts';
export { scriptsAndEmbeds, styleAttributes } from './mdx/scripts-and-styles.ts';
export { footnoteReferences, textLines } from './mdx/text-lines.ts';
export { tablesWithoutDelimiter, type TableWithoutDelimiter } from './mdx/tables-without-delimiter.ts';
export { strayClosingTags, type StrayClosingTag } from './mdx/stray-closing-tags.ts';
export { unclosedTags, type UnclosedTag } from './mdx/unclosed-tags.ts';
