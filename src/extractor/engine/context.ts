// What every step of the pipeline shares about one article, and lookups over it.
import type { LanguagePack, Span } from '../types.js';
import type { PersonRegistry } from './entities.js';
import type { Sentence } from './sentences.js';
import { firstTokenAt, type Token } from './tokens.js';

/** Everything the steps share about one article. */
export interface ArticleContext {
  text: string;
  pack: LanguagePack;
  tokens: Token[];
  sentences: Sentence[];
  registry: PersonRegistry;
  ref: Date | null;
  capital: string | null;
  quoted: Span[];
  /** The lead: the article's opening sentences, which say what happened when. */
  lead: Span;
  /** The paragraph the lead opens (after a dateline): its quotes are the news of the lead's day. */
  leadParagraph: number;
  /** Where the headline ends (0 when the text does not open with the article's title). */
  headlineEnd: number;
}

export function tokensIn(ctx: ArticleContext, start: number, end: number): Token[] {
  const { tokens } = ctx;
  const out: Token[] = [];
  for (let i = firstTokenAt(tokens, start); i < tokens.length && tokens[i].end <= end; i++) out.push(tokens[i]);
  return out;
}

/** The tokens of [start, end) that are not inside quotation marks: the reporter's own words. */
export function ownWords(ctx: ArticleContext, start: number, end: number): Token[] {
  return tokensIn(ctx, start, end).filter((t) => containing(ctx.quoted, t.start) < 0);
}

export function sentenceAt(sentences: Sentence[], pos: number): number {
  let lo = 0, hi = sentences.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Index of the last span that starts before pos, or -1 (spans sorted and disjoint). */
export function lastSpanBefore(spans: Span[], pos: number): number {
  let lo = 0, hi = spans.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Index of the span that contains pos, or -1 (spans sorted and disjoint). */
export function containing(spans: Span[], pos: number): number {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else if (spans[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}
