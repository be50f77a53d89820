// Ingest throughput through POST /v1/articles/batch (batches of 100), on DATABASE_URL or on an
// embedded database in a temporary folder. Articles from JSONL files given as arguments.
//   [DATABASE_URL=…] npx tsx bench/ingest.ts ../shared/eval/de-wikinews-dev.jsonl …
// Two passes over the same articles, each into a fresh database: the first in a fresh process,
// whose extractor V8 still compiles as it goes (what a service pays once after it starts); the
// second in the same process, the code compiled (what a running service sustains).
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp } from '../src/api/app.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';

interface Doc { text: string; title?: string; lang?: string; published_at?: string; source: string }

/** A fresh database: a new one on the server DATABASE_URL names (dropped by `drop`), or a new embedded one. */
async function freshDatabase(name: string): Promise<{ db: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { db: await openDatabase({ dataDir: join(mkdtempSync(join(tmpdir(), 'sw-ingest-')), 'data') }), drop: async () => {} };
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const dbName = `saidwhat_bench_${name}_${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  const target = new URL(url);
  target.pathname = `/${dbName}`;
  return {
    db: await openDatabase({ url: target.toString() }),
    drop: async () => { await admin.query(`DROP DATABASE IF EXISTS ${dbName}`); await admin.end(); },
  };
}

/** Seconds all cores have been busy since boot (Linux /proc/stat), or null where there is none. */
function machineBusySeconds(): number | null {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/u).slice(1).map(Number);
    return (f[0] + f[1] + f[2] + f[5] + f[6]) / 100; // user, nice, system, irq, softirq (clock ticks)
  } catch { return null; }
}

async function pass(name: string, docs: Doc[]): Promise<void> {
  const { db, drop } = await freshDatabase(name);
  await migrate(db.pool);
  const app = createApp(db.pool, db.kind, { SAIDWHAT_API_KEYS: ['bench'], SAIDWHAT_AUTH_READS: false, SAIDWHAT_BODY_LIMIT: '50mb',
    SAIDWHAT_RATE_LIMIT: 1e9, SAIDWHAT_RATE_WINDOW_MS: 60_000, SAIDWHAT_CORS_ORIGINS: [] });
  const server = await new Promise<import('node:http').Server>((r) => { const s = app.listen(0, '127.0.0.1', () => r(s)); });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/articles/batch`;
  const t0 = Date.now();
  const cpu0 = process.cpuUsage();
  const busy0 = machineBusySeconds();
  let stored = 0;
  let next = 0;
  // (INFLIGHT batches at once, 1 by default: while the database stores one batch, the service
  // can extract the next)
  const sender = async () => {
    for (let i = next; i < docs.length; i = next) {
      next += 100;
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer bench' }, body: JSON.stringify({ articles: docs.slice(i, i + 100) }) });
      const body = await res.json() as { items?: { status: number }[]; detail?: string };
      if (!body.items) throw new Error(`batch at ${i}: ${res.status} ${body.detail}`);
      stored += body.items.filter((x) => x.status === 201 || x.status === 200).length;
    }
  };
  await Promise.all(Array.from({ length: Number(process.env.INFLIGHT ?? 1) }, sender));
  const s = (Date.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const own = (cpu.user + cpu.system) / 1e6;
  const busy1 = machineBusySeconds();
  // (where the time goes: this process — the service and this client — against the rest of the
  // machine, which is the database server and the kernel's side of their traffic)
  const split = busy0 !== null && busy1 !== null ? `; CPU: this process ${own.toFixed(1)} s, the rest of the machine ${(busy1 - busy0 - own).toFixed(1)} s` : '';
  console.log(`${db.kind}, ${name.padEnd(4)}: ${stored}/${docs.length} articles in ${s.toFixed(1)} s: ${(stored / s).toFixed(0)} articles/s through POST /v1/articles/batch${split}`);
  await new Promise((r) => server.close(r));
  await db.close();
  await drop();
}

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  if (!files.length) throw new Error('name one or more JSONL files of articles');
  const docs: Doc[] = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => {
    const d = JSON.parse(l);
    return { text: d.text, title: d.title ?? undefined, lang: d.lang ?? undefined, published_at: d.published_at ?? undefined, source: 'bench' };
  }));
  await pass('cold', docs);
  await pass('warm', docs);
}

main().catch((err) => { console.error(`ingest bench: ${(err as Error).message}`); process.exitCode = 1; });
