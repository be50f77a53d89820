// Search behaviour: filters, stemming, fuzzy names, paging, concurrency and idempotent ingest.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { openDatabase, type Database } from '../../src/db/database.js';
import { SEEDS_FILE } from '../../src/runtime.js';
import { deleteArticle, ingestArticle } from '../../src/services/articles.js';
import { auth, testApp } from '../helpers/app.js';
import { onServer, testDatabase } from '../helpers/db.js';
import { client } from '../helpers/http.js';

const seeds = readFileSync(SEEDS_FILE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('quote search', () => {
  let db: Database;
  let api: ReturnType<typeof client>;
  before(async () => {
    db = await testDatabase();
    api = client(testApp(db.pool, db.kind));
    for (const a of seeds) assert.equal((await api.post('/v1/articles', a, auth)).status, 201);
  });
  after(() => db.close());

  const texts = async (query: string) => (await api.get(`/v1/quotes?${query}`)).body.items.map((q: any) => q.text);

  it('speaker names ignore case and accents', async () => {
    assert.equal((await texts('speaker=LAWROW')).length, 2);
    assert.equal((await texts('speaker=lawrów')).length, 2);
  });
  it('q uses German and English stemming', async () => {
    assert.deepEqual(await texts('q=Soldat'), ['Unsere Soldaten kooperieren aktiv mit dem malischen Militär']);
    assert.ok((await texts('q=rider&lang=en')).some((t: string) => t.startsWith('Riders will feel')));
  });
  it('place, dates, language, type, source and article filters', async () => {
    const moskau = await texts('place=moskau&said_after=2025-04-01&said_before=2025-04-30');
    assert.ok(moskau.length >= 2 && moskau.every(Boolean));
    const may = await api.get('/v1/quotes?said_after=2025-05-01&said_before=2025-05-31');
    assert.ok(may.body.items.every((q: any) => q.date >= '2025-05-01' && q.date <= '2025-05-31'));
    assert.ok((await api.get('/v1/quotes?lang=en')).body.items.every((q: any) => q.lang === 'en'));
    assert.ok((await api.get('/v1/quotes?type=partial')).body.items.every((q: any) => q.type === 'partial'));
    const en = await api.get('/v1/quotes?source=saidwhat%20examples&published_before=2025-02-01');
    assert.ok(en.body.items.length > 0);
    const articleId = (await api.get('/v1/articles?source=junge%20Welt')).body.items[0].id;
    assert.ok((await api.get(`/v1/quotes?article_id=${articleId}`)).body.items.every((q: any) => q.article_id === articleId));
  });
  it('pages through every quote once, in every sort order', async () => {
    const all = (await api.get('/v1/quotes?limit=100')).body.items.map((q: any) => q.id).sort();
    for (const sort of ['-date', 'date', '-published_at']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: any = await api.get(`/v1/quotes?sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...res.body.items.map((q: any) => q.id));
        cursor = res.body.next_cursor;
      } while (cursor);
      assert.deepEqual([...seen].sort(), all, sort);
    }
    const dates = (await api.get('/v1/quotes?sort=date&limit=100')).body.items.map((q: any) => q.date ?? '');
    assert.ok(dates.filter(Boolean).every((d: string, i: number, a: string[]) => i === 0 || a[i - 1] <= d));
  });
  it('relevance puts the better match first and pages', async () => {
    const res = await api.get('/v1/quotes?q=Zusammenarbeit&sort=relevance&limit=1');
    assert.equal(res.body.items.length, 1);
    if (res.body.next_cursor) assert.equal((await api.get(`/v1/quotes?q=Zusammenarbeit&sort=relevance&cursor=${res.body.next_cursor}`)).status, 200);
  });
  it('fuzzy speaker search forgives transliteration', async () => {
    for (const q of ['Lavrov', 'lawrow', 'Sergei Lavrov']) {
      assert.equal((await api.get(`/v1/speakers?q=${encodeURIComponent(q)}`)).body.items[0]?.name, 'Sergej Lawrow', q);
    }
    assert.equal((await api.get('/v1/speakers?q=zzzzqqq')).body.items.length, 0);
  });
});

describe('ingest', () => {
  let db: Database;
  before(async () => { db = await testDatabase(); });
  after(() => db.close());

  it('the same article twice at once makes one article, one speaker each, no lost quote', async () => {
    const [a, b] = await Promise.all([ingestArticle(db.pool, seeds[1]), ingestArticle(db.pool, seeds[1])]);
    assert.equal(a.article.id, b.article.id);
    assert.deepEqual([a.created, b.created].sort(), [false, true]);
    const n = await db.pool.query('SELECT count(*)::int AS n FROM quotes');
    assert.equal(n.rows[0].n, a.article.quotes.length);
  });

  it('two processes ingesting the same articles create no duplicates', { skip: !onServer() && 'needs DATABASE_URL: two pools on one server' }, async () => {
    const other = await openDatabase({ url: process.env.DATABASE_URL });
    try {
      await Promise.all([db, other].map(async (d) => { for (const a of seeds) await ingestArticle(d.pool, a); }));
      const r = await db.pool.query(`SELECT (SELECT count(*) FROM articles)::int AS articles,
        (SELECT count(*) - count(DISTINCT norm_name) FROM speakers)::int AS dup_speakers,
        (SELECT count(*) FROM quotes)::int AS quotes, (SELECT sum(quote_count) FROM articles)::int AS expected,
        (SELECT count(*) FROM (SELECT article_id, ord FROM quotes GROUP BY 1, 2 HAVING count(*) > 1) x)::int AS dup_quotes,
        (SELECT count(*) FROM quotes WHERE speaker_id IS NOT NULL)::int - (SELECT coalesce(sum(n), 0) FROM speaker_days)::int AS day_drift`);
      assert.deepEqual(r.rows[0], { articles: seeds.length, dup_speakers: 0, quotes: r.rows[0].expected, expected: r.rows[0].expected, dup_quotes: 0, day_drift: 0 });
    } finally { await other.close(); }
  });

  it('two spellings of one name in one article are one speaker', async () => {
    const r = await ingestArticle(db.pool, { text: '„Wir bleiben“, sagte José Pérez. „Wir gehen nicht“, sagte Jose Perez.', lang: 'de' });
    assert.deepEqual(r.article.quotes.map((q) => q.speaker?.name), ['José Pérez', 'Jose Perez']);
    assert.equal(new Set(r.article.quotes.map((q) => q.speaker?.id)).size, 1);
    // a third spelling in another article joins the same speaker; counts follow ingest and delete
    const other = await ingestArticle(db.pool, { text: '„Wir kommen wieder“, sagte JOSÉ PÉREZ am Abend.', lang: 'de' });
    const id = r.article.quotes[0].speaker!.id;
    assert.equal(other.article.quotes[0].speaker?.id, id);
    const row = async () => (await db.pool.query<{ quote_count: number; aliases: string[] }>('SELECT quote_count, aliases FROM speakers WHERE id = $1', [id])).rows[0];
    const { quote_count, aliases } = await row();
    assert.deepEqual({ quote_count, aliases: aliases.sort() }, { quote_count: 3, aliases: ['JOSÉ PÉREZ', 'Jose Perez', 'José Pérez'].sort() });
    const days = async () => (await db.pool.query<{ n: number }>('SELECT coalesce(sum(n), 0)::int AS n FROM speaker_days WHERE speaker_id = $1', [id])).rows[0].n;
    assert.equal(await days(), 3);
    await deleteArticle(db.pool, r.article.id);
    assert.equal((await row()).quote_count, 1);
    assert.equal(await days(), 1, 'the per-day counts follow the delete');
    // a day that runs out of quotes leaves no empty row behind
    const once = await ingestArticle(db.pool, { text: '„Wir bleiben hier“, sagte José Pérez.', lang: 'de', published_at: '2020-01-01' });
    await deleteArticle(db.pool, once.article.id);
    const empty = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM speaker_days WHERE n <= 0 OR day = $1', ['2020-01-01']);
    assert.equal(empty.rows[0].n, 0);
    assert.equal(await days(), 1);
  });

  it('HTML is reduced to the article text', async () => {
    const html = `<html><head><title>Hafen</title></head><body><nav>Menü Start Kontakt</nav><article><h1>Hafen wächst</h1>
      <p>Der Hafen wächst weiter. „Wir sind sehr zufrieden mit dem Jahr“, sagte Hafenchef Olaf Beispiel am Montag in Kiel.</p>
      <p>Die Zahl der Schiffe stieg um zehn Prozent, die Zahl der Container um acht Prozent im Vergleich zum Vorjahr.</p></article></body></html>`;
    const r = await ingestArticle(db.pool, { html, published_at: '2025-06-03' });
    assert.doesNotMatch(r.article.text, /<p>|Menü Start/u);
    assert.equal(r.article.quotes[0].speaker?.name, 'Olaf Beispiel');
    assert.equal(r.article.quotes[0].date, '2025-06-02');
  });
});
