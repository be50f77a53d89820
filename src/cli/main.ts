// The saidwhat command: serve, migrate, seed, extract, ingest. Errors end in one line on
// stderr and a non-zero exit.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { extractArticle } from '../extractor/index.js';
import { openFromConfig, prepare, seed } from '../runtime.js';
import { startServer, stopOnSignals } from '../server.js';
import { storeArticle, type ArticleInput } from '../services/articles.js';
import { createLimiter } from '../services/limiter.js';
import { ProblemError } from '../services/problem.js';

const USAGE = `usage: saidwhat <command>
  serve              start the HTTP service (migrates, and seeds an empty database)
  migrate            apply database migrations
  seed               load the seed articles
  extract [FILE|-]   print the quotes of a text as JSON
  ingest FILES...    store articles from .txt, .json or .jsonl files`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...args] = argv;
  if (!cmd || cmd === '-h' || cmd === '--help') { console.log(USAGE); return cmd ? 0 : 2; }
  const config = loadConfig();
  const log = pino({ level: config.LOG_LEVEL });
  switch (cmd) {
    case 'serve': {
      const db = await openFromConfig(config, log);
      await prepare(db, config, log);
      const server = await startServer(db, config, log);
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
      log.info({ database: db.kind }, `saidwhat listening: API reference at http://${config.HOST}:${port}/docs`);
      stopOnSignals(server, db, log);
      return -1; // keep running
    }
    case 'migrate': {
      const db = await openFromConfig(config, log);
      try { console.log(`applied: ${(await migrate(db.pool)).join(', ') || 'nothing, up to date'}`); } finally { await db.close(); }
      return 0;
    }
    case 'seed': {
      const db = await openFromConfig(config, log);
      try { await migrate(db.pool); console.log(`seed articles added: ${await seed(db)}`); } finally { await db.close(); }
      return 0;
    }
    case 'extract': {
      const file = args[0] ?? '-';
      const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
      console.log(JSON.stringify(extractArticle(text), null, 2));
      return 0;
    }
    case 'ingest': return ingest(args, config);
    default:
      console.error(`saidwhat: unknown command "${cmd}"\n${USAGE}`);
      return 2;
  }
}

async function* articlesOf(file: string): AsyncGenerator<ArticleInput> {
  if (file.endsWith('.jsonl')) {
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line.trim()) yield JSON.parse(line);
  } else if (file.endsWith('.json')) {
    const v = JSON.parse(readFileSync(file, 'utf8'));
    for (const a of Array.isArray(v) ? v : [v]) yield a;
  } else {
    yield { text: readFileSync(file, 'utf8'), title: file.split('/').pop() };
  }
}

async function ingest(files: string[], config: ReturnType<typeof loadConfig>): Promise<number> {
  if (!files.length) { console.error('saidwhat ingest: name at least one .txt, .json or .jsonl file'); return 2; }
  const db = await openFromConfig(config);
  const tty = process.stderr.isTTY;
  let created = 0, seen = 0, failed = 0, n = 0;
  const limiter = createLimiter(4);
  const started = Date.now();
  try {
    await migrate(db.pool);
    for (const file of files) {
      try {
        statSync(file);
        for await (const a of articlesOf(file)) {
          const at = ++n;
          // a few articles at once: their transactions overlap (see services/limiter.ts)
          void (await limiter.start(() => storeArticle(db.pool, a))).done.then(
            (r) => { if (r.created) created++; else seen++; },
            (err: unknown) => { failed++; console.error(`${file}: article ${at}: ${err instanceof ProblemError ? err.detail : (err as Error).message}`); },
          );
          if (tty && n % 10 === 0) process.stderr.write(`\r${n} articles, ${((Date.now() - started) / 1000).toFixed(1)} s`);
        }
        await limiter.idle();
      } catch (err) {
        failed++;
        console.error(`${file}: ${(err as Error).message}`);
      }
    }
  } finally {
    await db.close();
  }
  if (tty) process.stderr.write('\r');
  console.log(`${n} articles: ${created} stored, ${seen} already there, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { if (code >= 0) process.exitCode = code; },
  (err) => { console.error(`saidwhat: ${err instanceof ProblemError ? err.detail : (err as Error).message}`); process.exitCode = 1; },
);
