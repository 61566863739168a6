/**
 * Pagefind's service (pagefind/lib/service.js, `close`) prints each message it could not send once its process has
 * ended as "Service stopped" with a stack trace: five and more in a row when Ctrl+C reaches Pagefind's process with the
 * build's (a terminal signals its whole process group), above the build's own "The build stopped" line. Said once, in
 * one line with the error's message; everything else passes through unchanged. A Pagefind crash still shows Pagefind's
 * own panic message (its stderr is the build's) and the build's failure. A program that never ran (its binary missing,
 * or on a volume mounted noexec: Node's spawn fails, reported the same way) is said to be that, not a process ended:
 * "ended" reads as Ctrl+C, and the deployer would look for who stopped it.
 */
export function quietPagefindStops(): void {
  const print = console.error.bind(console);
  let said = false;
  console.error = (...args: unknown[]) => {
    if (args[0] === 'Service stopped' && args[1] instanceof Error) {
      const error = args[1] as NodeJS.ErrnoException;
      const never = error.syscall?.startsWith('spawn') === true;
      if (!said) {
        print(
          never
            ? `[casefile] search index: Pagefind's program could not be started (${error.message}): is it installed (npm ci) and executable?`
            : `[casefile] search index: Pagefind's process has ended (${error.message})`,
        );
      }
      said = true;
      return;
    }
    print(...args);
  };
}
