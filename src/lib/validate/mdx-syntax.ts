/** Where MDX stops reading a body. */
import { mdxToMdast } from 'satteri';

/**
 * Where MDX stops reading a body, as Sätteri (Astro's MDX) reports it, with the lines of the file: "3:21: Unexpected
 * closing tag `</b>`, expected corresponding closing tag for `<i>` (3:14) (mdx-jsx:unexpected-character)" in a body
 * that starts on the file's line 8 is line 10, column 21, with "(10:14)". Undefined when the body parses.
 */
export function mdxSyntaxProblem(
  body: string,
  bodyLine: number,
): { line: number; column: number; reason: string } | undefined {
  try {
    mdxToMdast(body);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const match = /^(\d+):(\d+)(?:-\d+:\d+)?: ([\s\S]+?)(?: \([\w:-]+\))?\s*$/.exec(message);
    if (!match) return { line: bodyLine + 1, column: 1, reason: message };
    const reason = match[3]!.replace(
      /\((\d+):(\d+)\)/g,
      (_, line: string, column: string) => `(${bodyLine + Number(line)}:${column})`,
    );
    return { line: bodyLine + Number(match[1]), column: Number(match[2]), reason };
  }
}
