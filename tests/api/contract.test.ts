// Every operation of openapi.yaml is called and its real responses are checked against the spec;
// every route of the app is in the spec, and every operation of the spec has a route.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import type { Database } from '../../src/db/database.js';
import { SEEDS_FILE } from '../../src/runtime.js';
import { auth, testApp } from '../helpers/app.js';
import { appRoutes, exercised, specOperations } from '../helpers/contract.js';
import { testDatabase } from '../helpers/db.js';
import { client } from '../helpers/http.js';

const seedArticles = readFileSync(SEEDS_FILE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const lawrowArticle = seedArticles[0];

describe('the API against openapi.yaml', () => {
  let db: Database;
  let app: ReturnType<typeof testApp>;
  let api: ReturnType<typeof client>;
  let articleId: string;

  before(async () => {
    db = await testDatabase();
    app = testApp(db.pool, db.kind);
    api = client(app);
  });
  after(() => db.close());

  it('ingests the seed article and finds Lawrow\'s two quotes with speaker, role, place and date', async () => {
    const created = await api.post('/v1/articles', lawrowArticle, auth);
    assert.equal(created.status, 201);
    articleId = created.body.id;
    assert.equal(created.headers.location, `/v1/articles/${articleId}`);
    const page = await api.get('/v1/quotes?speaker=lawrow'); // newest first; one day in reading order
    assert.deepEqual(page.body.items.map((q: any) => [q.speaker.name, q.role, q.place, q.date]), [
      ['Sergej Lawrow', 'russischer Außenminister', 'Moskau', '2025-04-03'],
      ['Sergej Lawrow', 'russischer Außenminister', 'Moskau', '2025-04-03'],
    ]);
    assert.match(page.body.items[0].text, /^Unsere Zusammenarbeit/u);
  });

  it('answers 200 with the stored article when the same text comes again', async () => {
    const again = await api.post('/v1/articles', lawrowArticle, auth);
    assert.equal(again.status, 200);
    assert.equal(again.body.id, articleId);
  });

  it('ingests a batch, item by item', async () => {
    const res = await api.post('/v1/articles/batch', { articles: [...seedArticles.slice(1), { text: '' }] }, auth);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.items.map((i: any) => i.status), [...seedArticles.slice(1).map(() => 201), 400]);
  });

  it('lists and reads articles', async () => {
    const list = await api.get('/v1/articles?limit=2');
    assert.equal(list.body.items.length, 2);
    assert.ok(list.body.next_cursor);
    const next = await api.get(`/v1/articles?limit=2&cursor=${list.body.next_cursor}`);
    assert.notDeepEqual(next.body.items[0].id, list.body.items[0].id);
    const one = await api.get(`/v1/articles/${articleId}`);
    assert.equal(one.body.quotes.length > 0, true);
  });

  it('reads a quote with its article and context', async () => {
    const q = (await api.get('/v1/quotes?q=Zusammenarbeit')).body.items[0];
    const detail = await api.get(`/v1/quotes/${q.id}`);
    assert.equal(detail.body.article.id, articleId);
    assert.match(detail.body.context, /sagte der russische Außenminister/u);
  });

  it('finds speakers fuzzily and reads one with its quotes', async () => {
    const found = await api.get('/v1/speakers?q=Lavrov');
    assert.equal(found.body.items[0].name, 'Sergej Lawrow');
    const id = found.body.items[0].id;
    const speaker = await api.get(`/v1/speakers/${id}`);
    assert.equal(speaker.body.quote_count, 2);
    assert.deepEqual(speaker.body.roles, [{ role: 'russischer Außenminister', count: 2 }]);
    assert.equal(speaker.body.first_quoted, '2025-04-03');
    const quotes = await api.get(`/v1/speakers/${id}/quotes?limit=1`);
    assert.equal(quotes.body.items.length, 1);
    assert.ok(quotes.body.next_cursor);
    await api.get('/v1/speakers');
  });

  it('serves dashboard figures', async () => {
    const top = await api.get('/v1/stats/speakers?said_after=2025-01-01');
    assert.ok(top.body.items.some((x: any) => x.speaker.name === 'Sergej Lawrow' && x.count === 2));
    const speakerId = top.body.items.find((x: any) => x.speaker.name === 'Sergej Lawrow').speaker.id;
    const tl = await api.get(`/v1/stats/timeline?speaker_id=${speakerId}&interval=month`);
    assert.deepEqual(tl.body.items, [{ period: '2025-04-01', count: 2 }]);
    // (a speaker's timeline is summed from per-day counts: the range filters apply there too)
    const later = await api.get(`/v1/stats/timeline?speaker_id=${speakerId}&interval=month&said_after=2025-04-04`);
    assert.deepEqual(later.body.items, []);
    const day = await api.get(`/v1/stats/timeline?speaker_id=${speakerId}&interval=day&said_after=2025-04-03&said_before=2025-04-03`);
    assert.deepEqual(day.body.items, [{ period: '2025-04-03', count: 2 }]);
    const all = await api.get('/v1/stats/timeline?interval=month&said_after=2025-04-01&said_before=2025-04-30');
    assert.ok(all.body.items.some((x: any) => x.period === '2025-04-01' && x.count >= 2));
  });

  it('extracts without storing', async () => {
    const before = (await api.get('/v1/articles')).body.items.length;
    const res = await api.post('/v1/extract', { text: '„Wir kommen wieder“, sagte Trainerin Eva Muster.' });
    assert.equal(res.body.quotes[0].speaker.name, 'Eva Muster');
    assert.equal((await api.get('/v1/articles')).body.items.length, before);
  });

  it('reads the line that repeats the given title as a headline, whose quoted words are no quotes', async () => {
    const text = 'Trainerin Muster: „Wir kommen wieder“\n\n„Wir kommen wieder“, sagte Trainerin Eva Muster am Sonntag.';
    const withTitle = await api.post('/v1/extract', { text, title: 'Trainerin Muster: „Wir kommen wieder“' });
    assert.equal(withTitle.status, 200);
    assert.deepEqual(withTitle.body.quotes.map((q: any) => q.spans[0].start), [text.lastIndexOf('Wir kommen')]);
    const without = await api.post('/v1/extract', { text });
    assert.equal(without.body.quotes.length, 2);
  });

  it('deletes an article with its quotes', async () => {
    const res = await api.delete(`/v1/articles/${articleId}`, auth);
    assert.equal(res.status, 204);
    assert.equal((await api.get(`/v1/articles/${articleId}`)).status, 404);
    assert.equal((await api.get('/v1/quotes?speaker=lawrow')).body.items.length, 0);
  });

  it('serves health, readiness, the spec and its reference page', async () => {
    assert.equal((await api.get('/healthz')).status, 200);
    const ready = await api.get('/readyz');
    assert.deepEqual(ready.body, { status: 'ready', database: db.kind, migrations: 'up to date' });
    assert.match((await api.get('/openapi.yaml')).text, /^openapi: 3\.1/u);
    assert.equal((await api.get('/openapi.json')).body.openapi, '3.1.0');
    assert.match((await api.get('/docs')).text, /<html/iu);
  });

  it('has exercised every operation of the spec', () => {
    assert.deepEqual(specOperations().filter((op) => !exercised.has(op)), []);
  });

  it('serves exactly the operations of the spec', () => {
    assert.deepEqual(appRoutes(app as never), [...specOperations()].sort());
  });
});
