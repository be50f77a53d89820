// Speakers from the neighbourhood of a quote: the sentence's subject, the reporter of the
// sentences before, the sentence that last named someone.
import type { Attribution } from './resolve.js';
import { resolve } from './resolve.js';
import { containing, ownWords, sentenceAt, tokensIn, type ArticleContext } from './context.js';
import { cueAfter, cueSource, findVerb, impersonalSource, subjectOf, type Cue } from './cues.js';
import type { Person } from './entities.js';
import { readPhrase, type SpeakerPhrase } from './phrases.js';
import type { Sentence } from './sentences.js';
import { firstTokenAt, type Token } from './tokens.js';

/** Characters either side of a quote that its sentence-level cues are looked for in. */
export const WINDOW = 500;

/** A sentence's own attribution: a source phrase ("laut X") or a speech verb with its subject. */
export function sentenceCue(ctx: ArticleContext, sentence: { start: number; end: number }, words = ownWords(ctx, sentence.start, sentence.end)): Cue | null {
  const { pack, text } = ctx;
  const source = cueSource(words, pack, text, text.slice(sentence.start, sentence.end), sentence.start);
  if (source) return source;
  const v = findVerb(words, 0, words.length, pack);
  if (!v) return null;
  const verb = words[v.at];
  return {
    cue: { text: verb.text, start: verb.start, end: verb.end },
    // ("In einem Positionspapier des Ministeriums heißt es, …": the text it names)
    speaker: impersonalSource(words, v.at, 0, words.length, pack, text) ?? subjectOf(words, v.at, 0, words.length, pack, text),
    region: { start: sentence.start, end: sentence.end },
    kind: 'sentence',
  };
}

/** The sentence before the one at pos, or null. */
export function sentenceBefore(ctx: ArticleContext, pos: number): Sentence | null {
  const at = sentenceAt(ctx.sentences, pos);
  return at > 0 ? ctx.sentences[at - 1] : null;
}

