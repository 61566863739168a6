/**
 * The site's CSS names sides by the direction text runs in (margin-inline-start, text-align: start, inset-inline-start),
 * not by the screen's left and right, so that a page in Persian or Arabic (<html dir="rtl">) mirrors as a whole:
 * a rule written with `left` would stay on the left of a right-to-left page. Read from the source, every stylesheet
 * and every component's <style>, so that the failure names the file and the rule. A physical side kept on purpose
 * is listed below with its reason.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { glob } from 'tinyglobby';
import { repoRoot } from '../helpers/build.ts';

/** A declaration that names a physical side, as written: the file, the selector and the declaration. */
interface Physical {
  file: string;
  selector: string;
  declaration: string;
}

/**
 * Physical sides kept on purpose: `file`, `selector` and the property, with the reason. Nothing else may name one.
 */
const exceptions: { file: string; selector: string; property: string; why: string }[] = [
  {
    file: 'src/styles/global.css',
    selector: '.num',
    property: 'text-align',
    why: 'figures are right-aligned in either direction: a number is written most significant digit first, left to right, in Persian and Arabic digits too, so units line up under units only on the right',
  },
  {
    file: 'src/styles/tables.css',
    selector: ':is(th, td).align-left',
    property: 'text-align',
    why: 'an editor\'s Markdown alignment (`| :--- |`), which Markdown defines as the physical side (GFM\'s align="left")',
  },
  {
    file: 'src/styles/tables.css',
    selector: ':is(th, td).align-right',
    property: 'text-align',
    why: 'an editor\'s Markdown alignment (`| ---: |`), which Markdown defines as the physical side (GFM\'s align="right")',
  },
  {
    file: 'src/styles/tables.css',
    selector: '.table-scroll',
    property: 'background',
    why: 'the scroll shadows and the covers that hide them are drawn at both edges, left and right alike: the pair mirrors itself, on a right-to-left page the table starts scrolled to its right edge and the shadow shows on the left',
  },
];

/** Properties whose name is a physical side. */
const physicalName =
  /^(?:left|right|(?:margin|padding|inset|scroll-margin|scroll-padding)-(?:left|right)|border-(?:left|right)(?:-\w+)?|border-(?:top|bottom)-(?:left|right)-radius)$/;
/** Values that name a physical side: `text-align: left`, `float: right`, a gradient `to left` or `at right`, a position. */
const physicalValue = /(?:^|[\s,(/])(?:left|right)(?=$|[\s,)/])/;
/** Properties whose value may name a side (others, such as `frame-anchor` in a chart, are no CSS here). */
const sidedValue = /^(?:text-align|float|clear|background(?:-position(?:-x)?)?|mask|caption-side|justify-\w+)$/;
/** Shorthands whose fourth value is the left side, and their second the right. */
const fourSides = /^(?:margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/;

/** The top-level values of a declaration, split on spaces outside parentheses. */
function values(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (/\s/.test(char) && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += char;
  }
  if (current) parts.push(current);
  return parts;
}

/** Whether `property: value` puts something on one physical side only. */
function isPhysical(property: string, value: string): boolean {
  if (physicalName.test(property)) return true;
  if (sidedValue.test(property) && physicalValue.test(value)) return true;
  const parts = values(value);
  // margin: a b c d, with b (right) and d (left) unlike (two or three values set both alike); border-radius with
  // corners unlike, which mirrored would swap.
  if (fourSides.test(property)) return parts.length === 4 && parts[1] !== parts[3];
  if (property === 'border-radius') {
    const [corners] = value.split('/');
    const radii = values(corners!);
    return new Set(radii).size > 1;
  }
  return false;
}

/** The declarations of `css` that name a physical side, with their selectors (comments removed, @media unwrapped). */
function physicalDeclarations(file: string, css: string): Physical[] {
  const found: Physical[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // A rule's selector and its declarations: the innermost `{ … }` that holds no other block.
  for (const [, prelude, body] of text.matchAll(/([^{};]*)\{([^{}]*)\}/g)) {
    const selector = prelude!.trim().replace(/\s+/g, ' ');
    if (selector.startsWith('@font-face')) continue;
    for (const declaration of body!.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      const property = declaration.slice(0, colon).trim().toLowerCase();
      const value = declaration
        .slice(colon + 1)
        .trim()
        .replace(/\s+/g, ' ');
      if (property.startsWith('--')) continue;
      if (isPhysical(property, value)) found.push({ file, selector, declaration: `${property}: ${value}` });
    }
  }
  return found;
}

/** The CSS of a project file: a stylesheet whole, a component's <style> elements. */
function cssOf(file: string): string {
  const text = readFileSync(`${repoRoot}/${file}`, 'utf8');
  if (file.endsWith('.css')) return text;
  return [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => css).join('\n');
}

const isException = ({ file, selector, declaration }: Physical) =>
  exceptions.some(
    (exception) =>
      exception.file === file && exception.selector === selector && declaration.startsWith(`${exception.property}:`),
  );

describe("the site's CSS", () => {
  it('names no physical side (left, right) outside the exceptions listed with their reasons', async () => {
    const files = (await glob(['src/**/*.{css,astro}', 'public/**/*.css'], { cwd: repoRoot })).sort();
    expect(files).toContain('src/styles/global.css');
    expect(files).toContain('src/layouts/Base.astro');
    const physical = files.flatMap((file) => physicalDeclarations(file, cssOf(file)));
    expect(physical.filter((found) => !isException(found))).toEqual([]);
    // Each exception is still there: one that no longer matches a rule is to be removed from the list.
    for (const exception of exceptions)
      expect(
        physical.some(
          (found) =>
            found.file === exception.file &&
            found.selector === exception.selector &&
            found.declaration.startsWith(`${exception.property}:`),
        ),
        `${exception.file} ${exception.selector} { ${exception.property} }`,
      ).toBe(true);
  });

  it('finds each kind of physical side it is meant to: names, values, four-side shorthands and corner radii', () => {
    const css = `
      /* left: 0 in a comment is no rule */
      .a { margin-left: auto; left: 0; inset-inline-start: 0; }
      @media (max-width: 40rem) { .b { text-align: right; float: left; text-align: start; } }
      .c { padding: 0 1rem 0 2rem; padding: 0 1rem; margin: 1px 2px 3px 2px; }
      .d { border-radius: 0 4px 4px 0; border-radius: 4px; border-radius: 2px 4px 2px; border-start-end-radius: 4px; }
      .e { background: linear-gradient(to right, red, blue) left/2rem 100%; background: linear-gradient(red, blue) bottom; }
      .f { border-right: 1px solid; border-left-width: 2px; border-block: 1px solid; --left: 1px; }`;
    expect(
      physicalDeclarations('x.css', css).map(({ selector, declaration }) => `${selector} { ${declaration} }`),
    ).toEqual([
      '.a { margin-left: auto }',
      '.a { left: 0 }',
      '.b { text-align: right }',
      '.b { float: left }',
      '.c { padding: 0 1rem 0 2rem }',
      '.d { border-radius: 0 4px 4px 0 }',
      '.d { border-radius: 2px 4px 2px }',
      '.e { background: linear-gradient(to right, red, blue) left/2rem 100% }',
      '.f { border-right: 1px solid }',
      '.f { border-left-width: 2px }',
    ]);
  });
});
