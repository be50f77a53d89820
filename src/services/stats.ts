// Dashboard figures: the most quoted speakers in a range, and quote counts per interval.
import type pg from 'pg';
import type { components } from '../api/generated/openapi.js';
import { sqlParams } from './sql.js';

type TopFilter = { said_after?: string; said_before?: string; lang?: string; limit: number };
type TopRow = { id: string; name: string; quote_count: number; count: number };

/** How the bounded search runs (settable so that tests reach every branch). */
export interface TopSearch {
  /** Candidates in the first round, and at most (four times more each round). */
  first: number; max: number;
  /** Ranges shorter than this (days) are summed directly: their top counts are too small to bound. */
  minDays: number;
}
const SEARCH: TopSearch = { first: 256, max: 1024, minDays: 270 };

/**
 * The most quoted speakers in a range. A speaker's count in any range is at most their
 * `quote_count` (kept with `speaker_days` by ingest and delete), so the speakers with the highest
 * totals are summed first, through the (speaker_id, day) index: once the last of the top `limit`
 * counts beats every total not yet looked at, no other speaker can enter, and the answer is exact.
 * A year of a million quotes needs about 600 speakers instead of 100,000 per-day rows (13 instead
 * of 90 ms here). Short ranges, whose top counts are too small to bound many speakers out, and
 * searches the bound does not close within `max` candidates, sum the range's per-day rows.
 */
export async function topSpeakers(pool: pg.Pool, f: TopFilter, search: TopSearch = SEARCH): Promise<components['schemas']['SpeakerStats']> {
  const wrap = (rows: TopRow[]) => ({ items: rows.map((x) => ({ speaker: { id: x.id, name: x.name, quote_count: x.quote_count }, count: x.count })) });
  const days = f.said_after && f.said_before ? (Date.parse(f.said_before) - Date.parse(f.said_after)) / 86_400_000 : Infinity;
  for (let k = Math.max(search.first, f.limit); days >= search.minDays && k <= search.max; k *= 4) {
    const { rows, exhausted, bound } = await boundedTop(pool, f, k);
    const last = rows[f.limit - 1];
    if (exhausted || (last && last.count > bound)) return wrap(rows.slice(0, f.limit));
  }
  return wrap(await summedTop(pool, f));
}

function rangeWhere(f: TopFilter, arg: (v: unknown) => string): string[] {
  const where: string[] = [];
  if (f.said_after) where.push(`d.day >= ${arg(f.said_after)}`);
  if (f.said_before) where.push(`d.day <= ${arg(f.said_before)}`);
  if (f.lang) where.push(`d.lang = ${arg(f.lang)}`);
  return where;
}

/** The range counts of the `k` speakers with the highest totals, best first; `bound` is the lowest total among them. */
async function boundedTop(pool: pg.Pool, f: TopFilter, k: number): Promise<{ rows: TopRow[]; exhausted: boolean; bound: number }> {
  const { values: args, add: arg } = sqlParams();
  const where = rangeWhere(f, arg);
  const r = await pool.query<TopRow>(
    `SELECT c.id, c.name, c.quote_count, x.count FROM (
       SELECT id, name, quote_count FROM speakers ORDER BY quote_count DESC, id DESC LIMIT ${arg(k)}) c
     CROSS JOIN LATERAL (SELECT coalesce(sum(d.n), 0)::int AS count FROM speaker_days d
       WHERE d.speaker_id = c.id${where.map((w) => ` AND ${w}`).join('')}) x`, args);
  const bound = r.rows.reduce((m, x) => Math.min(m, x.quote_count), Infinity);
  // (the same order as the summed query: count, then id)
  const rows = r.rows.filter((x) => x.count > 0).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rows, exhausted: r.rows.length < k, bound };
}

/** Every speaker's count in the range, summed from the range's per-day rows. */
async function summedTop(pool: pg.Pool, f: TopFilter): Promise<TopRow[]> {
  const { values: args, add: arg } = sqlParams();
  const where = rangeWhere(f, arg);
  const r = await pool.query<TopRow>(
    `SELECT s.id, s.name, s.quote_count, x.count FROM (
       SELECT d.speaker_id, sum(d.n)::int AS count FROM speaker_days d ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       GROUP BY d.speaker_id ORDER BY count DESC, d.speaker_id LIMIT ${arg(f.limit)}) x
     JOIN speakers s ON s.id = x.speaker_id ORDER BY x.count DESC, s.id`, args);
  return r.rows;
}

export async function timeline(pool: pg.Pool, f: { speaker_id?: string; interval: 'day' | 'week' | 'month'; said_after?: string; said_before?: string }): Promise<components['schemas']['Timeline']> {
  const where: string[] = [];
  const { values: args, add: arg } = sqlParams(f.interval);
  // One speaker's quotes are summed from their per-day counts (speaker_days, kept by ingest and
  // delete); all quotes, the unattributed ones included, are counted from the quotes.
  const [day, rows, count] = f.speaker_id ? ['d.day', 'speaker_days d', 'sum(d.n)'] : ['d.date_key', 'quotes d', 'count(*)'];
  if (f.speaker_id) where.push(`d.speaker_id = ${arg(f.speaker_id)}`);
  if (f.said_after) where.push(`${day} >= ${arg(f.said_after)}`);
  if (f.said_before) where.push(`${day} <= ${arg(f.said_before)}`);
  const r = await pool.query<{ period: string; count: number }>(
    `SELECT to_char(date_trunc($1, ${day}::timestamp), 'YYYY-MM-DD') AS period, ${count}::int AS count
     FROM ${rows} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY 1 ORDER BY 1`, args);
  return { interval: f.interval, speaker_id: f.speaker_id ?? null, items: r.rows };
}
