// Speakers: fuzzy search (trigrams on the normalised name plus phonetic keys), detail with roles
// and quote counts.
import type pg from 'pg';
import type { components } from '../api/generated/openapi.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { phoneticKeys } from './names.js';
import { notFound } from './problem.js';
import { sqlParams } from './sql.js';

type SpeakerPage = components['schemas']['SpeakerPage'];

export async function searchSpeakers(pool: pg.Pool, q: string | undefined, limit: number, cursor?: string): Promise<SpeakerPage> {
  if (q === undefined) {
    const cur = decodeCursor(cursor, 'speakers', 'count+id');
    const p = sqlParams();
    const after = cur ? `WHERE (quote_count, id) < (${p.add(cur.k)}::int, ${p.add(cur.id)}::uuid)` : '';
    const r = await pool.query<{ id: string; name: string; quote_count: number }>(
      `SELECT id, name, quote_count FROM speakers ${after} ORDER BY quote_count DESC, id DESC LIMIT ${p.add(limit + 1)}`, p.values);
    const rows = r.rows.slice(0, limit);
    const last = rows[rows.length - 1];
    return { items: rows, next_cursor: r.rows.length > limit && last ? encodeCursor({ s: 'speakers', k: last.quote_count, id: last.id }) : null };
  }
  // Ranked search pages by offset: the ranking is not a stored key.
  const offset = decodeCursor(cursor, `speakers:${q}`, 'offset')?.k ?? 0;
  const r = await pool.query<{ id: string; name: string; quote_count: number }>(
    `WITH needle AS (SELECT sw_norm($1) AS n)
     SELECT s.id, s.name, s.quote_count,
            greatest(similarity(s.norm_name, needle.n), word_similarity(needle.n, s.norm_name))
            + CASE WHEN s.name_keys && $2::text[] THEN 0.5 ELSE 0 END
            + CASE WHEN s.norm_name LIKE '%' || needle.n || '%' THEN 0.5 ELSE 0 END AS score
     FROM speakers s, needle
     -- (the cheap phonetic-key test first: a row it admits is spared the trigram rechecks)
     WHERE s.name_keys && $2::text[] OR needle.n <% s.norm_name OR s.norm_name % needle.n
     ORDER BY score DESC, s.quote_count DESC, s.id
     OFFSET $3 LIMIT $4`,
    [q, phoneticKeys(q), offset, limit + 1]);
  const rows = r.rows.slice(0, limit).map(({ id, name, quote_count }) => ({ id, name, quote_count }));
  return { items: rows, next_cursor: r.rows.length > limit ? encodeCursor({ s: `speakers:${q}`, k: offset + limit }) : null };
}

export async function getSpeaker(pool: pg.Pool, id: string): Promise<components['schemas']['Speaker']> {
  const s = await pool.query<{ id: string; name: string; aliases: string[]; quote_count: number }>(
    'SELECT id, name, aliases, quote_count FROM speakers WHERE id = $1', [id]);
  if (!s.rowCount) throw notFound('speaker');
  const roles = await pool.query<{ role: string; count: number }>(
    `SELECT role, count(*)::int AS count FROM quotes WHERE speaker_id = $1 AND role IS NOT NULL GROUP BY role ORDER BY count DESC, role`, [id]);
  const span = await pool.query<{ first: string | null; last: string | null }>(
    'SELECT min(date_key) AS first, max(date_key) AS last FROM quotes WHERE speaker_id = $1', [id]);
  const row = s.rows[0];
  return {
    id: row.id, name: row.name,
    aliases: row.aliases.filter((a) => a !== row.name),
    roles: roles.rows,
    quote_count: row.quote_count,
    first_quoted: span.rows[0].first, last_quoted: span.rows[0].last,
  };
}

export async function speakerExists(pool: pg.Pool, id: string): Promise<void> {
  const r = await pool.query('SELECT 1 FROM speakers WHERE id = $1', [id]);
  if (!r.rowCount) throw notFound('speaker');
}
