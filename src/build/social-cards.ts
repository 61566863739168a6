/** Reports how many social cards the build drew and how long each took, and how many came from the cache. */
import type { PostBuildStep } from './steps.ts';
import { cardStats } from '../lib/social-card.ts';

export const socialCardReportStep: PostBuildStep = {
  name: 'social cards',
  run({ log }) {
    const { drawn, cached, times } = cardStats();
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
    log(
      `social cards: ${drawn} drawn, ${cached} from cache${drawn ? ` (median ${median.toFixed(0)} ms, slowest ${sorted.at(-1)!.toFixed(0)} ms per card)` : ''}`,
    );
  },
};
