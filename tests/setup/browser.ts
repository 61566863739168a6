/**
 * Says before the run starts whether the browser tests can run: without Chromium they are skipped, loudly, unless
 * CASEFILE_REQUIRE_BROWSER=1 (CI), where they fail.
 */
import { browserRequired, chromiumPath, skippedLine } from '../helpers/browser.ts';

export default function setup(): void {
  if (chromiumPath()) return;
  if (browserRequired())
    console.error('\n[casefile] CASEFILE_REQUIRE_BROWSER=1 and no Chromium: the browser tests will fail\n');
  else console.warn(`\n${'!'.repeat(skippedLine.length)}\n${skippedLine}\n${'!'.repeat(skippedLine.length)}\n`);
}
