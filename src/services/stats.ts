// Dashboard figures: the most quoted speakers in a range, and quote counts per interval.
import type pg from 'pg';
import type { components } from '../api/generated/openapi.js';
import { sqlParams } from './sql.js';

export async function topSpeakers(pool: pg.Pool, f: { said_after?: string; said_before?: string; lang?: string; limit: number }): Promise<components['schemas']['SpeakerStats']> {
  // speaker_days holds the quote counts per speaker, day and language (kept by ingest and delete)
  const where: string[] = [];
  const { values: args, add: arg } = sqlParams();
  if (f.said_after) where.push(`d.day >= ${arg(f.said_after)}`);
  if (f.said_before) where.push(`d.day <= ${arg(f.said_before)}`);
  if (f.lang) where.push(`d.lang = ${arg(f.lang)}`);
  const r = await pool.query<{ id: string; name: string; quote_count: number; count: number }>(
    `SELECT s.id, s.name, s.quote_count, x.count FROM (
       SELECT d.speaker_id, sum(d.n)::int AS count FROM speaker_days d ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       GROUP BY d.speaker_id ORDER BY count DESC, d.speaker_id LIMIT ${arg(f.limit)}) x
     JOIN speakers s ON s.id = x.speaker_id ORDER BY x.count DESC, s.id`, args);
  return { items: r.rows.map((x) => ({ speaker: { id: x.id, name: x.name, quote_count: x.quote_count }, count: x.count })) };
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
