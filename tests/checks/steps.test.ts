import { describe, expect, it } from 'vitest';
import { postBuildSteps } from '../../src/build/steps.ts';

describe('the output checks in the build', () => {
  it('run after the search index and the publishing steps, and before the leak check', () => {
    const names = postBuildSteps.map((step) => step.name);
    const at = (name: string) => names.indexOf(name);
    for (const check of ['html-validate', 'links', 'xml', 'budgets']) {
      expect(at(check), `${check} is a build step`).toBeGreaterThan(at('search index'));
      expect(at(check)).toBeGreaterThan(at('security headers'));
      expect(at(check)).toBeLessThan(at('leak check'));
    }
  });
});
