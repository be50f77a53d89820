// Fills a database with synthetic data at scale: 100,000 speakers, 200,000 articles, 1,000,000
// quotes (sizes settable), German and English, dates over ten years, a few speakers with very
// many quotes (a power law). Goes straight to SQL: this measures reads, not the extractor.
//   DATABASE_URL=postgres://… npx tsx bench/generate.ts [quotes=1000000]
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { phoneticKeys } from '../src/services/names.js';

const QUOTES = Number(process.argv[2] ?? 1_000_000);
const ARTICLES = Math.round(QUOTES / 5);
const SPEAKERS = Math.round(QUOTES / 10);

const FIRST = 'Anna Bernd Clara David Eva Frank Greta Hans Ines Jonas Karin Lukas Maria Nils Olga Paul Rita Stefan Tanja Ulrich Vera Walter Yvonne Zoe Sergej Abdoulaye Angela Olaf Emmanuel Joe Kamala Donald Hillary Bernie Ted Marco Jeb John Nancy Mitch'.split(' ');
const LAST = 'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Lawrow Diop Merkel Scholz Macron Biden Harris Trump Clinton Sanders Cruz Rubio Bush Smith Johnson Williams Brown Jones Miller Davis Garcia Wilson Anderson Taylor Thomas Moore Martin Jackson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Torres Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Peterson Cooper Reed Bailey Bell Gomez Kelly Howard Ward Cox Diaz Richardson Wood Watson Brooks Bennett Gray James Reyes Cruz Hughes Price Myers Long Foster Sanders Ross Morales Powell Sullivan Russell Ortiz Jenkins Gutierrez Perry Butler Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Kim Gonzales Alexander Ramos Wallace Griffin West Cole Hayes Chavez Gibson Bryant Ellis Stevens Murray Ford Marshall Owens McDonald Harrison Ruiz Kennedy Wells Alvarez Woods Mendoza Castillo Olson Webb Washington Tucker Freeman Burns Henry Vasquez Snyder Simpson Crawford Jimenez Porter Mason Shaw Gordon Wagner Hunter Romero Hicks Dixon Hunt Palmer Robertson Black Holmes Stone Meyer Boyd Mills Warren Fox Rose Rice Moreno Schmidt Patel Ferguson Nichols Herrera Medina Ryan Fernandez Weaver Daniels Stephens Gardner Payne Kelley Dunn Pierce Arnold Tran Spencer Peters Hawkins Grant Hansen Castro Hoffman Hart Elliott Cunningham Knight Bradley'.split(' ');

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('set DATABASE_URL: the generator fills a PostgreSQL server');
  const db = await openDatabase({ url, timeoutMs: 30_000 });
  const t0 = Date.now();
  const step = (what: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${what}`);
  try {
    await migrate(db.pool);
    await db.pool.query('TRUNCATE quotes, articles, speakers, speaker_days');
    const names = new Set<string>();
    for (let i = 0; names.size < SPEAKERS; i++) {
      const f = FIRST[i % FIRST.length], l = LAST[Math.floor(i / FIRST.length) % LAST.length];
      names.add(i < FIRST.length * LAST.length ? `${f} ${l}` : `${f} ${LAST[(i * 7) % LAST.length]}-${l} ${Math.floor(i / 1000)}`);
    }
    const list = [...names];
    for (let i = 0; i < list.length; i += 10_000) {
      const chunk = list.slice(i, i + 10_000);
      await db.pool.query(
        `INSERT INTO speakers (name, norm_name, name_keys, aliases) SELECT n, sw_norm(n), string_to_array(k, ' '), ARRAY[n]
         FROM unnest($1::text[], $2::text[]) AS x(n, k)`, [chunk, chunk.map((n) => phoneticKeys(n).join(' '))]);
    }
    step(`${list.length} speakers`);
    await db.pool.query(`
      INSERT INTO articles (content_hash, title, url, source, published_at, published_on, published_key, lang, text, quote_count)
      SELECT md5('article' || i), 'Artikel ' || i, 'https://example.org/a/' || i,
             (ARRAY['junge Welt','Tagesspiegel','Zeit','Spiegel','Washington Post','New York Times','Politico','AP'])[1 + i % 8],
             to_char(d, 'YYYY-MM-DD'), d, d, CASE WHEN i % 5 < 3 THEN 'de' ELSE 'en' END, 'synthetic article ' || i, 5
      FROM (SELECT i, date '2016-01-01' + (random() * 3650)::int AS d FROM generate_series(1, $1::int) i) x`, [ARTICLES]);
    step(`${ARTICLES} articles`);
    await db.pool.query(`CREATE TEMP TABLE art AS SELECT row_number() OVER (ORDER BY id) AS n, id, source, published_on, lang FROM articles`);
    await db.pool.query(`CREATE TEMP TABLE spk AS SELECT row_number() OVER (ORDER BY id) AS n, id, name FROM speakers`);
    await db.pool.query('CREATE INDEX ON art (n); CREATE INDEX ON spk (n)');
    const words = "Zusammenarbeit Regierung Wirtschaft Sicherheit Zukunft Menschen Land Entscheidung Verantwortung Klima Energie Frieden Wahl Reform Steuern Schule Arbeit Gesundheit election economy security future people country decision responsibility climate energy peace reform taxes school work health";
    for (let from = 0; from < QUOTES; from += 100_000) {
      await db.pool.query(`
        INSERT INTO quotes (article_id, ord, speaker_id, speaker_name, mention, text, type, spans, role, place, said_on, cue,
                            confidence, lang, context, source, published_on, date_key, published_key)
        SELECT a.id, (i % 5), s.id, s.name, jsonb_build_object('text', s.name, 'start', 0, 'end', length(s.name)),
               w[1 + (i * 7) % array_length(w, 1)] || ' ' || w[1 + (i * 13) % array_length(w, 1)] || ' ist wichtig für ' || w[1 + (i * 3) % array_length(w, 1)],
               (ARRAY['direct','direct','partial','indirect'])[1 + i % 4], '[{"start":0,"end":10}]'::jsonb,
               (ARRAY['Außenminister','Sprecherin','Senator','Bürgermeister', NULL])[1 + i % 5],
               (ARRAY['Moskau','Berlin','Washington','Paris','Bamako', NULL, NULL])[1 + i % 7],
               CASE WHEN i % 3 = 0 THEN NULL ELSE a.published_on - (i % 4) END, NULL, 0.5 + (i % 50) / 100.0, a.lang, 'context', a.source,
               a.published_on, coalesce(CASE WHEN i % 3 = 0 THEN NULL ELSE a.published_on - (i % 4) END, a.published_on), a.published_on
        FROM generate_series($1::int, $2::int) i
        JOIN art a ON a.n = 1 + (i / 5) % $3::int
        JOIN spk s ON s.n = 1 + floor($4::int * power(((i * 2654435761::bigint) % 1000003) / 1000003.0, 3))::int,
        (SELECT string_to_array($5, ' ') AS w) ww`, [from, Math.min(QUOTES, from + 100_000) - 1, ARTICLES, SPEAKERS, words]);
      step(`${Math.min(QUOTES, from + 100_000)} quotes`);
    }
    await db.pool.query(`UPDATE speakers s SET quote_count = x.n FROM (SELECT speaker_id, count(*)::int AS n FROM quotes GROUP BY 1) x WHERE s.id = x.speaker_id`);
    await db.pool.query('TRUNCATE speaker_days');
    await db.pool.query(`INSERT INTO speaker_days (day, speaker_id, lang, n)
      SELECT date_key, speaker_id, lang, count(*) FROM quotes WHERE speaker_id IS NOT NULL GROUP BY 1, 2, 3`);
    // (VACUUM as well: a bulk load leaves the visibility map empty, so index-only scans read the
    // heap until autovacuum gets round to it; a running database is in the vacuumed state)
    await db.pool.query('VACUUM (ANALYZE)');
    step('counts, statistics and visibility map');
  } finally {
    await db.close();
  }
}

main().catch((err) => { console.error(`generate: ${(err as Error).message}`); process.exitCode = 1; });
