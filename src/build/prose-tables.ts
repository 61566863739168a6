/**
 * A table written in Markdown (`| Year | Source | Notices |`) set as the site's own data tables are
 * (src/components/DataTable.astro):
 * - in the box a wide table scrolls in (`.table-scroll`, focusable and named, so a keyboard can scroll it and a screen
 *   reader announces what it holds), instead of widening a phone's page;
 * - on a phone, as cards when its figures would otherwise start off the screen (src/lib/table-layout.ts decides, as it
 *   does for a dataset's table): each cell under its column's name (`data-label`);
 * - its figures right-aligned (`.num`; a column of years is one of labels), a column of sentences given a line's width (`.text`), column headers marked
 *   as such (`scope="col"`);
 * - an alignment the editor wrote (`| ---: |`) as a class: Markdown writes it as a `style` attribute, which the site's
 *   Content-Security-Policy (style-src 'self') stops browsers applying, and which the HTML check rejects.
 * The page loads the table styles (src/styles/tables.css) through an import added to the MDX: a prose page (about,
 * methodology) does not otherwise load them. A plain Markdown page (.md) cannot import: its table is set all the same,
 * and styled where its layout loads the table styles.
 *
 * Two Sätteri plugins (Astro's Markdown and MDX processor): one on the Markdown tree, which adds the import; one on
 * the HTML tree, which sets the table. Components in a cell (a <Fact>, a <Cite>) are left as they are; their text is
 * not known before rendering: a <Fact> counts as a figure when the table's layout is judged, other components as
 * empty. The plugins visit every document: Sätteri's Rust side hands them tables and cells only.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defineHastPlugin,
  defineMdastPlugin,
  type HastPluginEntry,
  type MdastPluginEntry,
  type PluginFactoryContext,
} from 'satteri';
import type { Element, ElementContent } from 'hast';
import { locales } from '../i18n/locales.ts';
import { t } from '../i18n/index.ts';
import { proseLength, stacksOnPhone, type TableColumn } from '../lib/table-layout.ts';
import { proseLanguage } from './typeset-prose.ts';

const stylesheet = (projectRoot: string) => join(projectRoot, 'src', 'styles', 'tables.css');

/**
 * A fingerprint of this file, the layout rules and the label in every language, in the plugins' names: Astro's
 * incremental build copies a page whose configuration is unchanged, and hashes the plugins' names, not their code.
 */
const code = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(readFileSync(fileURLToPath(new URL('../lib/table-layout.ts', import.meta.url))))
  .update(locales.map((lang) => `${t(lang)('table.label')}\n${t(lang)('table.unnamed')}`).join('\n'))
  .digest('hex')
  .slice(0, 12);

/** The plugins' name: it changes with their code, the layout rules and the label. */
export const proseTablesName = `casefile-prose-tables-${code}`;

/**
 * A cell that holds a figure: digits of any script (Persian ۲٬۳۴۳, Arabic ٢٬٣٤٣) with their grouping and decimal marks
 * (Arabic's ٬ and ٫ too), a sign, a percent sign (Arabic's ٪ too); read without the direction marks Intl writes
 * around signs in Persian and Arabic (figureText).
 */
const figure = /^[-−+]?\p{Nd}[\p{Nd}\s.,\u066b\u066c]*[%\u066a]?$/u;
/** A cell that says its figure is missing: a dash (a minus sign too), "n/a", an ellipsis. */
const gap = /^(?:[-–—−…]|n\/?a|\?)$/i;
/** A year of the last two centuries: a column of them labels its rows, as dates would ("2011"), and is no figure. */
const year = /^(?:19|20)\d\d$/;
/**
 * A year of Iran's and Afghanistan's solar calendar (۱۳۹۸, 2019–2020) or of the Islamic one (١٤٤٥), 1300–1499, read
 * as a year when it is written in Arabic-script digits, as those calendars' years are: in 0–9, 1398 is more likely a
 * count.
 */
