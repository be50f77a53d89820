// Every error path answers RFC 9457 problem+json that the spec documents, without internals.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import net from 'node:net';
import pg from 'pg';
import request from 'supertest';
import { openDatabase, type Database } from '../../src/db/database.js';
import { auth, testApp } from '../helpers/app.js';
import { conforms } from '../helpers/contract.js';
import { onServer, testDatabase } from '../helpers/db.js';
import { client } from '../helpers/http.js';

const isProblem = (res: { headers: Record<string, unknown>; body: any }, status: number) => {
  assert.equal(res.body.status, status);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/u);
  for (const k of ['type', 'title', 'detail']) assert.equal(typeof res.body[k], 'string');
};

describe('errors', () => {
  let db: Database;
  let api: ReturnType<typeof client>;
  before(async () => { db = await testDatabase(); api = client(testApp(db.pool, db.kind)); });
  after(() => db.close());

  it('400: malformed JSON', async () => {
    const res = await api.postRaw('/v1/articles', '{"text": ', 'application/json', auth);
    assert.equal(res.status, 400); isProblem(res, 400);
  });
  it('400: invalid parameters, each field listed', async () => {
    const res = await api.get('/v1/quotes?limit=0&said_after=yesterday&type=shouted');
    assert.equal(res.status, 400); isProblem(res, 400);
    assert.deepEqual(res.body.errors.map((e: any) => e.field).sort(), ['query.limit', 'query.said_after', 'query.type']);
  });
  it('400: unknown query parameters are refused, not ignored', async () => {
    const res = await api.get('/v1/quotes?speeker=lawrow');
    assert.equal(res.status, 400);
  });
  it('400: a malformed, foreign or forged cursor', async () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const id = '5c0c7b9e-3f0a-4c8e-8f00-0a1b2c3d4e5f';
    const cases: [string, string][] = [
      ['/v1/quotes', 'not-a-cursor'], ['/v1/quotes', b64({ s: 'date', k: 1 })], ['/v1/quotes', b64([])],
      ['/v1/quotes', b64({ s: '-date', k: '2025-99-99', n: 1 })], ['/v1/quotes?sort=relevance&q=x', b64({ s: 'relevance', k: 'abc', n: 1 })],
      ['/v1/articles', b64({ s: 'articles', k: 'x', id })], ['/v1/speakers', b64({ s: 'speakers', k: 'x', id })],
      ['/v1/speakers?q=lawrow', b64({ s: 'speakers:lawrow', k: -5 })],
    ];
    for (const [url, c] of cases) {
      const res = await api.get(`${url}${url.includes('?') ? '&' : '?'}cursor=${c}`);
      assert.equal(res.status, 400, `${url} ${c}`); isProblem(res, 400);
    }
  });
  it('400: relevance without q, invalid ids', async () => {
    assert.equal((await api.get('/v1/quotes?sort=relevance')).status, 400);
    assert.equal((await api.get('/v1/articles/123')).status, 400);
  });
  it('400: a published_at that is no calendar date', async () => {
    const res = await api.post('/v1/articles', { text: 'Ein kurzer Text über nichts.', published_at: '2025-02-30' }, auth);
    assert.equal(res.status, 400);
  });
  it('401: no key, a wrong key, with WWW-Authenticate', async () => {
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: 'Basic abc' }] as Record<string, string>[]) {
      const res = await api.post('/v1/articles', { text: 'Ein Text.' }, headers);
      assert.equal(res.status, 401); isProblem(res, 401);
      assert.match(String(res.headers['www-authenticate']), /^Bearer/u);
    }
    assert.equal((await api.delete('/v1/articles/5c0c7b9e-3f0a-4c8e-8f00-0a1b2c3d4e5f')).status, 401);
  });
  it('401 on reads when reads need a key', async () => {
    const locked = client(testApp(db.pool, db.kind, { SAIDWHAT_AUTH_READS: true }));
    assert.equal((await locked.get('/v1/quotes')).status, 401);
    assert.equal((await locked.get('/v1/quotes', auth)).status, 200);
  });
  it('401: writes are off when no keys are configured', async () => {
    const open = client(testApp(db.pool, db.kind, { SAIDWHAT_API_KEYS: [] }));
    const res = await open.post('/v1/articles', { text: 'Ein Text.' }, auth);
    assert.equal(res.status, 401);
    assert.match(res.body.detail, /SAIDWHAT_API_KEYS/u);
  });
  it('404: unknown ids and unknown routes', async () => {
    const id = '5c0c7b9e-3f0a-4c8e-8f00-0a1b2c3d4e5f';
    for (const url of [`/v1/articles/${id}`, `/v1/quotes/${id}`, `/v1/speakers/${id}`, `/v1/speakers/${id}/quotes`]) {
      const res = await api.get(url);
      assert.equal(res.status, 404, url); isProblem(res, 404);
    }
    const del = await api.delete(`/v1/articles/${id}`, auth);
    assert.equal(del.status, 404);
    const none = await request(testApp(db.pool, db.kind)).get('/v1/nothing');
    assert.equal(none.status, 404); isProblem(none, 404);
  });
  it('409: the same url with a different text', async () => {
    const url = 'https://example.org/news/1';
    assert.equal((await api.post('/v1/articles', { url, text: 'Der erste Text über den Hafen.' }, auth)).status, 201);
    assert.equal((await api.post('/v1/articles', { url, text: 'Der erste Text über den Hafen.' }, auth)).status, 200);
    const res = await api.post('/v1/articles', { url, text: 'Ein geänderter Text über den Hafen.' }, auth);
    assert.equal(res.status, 409); isProblem(res, 409);
    assert.match(res.body.detail, /different text/u);
  });
  it('413: a body over the configured limit', async () => {
    const small = client(testApp(db.pool, db.kind, { SAIDWHAT_BODY_LIMIT: '1kb' }));
    const res = await small.post('/v1/articles', { text: 'x'.repeat(2000) }, auth);
    assert.equal(res.status, 413); isProblem(res, 413);
  });
  it('415: a body that is not JSON', async () => {
    const res = await api.postRaw('/v1/articles', 'text=hallo', 'application/x-www-form-urlencoded', auth);
    assert.equal(res.status, 415); isProblem(res, 415);
    assert.equal((await api.postRaw('/v1/extract', 'hallo', 'text/plain')).status, 415);
  });
  it('422: empty text, no letters, NUL bytes, HTML without text', async () => {
    for (const body of [{ text: '   \n ' }, { text: '1234 5678 90 !!!' }, { text: 'Hallo\u0000Welt und so weiter' }, { html: '<html><body><script>x()</script></body></html>' }]) {
      const res = await api.post('/v1/articles', body, auth);
      assert.equal(res.status, 422, JSON.stringify(body)); isProblem(res, 422);
    }
    assert.equal((await api.post('/v1/extract', { text: ' ' })).status, 422);
  });
  it('429 with Retry-After and RateLimit headers', async () => {
    const limited = client(testApp(db.pool, db.kind, { SAIDWHAT_RATE_LIMIT: 2 }));
    await limited.get('/v1/quotes');
    await limited.get('/v1/quotes');
    const res = await limited.get('/v1/quotes');
    assert.equal(res.status, 429); isProblem(res, 429);
    assert.ok(Number(res.headers['retry-after']) >= 1);
    assert.ok(res.headers.ratelimit && res.headers['ratelimit-policy']);
  });
  it('500 without internals', async () => {
    const broken = { query: async () => { const e = new Error('syntax error at or near "SELECT * FROM secret_table"'); throw e; }, connect: async () => { throw new Error('no'); } };
    const res = await request(testApp(broken as unknown as pg.Pool, 'postgres')).get('/v1/quotes');
    conforms('GET', '/v1/quotes', res);
    assert.equal(res.status, 500); isProblem(res, 500);
    assert.doesNotMatch(res.text, /secret_table|SELECT|at |\.ts/u);
  });
});

