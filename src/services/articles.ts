// Articles: ingest (extract, then store article, speakers and quotes in one transaction,
// idempotent by content hash), read, list and delete.
import type pg from 'pg';
import type { components } from '../api/generated/openapi.js';
import { withTransaction } from '../db/database.js';
import { extractArticle, type Quote } from '../extractor/index.js';
import { contentHash, contextOf, normalisePublished, prepareText } from './article-text.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { phoneticKeys } from './names.js';
import { sqlParams } from './sql.js';
import { notFound, ProblemError } from './problem.js';
import { ARTICLE_COLUMNS, QUOTE_COLUMNS, toArticleSummary, toQuote, type ApiArticle, type ArticleRow, type QuoteRow } from './rows.js';

export type ArticleInput = components['schemas']['ArticleInput'];
export interface IngestResult { created: boolean; article: ApiArticle }

/** Ingests and answers the stored article with its quotes. */
export async function ingestArticle(pool: pg.Pool, input: ArticleInput, today = new Date()): Promise<IngestResult> {
  const { created, id } = await storeArticle(pool, input, today);
  return { created, article: await getArticle(pool, id) };
}

/** Extracts and stores an article; answers only its id (what a batch needs). */
export async function storeArticle(pool: pg.Pool, input: ArticleInput, today = new Date()): Promise<{ created: boolean; id: string }> {
  const { text, title: htmlTitle } = prepareText(input);
  const hash = contentHash(text);
  const existing = await pool.query<{ id: string }>('SELECT id FROM articles WHERE content_hash = $1', [hash]);
  if (existing.rowCount) return { created: false, id: existing.rows[0].id };
  if (input.url !== undefined) await refuseUrlConflict(pool, input.url);

  const published = normalisePublished(input.published_at);
  const { lang, quotes } = extractArticle(text, { lang: input.lang, publishedAt: published.label, title: input.title ?? htmlTitle });
  const todayDay = today.toISOString().slice(0, 10);
  const publishedKey = published.day ?? todayDay;

  const row = {
    hash, title: input.title ?? htmlTitle, url: input.url ?? null, source: input.source ?? null, published: published.label,
    publishedOn: published.day, publishedKey, lang, text, quotes,
  };
  // With a URL, writers of that URL are serialised and the URL checked again inside the
  // transaction (another request may have stored it meanwhile); without one, the single
  // statement is its own transaction.
  const id = input.url === undefined ? await insertArticle(pool, row) : await withTransaction(pool, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [input.url]);
    const same = await c.query('SELECT 1 FROM articles WHERE content_hash = $1', [hash]);
    if (!same.rowCount) await refuseUrlConflict(c, input.url!);
    return insertArticle(c, row);
  });
  if (id === null) {
    const again = await pool.query<{ id: string }>('SELECT id FROM articles WHERE content_hash = $1', [hash]);
    return { created: false, id: again.rows[0].id };
  }
  return { created: true, id };
}

async function refuseUrlConflict(db: pg.Pool | pg.PoolClient, url: string): Promise<void> {
  const r = await db.query<{ id: string }>('SELECT id FROM articles WHERE url = $1', [url]);
  if (r.rowCount) {
    throw new ProblemError(409, `an article with this url and a different text is stored as ${r.rows[0].id}; delete it first to replace it`,
      [{ field: 'body.url', message: 'already stored with a different text' }]);
  }
}

interface ArticleRowInput {
  hash: string; title: string | null | undefined; url: string | null; source: string | null; published: string | null;
  publishedOn: string | null; publishedKey: string; lang: string; text: string; quotes: Quote[];
}

/**
 * Stores an article, its speakers and its quotes in one statement (one round trip, atomic on its
 * own), and counts the quotes per speaker and day for the dashboards (speaker_days); answers the
 * new id, or null when the same text was stored first by someone else.
 *
 * Speakers: one row per distinct name (spellings that normalise alike are one speaker), written in
 * a fixed order so that concurrent ingests lock them alike. Creating a speaker, adding a spelling
 * and counting the article's quotes are one write per speaker: a speaker quoted in every article
 * (a candidate quoted in nearly every article) is rewritten once per article, not three times, which kept hot rows and
 * their indexes bloated and slowed ingest down as it went. Nothing but the article insert runs
 * when the text is already stored.
 */
