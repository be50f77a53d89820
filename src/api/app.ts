// The Express application: security headers, CORS, rate limit, body limits, the routers, and
// problem+json for every error. It takes an open pool and knows nothing of how it was opened.
import cors from 'cors';
import express, { type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type pg from 'pg';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config.js';
import type { DatabaseKind } from '../db/database.js';
import { ProblemError } from '../services/problem.js';
import { errorHandler, requireKey } from './middleware.js';
import { articlesRouter } from './routes/articles.js';
import { extractRouter } from './routes/extract.js';
import { readsRouter } from './routes/quotes.js';
import { serviceRouter } from './routes/service.js';

export type AppConfig = Pick<Config, 'SAIDWHAT_API_KEYS' | 'SAIDWHAT_AUTH_READS' | 'SAIDWHAT_BODY_LIMIT' | 'SAIDWHAT_RATE_LIMIT'
  | 'SAIDWHAT_RATE_WINDOW_MS' | 'SAIDWHAT_CORS_ORIGINS'>;

export function createApp(pool: pg.Pool, kind: DatabaseKind, config: AppConfig, log: Logger = pino({ level: 'silent' })) {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple'); // no nested objects from ?a[b]=c
  app.use(pinoHttp({ logger: log, autoLogging: { ignore: (req) => req.url === '/healthz' } }));

  const apiHeaders = helmet();
  // The reference page loads its renderer from a CDN and starts it with an inline script.
  const docsHeaders = helmet({ contentSecurityPolicy: { directives: {
    'script-src': ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net'], 'connect-src': ["'self'"],
  } } });
  app.use((req, res, next) => (req.path === '/docs' ? docsHeaders : apiHeaders)(req, res, next));
  app.use(cors({ origin: config.SAIDWHAT_CORS_ORIGINS.length ? config.SAIDWHAT_CORS_ORIGINS : false, exposedHeaders: ['Location', 'RateLimit', 'RateLimit-Policy', 'Retry-After'] }));

  app.use('/v1', rateLimit({
    windowMs: config.SAIDWHAT_RATE_WINDOW_MS,
    limit: config.SAIDWHAT_RATE_LIMIT,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res, next) => {
      const reset = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      res.set('Retry-After', String(Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + config.SAIDWHAT_RATE_WINDOW_MS) - Date.now()) / 1000))));
      next(new ProblemError(429, 'too many requests: slow down and retry after the time in Retry-After'));
    },
  }));

  const json = express.json({ limit: config.SAIDWHAT_BODY_LIMIT, strict: true });
  const writeAuth = requireKey(config.SAIDWHAT_API_KEYS);
  const readAuth: RequestHandler = config.SAIDWHAT_AUTH_READS ? writeAuth : (_req, _res, next) => next();

  app.use(serviceRouter(pool, kind));
  app.use(articlesRouter(pool, writeAuth, json, readAuth));
  app.use(extractRouter(readAuth, json));
  app.use(readsRouter(pool, readAuth));
  app.use((req, _res, next) => next(new ProblemError(404, `no route for ${req.method} ${req.path}`)));
  app.use(errorHandler(log));
  return app;
}