/** The speaker of a speech verb or source in one of the two sentences before (same or previous paragraph). */
export function reporterBefore(ctx: ArticleContext, sentence: Sentence): Attribution | null {
  const at = sentenceAt(ctx.sentences, sentence.start);
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    const sen = ctx.sentences[k];
    if (sen.paragraph < sentence.paragraph - 1 || sen.end - sen.start > WINDOW * 2) break;
    const phrase = sentenceCue(ctx, sen)?.speaker;
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
  // "Obwohl Muster … rechnet, sei man …": the subject of an opening subordinate clause
  const subordinate = toks.length > 1 && ctx.pack.subordinators.has(toks[0].lower);
  let at = subordinate ? 1 : 0;
  // ("Europapolitik: Die SPD will …": a topic label and its colon open the sentence; a name there
  // would be a speaker's label, "Muster: …", and stays)
  if (!subordinate && toks[1]?.text === ':' && toks[0].word && toks[0].cap && toks.length > 3 && !(ctx.pack.isKnownName?.(toks[0].text) ?? false)
    && !ctx.pack.firstNameGender?.(toks[0].text)) at = 2;
  // "Instead, he was back …", "Specifically, he thought …": an adverb set off by a comma opens
  // the sentence, the subject follows it
  const timeEnd = spanOfTimeEnd(ctx, toks, at);
  if (toks[at]?.word && toks[at + 1]?.text === ',' && !ctx.pack.capitalisesNouns && !(ctx.pack.isKnownName?.(toks[at].text) ?? false)) at += 2;
  // ("Hours later, Example returned …", "Nine years before, she had …": so does a span of
  // time with a word that makes it an adverbial, where a subject and its verb follow the comma)
  else if (timeEnd > 0) at = timeEnd + 2;
  // "Reprising one of her lines, the senator talked about …": a participial clause opens it
  // ("Hastily politicizing the tragedy, Example cast …": perhaps after an adverb in -ly)
  else if (!ctx.pack.capitalisesNouns && (PARTICIPLE.test(toks[at]?.text ?? '') || (/\p{Ll}ly$/u.test(toks[at]?.lower ?? '') && PARTICIPLE.test(toks[at + 1]?.text ?? '')))
    && !(ctx.pack.isKnownName?.(toks[at].text) ?? false)) {
    // ("Speaking at a diner in Exampleton, Ohio, Example went after …": the clause ends at
    // the comma after which a subject stands before its verb)
    const commas = toks.flatMap((t, k) => (k > at && k < at + 20 && t.text === ',' ? [k] : []));
    const comma = commas.find((k) => beforeVerb(ctx, toks, k + 1)) ?? commas[0] ?? -1;
    if (comma > 0) at = comma + 1;
  }
  // "At a rally in Salem, New Hampshire, Example went after …", "After the Paris attacks, Example
  // released …": where word order is fixed, an opening prepositional phrase ends at the comma
  // after which a phrase stands right before a lower-case word (its verb); "New Hampshire," is
  // followed by another comma. (An opening subordinate clause keeps its own subject: "As Example
  // left, …".)
  // ("Earlier this week, Example shared …": so does an adverbial of time)
  else if (!ctx.pack.verbSecond && (ctx.pack.prepositions.has(toks[at]?.lower ?? '') || (subordinate && !beforeVerb(ctx, toks, 1))
    || (ctx.pack.phraseBreakers.has(toks[at]?.lower ?? '') && !ctx.pack.pronouns.has(toks[at]?.lower ?? ''))
    // ("Early in his campaign, Example attacked …": an adverb that is no name before a preposition)
    || (!!toks[at]?.cap && ctx.pack.isCommonNoun(toks[at].text) && ctx.pack.prepositions.has(toks[at + 1]?.lower ?? '')))) {
    for (let k = at + 1; k < toks.length && k < at + 20; k++) {
      if (toks[k].text === ',' && beforeVerb(ctx, toks, k + 1)) { at = k + 1; break; }
    }
  }
  // ("Across Asia, policymakers were startled by …": a preposition still opening the sentence
  // heads no subject; its phrase is where or when)
  if (ctx.pack.prepositions.has(toks[at]?.lower ?? '') && !ctx.pack.determiners.has(toks[at].lower) && toks[at].cap) return subjectAfterVerb(ctx, toks);
  // ("Auch der Sprecher der Fraktion will „…“": where the verb comes second, a focus particle may
  // stand before the subject in the first place; an article right after it opens the subject)
  const particle = ctx.pack.verbSecond && at === 0 && toks[0]?.word && ctx.pack.focusAdverbs.has(toks[0].lower) && !!toks[1] && ctx.pack.determiners.has(toks[1].lower);
  // ("Da ihr Klient Sorge hatte, habe Probe „…“": where the verb comes second, a main clause
  // after an opening subordinate one has its verb first and then its subject, someone the article names)
  // (not after "doch", "und", which join main clauses; the word after the comma is the verb, no relative pronoun)
  const comma = subordinate && ctx.pack.verbSecond && !ctx.pack.coordinators.has(toks[0].lower) ? toks.findIndex((t) => t.text === ',') : -1;
  const verbWord = toks[comma + 1];
  const verbAt = comma > 1 && verbWord?.word && !verbWord.cap && !ctx.pack.determiners.has(verbWord.lower) && !ctx.pack.relativePronouns.has(verbWord.lower) ? comma + 1 : -1;
  const after = verbAt > 0 && containing(ctx.quoted, toks[verbAt + 1]?.start ?? -1) < 0 ? readPhrase(toks, verbAt + 1, ctx.pack, ctx.text, true) : null;
  const main = after && (after.name || after.pronoun || after.organisation) ? after : null;
  const p = main ?? readPhrase(toks, at, ctx.pack, ctx.text, true) ?? (particle ? readPhrase(toks, 1, ctx.pack, ctx.text, true) : null) ?? subjectAfterVerb(ctx, toks);
  // ("It is unclear whether …": a neuter pronoun before an auxiliary is no one the sentence is
  // about; "Later, it criticised Sample, saying …" is)
  if (!p || p.inMarks || (p.pronoun === 'n' && ctx.pack.phraseBreakers.has(toks[firstTokenAt(toks, p.end)]?.lower ?? ''))) return null;
  // Without a speech verb, a description names a speaker only by a role noun or a text: "the
  // retired surgeon", "the ad" may speak, "The paradox" or "The scheduling" do not.
  const head = p.roleWords[p.roleWords.length - 1];
  return p.name || p.pronoun || p.organisation || p.document || (head && ctx.pack.isRoleNoun(head)) ? p : null;
}


const PARTICIPLE = /\p{Ll}(ing|ed)$/u;

