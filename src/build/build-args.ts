/**
 * `npm run build` takes its settings from the environment (scripts/build.mjs lists them), not from arguments. Astro's
 * own (`npm run build -- --site https://example.org --base /investigations/`, as `astro build` takes them) were
 * ignored without a word: the site was built and published for the placeholder address, its canonical links, feeds,
 * sitemap and social cards pointing there, and at the root instead of below the folder.
 */

/** The variables that do what Astro's options would, given the options' values (`--site` and `--base` make one). */
function variablesMeant(options: Map<string, string | undefined>): string[] {
  const meant: string[] = [];
  if (options.has('--site') || options.has('--base')) {
    const origin = (options.get('--site') ?? 'https://example.org').replace(/\/+$/, '');
    meant.push(
      `CASEFILE_SITE_URL=${origin}${options.get('--base') ?? '/'}${options.has('--base') ? ' (the address with its folder)' : ''}`,
    );
  }
  if (options.has('--outDir')) meant.push(`CASEFILE_DIST=${options.get('--outDir') ?? 'out'}`);
  if (options.has('--root')) meant.push('CASEFILE_CONTENT_ROOT=<the folder holding content/ and data/>');
  if (options.has('--verbose')) meant.push('CASEFILE_LOG=debug');
  if (options.has('--silent')) meant.push('CASEFILE_LOG=silent');
  return meant;
}

/** What is wrong with the build's arguments (`process.argv.slice(2)`), or undefined when there are none. */
export function buildArgsProblem(args: string[]): string | undefined {
  if (args.length === 0) return undefined;
  const options = new Map<string, string | undefined>();
  args.forEach((arg, i) => {
    if (!arg.startsWith('--')) return;
    const [option = '', inline] = arg.split(/=(.*)/s);
    const next = args[i + 1];
    options.set(option, inline ?? (next === undefined || next.startsWith('-') ? undefined : next));
  });
  const meant = variablesMeant(options);
  const instead = meant.length > 0 ? `: set ${meant.join(', ')} instead,` : ': its settings are environment variables,';
  return `npm run build takes no arguments, got "${args.join(' ')}"${instead} e.g. CASEFILE_SITE_URL=https://example.org/investigations/ npm run build (README, "Deploying")`;
}
