// Numbered SQL migrations from migrations/, each applied once, in its own transaction, and
// recorded in schema_migrations. An advisory lock lets several processes start at once.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { withTransaction } from './database.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
const LOCK = 4_711_001;

export interface Migration { version: string; file: string }

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d+_[\w-]+\.sql$/u.test(f))
    .sort()
    .map((file) => ({ version: file.split('_')[0], file }));
}

async function ensureTable(pool: pg.Pool): Promise<void> {
  await pool.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY, file text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
}

/** Applies what is missing; returns the files it applied. */
export async function migrate(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<string[]> {
  await ensureTable(pool);
  const applied: string[] = [];
  for (const m of listMigrations(dir)) {
    const done = await withTransaction(pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      const seen = await c.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (seen.rowCount) return false;
      await c.query(readFileSync(`${dir}/${m.file}`, 'utf8'));
      await c.query('INSERT INTO schema_migrations (version, file) VALUES ($1, $2)', [m.version, m.file]);
      return true;
    });
    if (done) applied.push(m.file);
  }
  return applied;
}

/** The migrations not yet applied (empty when up to date). */
export async function pendingMigrations(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<string[]> {
  const r = await pool.query<{ version: string }>(
    `SELECT version FROM schema_migrations`,
  ).catch(() => ({ rows: [] as { version: string }[] }));
  const have = new Set(r.rows.map((x) => x.version));
  return listMigrations(dir).filter((m) => !have.has(m.version)).map((m) => m.file);
}
