// The main queries can be served by an index (checked with sequential scans discouraged, since a
// small test table would otherwise always be scanned), and migrations apply once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../../src/db/database.js';
import { migrate, pendingMigrations } from '../../src/db/migrate.js';
import { testDatabase } from '../helpers/db.js';

describe('database', () => {
  let db: Database;
  before(async () => { db = await testDatabase(); });
  after(() => db.close());

  it('applies each migration once and records it', async () => {
    assert.deepEqual(await migrate(db.pool), []);
    assert.deepEqual(await pendingMigrations(db.pool), []);
    const r = await db.pool.query('SELECT count(*)::int AS n FROM schema_migrations');
    assert.ok(r.rows[0].n >= 1);
  });

  const plans: [string, string, unknown[]][] = [
    ['quotes by date', 'SELECT id FROM quotes ORDER BY date_key DESC, rseq DESC LIMIT 20', []],
    ['quotes by date, oldest first', 'SELECT id FROM quotes ORDER BY date_key, seq LIMIT 20', []],
    ['quotes of a speaker', 'SELECT id FROM quotes WHERE speaker_id = $1 ORDER BY date_key DESC, rseq DESC LIMIT 20', ['5c0c7b9e-3f0a-4c8e-8f00-0a1b2c3d4e5f']],
    ['full text', "SELECT id FROM quotes WHERE tsv @@ websearch_to_tsquery('german', $1) LIMIT 20", ['Zusammenarbeit']],
    ['place', 'SELECT id FROM quotes WHERE sw_norm(place) = sw_norm($1) ORDER BY date_key DESC, rseq DESC LIMIT 20', ['Moskau']],
    ['fuzzy speaker', "SELECT id FROM speakers WHERE sw_norm($1) <% norm_name", ['lawrow']],
    ['speaker substring', "SELECT id FROM speakers WHERE norm_name LIKE '%' || sw_norm($1) || '%'", ['lawrow']],
    ['a speaker\'s days in a range (top speakers, timeline)', 'SELECT sum(n) FROM speaker_days WHERE speaker_id = $1 AND day >= $2 AND day <= $3', ['5c0c7b9e-3f0a-4c8e-8f00-0a1b2c3d4e5f', '2024-01-01', '2024-12-31']],
    ['articles by source', 'SELECT id FROM articles WHERE source = $1 ORDER BY published_key DESC, id DESC LIMIT 20', ['x']],
  ];
  for (const [name, sql, args] of plans) {
    it(`${name} uses an index`, async () => {
      const c = await db.pool.connect();
      try {
        await c.query('SET enable_seqscan = off');
        const r = await c.query(`EXPLAIN ${sql}`, args);
        const plan = r.rows.map((x: any) => x['QUERY PLAN']).join('\n');
        assert.match(plan, /Index|Bitmap/u, plan);
      } finally {
        await c.query('RESET enable_seqscan');
        c.release();
      }
    });
  }
});
