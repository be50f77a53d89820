// The most quoted speakers in a range: the bounded search (speakers with the highest totals first)
// must give exactly what summing every per-day row gives, whichever way it ends.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../../src/db/database.js';
import { topSpeakers, type TopSearch } from '../../src/services/stats.js';
import { testDatabase } from '../helpers/db.js';

const SUMMED: TopSearch = { first: 1, max: 0, minDays: 0 };
// (small rounds, so that the bound closes after one or several of them, or not at all)
const SEARCHES: [string, TopSearch][] = [
  ['the default search', { first: 256, max: 1024, minDays: 270 }],
  ['rounds of 2, 8 and 32 candidates', { first: 2, max: 32, minDays: 0 }],
  ['one round of 3 candidates', { first: 3, max: 3, minDays: 0 }],
];

describe('top speakers in a range', () => {
  let db: Database;
  before(async () => {
    db = await testDatabase();
    // 60 speakers with a few heavy ones; quotes spread over two years and two languages, with
    // speakers whose quotes all fall in one month (a total that is high only there) and ties
    await db.pool.query(`
      INSERT INTO speakers (name, norm_name, quote_count)
        SELECT 'Sprecher ' || lpad(i::text, 2, '0'), 'sprecher ' || lpad(i::text, 2, '0'), 0 FROM generate_series(1, 60) i;
      INSERT INTO speaker_days (day, speaker_id, lang, n)
        SELECT DATE '2024-01-01' + ((i * 37 + k * 11) % 730)::int, s.id, CASE WHEN k % 3 = 0 THEN 'en' ELSE 'de' END, 1 + (k % 2)
        FROM (SELECT id, row_number() OVER (ORDER BY name) AS i FROM speakers) s,
             generate_series(1, 400) k
        WHERE k <= 400 / s.i
        ON CONFLICT (day, speaker_id, lang) DO UPDATE SET n = speaker_days.n + EXCLUDED.n;
      INSERT INTO speaker_days (day, speaker_id, lang, n)
        SELECT DATE '2025-03-01' + k, id, 'de', 9 FROM (SELECT id, row_number() OVER (ORDER BY name DESC) AS i FROM speakers) s, generate_series(0, 27) k WHERE i <= 5
        ON CONFLICT (day, speaker_id, lang) DO UPDATE SET n = speaker_days.n + EXCLUDED.n;
      UPDATE speakers s SET quote_count = (SELECT coalesce(sum(n), 0) FROM speaker_days d WHERE d.speaker_id = s.id);`);
  });
  after(() => db.close());

  const filters = [
    { limit: 5 },
    { limit: 20, lang: 'en' },
    { limit: 10, said_after: '2024-01-01', said_before: '2024-12-31' },
    { limit: 10, said_after: '2025-03-01', said_before: '2025-03-31' },
    { limit: 3, said_after: '2025-03-01', said_before: '2025-03-31', lang: 'de' },
    { limit: 8, said_after: '2024-06-01' },
    { limit: 100, said_before: '2024-02-01' },
    { limit: 5, said_after: '2030-01-01' },
  ];
  for (const [how, search] of SEARCHES) {
    it(`gives what summing every row gives, with ${how}`, async () => {
      for (const f of filters) {
        const want = await topSpeakers(db.pool, f, SUMMED);
        const got = await topSpeakers(db.pool, f, search);
        assert.deepEqual(got, want, JSON.stringify(f));
      }
    });
  }

  it('ranks by the count in the range, not by the total', async () => {
    const march = await topSpeakers(db.pool, { limit: 3, said_after: '2025-03-01', said_before: '2025-03-31' }, SEARCHES[1][1]);
    const names = march.items.map((x) => x.speaker.name);
    assert.equal(names.length, 3);
    assert.ok(names.every((n) => ['Sprecher 56', 'Sprecher 57', 'Sprecher 58', 'Sprecher 59', 'Sprecher 60'].includes(n)), names.join());
    const none = await topSpeakers(db.pool, { limit: 5, said_after: '2030-01-01' });
    assert.deepEqual(none.items, []);
  });
});
