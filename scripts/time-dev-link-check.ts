/**
 * How long the dev server's link checks (src/lib/dev-link-check.ts) hold up a save, on the demo and on a generated
 * site: the whole preflight (what each save ran before) against the checks kept up to date by a change. A timing
 * script, not a test: figures depend on the machine. Medians of 7 runs.
 *
 *   node_modules/.bin/node scripts/time-dev-link-check.ts [stories=1000]
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSite, includeProjectData, writeSite } from '../src/bench/generate.ts';
import { linkCheck, type LinkCheck } from '../src/lib/dev-link-check.ts';
import { validateProject } from '../src/lib/validate-project.ts';
import { projectRoot } from '../src/site.config.ts';

const stories = Number(process.argv[2] ?? 1000);
const runs = 7;

function median(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** The checks across pages the server runs after each change, as src/lib/shared-link-check.ts runs them. */
function acrossPagesOf(check: LinkCheck) {
  return [
    check.datasetProblems(),
    check.folderProblems(),
    check.translationProblems(),
    check.dateProblems(),
    check.titleProblems(),
    check.fileNameProblems(),
    check.leadProblems(),
  ];
}

function time(label: string, root: string, story: string): void {
  const file = join(root, story);
  const text = readFileSync(file, 'utf8');
  const renamed = story.replace(/\.mdx$/, '-renamed.mdx');
  const before = median(() => validateProject(root));
  const start = median(() => linkCheck(root));
  // What the server does next, before it serves: every check across pages and data/, and the notes.
  const startShown = median(() => {
    const checked = linkCheck(root);
    return [acrossPagesOf(checked), checked.datasetProblems(), checked.notes()];
  });
  const check = linkCheck(root);
  const save = median(() => {
    writeFileSync(file, `${text}\nOne more line.\n`);
    check.pageChanged(story);
  });
  // A long page: the story's text ten times over (some 8,000 words on the generated site).
  const end = text.indexOf('\n---\n', 4) + 5;
  const long = `${text.slice(0, end)}${text.slice(end).repeat(10)}`;
  const saveLong = median(() => {
    writeFileSync(file, `${long}\nOne more line.\n`);
    check.pageChanged(story);
  });
  const longHeld = [...check.problems().values()].flat().length;
  writeFileSync(file, text);
  check.pageChanged(story);
  const rename = median(() => {
    renameSync(file, join(root, renamed));
    check.pageChanged(story);
    check.pageChanged(renamed);
    renameSync(join(root, renamed), file);
    check.pageChanged(renamed);
    check.pageChanged(story);
  });
  const dataset = median(() => {
    check.datasetsChanged();
    return [check.datasetProblems(), check.notes()];
  });
  const publicFile = median(() => check.publicChanged('images/a-map.png'));
  const translations = median(() => check.translationProblems());
  const acrossPages = median(() => acrossPagesOf(check));
  const notes = median(() => check.notes());
  const embargo = median(() => check.timePassed());
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `${label}: before, each change: ${ms(before)}; now: start ${ms(start)} (${ms(startShown)} with every check across pages and the notes), a page saved ${ms(save)}, a long page saved ${ms(saveLong)} (${(long.length / 1000).toFixed(0)} kB, ${longHeld} problems), renamed and back ${ms(rename)} (two changes each way), a dataset added or removed ${ms(dataset)} (with the datasets against the sources and the notes), a file of public/ added or removed ${ms(publicFile)}, the translations checked (after each change) ${ms(translations)}, with every other check across pages (datasets, dates, titles, file names, leads, folders) ${ms(acrossPages)}, the notes (after each change) ${ms(notes)}, an embargo lifted ${ms(embargo)}`,
  );
}

time('demo', projectRoot, 'content/stories/safeguards-added-and-quietly-dropped.mdx');
const work = mkdtempSync(join(tmpdir(), 'casefile-dev-links-'));
try {
  const site = generateSite({ stories, seed: 1 });
  writeSite(work, site);
  includeProjectData(work, join(projectRoot, 'data'));
  time(`${stories} stories`, work, site.stories[Math.floor(site.stories.length / 2)]!);
} finally {
  rmSync(work, { recursive: true, force: true });
}
