// Ingest throughput through POST /v1/articles/batch (batches of 100), on DATABASE_URL or on an
// embedded database in a temporary folder. Articles from JSONL files given as arguments.
//   [DATABASE_URL=…] npx tsx bench/ingest.ts ../shared/eval/de-wikinews-dev.jsonl …
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/api/app.js';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  if (!files.length) throw new Error('name one or more JSONL files of articles');
  const docs = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => {
    const d = JSON.parse(l);
    return { text: d.text, title: d.title ?? undefined, lang: d.lang ?? undefined, published_at: d.published_at ?? undefined, source: 'bench' };
  }));
  const db = process.env.DATABASE_URL
    ? await openDatabase({ url: process.env.DATABASE_URL })
    : await openDatabase({ dataDir: join(mkdtempSync(join(tmpdir(), 'sw-ingest-')), 'data') });
  await migrate(db.pool);
  await db.pool.query("DELETE FROM articles WHERE source = 'bench'");
  const app = createApp(db.pool, db.kind, { SAIDWHAT_API_KEYS: ['bench'], SAIDWHAT_AUTH_READS: false, SAIDWHAT_BODY_LIMIT: '50mb',
    SAIDWHAT_RATE_LIMIT: 1e9, SAIDWHAT_RATE_WINDOW_MS: 60_000, SAIDWHAT_CORS_ORIGINS: [] });
  const server = await new Promise<import('node:http').Server>((r) => { const s = app.listen(0, '127.0.0.1', () => r(s)); });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/articles/batch`;
  const t0 = Date.now();
  let stored = 0;
  for (let i = 0; i < docs.length; i += 100) {
    const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer bench' }, body: JSON.stringify({ articles: docs.slice(i, i + 100) }) });
    const body = await res.json() as { items?: { status: number }[]; detail?: string };
    if (!body.items) throw new Error(`batch at ${i}: ${res.status} ${body.detail}`);
    stored += body.items.filter((x) => x.status === 201 || x.status === 200).length;
  }
  const s = (Date.now() - t0) / 1000;
  console.log(`${db.kind}: ${stored}/${docs.length} articles in ${s.toFixed(1)} s: ${(stored / s).toFixed(0)} articles/s through POST /v1/articles/batch`);
  server.close();
  await db.close();
}

main().catch((err) => { console.error(`ingest bench: ${(err as Error).message}`); process.exitCode = 1; });
