// The extractor's entry point: pick the language pack, run the engine. Pure: no I/O, no clock.
import { extractWith } from './engine/extract.js';
import { withOneShape } from './engine/pack-shape.js';
import { de } from './locales/de/index.js';
import { en } from './locales/en/index.js';
import type { ExtractOptions, LanguagePack, Quote } from './types.js';

export type { ExtractOptions, LanguagePack, Quote, Span, Speaker, Mention, QuoteType } from './types.js';

const PACKS = new Map<string, LanguagePack>(withOneShape([de, en]).map((p) => [p.code, p]));
export const SUPPORTED_LANGUAGES: readonly string[] = [...PACKS.keys()];

/** The registered pack whose function words are most frequent in the text (German by default). */
export function detectLanguage(text: string): string {
  const words = text.slice(0, 5000).toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'de', bestScore = 0;
  for (const pack of PACKS.values()) {
    let score = 0;
    for (const w of words) if (pack.stopwords.has(w)) score++;
    if (score > bestScore) { best = pack.code; bestScore = score; }
  }
  return best;
}

/** The quotes of a text and the language they were read in (the one asked for if supported, else detected). */
export function extractArticle(text: string, opts: ExtractOptions = {}): { lang: string; quotes: Quote[] } {
  const lang = opts.lang && PACKS.has(opts.lang) ? opts.lang : detectLanguage(text);
  return { lang, quotes: extractWith(PACKS.get(lang)!, text, opts) };
}

export function extractQuotes(text: string, opts: ExtractOptions = {}): Quote[] {
  return extractArticle(text, opts).quotes;
}
