/**
 * A story's or case file's prose set for its language, as the site's own strings are:
 * - in French, the space an editor typed before : ; ! ? and », or after «, becomes one that does not break
 *   (src/lib/typography.ts), so that no line of a French page starts with ":" or "»". Keyboards do not type those
 *   spaces, and a browser breaks a line at a plain one. A date's day is joined to its month even when emphasis or
 *   a link splits them ("le 5 *mai* 2009": each text is typeset with the text around it in its paragraph), and a
 *   figure to the noun it counts, a <Fact /> too ("<Fact … /> pays membres"), except in a heading (inHeading);
 * - a link from a page in another language to one of the site's pages in the default language (an untranslated
 *   story: any address not under /<lang>/) says so with `hreflang`, as the site's own links do. A story's or case
 *   file's link to a page that has a version in its language (a dataset's, a story translated) is not rewritten: the
 *   preflight tells the editor the address to write (src/lib/validate/links.ts), so that the text says where it leads.
 *
 * This Sätteri plugin (Astro's Markdown and MDX processor) changes the text and links of the MDX tree only: code,
 * inline code, component attributes and expressions stay as written (a chart's title is typeset by the Chart
 * component). The folder gives the language, as it gives the page's (src/lib/translations.ts):
 * content/stories/fr/x.mdx and the site's own src/pages/fr/about.mdx are French, content/stories/x.mdx is in the
 * site's default language. A document with nothing to change is not visited at all.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inside } from '../lib/path-inside.ts';
import { fileURLToPath } from 'node:url';
import {
  defineMdastPlugin,
  type MdastPluginEntry,
  type MdastVisitorContext,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
  type PluginFactoryContext,
} from 'satteri';
import type { Nodes, Text } from 'mdast';
import { defaultLocale, dirAttribute, folderLocale, prefixedLocales, splitLocalePath } from '../i18n/locales.ts';
import { figureSpacing, frenchSpacing, takesFrenchSpacing, typeset } from '../lib/typography.ts';

/**
 * A fingerprint of this file and of the typesetting rules, in the plugin's name. Astro's incremental build copies a
 * page whose content, code and configuration are unchanged, and the configuration it hashes holds the plugin's name
 * but not its code: with the fingerprint, a change to the rules typesets every page again.
 */
const code = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(readFileSync(fileURLToPath(new URL('../lib/typography.ts', import.meta.url))))
  .digest('hex')
  .slice(0, 12);

/**
 * The language of the prose in `file`: for a page of `content/<collection>/` under `contentRoot`, the language folder
 * it sits in, named by the code (`content/stories/pt-BR/x.mdx`), else the site's default language; the same for the
 * site's own MDX pages under `src/pages/` in `projectRoot`, whose folder is the one their address has
 * (`src/pages/pt-br/about.mdx`, published at /pt-br/about/). Undefined for any other file.
 */
export function proseLanguage(file: string, roots: { contentRoot: string; projectRoot: string }): string | undefined {
  const folders = [
    { root: join(roots.contentRoot, 'content'), depth: 1, language: contentFolderLocale },
    { root: join(roots.projectRoot, 'src', 'pages'), depth: 0, language: folderLocale },
  ];
  for (const { root, depth, language } of folders) {
    if (!inside(file, root)) continue;
    const segments = relative(root, file).split(sep).slice(depth);
    return (segments.length > 1 && language(segments[0]!)) || defaultLocale;
  }
  return undefined;
}

/** The language of a content folder, named by its code as site.locales writes it (`fr`, `pt-BR`). */
function contentFolderLocale(folder: string): string | undefined {
  return (prefixedLocales as readonly string[]).includes(folder) ? folder : undefined;
}

/**
 * Whether `source` has a space where typesetting `lang` would change one (a cheap test before parsing: the rules are
 * a few regular expressions over the text, which a page in a language without them returns at once). Emphasis marks
 * and link destinations are left out, as the rules see the text: "5 *mai*" and "[5](/a/) mai" are dates; a <Fact />
 * is the figure it stands for, as `around` has it: "<Fact … /> pays" is a figure and its noun.
 */