const calendarYear = /^1[34]\d\d$/;
/** Left-to-right, right-to-left and Arabic letter marks: invisible, they set the direction of a sign or a percent. */
const directionMarks = /[\u200e\u200f\u061c]/g;
/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits, which Intl writes for Arabic and Persian. */
const arabicScriptDigits = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** A cell's text as the figure and year tests read it: without direction marks, Arabic-script digits as 0–9. */
function figureText(cell: string): string {
  return cell.replace(directionMarks, '').replace(arabicScriptDigits, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** Whether a cell holds a year, which labels its row (see year and calendarYear). */
function isYear(cell: string): boolean {
  const text = figureText(cell);
  return (
    year.test(text) ||
    (calendarYear.test(text) && /^[\u0660-\u0669\u06f0-\u06f9]+$/.test(cell.replace(directionMarks, '')))
  );
}

/** What a <Fact> in a cell counts as while its value is not known: a figure. */
const factStandIn = '0';

/**
 * The text of a HTML tree node, as a reader sees it: HTML written in the MDX (`<abbr>CCF</abbr>`) reads as its text; a
 * <Fact> as a figure (its value comes when the page is rendered); another component as nothing.
 */
function text(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(text).join('');
  const jsx = node as unknown as { type: string; name?: string | null; children?: ElementContent[] };
  if (jsx.type === 'mdxJsxTextElement' || jsx.type === 'mdxJsxFlowElement') {
    if (jsx.name === 'Fact') return factStandIn;
    if (jsx.name && /^[a-z]/.test(jsx.name)) return (jsx.children ?? []).map(text).join('');
  }
  return '';
}

const elements = (node: Element, tagName?: string): Element[] =>
  node.children.filter(
    (child): child is Element => child.type === 'element' && (tagName === undefined || child.tagName === tagName),
  );

/** How one Markdown table is set: its columns' headers and kinds, and whether it becomes cards on a phone. */
export interface TableSetting {
  headers: string[];
  numeric: boolean[];
  prose: boolean[];
  stack: boolean;
}

/** Reads a Markdown table (as HTML: thead and tbody of th and td) and decides how it is set. */
export function tableSetting(table: Element): TableSetting {
  const rows = (section: string) => elements(table, section).flatMap((part) => elements(part, 'tr'));
  const cells = (row: Element) => elements(row).map((cell) => text(cell).trim().replace(/\s+/g, ' '));
  const headers = rows('thead').map(cells)[0] ?? [];
  const body = rows('tbody').map(cells);
  const column = (i: number) => body.map((row) => row[i] ?? '').filter((cell) => cell !== '' && !gap.test(cell));
  const numeric = headers.map(
    (_, i) =>
      column(i).length > 0 && column(i).every((cell) => figure.test(figureText(cell))) && !column(i).every(isYear),
  );
  const prose = headers.map((_, i) => !numeric[i] && column(i).some((cell) => cell.length > proseLength));
  const columns: TableColumn[] = headers.map((header, i) => ({
    header,
    cells: column(i),
    numeric: numeric[i]!,
    prose: prose[i]!,
  }));
  return { headers, numeric, prose, stack: stacksOnPhone(columns) };
}

/** The classes a cell gets: its column's kind, then the alignment the editor wrote, as a class. */
export function cellClasses(setting: TableSetting, column: number, style: unknown, body: boolean): string[] {
  const classes: string[] = [];
  if (setting.numeric[column]) classes.push('num');
  if (body && setting.prose[column]) classes.push('text');
  const align = typeof style === 'string' ? /text-align:\s*(left|center|right)/.exec(style)?.[1] : undefined;
  if (align) classes.push(`align-${align}`);
  return classes;
}

/** The import of the table styles, written from the MDX file's folder. */
export function stylesheetImport(file: string, projectRoot: string): string {
  const path = relative(dirname(file), stylesheet(projectRoot)).split(sep).join('/');
  return `import ${JSON.stringify(path.startsWith('.') ? path : `./${path}`)};`;
}

/**
 * The plugins for Astro's `markdown.processor` (satteri({ mdastPlugins, hastPlugins })): factories Sätteri calls for
 * each document, which leave the import out of a plain Markdown page. Astro hashes the configuration as JSON,
 * where a function has no value: each factory's `toJSON` gives the name instead.
 */
export function proseTables(roots: { contentRoot: string; projectRoot: string }): {
  mdast: MdastPluginEntry;
  hast: HastPluginEntry;
} {
  // Only MDX can import: in a plain Markdown page (.md) the line would be printed. Its table is set all the same, and
  // is styled where its layout loads the table styles.
  const mdast = ({ fileURL, sourceFormat }: PluginFactoryContext) => {
    if (!fileURL || sourceFormat !== 'mdx') return null;
    let tables = 0;
    return defineMdastPlugin({
      name: proseTablesName,
      table() {
        tables++;
      },
      after(root, context) {
        if (tables > 0)
          context.prependChild(root, { raw: stylesheetImport(fileURLToPath(fileURL), roots.projectRoot) });
      },
    });
  };
  const hast = ({ fileURL }: PluginFactoryContext) => {
    const s = t((fileURL && proseLanguage(fileURLToPath(fileURL), roots)) || undefined);
    // Tables are visited before their cells, in the order of the page: a cell belongs to the last table seen.
    let setting: TableSetting | undefined;
    const columns = new Map<object, number>();
    return defineHastPlugin({
      name: proseTablesName,
      element: [
        {
          filter: ['table'],
          visit(node, context) {
            setting = tableSetting(node);
            context.wrapNode(node, {
              type: 'element',
              tagName: 'section',
              properties: {
                className: setting.stack ? ['table-scroll', 'table-stack'] : ['table-scroll'],
                tabIndex: 0,
                ariaLabel: setting.headers.some(Boolean)
                  ? s('table.label', { columns: setting.headers.filter(Boolean).join(', ') })
                  : s('table.unnamed'),
              },
              children: [],
            });
          },
        },
        {
          filter: ['th', 'td'],
          visit(node, context) {
            if (!setting) return;
            const row = context.parent(node);
            const column = columns.get(row) ?? 0;
            columns.set(row, column + 1);
            const header =
              context.parent(row)?.type === 'element' && (context.parent(row) as Element).tagName === 'thead';
            const classes = cellClasses(setting, column, node.properties.style, !header);
            if (node.properties.style !== undefined) context.setProperty(node, 'style', undefined);
            if (classes.length > 0) context.setProperty(node, 'className', classes);
            if (header) context.setProperty(node, 'scope', 'col');
            else if (setting.headers[column]) context.setProperty(node, 'dataLabel', setting.headers[column]);
          },
        },
      ],
    });
  };
  return {
    mdast: Object.assign(mdast, { toJSON: () => proseTablesName }),
    hast: Object.assign(hast, { toJSON: () => proseTablesName }),
  };
}
