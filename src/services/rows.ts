// Database rows → API shapes (the generated types of openapi.yaml).
import type { components } from '../api/generated/openapi.js';

export type ApiQuote = components['schemas']['Quote'];
export type ApiArticleSummary = components['schemas']['ArticleSummary'];
export type ApiArticle = components['schemas']['Article'];

export interface QuoteRow {
  id: string; article_id: string; speaker_id: string | null; speaker_name: string | null;
  mention: { text: string; start: number; end: number } | null; text: string; type: 'direct' | 'partial' | 'indirect';
  spans: { start: number; end: number }[]; role: string | null; place: string | null; said_on: string | null;
  cue: { text: string; start: number; end: number } | null; confidence: number; lang: string;
}

export const QUOTE_COLUMNS = 'q.id, q.article_id, q.speaker_id, q.speaker_name, q.mention, q.text, q.type, q.spans, q.role, q.place, q.said_on, q.cue, q.confidence, q.lang';

export function toQuote(r: QuoteRow): ApiQuote {
  return {
    id: r.id,
    text: r.text,
    type: r.type,
    spans: r.spans,
    speaker: r.speaker_name || r.mention ? { id: r.speaker_id, name: r.speaker_name, mention: r.mention } : null,
    role: r.role,
    place: r.place,
    date: r.said_on,
    cue: r.cue,
    confidence: Number(r.confidence),
    lang: r.lang,
    article_id: r.article_id,
  };
}

export interface ArticleRow {
  id: string; title: string | null; url: string | null; source: string | null; published_at: string | null;
  lang: string; content_hash: string; quote_count: number; created_at: Date | string;
}

export const ARTICLE_COLUMNS = 'a.id, a.title, a.url, a.source, a.published_at, a.lang, a.content_hash, a.quote_count, a.created_at';

export function toArticleSummary(r: ArticleRow): ApiArticleSummary {
  return {
    id: r.id, title: r.title, url: r.url, source: r.source, published_at: r.published_at, lang: r.lang,
    content_hash: r.content_hash, quote_count: r.quote_count,
    created_at: new Date(r.created_at).toISOString(),
  };
}