function needsTypesetting(source: string, lang: string): boolean {
  const text = source.replace(/\]\([^)\s]*\)|[*_[\]]/g, '').replace(/<Fact\b[^<>]*\/>/g, factStandIn);
  return typeset(source, lang) !== source || typeset(text, lang) !== text;
}

/** Inline nodes whose text runs on into the text around them: "le 5 *mai*" is one date. */
const inline = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/** How many characters around a text the rules look at, at most: a day or a figure and its spaces, or a month's name. */
const reach = 24;

/**
 * What a <Fact /> stands as in the text around a text node: a figure, whose value is known only when the page is
 * rendered, so that « <Fact … /> pays membres » joins the figure to its noun. A figure below 2, which countsWord
 * (src/lib/typography.ts) joins to any word but one that is no noun (« <Fact … /> sont », « … restaient »): the
 * value might be 1, before a singular.
 */
const factStandIn = '0';

/**
 * The text that comes before (`step` -1) or after (1) `node` in its paragraph, heading or cell, across emphasis and
 * links, up to `reach` characters. A <Fact /> stands as a figure (factStandIn); what else is not text (another
 * component, an expression, an image, a line break) stands as U+FFFC, which no rule takes for a day, a month or a
 * figure.
 */
function around(node: Readonly<Nodes>, step: -1 | 1, context: MdastVisitorContext): string {
  let text = '';
  let current: Readonly<Nodes> = node;
  while (text.length < reach) {
    const parent = context.parent(current);
    if (!parent) break;
    const sibling = parent.children[context.indexOf(current)! + step] as Readonly<Nodes> | undefined;
    if (!sibling) {
      if (!inline.has(parent.type)) break;
      current = parent as Readonly<Nodes>;
      continue;
    }
    const value =
      sibling.type === 'text' || sibling.type === 'inlineCode'
        ? sibling.value
        : inline.has(sibling.type)
          ? context.textContent(sibling)
          : sibling.type === 'mdxJsxTextElement' && sibling.name === 'Fact'
            ? factStandIn
            : '\ufffc';
    text = step < 0 ? value + text : text + value;
    current = sibling;
  }
  return step < 0 ? text.slice(-reach) : text.slice(0, reach);
}

/**
 * Whether `node` is in a heading. A heading's figures keep the spaces typed in them: its `id`, an address readers link
 * to (#notices-7-678-in-2019), is made from its text, in which a no-break space counts for nothing (#notices-7678-…).
 */
function inHeading(node: Readonly<Nodes>, context: MdastVisitorContext): boolean {
  for (let parent = context.parent(node); parent; parent = context.parent(parent as Readonly<Nodes>))
    if (parent.type === 'heading') return true;
  return false;
}

/**
 * `node`'s text typeset in `lang`, with the text around it when a date, or a figure and its noun, may run across it
 * (see frenchSpacing).
 */
function typesetText(node: Readonly<Text>, lang: string, context: MdastVisitorContext): string {
  const figures = !inHeading(node, context);
  const edge = /^[ \t\r\n]|[ \t\r\n]$/.test(node.value);
  if (!edge || !takesFrenchSpacing(lang)) return typeset(node.value, lang, figures);
  const french = frenchSpacing(node.value, around(node, -1, context), around(node, 1, context), figures);
  return figures ? figureSpacing(french, lang) : french;
}

/** Gives `node` the `dir` its language needs on the page (jsxDir), if any. */
function markDirection(node: Readonly<JsxElement>, lang: string, context: MdastVisitorContext): void {
  const dir = jsxDir(node, surroundingLang(node as Readonly<Nodes>, lang, context));
  if (dir)
    context.replaceNode(node, {
      ...node,
      attributes: [...node.attributes, { type: 'mdxJsxAttribute', name: 'dir', value: dir }],
      children: node.children,
    } as JsxElement);
}

