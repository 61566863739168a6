/**
 * The steps that run after Astro has written the site into the staging folder, in order. Each one may throw; any
 * failure stops the build before the staging folder replaces dist/.
 */
import type { Project } from '../lib/load-project.ts';
import { searchIndexStep } from './search-index.ts';
import { imageMetadataStep } from './images.ts';
import { securityHeadersStep } from './security-headers.ts';
import { imageMetadataCheckStep } from './checks/image-metadata.ts';
import { leakCheckStep } from './checks/leaks.ts';
import { socialCardReportStep } from './social-cards.ts';
import { htmlCheck } from './checks/html.ts';
import { linkCheck } from './checks/links.ts';
import { xmlCheck } from './checks/xml.ts';
import { budgetCheck } from './checks/budgets.ts';
import { chartStatsStep } from '../charts/build-step.ts';

export interface BuildContext {
  root: string;
  /** The staging folder holding the built site. */
  outDir: string;
  project: Project;
  now: Date;
  preview: boolean;
  log: (line: string) => void;
}

export interface PostBuildStep {
  name: string;
  run: (context: BuildContext) => Promise<void> | void;
}

export const postBuildSteps: PostBuildStep[] = [
  // First: it only prints how many charts Astro drew and how many came from the cache.
  chartStatsStep,
  socialCardReportStep,
  // Before any check of the output, so that the checks see the site as published, index included.
  searchIndexStep,
  imageMetadataStep,
  securityHeadersStep,
  imageMetadataCheckStep,
  // The output checks: valid HTML, no broken internal link or anchor, feeds and sitemaps parse; JavaScript, CSS,
  // weight and other-host budgets (prints its figures).
  htmlCheck,
  linkCheck,
  xmlCheck,
  budgetCheck,
  // Last: it reads every file the steps before it wrote, the search index included.
  leakCheckStep,
];
