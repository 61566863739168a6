import { drawSocialCard } from '../src/lib/social-card.ts';
const fig = { siteName: 'Casefile', kicker: 'Stories', headline: 'The Interpol Files: how states use red notices to pursue critics abroad', figure: { value: '15,548', label: 'Red notices issued (2024)', source: 'Red notices issued per year' } };
await drawSocialCard(fig);
const c1 = process.cpuUsage(); const s2 = performance.now();
for (let i = 0; i < 100; i++) await drawSocialCard({ ...fig, headline: `${fig.headline} ${i}` });
const u = process.cpuUsage(c1);
console.log('per card', ((performance.now() - s2) / 100).toFixed(1), 'cpu', ((u.user + u.system) / 100000).toFixed(1), 'user', (u.user/100000).toFixed(1));