/** The language of the site's page at `url`, when it is a root-relative address (/data/x/, /fr/stories/y/). */
export function linkLanguage(url: string): string | undefined {
  return url.startsWith('/') && !url.startsWith('//') ? splitLocalePath(url).lang : undefined;
}

/** An HTML element written in MDX (`<blockquote lang="ar">`), as against a component (`<Fact>`). */
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The `lang` an HTML element written in MDX gives as text (`<q lang="ar">`), if any. */
function jsxLang(node: Readonly<JsxElement>): string | undefined {
  if (!node.name || !/^[a-z]/.test(node.name)) return undefined;
  const lang = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'lang');
  return typeof lang?.value === 'string' ? lang.value : undefined;
}

/**
 * The `dir` an HTML element the editor marked with another language's `lang` needs where it stands, in text of
 * `around`'s language (the page's, or the nearest element's marked one): an Arabic quote on an English page is written
 * right to left, an English phrase within it left to right again (dirAttribute). None for a component, whose `lang`
 * is its own prop, nor where the editor wrote a `dir`, the language is an expression, or attributes are spread
 * (`{...props}`, which may hold a `dir` of their own).
 */
export function jsxDir(node: Readonly<JsxElement>, around: string): string | undefined {
  const textLang = jsxLang(node);
  const written = (name: string) =>
    node.attributes.some((attribute) => attribute.type !== 'mdxJsxAttribute' || attribute.name === name);
  if (textLang === undefined || written('dir')) return undefined;
  return dirAttribute(textLang, around);
}

/** The language of the text `node` stands in: its nearest ancestor's marked `lang` (jsxLang), else the page's. */
function surroundingLang(node: Readonly<Nodes>, lang: string, context: MdastVisitorContext): string {
  for (let parent = context.parent(node); parent; parent = context.parent(parent as Readonly<Nodes>)) {
    if (parent.type !== 'mdxJsxFlowElement' && parent.type !== 'mdxJsxTextElement') continue;
    const marked = jsxLang(parent as Readonly<JsxElement>);
    if (marked !== undefined) return marked;
  }
  return lang;
}

/** The plugin's name: it changes with its code and the typesetting rules. */
export const typesetProseName = `casefile-typeset-prose-${code}`;

/**
 * The plugin for Astro's `markdown.processor` (satteri({ mdastPlugins })), typesetting the pages `proseLanguage` knows: a
 * factory Sätteri calls for each document, which leaves the plugin out where nothing would change. Astro hashes the
 * configuration as JSON, where a function has no value: the factory's `toJSON` gives its name instead.
 */
export function typesetProse(roots: { contentRoot: string; projectRoot: string }): MdastPluginEntry {
  const plugin = (lang: string) =>
    defineMdastPlugin({
      name: typesetProseName,
      text(node, context) {
        const value = typesetText(node, lang, context);
        if (value !== node.value) context.setProperty(node, 'value', value);
      },
      mdxJsxFlowElement: (node, context) => markDirection(node, lang, context),
      mdxJsxTextElement: (node, context) => markDirection(node, lang, context),
      link(node, context) {
        const target = linkLanguage(node.url);
        if (target === undefined || target === lang) return;
        const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
        context.setProperty(node, 'data', { ...data, hProperties: { hreflang: target, ...data.hProperties } });
      },
    });
  const factory = ({ fileURL, source }: PluginFactoryContext) => {
    const lang = fileURL && proseLanguage(fileURLToPath(fileURL), roots);
    if (!lang) return null;
    const links = lang !== defaultLocale && source.includes('](/');
    return links || source.includes('lang=') || needsTypesetting(source, lang) ? plugin(lang) : null;
  };
  return Object.assign(factory, { toJSON: () => typesetProseName });
}
