// Does the confidence rank right quotes above wrong ones? Reads a gold file in the format of
// ../shared/eval/README.md and the extractor's predictions for it, and prints precision per
// confidence band and the ranking AUC (the chance that a right quote outranks a wrong one).
//   npm run -s extract -- GOLD.jsonl > PRED.jsonl && npx tsx bench/confidence.ts GOLD.jsonl PRED.jsonl
import { readFileSync } from 'node:fs';

type Span = [number, number];
const [goldPath, predPath] = process.argv.slice(2);
if (!goldPath || !predPath) { console.error('usage: tsx bench/confidence.ts GOLD.jsonl PRED.jsonl'); process.exit(2); }
const lines = (p: string) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const gold = new Map(lines(goldPath).map((d) => [d.id, d]));

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const iou = (a: Span, b: Span) => { const o = overlap(a, b); return o / (a[1] - a[0] + b[1] - b[0] - o || 1); };

const scored: { c: number; ok: boolean }[] = [];
for (const p of lines(predPath)) {
  const g = gold.get(p.id);
  if (!g) continue;
  const spans: Span[] = g.quotes.filter((q: any) => q.type === 'direct').map((q: any) => q.spans[0]);
  for (const q of p.quotes) {
    if (q.type === 'indirect') continue;
    const s: Span = [q.spans[0].start, q.spans[0].end];
    scored.push({ c: q.confidence, ok: spans.some((x) => iou(x, s) >= 0.5) });
  }
}
const bands = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];
for (let i = 0; i + 1 < bands.length; i++) {
  const inBand = scored.filter((x) => x.c >= bands[i] && x.c < bands[i + 1]);
  if (!inBand.length) continue;
  const right = inBand.filter((x) => x.ok).length;
  console.log(`confidence ${bands[i].toFixed(1)}–${Math.min(1, bands[i + 1]).toFixed(1)}: ${String(inBand.length).padStart(5)} quotes, precision ${(100 * right / inBand.length).toFixed(1)}%`);
}
const pos = scored.filter((x) => x.ok).map((x) => x.c), neg = scored.filter((x) => !x.ok).map((x) => x.c);
let wins = 0;
for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
console.log(`AUC ${(wins / (pos.length * neg.length || 1)).toFixed(3)} over ${pos.length} right and ${neg.length} wrong quotes`);
