import { writeFileSync } from 'node:fs';
import { drawSocialCard } from '../src/lib/social-card.ts';
const cards = {
  plain: { siteName: 'Casefile', kicker: 'Stories', headline: 'How red notices reach critics abroad' },
  figure: { siteName: 'Casefile', kicker: 'Stories', headline: 'The Interpol Files: how states use red notices to pursue critics abroad', figure: { value: '15,548', label: 'Red notices issued (2024)', source: 'Red notices issued per year' } },
  longlabel: { siteName: 'Casefile', kicker: 'Case files', headline: 'Two decades of red notices, and the safeguards that were added and then quietly dropped', figure: { value: 'under 10%', label: 'Share of red notices made public on Interpol’s website (January 2026)', source: 'Interpol, figures as published' } },
  long: { siteName: 'Casefile', kicker: 'Case files', headline: 'A '.repeat(400) },
  rtl: { siteName: 'Casefile', kicker: 'Case files', headline: 'قضية النشرة الحمراء — פרשת ההודעה האדומה', figure: { value: '15,548', label: 'Red notices issued (2024)', source: 'Red notices issued per year' } },
  accents: { siteName: 'Casefile', kicker: 'Dossiers', headline: 'Édouard, Łódź, Ørsted and Αθήνα: jumpy glyphs in “quotes”' },
};
const c0 = process.cpuUsage(); const s = performance.now();
for (const [name, content] of Object.entries(cards)) {
  const t = performance.now();
  writeFileSync(`/tmp/proto/card-${name}.png`, await drawSocialCard(content));
  console.log(name, (performance.now() - t).toFixed(1));
}
const s2 = performance.now(); const c1 = process.cpuUsage();
for (let i = 0; i < 40; i++) await drawSocialCard({ ...cards.figure, headline: `${cards.figure.headline} ${i}` });
const u = process.cpuUsage(c1);
console.log('per card', ((performance.now() - s2) / 40).toFixed(1), 'cpu', ((u.user + u.system) / 40000).toFixed(1));