/** Where word order is fixed, the word that ends an opening span of time ("Hours later,", "Two years ago,") before its comma and a subject with its verb; -1 if none. */
function spanOfTimeEnd(ctx: ArticleContext, toks: Token[], at: number): number {
  if (ctx.pack.capitalisesNouns || !toks[at]?.word || (ctx.pack.isKnownName?.(toks[at].text) ?? false)) return -1;
  for (let k = at + 1; k < at + 3 && toks[k]?.word && !toks[k].cap; k++) {
    if (ctx.pack.sinceWords.has(toks[k].lower) && toks[k + 1]?.text === ','
      && (ctx.pack.nominativePronouns.has(toks[k + 2]?.lower ?? '') || beforeVerb(ctx, toks, k + 2))) return k;
  }
  return -1;
}

/** Whether a phrase starts at toks[k] and a lower-case word other than a function word follows it: a subject and its verb. */
function beforeVerb(ctx: ArticleContext, toks: Token[], k: number): boolean {
  if (!toks[k]?.word) return false;
  const q = readPhrase(toks, k, ctx.pack, ctx.text, true);
  const next = q ? toks[firstTokenAt(toks, q.end)] : undefined;
  // ("After the Paris attacks, Example released …": where only names are capitalised, a name after
  // "the" is used as an attribute, and the lower-case word after it is its noun, not a verb)
  // (one word, not an acronym: "the DNC issued" is an organisation and its verb)
  if (q?.name && !ctx.pack.capitalisesNouns && !q.roleWords.length && q.determiner && ctx.pack.definiteDeterminers.has(q.determiner)
    && /^\p{Lu}\p{Ll}+$/u.test(q.name) && toks[k + 1]?.text === q.name) return false;
  return !!next?.word && !next.cap && !ctx.pack.phraseBreakers.has(next.lower);
}

/**
 * "In dem Verfahren sieht Osterloh einen „Angriff …“": where the verb comes second, a person the
 * article names may stand right after it, when something else opens the sentence.
 */
function subjectAfterVerb(ctx: ArticleContext, toks: Token[]): SpeakerPhrase | null {
  const { pack } = ctx;
  if (!pack.verbSecond || !pack.isKnownName) return null;
  for (let k = 2; k < toks.length && k < 14; k++) {
    const t = toks[k], prev = toks[k - 1];
    if (containing(ctx.quoted, t.start) >= 0 || /^[.!?;:]$/u.test(t.text)) break;
    // ("Ursprünglich wollte er „…“": a pronoun right after the verb in second place is the subject)
    if (k === 2 && toks[0].word && prev.word && !prev.cap && pack.nominativePronouns.has(t.lower)) return readPhrase(toks, k, pack, ctx.text, true);
    if (!t.cap || !t.word || !pack.isKnownName(t.text) || !prev.word || prev.cap) continue;
    if (pack.prepositions.has(prev.lower) || pack.determiners.has(prev.lower) || pack.phraseBreakers.has(prev.lower)) continue;
    return readPhrase(toks, k, pack, ctx.text, true);
  }
  return null;
}

/** The attribution in a short sentence that follows `sentence` in its paragraph and quotes nothing itself. */
export function shortCueAfter(ctx: ArticleContext, sentence: Sentence, anyLength = false): Cue | null {
  const next = ctx.sentences[sentenceAt(ctx.sentences, sentence.start) + 1];
  // (a signature line "- Name." may stand in the next paragraph)
  const signature = next && next.paragraph === sentence.paragraph + 1 && /^[―—–-]\s*\p{Lu}/u.test(ctx.text.slice(next.start, next.start + 3));
  if (!next || (next.paragraph !== sentence.paragraph && !signature) || containing(ctx.quoted, next.start) >= 0) return null;
  const toks = tokensIn(ctx, next.start, next.end);
  // ("„…“ Das musste X zu Beginn der … Debatte einräumen.": a demonstrative before its verb points
  // back to the quote, however long the sentence)
  const pointsBack = toks[0]?.word && ctx.pack.backReferences.has(toks[0].lower) && !!toks[1]?.word && !toks[1].cap;
  if ((!anyLength && !pointsBack && toks.filter((t) => t.word).length > 12) || toks.some((t) => containing(ctx.quoted, t.start) >= 0)) return null;
  const cue = cueAfter(toks, ctx.pack, ctx.text);
  return cue?.speaker ? cue : null;
}
