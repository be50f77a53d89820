// Speakers from the neighbourhood of a quote: the sentence's subject, the reporter of the
// sentences before, the sentence that last named someone.
import type { Attribution } from './resolve.js';
import { resolve } from './resolve.js';
import { containing, sentenceAt, tokensIn, type ArticleContext } from './context.js';
import { cueSource, findVerb, subjectOf } from './cues.js';
import type { Person } from './entities.js';
import { readPhrase, type SpeakerPhrase } from './phrases.js';
import type { Sentence } from './sentences.js';

/** Characters either side of a quote that its sentence-level cues are looked for in. */
export const WINDOW = 500;

/** The speaker of a speech verb or source in one of the two sentences before (same or previous paragraph). */
export function reporterBefore(ctx: ArticleContext, sentence: Sentence): Attribution | null {
  const at = sentenceAt(ctx.sentences, sentence.start);
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    const sen = ctx.sentences[k];
    if (sen.paragraph < sentence.paragraph - 1 || sen.end - sen.start > WINDOW * 2) break;
    const toks = tokensIn(ctx, sen.start, sen.end).filter((t) => containing(ctx.quoted, t.start) < 0);
    const v = findVerb(toks, 0, toks.length, ctx.pack);
    const phrase = v ? subjectOf(toks, v.at, 0, toks.length, ctx.pack, ctx.text)
      : cueSource(toks, ctx.pack, ctx.text, ctx.text.slice(sen.start, sen.end), sen.start)?.speaker ?? null;
    if (phrase) return resolve(ctx, phrase);
  }
  return null;
}

/** The sentence that last mentioned this person, if it is among the two before the quote's. */
export function statementBefore(ctx: ArticleContext, person: Person, pos: number): Sentence | null {
  const at = sentenceAt(ctx.sentences, pos);
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    const sen = ctx.sentences[k];
    if (sen.paragraph < ctx.sentences[at].paragraph - 1) break;
    if (person.mentions.some((m) => m >= sen.start && m < sen.end)) return sen;
  }
  return null;
}

export function sentenceSubject(ctx: ArticleContext, sentence: Sentence): SpeakerPhrase | null {
  const toks = tokensIn(ctx, sentence.start, sentence.end);
  const p = readPhrase(toks, 0, ctx.pack, ctx.text, true);
  return p && (p.name || p.pronoun || p.roleWords.length || p.organisation) ? p : null;
}