describe('database down', () => {
  it('503 quickly, /readyz red, when nothing listens at the database address', async () => {
    const gone = await openDatabase({ url: 'postgres://postgres@127.0.0.1:9/none', timeoutMs: 500 });
    try {
      const app = testApp(gone.pool, 'postgres');
      const t = Date.now();
      const res = await request(app).get('/v1/quotes');
      conforms('GET', '/v1/quotes', res);
      assert.equal(res.status, 503); isProblem(res, 503);
      assert.ok(res.headers['retry-after']);
      assert.ok(Date.now() - t < 3000);
      const ready = await request(app).get('/readyz');
      conforms('GET', '/readyz', ready);
      assert.equal(ready.status, 503);
    } finally { await gone.close(); }
  });

  it('recovers by itself when the database comes back', { skip: !onServer() && 'needs DATABASE_URL: the embedded database cannot go away' }, async () => {
    // A TCP relay in front of the real server that can be cut and restored.
    const target = new URL(process.env.DATABASE_URL!);
    let open = true;
    const sockets = new Set<net.Socket>();
    const relay = net.createServer((c) => {
      if (!open) { c.destroy(); return; }
      const s = net.connect(Number(target.port || 5432), target.hostname);
      sockets.add(c); sockets.add(s);
      c.pipe(s).pipe(c);
      const end = () => { c.destroy(); s.destroy(); };
      c.on('error', end); s.on('error', end); c.on('close', end); s.on('close', end);
    });
    await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
    const port = (relay.address() as net.AddressInfo).port;
    const url = new URL(process.env.DATABASE_URL!); url.hostname = '127.0.0.1'; url.port = String(port);
    const db = await openDatabase({ url: url.toString(), timeoutMs: 500 });
    try {
      const app = testApp(db.pool, 'postgres');
      assert.equal((await request(app).get('/readyz')).status, 200);
      open = false; for (const s of sockets) s.destroy();
      assert.equal((await request(app).get('/v1/quotes')).status, 503);
      assert.equal((await request(app).get('/readyz')).status, 503);
      open = true;
      assert.equal((await request(app).get('/v1/quotes')).status, 200);
      assert.equal((await request(app).get('/readyz')).status, 200);
    } finally {
      await db.close(); relay.close(); for (const s of sockets) s.destroy();
    }
  });
});
