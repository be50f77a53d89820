// Hostile HTTP input, generated: random and malformed bodies, parameters, headers, cursors and
// content types. Never a 5xx, every error a problem+json, and the app keeps answering.
// SAIDWHAT_FUZZ_RUNS sets the number of cases (default 10,000).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import request from 'supertest';
import type { Database } from '../../src/db/database.js';
import { KEY, testApp } from '../helpers/app.js';
import { testDatabase } from '../helpers/db.js';

const RUNS = Number(process.env.SAIDWHAT_FUZZ_RUNS ?? 10_000);
const ID = '5c0c7b9e-3f0a-4c8e-8f00-0a1b2c3d4e5f';
const PATHS = ['/v1/articles', '/v1/articles/batch', `/v1/articles/${ID}`, '/v1/extract', '/v1/quotes', `/v1/quotes/${ID}`,
  '/v1/speakers', `/v1/speakers/${ID}`, `/v1/speakers/${ID}/quotes`, '/v1/stats/speakers', '/v1/stats/timeline', '/v1/articles/x%00y', '/v1/%ff'];
const PARAMS = ['speaker', 'speaker_id', 'q', 'lang', 'type', 'place', 'said_after', 'said_before', 'published_after', 'published_before',
  'article_id', 'source', 'sort', 'limit', 'cursor', 'interval', 'text', 'constructor', '__proto__'];

const value = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 40 }), fc.integer().map(String), fc.constantFrom('', '-1', '0', '101', '2025-02-30', 'relevance', 'de', 'NaN', ID, '%', '[]'),
  fc.base64String({ maxLength: 60 }));
const query = fc.array(fc.tuple(fc.constantFrom(...PARAMS), value), { maxLength: 5 })
  .map((kv) => kv.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
const json = fc.oneof(fc.json(), fc.jsonValue().map((v) => JSON.stringify({ text: v })), fc.constant('{"articles":[{"text":"„Ja“, sagte sie."},{}]}'),
  fc.record({ text: fc.string({ unit: 'binary', maxLength: 300 }), published_at: value, lang: value }).map((o) => JSON.stringify(o)));
const body = fc.oneof(json, fc.string({ maxLength: 200 }), fc.constant('{"text": '), fc.constant('\u0000\u0001'));
const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/json; charset=latin9', '');
const auth = fc.constantFrom(undefined, `Bearer ${KEY}`, 'Bearer', 'Bearer  x', 'Basic Zm9vOmJhcg==', `bearer ${KEY}`, '\u00ff');

describe(`API fuzzing (${RUNS} cases)`, () => {
  let db: Database;
  let app: ReturnType<typeof testApp>;
  before(async () => { db = await testDatabase(); app = testApp(db.pool, db.kind, { SAIDWHAT_BODY_LIMIT: '16kb' }); });
  after(() => db.close());

  it('no 5xx, every error a problem+json', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom('GET', 'POST', 'DELETE', 'PUT', 'PATCH'), fc.constantFrom(...PATHS), query, body, contentType, auth,
      async (method, path, q, b, type, authorization) => {
        let req = request(app)[method.toLowerCase() as 'get'](`${path}${q ? `?${q}` : ''}`);
        if (authorization !== undefined) req = req.set('Authorization', authorization);
        if (method === 'POST' || method === 'PUT' || method === 'PATCH') req = req.set('Content-Type', type).send(b);
        const res = await req;
        assert.ok(res.status < 500, `${method} ${path}?${q} → ${res.status}: ${res.text.slice(0, 200)}`);
        if (res.status >= 400) {
          assert.match(String(res.headers['content-type']), /^application\/problem\+json/u);
          assert.equal(JSON.parse(res.text).status, res.status);
        }
      }), { numRuns: RUNS });
    assert.equal((await request(app).get('/healthz')).status, 200);
  });
});

describe('extractor fuzzing', () => {
  it('never throws, and every span lies inside the text', async () => {
    const { extractQuotes } = await import('../../src/extractor/index.js');
    const marks = fc.constantFrom('„', '“', '”', '»', '«', '‚', '‘', '›', '‹', '"', "'", "''", ':', ',', '.', '\n', '\n\n', ' sagte ', ' said ', ' er', 'Anna Muster', '\u0000', '\u202e', '😀');
    const text = fc.array(fc.oneof(marks, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 80 }).map((a) => a.join(''));
    fc.assert(fc.property(text, fc.constantFrom(undefined, 'de', 'en'), (t, lang) => {
      for (const q of extractQuotes(t, { lang, publishedAt: '2025-04-03' })) {
        for (const s of q.spans) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= t.length);
        assert.ok(q.confidence >= 0 && q.confidence <= 1);
      }
    }), { numRuns: Math.min(RUNS, 3000) });
  });
});
