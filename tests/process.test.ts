// The service as a process: a graceful SIGTERM, and kill -9 in the middle of a batch ingest.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { testDatabase } from './helpers/db.js';

const KEY = 'process-test-key';

interface Service { proc: ChildProcess; url: string; exited: Promise<number | null> }

/** Starts `saidwhat serve` on a free port and waits until it listens. */
function serve(env: Record<string, string>): Promise<Service> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', SAIDWHAT_API_KEYS: KEY, SAIDWHAT_SEED: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no start in 30 s: ${out}`)), 30_000);
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /listening: API reference at (http:\/\/[^/]+)\/docs/u.exec(out);
      if (m) { clearTimeout(timer); resolve({ proc, url: m[1], exited }); }
    });
    proc.stderr!.on('data', (d) => { out += d; });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`exited with ${code}: ${out}`)); });
  });
}

const article = (i: number) => ({
  text: `Kiel. „Der Hafen Nummer ${i} wächst weiter“, sagte Hafenchefin Anna Beispiel${i} am Montag in Kiel. „Wir bauen ${i} neue Kräne“, fügte sie hinzu. ${'Die Zahl der Schiffe stieg deutlich. '.repeat(20)}`,
  published_at: '2025-06-03', source: 'process-test',
});
const post = (url: string, path: string, body: unknown) =>
  fetch(`${url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}` }, body: JSON.stringify(body) });

describe('the service process', () => {
  let env: Record<string, string>;
  before(async () => {
    if (process.env.DATABASE_URL) { const db = await testDatabase(); await db.close(); env = {}; } // an emptied, migrated database
    else env = { SAIDWHAT_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'sw-proc-')), 'data') };
  });
  after(() => undefined);

  it('SIGTERM: finishes the request in flight, then exits 0', async () => {
    const svc = await serve(env);
    const inFlight = post(svc.url, '/v1/articles/batch', { articles: Array.from({ length: 40 }, (_, i) => article(1000 + i)) });
    await new Promise((r) => setTimeout(r, 150));
    svc.proc.kill('SIGTERM');
    const res = await inFlight;
    assert.equal(res.status, 200);
    const body = await res.json() as { items: { status: number }[] };
    assert.equal(body.items.length, 40);
    assert.ok(body.items.every((i) => i.status === 201 || i.status === 200));
    assert.equal(await svc.exited, 0);
  });

  it('kill -9 during a batch: every article whole or absent, and the batch completes on a rerun', async () => {
    const batch = { articles: Array.from({ length: 60 }, (_, i) => article(i)) };
    const first = await serve(env);
    const pending = post(first.url, '/v1/articles/batch', batch).catch(() => null);
    await new Promise((r) => setTimeout(r, 400));
    first.proc.kill('SIGKILL');
    await first.exited;
    await pending;

    const second = await serve(env);
    try {
      const list = await (await fetch(`${second.url}/v1/articles?source=process-test&limit=100`)).json() as { items: { id: string; quote_count: number }[] };
      for (const a of list.items) {
        const full = await (await fetch(`${second.url}/v1/articles/${a.id}`)).json() as { quotes: unknown[] };
        assert.equal(full.quotes.length, a.quote_count, `article ${a.id} is half stored`);
      }
      const rerun = await (await post(second.url, '/v1/articles/batch', batch)).json() as { items: { status: number; id: string }[] };
      assert.ok(rerun.items.every((i) => i.status === 200 || i.status === 201));
      assert.equal(new Set(rerun.items.map((i) => i.id)).size, 60);
      const after = await (await fetch(`${second.url}/v1/articles?source=process-test&limit=100`)).json() as { items: unknown[] };
      assert.equal(after.items.length, 100); // 40 from the SIGTERM test and 60 here: no duplicates
    } finally {
      second.proc.kill('SIGTERM');
      await second.exited;
    }
  });
});
