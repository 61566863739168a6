/**
 * Pagefind's service (pagefind/lib/service.js, `close`) prints each message it could not send once its process has
 * ended as "Service stopped" with a stack trace: five and more in a row when Ctrl+C reaches Pagefind's process with the
 * build's (a terminal signals its whole process group), above the build's own "The build stopped" line. Said once, in
 * one line with the error's message; everything else passes through unchanged. A Pagefind crash still shows Pagefind's
 * own panic message (its stderr is the build's) and the build's failure.
 */
export function quietPagefindStops(): void {
  const print = console.error.bind(console);
  let said = false;
  console.error = (...args: unknown[]) => {
    if (args[0] === 'Service stopped' && args[1] instanceof Error) {
      if (!said) print(`[casefile] search index: Pagefind's process has ended (${args[1].message})`);
      said = true;
      return;
    }
    print(...args);
  };
}
