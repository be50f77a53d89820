// zod schemas for everything that enters over HTTP. openapi.yaml is the contract; the checks at
// the bottom make the compiler refuse a schema whose parsed type drifts from the generated one.
import { z } from 'zod';
import type { components, operations } from './generated/openapi.js';

const PUBLISHED = /^\d{4}-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?$/u;
const day = z.iso.date();
const uuid = z.uuid();
const lang = z.enum(['de', 'en']);
const quoteType = z.enum(['direct', 'partial', 'indirect']);
const text1 = (max: number) => z.string().min(1).max(max);

export const ArticleInput = z.strictObject({
  text: z.string().min(1).optional(),
  html: z.string().min(1).optional(),
  title: z.string().max(1000).optional(),
  url: z.url().max(2000).optional(),
  source: text1(200).optional(),
  published_at: z.string().regex(PUBLISHED, 'YYYY-MM-DD, YYYY-MM or an ISO 8601 timestamp').optional(),
  lang: lang.optional(),
}).refine((a) => a.text !== undefined || a.html !== undefined, { message: 'give "text" or "html"', path: ['text'] });

export const ExtractInput = z.strictObject({
  text: z.string().min(1).optional(),
  html: z.string().min(1).optional(),
  title: z.string().max(1000).optional(),
  published_at: z.string().regex(PUBLISHED, 'YYYY-MM-DD, YYYY-MM or an ISO 8601 timestamp').optional(),
  lang: lang.optional(),
}).refine((a) => a.text !== undefined || a.html !== undefined, { message: 'give "text" or "html"', path: ['text'] });

export const BatchInput = z.strictObject({
  articles: z.array(z.record(z.string(), z.unknown())).min(1).max(100),
});

export const IdParams = z.object({ id: uuid });

const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
};

const quoteFilters = {
  q: text1(500).optional(),
  lang: lang.optional(),
  type: quoteType.optional(),
  place: text1(200).optional(),
  said_after: day.optional(),
  said_before: day.optional(),
  published_after: day.optional(),
  published_before: day.optional(),
  article_id: uuid.optional(),
  source: text1(200).optional(),
  sort: z.enum(['-date', 'date', '-published_at', 'relevance']).default('-date'),
  ...page,
};

export const QuoteQuery = z.strictObject({
  speaker: text1(200).optional(),
  speaker_id: uuid.optional(),
  ...quoteFilters,
}).refine((x) => x.sort !== 'relevance' || x.q !== undefined, { message: 'sort=relevance needs q', path: ['sort'] });

export const SpeakerQuoteQuery = z.strictObject(quoteFilters)
  .refine((x) => x.sort !== 'relevance' || x.q !== undefined, { message: 'sort=relevance needs q', path: ['sort'] });

export const ArticleQuery = z.strictObject({
  source: text1(200).optional(),
  published_after: day.optional(),
  published_before: day.optional(),
  ...page,
});

export const SpeakerQuery = z.strictObject({ q: text1(200).optional(), ...page });

export const StatsSpeakersQuery = z.strictObject({
  said_after: day.optional(),
  said_before: day.optional(),
  lang: lang.optional(),
  limit: page.limit,
});

export const TimelineQuery = z.strictObject({
  speaker_id: uuid.optional(),
  interval: z.enum(['day', 'week', 'month']).default('month'),
  said_after: day.optional(),
  said_before: day.optional(),
});

// ---- compile-time ties to openapi.yaml (src/api/generated/openapi.ts) ----
// Each line fails to compile when the zod type and the generated type stop describing the same
// values (in both directions), so the spec and the code cannot drift apart silently.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;
type Defaulted<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };

export const specChecks: [
  Same<z.infer<typeof ArticleInput>, components['schemas']['ArticleInput']>,
  Same<z.infer<typeof ExtractInput>, components['schemas']['ExtractInput']>,
  Same<z.infer<typeof QuoteQuery>, Defaulted<Query<'listQuotes'>, 'sort' | 'limit'>>,
  Same<z.infer<typeof SpeakerQuoteQuery>, Defaulted<Query<'listSpeakerQuotes'>, 'sort' | 'limit'>>,
  Same<z.infer<typeof ArticleQuery>, Defaulted<Query<'listArticles'>, 'limit'>>,
  Same<z.infer<typeof SpeakerQuery>, Defaulted<Query<'listSpeakers'>, 'limit'>>,
  Same<z.infer<typeof StatsSpeakersQuery>, Defaulted<Query<'statsSpeakers'>, 'limit'>>,
  Same<z.infer<typeof TimelineQuery>, Defaulted<Query<'statsTimeline'>, 'interval'>>,
  Same<z.infer<typeof IdParams>, operations['getArticle']['parameters']['path']>,
] = [true, true, true, true, true, true, true, true, true];
