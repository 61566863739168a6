/**
 * An editor's mistake that only rendering finds (a <Fact> whose row is an expression) reached the terminal three
 * times: Astro logs the error as the page throws it ("[ERROR] ContentError: …"), logs it again as it stops
 * ("[ERROR] [build] Caught error rendering /x/: ContentError: …"), and then the build's report prints it, formatted,
 * with the line of the tag (src/build/report.ts). While Astro runs, its lines about a ContentError are held back
 * instead; the report prints each once, all of them (several pages can fail at once, and the build's error is only
 * the first). So is Vite's "[ERROR] [vite] ✗ Build failed in 2.98s", which came before the report of MDX that does not
 * parse (`row={2025-01}`) and says nothing the report does not. Every other line goes through as written, and held
 * lines are printed as they were if the build goes on after all: nothing is lost.
 */

/** What `ContentError: …` lines Astro wrote, held back; `release` puts the stream back as it was. */
export interface HeldErrors {
  /** The messages held back (`content/x.mdx: <Fact …> row: …`), once each, in order; and the lines as written. */
  release(): { messages: string[]; lines: string[] };
}

const marker = 'ContentError: ';
/** Vite's line as the bundling of the pages stops, colours aside: the report that follows says why. */
const bundleFailed = /\[ERROR\] \[vite\] ✗ Build failed in /;

/** Holds back the lines about a ContentError written to `stream` (the process's stderr) until `release()`. */
export function holdContentErrors(stream: NodeJS.WriteStream = process.stderr): HeldErrors {
  const write = stream.write;
  const messages: string[] = [];
  const lines: string[] = [];
  stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    const text =
      typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : undefined;
    if (text !== undefined && bundleFailed.test(text.replace(/\u001b\[[0-9;]*m/g, ''))) {
      lines.push(text);
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }
    // Astro's logger writes one message a call: "<time> [ERROR] … ContentError: <message>\n".
    if (text !== undefined && text.includes('[ERROR]') && text.includes(marker)) {
      lines.push(text);
      for (const line of text.split('\n')) {
        const at = line.indexOf(marker);
        if (at === -1) continue;
        // Without the colours a terminal or CI gives the logger's lines.
        const message = line
          .slice(at + marker.length)
          .replace(/\u001b\[[0-9;]*m/g, '')
          .trim();
        if (message && !messages.includes(message)) messages.push(message);
      }
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as NodeJS.WriteStream['write'];
  return {
    release() {
      stream.write = write;
      return { messages, lines };
    },
  };
}
