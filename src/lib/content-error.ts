/**
 * The one error type the build reports to editors: where (file, field), what was expected. The build prints its
 * message alone, without a stack trace, because the stack says nothing an editor can act on. An error about the file
 * as a whole (not read, missing, not JSON) has no field: '' prints the file and what is wrong with it, where a
 * stand-in such as "(file)" read as a field the editor could not find ("data/x.csv: (file): not read").
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;
  /** What is wrong, without the file and the field. */
  readonly detail: string;

  constructor(file: string, field: string, message: string) {
    super(field ? `${file}: ${field}: ${message}` : `${file}: ${message}`);
    this.name = 'ContentError';
    // Astro prints `err.stack` for errors thrown while a page renders: make it the message alone.
    this.stack = `${this.name}: ${this.message}`;
    this.file = file;
    this.field = field;
    this.detail = message;
  }
}

/** Several content errors found in one pass, so an editor can fix them all at once. */
export class ContentErrors extends Error {
  readonly errors: ContentError[];

  constructor(errors: ContentError[]) {
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  ${e.message}`).join('\n')}`,
    );
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}

/** Writes a zod issue path the way an editor reads it: rows[3].issued, corrections[0].date. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}
