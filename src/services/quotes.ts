// Quote search: every filter of GET /v1/quotes as one parameterised WHERE, keyset pages on the
// sort key, served by the indexes of migrations/001_init.sql.
import type pg from 'pg';
import type { components } from '../api/generated/openapi.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { notFound } from './problem.js';
import { sqlParams } from './sql.js';
import { QUOTE_COLUMNS, toQuote, type QuoteRow } from './rows.js';

export interface QuoteFilters {
  speaker?: string; speaker_id?: string; q?: string; lang?: 'de' | 'en'; type?: 'direct' | 'partial' | 'indirect';
  place?: string; said_after?: string; said_before?: string; published_after?: string; published_before?: string;
  article_id?: string; source?: string; sort: '-date' | 'date' | '-published_at' | 'relevance'; limit: number; cursor?: string;
}

// The search configurations a quote's text is indexed with (see the tsv column).
const TS_CONFIGS = ['german', 'english', 'simple'];
const likeEscape = (s: string) => s.replace(/[\\%_]/gu, (c) => `\\${c}`);

// Every sort ends on the quote's place in its article (seq), in reading order: a descending key
// takes the negated sequence (rseq) so that one index serves key and tie-break.
const SORTS = {
  '-date': { key: 'q.date_key', dir: 'DESC', cast: 'date', tie: 'q.rseq' },
  date: { key: 'q.date_key', dir: 'ASC', cast: 'date', tie: 'q.seq' },
  '-published_at': { key: 'q.published_key', dir: 'DESC', cast: 'date', tie: 'q.rseq' },
  relevance: { key: 'rank', dir: 'DESC', cast: 'real', tie: 'q.rseq' },
} as const;

export async function listQuotes(pool: pg.Pool, f: QuoteFilters): Promise<components['schemas']['QuotePage']> {
  const where: string[] = [];
  const { values: args, add: arg } = sqlParams();
  if (f.speaker !== undefined) {
    where.push(`q.speaker_id IN (SELECT id FROM speakers WHERE norm_name LIKE '%' || sw_norm(${arg(likeEscape(f.speaker))}) || '%')`);
  }
  if (f.speaker_id !== undefined) where.push(`q.speaker_id = ${arg(f.speaker_id)}`);
  let rank = '0::real';
  if (f.q !== undefined) {
    const p = arg(f.q);
    where.push(`(${TS_CONFIGS.map((c) => `q.tsv @@ websearch_to_tsquery('${c}', ${p})`).join(' OR ')})`);
    rank = `greatest(${TS_CONFIGS.map((c) => `ts_rank(q.tsv, websearch_to_tsquery('${c}', ${p}))`).join(', ')})`;
  }
  if (f.lang !== undefined) where.push(`q.lang = ${arg(f.lang)}`);
  if (f.type !== undefined) where.push(`q.type = ${arg(f.type)}`);
  if (f.place !== undefined) where.push(`sw_norm(q.place) = sw_norm(${arg(f.place)})`);
  // date_key equals said_on wherever said_on is set: bounding it too lets the sort index serve the range.
  if (f.said_after !== undefined) { const p = arg(f.said_after); where.push(`q.said_on >= ${p}`, `q.date_key >= ${p}::date`); }
  if (f.said_before !== undefined) { const p = arg(f.said_before); where.push(`q.said_on <= ${p}`, `q.date_key <= ${p}::date`); }
  if (f.published_after !== undefined) where.push(`q.published_on >= ${arg(f.published_after)}`);
  if (f.published_before !== undefined) where.push(`q.published_on <= ${arg(f.published_before)}`);
  if (f.article_id !== undefined) where.push(`q.article_id = ${arg(f.article_id)}`);
  if (f.source !== undefined) where.push(`q.source = ${arg(f.source)}`);

  const sort = SORTS[f.sort];
  const cur = decodeCursor(f.cursor, f.sort, sort.cast === 'date' ? 'date+n' : 'number+n');
  const cmp = sort.dir === 'DESC' ? '<' : '>';
  const after = cur ? `WHERE (s.sort_key, s.tie) ${cmp} (${arg(cur.k)}::${sort.cast}, ${arg(cur.n)}::bigint)` : '';
  const sql = `SELECT * FROM (
      SELECT ${QUOTE_COLUMNS}, ${sort.tie} AS tie, ${sort.key === 'rank' ? rank : sort.key} AS sort_key
      FROM quotes q ${where.length ? `WHERE ${where.join(' AND ')}` : ''}) s
    ${after}
    ORDER BY s.sort_key ${sort.dir}, s.tie ${sort.dir} LIMIT ${arg(f.limit + 1)}`;
  const r = await pool.query<QuoteRow & { sort_key: string | number; tie: string }>(sql, args);
  const rows = r.rows.slice(0, f.limit);
  const last = rows[rows.length - 1];
  return {
    items: rows.map(toQuote),
    next_cursor: r.rows.length > f.limit && last ? encodeCursor({ s: f.sort, k: last.sort_key, n: Number(last.tie) }) : null,
  };
}

export async function getQuote(pool: pg.Pool, id: string): Promise<components['schemas']['QuoteDetail']> {
  const r = await pool.query<QuoteRow & { context: string; a_title: string | null; a_url: string | null; a_source: string | null; a_published_at: string | null }>(
    `SELECT ${QUOTE_COLUMNS}, q.context, a.title AS a_title, a.url AS a_url, a.source AS a_source, a.published_at AS a_published_at
     FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id = $1`, [id]);
  if (!r.rowCount) throw notFound('quote');
  const row = r.rows[0];
  return {
    ...toQuote(row),
    article: { id: row.article_id, title: row.a_title, url: row.a_url, source: row.a_source, published_at: row.a_published_at },
    context: row.context,
  };
}
