// Opening the service's world: configuration → database → migrations → seeds.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { storeArticle, type ArticleInput } from './services/articles.js';

export const SEEDS_FILE = fileURLToPath(new URL('../seeds/articles.jsonl', import.meta.url));

export async function openFromConfig(config: Config, log?: Logger): Promise<Database> {
  return openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.SAIDWHAT_DATA_DIR,
    timeoutMs: config.SAIDWHAT_DB_TIMEOUT_MS,
    onError: (err) => log?.warn({ err: err.message }, 'database connection error'),
  });
}

/** Loads the seed articles through the normal ingest path; returns how many were new. */
export async function seed(db: Database, file = SEEDS_FILE): Promise<number> {
  let added = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = await storeArticle(db.pool, JSON.parse(line) as ArticleInput);
    if (r.created) added++;
  }
  return added;
}

export async function prepare(db: Database, config: Config, log: Logger): Promise<void> {
  const applied = await migrate(db.pool);
  if (applied.length) log.info({ applied }, 'migrations applied');
  if (config.SAIDWHAT_SEED) {
    const r = await db.pool.query('SELECT EXISTS (SELECT 1 FROM articles) AS any');
    if (!r.rows[0].any) log.info({ added: await seed(db) }, 'empty database: seed articles loaded');
  }
}
