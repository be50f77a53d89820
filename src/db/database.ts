// One pg-shaped pool for both back ends: a real server through `pg` when DATABASE_URL is set,
// else an embedded Postgres (PGlite) in a data folder through its node-postgres adapter. The
// rest of the code only sees `pg.Pool`, so the same SQL runs on both.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { mkdirSync } from 'node:fs';
import pg from 'pg';

export type DatabaseKind = 'postgres' | 'pglite';

export interface Database {
  kind: DatabaseKind;
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  url?: string;
  /** PGlite data folder; 'memory://' keeps it in memory (tests). */
  dataDir?: string;
  timeoutMs?: number;
  onError?: (err: Error) => void;
}

// DATE columns come back as 'YYYY-MM-DD' strings, not as Date objects at local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const timeout = opts.timeoutMs ?? 5000;
  if (opts.url) {
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: 10,
      connectionTimeoutMillis: timeout,
      query_timeout: timeout * 4,
      idleTimeoutMillis: 10_000,
    });
    // A server that goes away must not crash the process: idle clients report here.
    pool.on('error', (err) => opts.onError?.(err));
    return { kind: 'postgres', pool, close: () => pool.end() };
  }
  const dir = opts.dataDir ?? './data';
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const lite = new PGlite(dir, { extensions: { pg_trgm, unaccent } });
  await lite.waitReady;
  const pool = new pg.Pool(createPgConfig(lite));
  pool.on('error', (err) => opts.onError?.(err));
  return {
    kind: 'pglite',
    pool,
    close: async () => { await pool.end(); await lite.close(); },
  };
}

/** Runs fn inside BEGIN/COMMIT on one client; rolls back on any error. */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** True for errors that mean "the database is not reachable right now" (answer 503, retry later). */
export function isUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  if (!e) return false;
  const code = e.code ?? '';
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300'].includes(code)) return true;
  if (code.startsWith('08')) return true;
  return /timeout exceeded when trying to connect|Connection terminated|connection timeout|Client has encountered a connection error|Query read timeout/iu.test(e.message ?? '');
}
