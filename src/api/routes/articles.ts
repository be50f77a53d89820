// /v1/articles: route → service; the handlers only validate and translate.
import { Router } from 'express';
import type pg from 'pg';
import { deleteArticle, getArticle, ingestArticle, listArticles, storeArticle } from '../../services/articles.js';
import { mapLimit } from '../../services/limiter.js';
import { ProblemError } from '../../services/problem.js';
import { ArticleInput, ArticleQuery, BatchInput, IdParams } from '../schemas.js';
import { parse, requireJson } from '../middleware.js';
import type { RequestHandler } from 'express';

const BATCH_CONCURRENCY = 8;

export function articlesRouter(pool: pg.Pool, auth: RequestHandler, json: RequestHandler, readAuth: RequestHandler): Router {
  const r = Router();
  r.post('/v1/articles', auth, requireJson, json, async (req, res) => {
    const input = parse(ArticleInput, req.body, 'body');
    const { created, article } = await ingestArticle(pool, input);
    res.status(created ? 201 : 200).location(`/v1/articles/${article.id}`).json(article);
  });
  r.post('/v1/articles/batch', auth, requireJson, json, async (req, res) => {
    const { articles } = parse(BatchInput, req.body, 'body');
    // Each item is its own transaction and a failure stays with its item; a few run at once so
    // that commits overlap (the pool bounds it). A database outage fails the whole request (503).
    const items = await mapLimit(articles, BATCH_CONCURRENCY, async (raw, index) => {
      try {
        const { created, id } = await storeArticle(pool, parse(ArticleInput, raw, 'body'));
        return { index, status: created ? 201 : 200, id };
      } catch (err) {
        if (!(err instanceof ProblemError)) throw err;
        return { index, status: err.status, problem: err.toJSON() };
      }
    });
    res.json({ items });
  });
  r.get('/v1/articles', readAuth, async (req, res) => {
    res.json(await listArticles(pool, parse(ArticleQuery, req.query, 'query')));
  });
  r.get('/v1/articles/:id', readAuth, async (req, res) => {
    const { id } = parse(IdParams, req.params, 'path');
    res.json(await getArticle(pool, id));
  });
  r.delete('/v1/articles/:id', auth, async (req, res) => {
    const { id } = parse(IdParams, req.params, 'path');
    await deleteArticle(pool, id);
    res.status(204).end();
  });
  return r;
}
