// Extraction speed on one core: MB/s and articles/s over JSONL corpora (paths as arguments; the
// seed articles when none are given), plus the pathological inputs. Medians of 5 runs.
//   npm run bench -- ../shared/eval/de-wikinews-dev.jsonl ../shared/eval/en-polnear-dev.jsonl
import { readFileSync } from 'node:fs';
import { extractQuotes } from '../src/extractor/index.js';
import { SEEDS_FILE } from '../src/runtime.js';

interface Doc { text: string; lang?: string; published_at?: string }
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (f: () => void) => { const t = process.hrtime.bigint(); f(); return Number(process.hrtime.bigint() - t) / 1e6; };
const load = (p: string): Doc[] => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const files = process.argv.slice(2);
const corpora: [string, Doc[]][] = files.length ? files.map((f) => [f.split('/').pop()!, load(f)]) : [['seeds', load(SEEDS_FILE)]];

console.log(`node ${process.version}, ${RUNS} runs each, median`);
for (const [name, docs] of corpora) {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const run = () => { for (const d of docs) extractQuotes(d.text, { lang: d.lang, publishedAt: d.published_at }); };
  run(); // warm up
  const t = median(Array.from({ length: RUNS }, () => ms(run)));
  console.log(`${name.padEnd(28)} ${docs.length} articles, ${(bytes / 1e6).toFixed(2)} MB: ${t.toFixed(0)} ms, ${(bytes / 1e6 / (t / 1000)).toFixed(2)} MB/s, ${(docs.length / (t / 1000)).toFixed(0)} articles/s`);
}

const MB = 1_000_000;
const hostile: [string, string][] = [
  ['1 MB without punctuation', 'wort '.repeat(MB / 5)],
  ['1 MB, 1000 unbalanced marks', Array.from({ length: 1000 }, (_, i) => `${'wort '.repeat(199)}${'„»“«"'[i % 5]} `).join('')],
  ['1 MB of closed quotes, one sentence', 'und „ein Wort“ '.repeat(MB / 15)],
  ['1 MB, a quote in every sentence', '„Das ist gut“, sagte er. '.repeat(MB / 25)],
];
for (const [name, text] of hostile) {
  const t = median(Array.from({ length: RUNS }, () => ms(() => extractQuotes(text, { lang: 'de' }))));
  console.log(`${name.padEnd(36)} ${t.toFixed(0)} ms`);
}
