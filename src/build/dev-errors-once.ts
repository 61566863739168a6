/**
 * A page that fails on the dev server had its error printed twice in the terminal, both times by Astro: its router
 * logs the error's stack as the page throws it ("[ERROR] ContentError: content/x.mdx: line 42: <Chart> … y: …",
 * astro/dist/core/routing/handler.js), then, with no 500 page to show, its request handler logs the error again as
 * formatted for the terminal (astro/dist/vite-plugin-app/handle-request.js, recordServerError): the message once more,
 * under it "Stack trace:" and nothing, since a ContentError's stack is its message alone (src/lib/content-error.ts).
 *
 * On the dev server, Astro's logger writes through this module (its `logger` option): the first copy in the build's
 * words (the message without "ContentError: "), and not the second when it holds nothing more. A formatted copy
 * printed (alone, or with a hint) loses its empty "Stack trace:" heading. An error with a stack is printed as Astro
 * prints it. (The build holds such lines back for its report instead:
 * src/build/held-errors.ts.)
 */
import { stripVTControlCharacters } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import nodeDestination from 'astro/logger/node';
import { isWithheldPageWarning } from './dev-withheld-addresses.ts';

type Destination = ReturnType<typeof nodeDestination>;
type LogEvent = Parameters<Destination['write']>[0];

const ourError = 'ContentError: ';

/**
 * The filter over the messages of the errors Astro logs: the message to print instead, or undefined for none. The
 * messages of errors logged by their stack alone are remembered, for the copy Astro formats after them.
 */
export function errorsOnce(): (message: string) => string | undefined {
  /** The messages of errors printed by their stack alone (no frames), waiting for their formatted copy. */
  const printed: string[] = [];
  return (message) => {
    const plain = stripVTControlCharacters(message);
    // The formatted copy: the message, then "Stack trace:" with no frame under it.
    const copy = /^([\s\S]*?)\n {2}Stack trace:\s*$/.exec(plain);
    const first = copy ? printed.indexOf(copy[1]!) : -1;
    if (first !== -1) {
      printed.splice(first, 1);
      return undefined;
    }
    // A formatted copy with no copy by its stack before it (a page whose frontmatter stops the build, asked for by its
    // own address, is logged so): the message, without the heading of a stack trace that holds nothing.
    if (copy) return copy[1];
    // An error logged by its stack: "Name: message", with no "    at …" frame.
    const stack = /^\w+: ([\s\S]*?)\n?$/.exec(plain);
    if (stack && !/^\s+at /m.test(plain)) {
      printed.push(stack[1]!);
      // A few at most wait at once (pages asked for together): never a growing list, should Astro stop formatting them.
      if (printed.length > 20) printed.shift();
    }
    return plain.startsWith(ourError) ? message.replace(ourError, '') : message;
  };
}

/**
 * `destination`, through which each error a page throws is written once, and the router's warning of a withheld
 * page's address (src/build/dev-withheld-addresses.ts) not at all.
 */
export function writingErrorsOnce(destination: Destination): Destination {
  const once = errorsOnce();
  return {
    ...destination,
    write(event: LogEvent) {
      // A withheld page's address, which the 404 page explains (src/build/dev-withheld-addresses.ts).
      if (isWithheldPageWarning(event.level, event.label, stripVTControlCharacters(event.message))) return;
      // Both copies are unlabelled errors; an integration's or a part of Astro's carries its label ([content]).
      if (event.level !== 'error' || event.label) return destination.write(event);
      const message = once(event.message);
      if (message !== undefined) destination.write({ ...event, message });
    },
  };
}

/** The destination Astro's `logger` option loads on the dev server: Node's, each page's error written once. */
export default function devLogDestination(config?: Parameters<typeof nodeDestination>[0]): Destination {
  return writingErrorsOnce(nodeDestination(config));
}

/** The Astro integration: on the dev server only, Astro's logger writes through this module. */
export function devErrorsOnce(): AstroIntegration {
  return {
    name: 'casefile:dev-errors-once',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ logger: { entrypoint: fileURLToPath(import.meta.url) } });
      },
    },
  };
}
