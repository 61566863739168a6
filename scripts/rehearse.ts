/**
 * `npm run rehearse`: runs now, one after the other, the builds that will lift the pending embargoes, each as it will
 * run at its moment, into a temporary folder that is then removed (src/build/rehearse.ts). Publishes nothing and
 * leaves dist/ alone; exits with 1 when a rehearsal fails, naming the moment and the pages it would have published.
 *
 * Environment: as `npm run build` (scripts/build.mjs); CASEFILE_NOW, when set, is the moment whose pending embargoes
 * are rehearsed (the machine's clock otherwise).
 */
import { join, resolve } from 'node:path';
import { validateProject } from '../src/lib/validate-project.ts';
import { buildTime, outputFolder } from '../src/lib/visibility.ts';
import { rehearsalHeading, rehearsalPages, rehearsals, runRehearsal } from '../src/build/rehearse.ts';
import { astroLockDir, lockHolder } from '../src/build/lock.ts';
import { endBySignal } from '../src/build/exit.mjs';
import { problemsHeading } from '../src/build/problem-place.mjs';
import { contentRoot, projectRoot } from '../src/site.config.ts';
import { writtenMoment } from '../src/lib/validate/moment.ts';

const log = (line: string) => console.log(`[casefile] ${line}`);

const args = process.argv.slice(2);
if (args.some((arg) => arg === '--help' || arg === '-h')) {
  console.log(
    "Usage: npm run rehearse [-- --verbose]\nRuns the builds that will lift the pending embargoes, each at its moment, into a temporary folder: a problem they would meet shows now. Publishes nothing. A build that fails shows its whole output; --verbose shows every build's as it runs.",
  );
  process.exit(0);
}
const verbose = args.includes('--verbose');
const unknown = args.find((arg) => arg !== '--verbose');
if (unknown !== undefined) {
  console.error(`rehearse: unknown argument ${unknown}: expected --verbose or nothing (npm run rehearse -- --help)`);
  process.exit(1);
}

let now: Date;
try {
  now = buildTime();
} catch (error) {
  console.error(`rehearse: ${(error as Error).message}`);
  process.exit(1);
}
// The pending embargoes as a normal build sees them now; a content problem stops that build before any rehearsal.
const { project, errors } = validateProject(contentRoot, now, false);
if (errors.length > 0) {
  console.error(`\nrehearse: ${problemsHeading(errors.map((error) => error.file))}, which stop every build:\n`);
  for (const error of errors) console.error(`  ${error.message}`);
  console.error('\nNothing was rehearsed.');
  process.exit(1);
}
const planned = rehearsals([...project.stories, ...project.cases], now);
if (planned.length === 0) {
  log(`rehearse: no page waits for an embargo at ${writtenMoment(now)}: nothing to rehearse`);
  process.exit(0);
}

// A dev server holds the Astro lock for as long as it runs, and every build stops on it at once (src/build/main.ts):
// the rehearsal would then say the embargo's build fails, which it would not for that.
const devServer = lockHolder(astroLockDir(projectRoot));
if (devServer?.role === 'dev') {
  console.error(
    `rehearse: npm run dev is running for this project (process ${devServer.pid}); a rehearsal's builds and the dev server write the same files (Astro's .astro/ folder). Stop the dev server (Ctrl+C in its terminal), then rehearse again.\n\nNothing was rehearsed.`,
  );
  process.exit(1);
}

const buildScript = join(projectRoot, 'scripts/build.mjs');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
for (const [index, rehearsal] of planned.entries()) {
  log(rehearsalHeading(rehearsal, index, planned.length));
  const result = await runRehearsal(rehearsal, projectRoot, buildScript, process.env, verbose);
  if (result.stoppedBy) {
    console.error(
      `\nrehearse: stopped (${result.stoppedBy}); nothing was published, and its temporary folder is removed.`,
    );
    // By that signal, as the build ends (src/build/exit.mjs): a shell that sees its program exit with 130 instead takes
    // it for one that handled Ctrl+C and goes on, to the next rehearsal of a loop or the next line of a script.
    endBySignal(result.stoppedBy);
  }
  if (result.status !== 0) {
    // What stopped it, as the build reported it, after its progress lines.
    if (!verbose) process.stderr.write(result.log);
    const pages = `${rehearsal.files.length === 1 ? '' : 'its '}${rehearsalPages(rehearsal.files)} would stay`;
    console.error(
      `\nrehearse: the build at ${writtenMoment(rehearsal.moment)} would stop, publishing nothing, and ${pages} embargoed past that moment. Fix the problem above and rehearse again (${resolve(projectRoot, outputFolder({ ...process.env, PREVIEW: undefined }))} is unchanged).`,
    );
    process.exit(1);
  }
  log(
    `rehearse${planned.length > 1 ? ` ${index + 1} of ${planned.length}` : ''}: passed every check in ${seconds(result.ms)}`,
  );
}
log(
  `rehearse: ${planned.length === 1 ? 'the build' : `all ${planned.length} builds`} that lift${planned.length === 1 ? 's' : ''} the pending embargoes passed${planned.length === 1 ? '' : ` (the last at ${writtenMoment(planned.at(-1)!.moment)})`}; nothing was published`,
);
