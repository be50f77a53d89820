// /v1/quotes, /v1/speakers, /v1/stats: reads.
import { Router, type RequestHandler } from 'express';
import type pg from 'pg';
import { getQuote, listQuotes } from '../../services/quotes.js';
import { getSpeaker, searchSpeakers, speakerExists } from '../../services/speakers.js';
import { timeline, topSpeakers } from '../../services/stats.js';
import { parse } from '../middleware.js';
import { IdParams, QuoteQuery, SpeakerQuery, SpeakerQuoteQuery, StatsSpeakersQuery, TimelineQuery } from '../schemas.js';

export function readsRouter(pool: pg.Pool, readAuth: RequestHandler): Router {
  const r = Router();
  r.use(['/v1/quotes', '/v1/speakers', '/v1/stats'], readAuth);
  r.get('/v1/quotes', async (req, res) => {
    res.json(await listQuotes(pool, parse(QuoteQuery, req.query, 'query')));
  });
  r.get('/v1/quotes/:id', async (req, res) => {
    res.json(await getQuote(pool, parse(IdParams, req.params, 'path').id));
  });
  r.get('/v1/speakers', async (req, res) => {
    const { q, limit, cursor } = parse(SpeakerQuery, req.query, 'query');
    res.json(await searchSpeakers(pool, q, limit, cursor));
  });
  r.get('/v1/speakers/:id', async (req, res) => {
    res.json(await getSpeaker(pool, parse(IdParams, req.params, 'path').id));
  });
  r.get('/v1/speakers/:id/quotes', async (req, res) => {
    const { id } = parse(IdParams, req.params, 'path');
    const filters = parse(SpeakerQuoteQuery, req.query, 'query');
    await speakerExists(pool, id);
    res.json(await listQuotes(pool, { ...filters, speaker_id: id }));
  });
  r.get('/v1/stats/speakers', async (req, res) => {
    res.json(await topSpeakers(pool, parse(StatsSpeakersQuery, req.query, 'query')));
  });
  r.get('/v1/stats/timeline', async (req, res) => {
    res.json(await timeline(pool, parse(TimelineQuery, req.query, 'query')));
  });
  return r;
}
