/**
 * Lines of an MDX body by index, counted forward.
 */

/** The 1-based line in the file of an index in `text`, counting forward from the last index asked (indexes in order). */
export function lineCounter(text: string, lineOffset: number): (index: number) => number {
  let line = lineOffset + 1;
  let counted = 0;
  return (index) => {
    if (index < counted) {
      line = lineOffset + 1;
      counted = 0;
    }
    for (
      let newline = text.indexOf('\n', counted);
      newline !== -1 && newline < index;
      newline = text.indexOf('\n', newline + 1)
    )
      line++;
    counted = index;
    return line;
  };
}
