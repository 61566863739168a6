// @ts-check
/**
 * Preloaded (`--import`) into the Astro dev server that scripts/dev.mjs starts: when the wrapper is gone without
 * passing a signal on (killed with SIGKILL, or its terminal closed under it), its IPC channel closes, and Astro stops
 * with it instead of holding the port and writing `.astro/` with no lock held. The channel is unref'd: it never keeps
 * Astro running by itself.
 */
if (process.channel) {
  process.channel.unref();
  process.once('disconnect', () => process.exit(1));
}
