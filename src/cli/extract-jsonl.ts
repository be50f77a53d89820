// The measuring command: JSONL lines {id, text, lang?, published_at?} in, one line {id, quotes}
// per article out, streamed so memory stays flat however many articles come in.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { extractQuotes } from '../extractor/index.js';

async function main(): Promise<number> {
  const files = process.argv.slice(2);
  if (!files.length) { console.error('usage: npm run -s extract -- FILE.jsonl …  (or - for standard input)'); return 2; }
  let failed = 0;
  // (several files are read one after the other, as if concatenated)
  for (const file of files) failed += await extractFile(file);
  return failed ? 1 : 0;
}

/** Extracts one JSONL file (or standard input) to standard output; answers how many lines failed. */
async function extractFile(file: string): Promise<number> {
  const input = file === '-' ? process.stdin : createReadStream(file);
  input.on('error', (e: Error) => { console.error(`extract: cannot read ${file}: ${e.message}`); process.exit(1); });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0, failed = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let doc: { id?: unknown; text?: unknown; lang?: unknown; published_at?: unknown; title?: unknown };
    try { doc = JSON.parse(line); } catch { console.error(`extract: ${file}: line ${n}: not JSON`); failed++; continue; }
    if (typeof doc.text !== 'string') { console.error(`extract: ${file}: line ${n}: no "text" string`); failed++; continue; }
    let quotes;
    try {
      quotes = extractQuotes(doc.text, {
        lang: typeof doc.lang === 'string' ? doc.lang : null,
        publishedAt: typeof doc.published_at === 'string' ? doc.published_at : null,
        title: typeof doc.title === 'string' ? doc.title : null,
      });
    } catch (e) {
      // (one article the extractor cannot read costs that article, not the rest of the file)
      console.error(`extract: ${file}: line ${n}: extractor failed: ${(e as Error).message}`);
      failed++;
      continue;
    }
    if (!process.stdout.write(JSON.stringify({ id: doc.id ?? n, quotes }) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
  return failed;
}

main().then((code) => { process.exitCode = code; });