async function insertArticle(db: pg.Pool | pg.PoolClient, a: ArticleRowInput): Promise<string | null> {
  const counts = new Map<string, number>();
  for (const q of a.quotes) if (q.speaker?.name) counts.set(q.speaker.name, (counts.get(q.speaker.name) ?? 0) + 1);
  const speakers = [...counts.keys()].sort().map((name) => ({ name, keys: phoneticKeys(name), n: counts.get(name) }));
  const quotes = a.quotes.map((q, ord) => ({
    ord, speaker_name: q.speaker?.name ?? null, mention: q.speaker?.mention ?? null, text: q.text, type: q.type,
    spans: q.spans, role: q.role, place: q.place, said_on: q.date, cue: q.cue, confidence: q.confidence, lang: q.lang,
    context: contextOf(a.text, q.spans[0].start, q.spans[q.spans.length - 1].end),
    date_key: q.date ?? a.publishedKey,
  }));
  const r = await db.query<{ id: string }>({
    // (prepared once per connection: the statement is planned once, not for every article)
    name: 'insert-article',
    text: `WITH a AS (
       INSERT INTO articles (content_hash, title, url, source, published_at, published_on, published_key, lang, text, quote_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (content_hash) DO NOTHING RETURNING id
     ), x AS (
       SELECT x.name, sw_norm(x.name) AS norm, x.keys, x.n FROM jsonb_to_recordset($11::jsonb) AS x(name text, keys text[], n int)
       WHERE EXISTS (SELECT 1 FROM a)
     ), up AS (
       INSERT INTO speakers (name, norm_name, name_keys, aliases, quote_count)
       SELECT DISTINCT ON (x.norm) x.name, x.norm, x.keys,
              array_agg(x.name) OVER (PARTITION BY x.norm ORDER BY x.name ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),
              (sum(x.n) OVER (PARTITION BY x.norm))::int
       FROM x ORDER BY x.norm, x.name
       ON CONFLICT (norm_name) DO UPDATE
         SET quote_count = speakers.quote_count + EXCLUDED.quote_count,
             aliases = speakers.aliases || ARRAY(SELECT n FROM unnest(EXCLUDED.aliases) AS n WHERE n <> ALL (speakers.aliases))
       RETURNING id, norm_name
     ), ids AS (
       SELECT x.name, up.id FROM x JOIN up ON up.norm_name = x.norm
     ), q AS (
       INSERT INTO quotes (article_id, ord, speaker_id, speaker_name, mention, text, type, spans, role, place, said_on, cue,
                           confidence, lang, context, source, published_on, date_key, published_key)
       SELECT a.id, r.ord, ids.id, r.speaker_name, r.mention, r.text, r.type, r.spans, r.role, r.place, r.said_on, r.cue,
              r.confidence, r.lang, r.context, $4, $6, r.date_key, $7
       FROM a CROSS JOIN jsonb_to_recordset($12::jsonb) AS r(ord int, speaker_name text, mention jsonb, text text, type text,
            spans jsonb, role text, place text, said_on date, cue jsonb, confidence real, lang text, context text, date_key date)
       LEFT JOIN ids ON ids.name = r.speaker_name
       ORDER BY r.ord -- the sequence follows reading order: quotes of one day are listed so
       RETURNING speaker_id, date_key, lang
     ), days AS (
       INSERT INTO speaker_days (day, speaker_id, lang, n)
       SELECT date_key, speaker_id, lang, count(*) FROM q WHERE speaker_id IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
       ON CONFLICT (day, speaker_id, lang) DO UPDATE SET n = speaker_days.n + EXCLUDED.n
     )
     SELECT id FROM a`,
    values: [a.hash, a.title, a.url, a.source, a.published, a.publishedOn, a.publishedKey, a.lang, a.text, a.quotes.length,
      JSON.stringify(speakers), JSON.stringify(quotes)],
  });
  return r.rowCount ? r.rows[0].id : null;
}

export async function getArticle(pool: pg.Pool, id: string): Promise<ApiArticle> {
  const a = await pool.query<ArticleRow & { text: string }>(`SELECT ${ARTICLE_COLUMNS}, a.text FROM articles a WHERE a.id = $1`, [id]);
  if (!a.rowCount) throw notFound('article');
  const q = await pool.query<QuoteRow>(`SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.article_id = $1 ORDER BY q.ord`, [id]);
  return { ...toArticleSummary(a.rows[0]), text: a.rows[0].text, quotes: q.rows.map(toQuote) };
}

export async function deleteArticle(pool: pg.Pool, id: string): Promise<void> {
  await withTransaction(pool, async (c) => {
    await c.query(
      `UPDATE speakers s SET quote_count = s.quote_count - x.n
       FROM (SELECT speaker_id, count(*)::int AS n FROM quotes WHERE article_id = $1 AND speaker_id IS NOT NULL GROUP BY 1) x
       WHERE s.id = x.speaker_id`, [id]);
    await c.query(
      `WITH x AS (SELECT date_key AS day, speaker_id, lang, count(*)::int AS n FROM quotes
                  WHERE article_id = $1 AND speaker_id IS NOT NULL GROUP BY 1, 2, 3)
       UPDATE speaker_days d SET n = d.n - x.n FROM x
       WHERE d.day = x.day AND d.speaker_id = x.speaker_id AND d.lang = x.lang`, [id]);
    // only this article's days can have run out: no scan of the whole table on every delete
    await c.query(
      `DELETE FROM speaker_days d USING (SELECT DISTINCT date_key, speaker_id, lang FROM quotes
                                         WHERE article_id = $1 AND speaker_id IS NOT NULL) x
       WHERE d.day = x.date_key AND d.speaker_id = x.speaker_id AND d.lang = x.lang AND d.n <= 0`, [id]);
    const r = await c.query('DELETE FROM articles WHERE id = $1', [id]);
    if (!r.rowCount) throw notFound('article');
  });
}

export interface ArticleFilters { source?: string; published_after?: string; published_before?: string; limit: number; cursor?: string }

export async function listArticles(pool: pg.Pool, f: ArticleFilters) {
  const where: string[] = [];
  const { values: args, add: arg } = sqlParams();
  if (f.source !== undefined) where.push(`a.source = ${arg(f.source)}`);
  if (f.published_after !== undefined) where.push(`a.published_on >= ${arg(f.published_after)}`);
  if (f.published_before !== undefined) where.push(`a.published_on <= ${arg(f.published_before)}`);
  const cur = decodeCursor(f.cursor, 'articles', 'date+id');
  if (cur) where.push(`(a.published_key, a.id) < (${arg(cur.k)}::date, ${arg(cur.id)}::uuid)`);
  const sql = `SELECT ${ARTICLE_COLUMNS}, a.published_key FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
               ORDER BY a.published_key DESC, a.id DESC LIMIT ${arg(f.limit + 1)}`;
  const r = await pool.query<ArticleRow & { published_key: string }>(sql, args);
  const rows = r.rows.slice(0, f.limit);
  const last = rows[rows.length - 1];
  return {
    items: rows.map(toArticleSummary),
    next_cursor: r.rows.length > f.limit && last ? encodeCursor({ s: 'articles', k: last.published_key, id: last.id }) : null,
  };
}
