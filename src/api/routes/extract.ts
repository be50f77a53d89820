// POST /v1/extract: the extractor over HTTP, nothing stored.
import { Router, type RequestHandler } from 'express';
import { extractArticle } from '../../extractor/index.js';
import { normalisePublished, prepareText } from '../../services/article-text.js';
import { parse, requireJson } from '../middleware.js';
import { ExtractInput } from '../schemas.js';

export function extractRouter(readAuth: RequestHandler, json: RequestHandler): Router {
  const r = Router();
  r.post('/v1/extract', readAuth, requireJson, json, (req, res) => {
    const input = parse(ExtractInput, req.body, 'body');
    const { text, title } = prepareText(input);
    const { lang, quotes } = extractArticle(text, { lang: input.lang, publishedAt: normalisePublished(input.published_at).label, title: input.title ?? title });
    res.json({ lang, text, quotes });
  });
  return r;
}
