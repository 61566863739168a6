// @ts-check
/**
 * Keeps Astro from phoning home. A newsroom builds and previews embargoed stories: Astro records telemetry (a POST to
 * telemetry.astro.build, with the project's anonymous id) on every build and dev start unless
 * ASTRO_TELEMETRY_DISABLED is set, and `astro dev` asks the npm registry for a newer Astro unless
 * ASTRO_DISABLE_UPDATE_CHECK is "true". Both are turned off unless the user set them: set either yourself to choose.
 *
 * JavaScript, like scripts/build.mjs: it runs before Astro is loaded, which reads the variables.
 */

/** Astro's variables and the values that turn its network calls off. */
export const astroOfflineVariables = { ASTRO_TELEMETRY_DISABLED: 'true', ASTRO_DISABLE_UPDATE_CHECK: 'true' };

/**
 * Sets each variable of `astroOfflineVariables` the environment does not set already.
 * @param {NodeJS.ProcessEnv} env
 */
export function keepAstroOffline(env = process.env) {
  for (const [name, value] of Object.entries(astroOfflineVariables)) env[name] ??= value;
}
