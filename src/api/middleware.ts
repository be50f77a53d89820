// Edge concerns: API keys, content types, validation of input with zod, and problem+json errors.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { isUnavailable } from '../db/database.js';
import { ProblemError } from '../services/problem.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Bearer-key check in constant time (keys are hashed first, so lengths never leak). */
export function requireKey(keys: string[]): RequestHandler {
  const hashes = keys.map(digest);
  return (req, res, next) => {
    const m = /^Bearer\s+(\S+)\s*$/iu.exec(req.get('authorization') ?? '');
    const given = m ? digest(m[1]) : null;
    let ok = false;
    for (const h of hashes) if (given && timingSafeEqual(h, given)) ok = true;
    if (ok) return next();
    res.set('WWW-Authenticate', 'Bearer realm="saidwhat"');
    next(new ProblemError(401, !hashes.length ? 'writes are disabled: no API keys are configured (set SAIDWHAT_API_KEYS)'
      : m ? 'the API key is not valid' : 'send "Authorization: Bearer <key>"'));
  };
}

export const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) return next(new ProblemError(415, 'send the body as application/json'));
  next();
};

function fieldErrors(where: string, error: z.ZodError) {
  return error.issues.map((i) => ({ field: [where, ...i.path.map(String)].join('.'), message: i.message }));
}

/** Parses req[where] with the schema, or answers 400 listing every invalid field. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, where: 'query' | 'body' | 'path'): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const errors = fieldErrors(where, r.error);
    throw new ProblemError(400, `${errors.length} invalid field${errors.length > 1 ? 's' : ''}: ${errors.map((e) => e.field).join(', ')}`, errors);
  }
  return r.data;
}

/** The one place errors become responses: problem+json, never a stack trace or SQL. */
export function errorHandler(log: { error: (o: object, msg: string) => void; warn: (o: object, msg: string) => void }) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    let problem: ProblemError;
    const e = err as { type?: string; status?: number; statusCode?: number; expose?: boolean; message?: string };
    if (err instanceof ProblemError) problem = err;
    else if (e?.type === 'entity.parse.failed') problem = new ProblemError(400, 'the body is not valid JSON');
    else if (e?.type === 'entity.too.large') problem = new ProblemError(413, 'the body is over the size limit');
    else if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') problem = new ProblemError(415, 'unsupported body encoding');
    else if (isUnavailable(err)) {
      log.warn({ err: String(e?.message ?? err) }, 'database unavailable');
      problem = new ProblemError(503, 'the database cannot be reached; try again shortly');
      res.set('Retry-After', '5');
    } else if (e?.expose && typeof (e.status ?? e.statusCode) === 'number' && (e.status ?? e.statusCode)! < 500) {
      problem = new ProblemError((e.status ?? e.statusCode)!, e.message ?? 'bad request');
    } else {
      log.error({ err }, 'unhandled error');
      problem = new ProblemError(500, 'an unexpected error occurred');
    }
    if (res.headersSent) return void res.end();
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem.toJSON(req.originalUrl)));
  };
}
