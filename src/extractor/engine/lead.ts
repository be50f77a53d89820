// The lead and the reporter's own words: the day and place an article's opening sentences give,
// and what a sentence states outside its quotation marks ("tonight" inside a quote dates nothing).
import type { ArticleContext } from './context.js';
import type { Person } from './entities.js';
import { sentenceCue, sentenceSubject } from './neighbours.js';
import type { Sentence } from './sentences.js';
import { dateIn, placeIn } from './when-where.js';

/** How many days before publication the lead's day may lie to date the quotes of its speaker. */
const LEAD_DAYS = 7;

/** Whether a sentence reports speech (a speech verb or source) or opens with this person ("X analysierte am Montag …"). */
export function reportsSpeechOf(ctx: ArticleContext, sen: Sentence, person: Person): boolean {
  const opener = sentenceSubject(ctx, sen);
  return (!!opener?.name && ctx.registry.bySurnameOf(opener.name) === person) || !!sentenceCue(ctx, sen);
}

interface LeadFacts { day: string | null; daySentence: Sentence | null; place: string | null; placeSentence: Sentence | null }
const leadCache = new WeakMap<ArticleContext, LeadFacts>();

/**
 * The first day and the first place the lead states, and the sentences that state them; read
 * once per article. A day counts only in the week before publication: "am 2. Februar" months
 * earlier dates an event the lead announces, not the news.
 */
export function leadFacts(ctx: ArticleContext): LeadFacts {
  let facts = leadCache.get(ctx);
  if (facts) return facts;
  facts = { day: null, daySentence: null, place: null, placeSentence: null };
  const sentences = ctx.sentences;
  for (let k = 0; k < sentences.length; k++) {
    const sen = sentences[k];
    if (sen.start >= ctx.lead.end) break;
    // (a dateline's day and place are stated for the sentence after it)
    const owner = sen.dateline && sentences[k + 1] ? sentences[k + 1] : sen;
    if (!facts.daySentence) {
      const day = dayOutsideQuotes(ctx, sen);
      if (day) {
        facts.daySentence = owner;
        if (isRecent(ctx, day)) facts.day = day;
      }
    }
    if (!facts.placeSentence) {
      const place = placeOutsideQuotes(ctx, sen);
      if (place) { facts.placeSentence = owner; facts.place = place; }
    }
  }
  // (the place of an event the lead announces, like its day, is not where its people spoke)
  if (facts.placeSentence && facts.placeSentence === facts.daySentence && !facts.day) { facts.place = null; facts.placeSentence = null; }
  leadCache.set(ctx, facts);
  return facts;
}

/** Whether a day lies in the week before publication: the news, not an event it looks back or ahead to. */
export function isRecent(ctx: ArticleContext, day: string): boolean {
  return !!ctx.ref && ctx.ref.getTime() - Date.parse(`${day}T12:00:00Z`) <= LEAD_DAYS * 86400000;
}

/** The first day a sentence states in the reporter's words. */
export function dayOutsideQuotes(ctx: ArticleContext, sen: Sentence): string | null {
  for (const r of unquoted(ctx, sen)) {
    const day = dateIn(ctx.text, r.start, r.end, ctx.ref, ctx.pack);
    if (day) return day;
  }
  return null;
}

/** The first place a sentence states in the reporter's words. */
export function placeOutsideQuotes(ctx: ArticleContext, sen: Sentence): string | null {
  for (const r of unquoted(ctx, sen)) {
    const place = placeIn(ctx.tokens, r.start, r.end, ctx.pack, ctx.capital);
    if (place) return place;
  }
  return null;
}

/** The stretches of a sentence outside quotation marks: the reporter's words ("tonight" inside a quote dates nothing). */
function unquoted(ctx: ArticleContext, sen: Sentence): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = sen.start;
  for (const q of ctx.quoted) {
    if (q.end <= at) continue;
    if (q.start >= sen.end) break;
    if (q.start > at) out.push({ start: at, end: q.start });
    at = Math.max(at, q.end);
  }
  if (at < sen.end) out.push({ start: at, end: sen.end });
  return out;
}

/** The opening sentences: two, or three when the first is a short headline. */
export function leadOf(sentences: Sentence[]): { start: number; end: number } {
  if (!sentences.length) return { start: 0, end: 0 };
  // (a dateline is counted with the sentence it opens)
  const counted = sentences.filter((s) => !s.dateline);
  if (!counted.length) return { start: sentences[0].start, end: sentences[sentences.length - 1].end };
  const n = counted[0].end - counted[0].start < 100 ? 3 : 2;
  const last = counted[Math.min(n, counted.length) - 1];
  return { start: sentences[0].start, end: last.end };
}
