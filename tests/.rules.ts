import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { htmlValidateConfig, ResolvedOnceConfigLoader } from '../src/build/checks/html.ts';
const pages = ['dist/stories/the-interpol-files/index.html', 'dist/stories/two-decades-of-red-notices/index.html', 'dist/data/index.html'].map((f) => [f, readFileSync(f, 'utf8')] as const);
async function time(config: ConfigData, rounds = 15) {
  const v = new HtmlValidate(new ResolvedOnceConfigLoader(config));
  for (const [f, h] of pages) await v.validateString(h, f);
  const t = performance.now();
  for (let r = 0; r < rounds; r++) for (const [f, h] of pages) await v.validateString(h, f);
  return (performance.now() - t) / rounds / pages.length;
}
const base = await time(htmlValidateConfig);
const resolved = await new StaticConfigLoader(htmlValidateConfig).getConfigFor('x.html');
const rules = Object.entries((resolved as any).getConfigData().rules ?? {}).filter(([, v]) => v !== 'off' && (Array.isArray(v) ? v[0] !== 'off' : true)).map(([k]) => k);
console.log('base ms/page', base.toFixed(2), 'rules', rules.length);
const none = await time({ ...htmlValidateConfig, extends: [], rules: {} });
console.log('no rules ms/page', none.toFixed(2));
const deltas: [string, number][] = [];
for (const rule of rules) {
  const t = await time({ ...htmlValidateConfig, rules: { ...htmlValidateConfig.rules, [rule]: 'off' } }, 6);
  deltas.push([rule, base - t]);
}
console.log(deltas.sort((a, b) => b[1] - a[1]).slice(0, 15).map(([r, d]) => `${d.toFixed(2)} ${r}`).join('\n'));
