// HTTP load on the running service against the same SQL behind a bare Express + pg handler, in
// one run, on the PostgreSQL server (fill it first with bench/generate.ts). Prints p50/p99
// latency and requests/s at 1, 10 and 100 connections, the ratio to the bare handler, and
// EXPLAIN (ANALYZE) of each list query.
//   DATABASE_URL=postgres://… npx tsx bench/load.ts [seconds per run = 5] [only endpoints whose name contains this]
import autocannon from 'autocannon';
import express from 'express';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { createApp } from '../src/api/app.js';
import { openDatabase } from '../src/db/database.js';
import { listQuotes, type QuoteFilters } from '../src/services/quotes.js';
import { searchSpeakers } from '../src/services/speakers.js';
import { timeline, topSpeakers } from '../src/services/stats.js';

const SECONDS = Number(process.argv[2] ?? 5);
const ONLY = process.argv[3];
const CONNECTIONS = [1, 10, 100];

/** Lets queued requests of the previous run drain, so runs do not bleed into each other. */
const settle = () => new Promise((r) => setTimeout(r, 1500));

interface Endpoint { name: string; path: string; run: (pool: pg.Pool) => Promise<unknown>; list?: QuoteFilters }

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('set DATABASE_URL (a server filled by bench/generate.ts)');
  const service = await openDatabase({ url });
  const bare = await openDatabase({ url });
  const top = (await service.pool.query('SELECT id, name FROM speakers ORDER BY quote_count DESC LIMIT 1')).rows[0];
  const mid = (await service.pool.query('SELECT id, name FROM speakers ORDER BY quote_count DESC OFFSET 500 LIMIT 1')).rows[0];
  const base = { sort: '-date' as const, limit: 20 };
  const f = (x: Partial<QuoteFilters>): QuoteFilters => ({ ...base, ...x });
  const all: Endpoint[] = [
    { name: 'quotes by speaker', path: `/v1/quotes?speaker=${encodeURIComponent(mid.name)}`, list: f({ speaker: mid.name }), run: (p) => listQuotes(p, f({ speaker: mid.name })) },
    { name: 'quotes by speaker_id (top)', path: `/v1/quotes?speaker_id=${top.id}`, list: f({ speaker_id: top.id }), run: (p) => listQuotes(p, f({ speaker_id: top.id })) },
    { name: 'quotes by q', path: '/v1/quotes?q=Zusammenarbeit', list: f({ q: 'Zusammenarbeit' }), run: (p) => listQuotes(p, f({ q: 'Zusammenarbeit' })) },
    { name: 'quotes by date range', path: '/v1/quotes?said_after=2020-01-01&said_before=2020-03-31', list: f({ said_after: '2020-01-01', said_before: '2020-03-31' }), run: (p) => listQuotes(p, f({ said_after: '2020-01-01', said_before: '2020-03-31' })) },
    { name: 'quotes by place', path: '/v1/quotes?place=Moskau', list: f({ place: 'Moskau' }), run: (p) => listQuotes(p, f({ place: 'Moskau' })) },
    { name: 'speakers fuzzy', path: '/v1/speakers?q=Lavrov', run: (p) => searchSpeakers(p, 'Lavrov', 20) },
    { name: 'stats speakers (a year)', path: '/v1/stats/speakers?said_after=2020-01-01&said_before=2020-12-31', run: (p) => topSpeakers(p, { said_after: '2020-01-01', said_before: '2020-12-31', limit: 20 }) },
    { name: 'stats timeline (top speaker)', path: `/v1/stats/timeline?speaker_id=${top.id}&interval=month`, run: (p) => timeline(p, { speaker_id: top.id, interval: 'month' }) },
  ];
  const endpoints = ONLY ? all.filter((e) => e.name.includes(ONLY)) : all;

  // The plans, taken from the SQL the services send.
  console.log('== EXPLAIN (ANALYZE) of the list queries');
  for (const e of endpoints.filter((x) => x.list)) {
    const seen: [string, unknown[]][] = [];
    const capture = { query: (sql: string, args: unknown[]) => { seen.push([sql, args]); return service.pool.query(sql, args); } } as unknown as pg.Pool;
    await listQuotes(capture, e.list!);
    const [sql, args] = seen[seen.length - 1];
    const plan = (await service.pool.query(`EXPLAIN (ANALYZE) ${sql}`, args)).rows.map((r) => r['QUERY PLAN'] as string);
    const time = plan.find((l) => l.startsWith('Execution Time')) ?? '';
    console.log(`${e.name.padEnd(28)} ${/Index|Bitmap/u.test(plan.join('\n')) ? 'uses an index' : 'NO INDEX'}  ${time}`);
    console.log(plan.filter((l) => /Scan|Sort|Limit/u.test(l)).slice(0, 4).map((l) => `    ${l.trim().slice(0, 110)}`).join('\n'));
  }

  const app = createApp(service.pool, 'postgres', {
    SAIDWHAT_API_KEYS: [], SAIDWHAT_AUTH_READS: false, SAIDWHAT_BODY_LIMIT: '2mb', SAIDWHAT_RATE_LIMIT: 10_000_000,
    SAIDWHAT_RATE_WINDOW_MS: 60_000, SAIDWHAT_CORS_ORIGINS: [],
  });
  const plain = express();
  endpoints.forEach((e, i) => plain.get(`/e${i}`, async (_req, res) => {
    try { res.json(await e.run(bare.pool)); } catch { res.status(503).end(); }
  }));
  const listen = (a: express.Express) => new Promise<{ port: number; close: () => void }>((r) => {
    const s = a.listen(0, '127.0.0.1', () => r({ port: (s.address() as AddressInfo).port, close: () => s.close() }));
  });
  const svc = await listen(app), raw = await listen(plain);

  console.log(`\n== load, ${SECONDS} s per run: service vs bare handler (same SQL)`);
  console.log(`${'endpoint'.padEnd(30)}conn   p50 ms   p99 ms     req/s   bare p99   bare req/s   ratio`);
  for (const [i, e] of endpoints.entries()) {
    for (const connections of CONNECTIONS) {
      const a = await autocannon({ url: `http://127.0.0.1:${svc.port}${e.path}`, connections, duration: SECONDS });
      await settle();
      const b = await autocannon({ url: `http://127.0.0.1:${raw.port}/e${i}`, connections, duration: SECONDS });
      await settle();
      const bad = a.non2xx + a.errors + a.timeouts;
      console.log(`${e.name.padEnd(30)}${String(connections).padStart(4)} ${String(a.latency.p50).padStart(8)} ${String(a.latency.p99).padStart(8)} ${a.requests.average.toFixed(0).padStart(9)} ${String(b.latency.p99).padStart(10)} ${b.requests.average.toFixed(0).padStart(12)} ${(a.requests.average / (b.requests.average || 1)).toFixed(2).padStart(7)}${bad ? `  (${bad} failed)` : ''}`);
    }
  }
  svc.close(); raw.close();
  await service.close(); await bare.close();
}

main().catch((err) => { console.error(`load: ${(err as Error).message}`); process.exitCode = 1; });
