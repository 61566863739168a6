/** The lines "---" around a page's frontmatter. */

/**
 * What is wrong with the lines "---" that open and close a page's frontmatter (`text`, from its opening line on, which
 * is the file's line `blankLines` + 1), with the line where one belongs; undefined when both are there. Without the
 * opening line, gray-matter (and Astro) read no frontmatter at all and every field would be "missing"; without the
 * closing one, the page's text is read as YAML, and the parser's error says nothing of why.
 */
export function delimiterProblem(text: string, blankLines: number): { line: number; text: string } | undefined {
  // As gray-matter reads them: "---" opens unless a fourth hyphen follows; a line starting with "---" closes.
  const opened = text.startsWith('---') && text[3] !== '-';
  if (opened && text.indexOf('\n---', 3) !== -1) return undefined;
  const lines = text.split('\n');
  const key = (line: string | undefined) => /^\uFEFF?([A-Za-z_][\w-]*|"[^"]*"|'[^']*'):(?:\s|$)/.exec(line ?? '')?.[1];
  if (!opened) {
    const first = lines.findIndex((line) => line.trim() !== '');
    const field = key(lines[first]);
    if (field)
      return {
        line: first + 1,
        text: `expected a line "---" before ${field}: the frontmatter starts and ends with a line of three hyphens`,
      };
    return {
      line: 1,
      text: 'missing: a page starts with its frontmatter (title, summary, date…) between two lines "---"',
    };
  }
  // The frontmatter runs over lines that read as YAML (a field, an item, an indented line); the page's text starts at
  // the first that does not. Blank lines and comments go either way.
  let last = 0;
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!(key(line) || /^(?:\s|-(?:\s|$))/.test(line))) break;
    last = n;
  }
  const field = lines
    .slice(1, last + 1)
    .reverse()
    .map(key)
    .find((name) => name !== undefined);
  return {
    line: blankLines + last + 2,
    text: `expected a line "---"${field ? ` after ${field}` : ''}, to end the frontmatter: without it, the text below is read as frontmatter`,
  };
}
