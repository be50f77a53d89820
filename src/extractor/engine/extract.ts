// The language-neutral pipeline: quoted stretches → sentences → attribution → speaker, role,
// place, date → a decision (quote or name/title) with a confidence. Packs supply all wording.
import type { ExtractOptions, LanguagePack, Quote, QuoteType } from '../types.js';
import { cueAfter, cueBefore, cueSource, findVerb, subjectOf, type Cue } from './cues.js';
import { containing, sentenceAt, tokensIn, type ArticleContext } from './context.js';
import { PersonRegistry, type Person } from './entities.js';
import { findReportedSpeech } from './indirect.js';
import { findQuotedStretches, type QuotedStretch } from './quote-marks.js';
import { splitSentences, type Sentence } from './sentences.js';
import { readPhrase, type SpeakerPhrase } from './phrases.js';
import { resolve, type Attribution } from './resolve.js';
import { tokenize, type Token } from './tokens.js';
import { datelinePlace, dateIn, placeIn, referenceDate } from './when-where.js';

interface Candidate {
  stretch: QuotedStretch;
  sentence: Sentence;
  type: QuoteType;
  cue: Cue | null;
  speaker: Attribution | null;
  score: number;
  place: string | null;
  date: string | null;
}

export function extractWith(basePack: LanguagePack, text: string, opts: ExtractOptions = {}): Quote[] {
  const tokens = tokenize(text);
  const pack = withArticleNouns(basePack, tokens);
  const stretches = findQuotedStretches(text, pack.quotePairs);
  const top = stretches.filter((s) => s.depth === 0);
  const sentences = splitSentences(text, top.map((s) => s.outer), pack);
  const quoted = top.map((s) => s.outer);
  const isQuoted = (pos: number) => containing(quoted, pos) >= 0;
  const registry = new PersonRegistry(pack);
  registry.scan(tokens, isQuoted, text);
  // A surname the article has given with a first name is a name wherever it stands ("Beispiel sagte").
  const articlePack: LanguagePack = { ...pack, isCommonNoun: (w) => !registry.knows(w) && pack.isCommonNoun(w) };
  const ctx: ArticleContext = {
    text, pack: articlePack, tokens, sentences, registry, quoted,
    ref: referenceDate(opts.publishedAt, text, pack),
    capital: datelinePlace(text),
  };

  const candidates: Candidate[] = [];
  let previous: Candidate | null = null;
  for (let qi = 0; qi < top.length; qi++) {
    const s = top[qi];
    const sentence = sentences[sentenceAt(sentences, s.outer.start)] ?? { start: 0, end: text.length, paragraph: 0 };
    // The sentence as far as it matters to this quote: a window around it, so that a run-away
    // "sentence" (a text without punctuation) costs linear time, not quadratic.
    const window = { start: Math.max(sentence.start, s.outer.start - WINDOW), end: Math.min(sentence.end, s.outer.end + WINDOW), paragraph: sentence.paragraph };
    // The lead-in runs back to the last accepted quote: a name in marks ("von der „Netzeitung“ …
    // zitiert:") belongs to the lead-in, it does not end it.
    const lastEnd = previous ? previous.stretch.outer.end : -1;
    const prevEnd = lastEnd > window.start && lastEnd <= s.outer.start ? lastEnd : window.start;
    const nextStart = qi + 1 < top.length && top[qi + 1].outer.start < window.end ? top[qi + 1].outer.start : window.end;
    const c = analyse(ctx, s, window, prevEnd, nextStart, previous);
    if (c) { candidates.push(c); if (c.score >= ACCEPT) previous = c; }
  }

  const quotes: Quote[] = candidates.filter((c) => c.score >= ACCEPT).map((c) => toQuote(ctx, c));
  for (const r of findReportedSpeech(ctx, quotes)) quotes.push(r);
  return quotes.sort((a, b) => a.spans[0].start - b.spans[0].start);
}

const ACCEPT = 0.5;
/** Characters either side of a quote that its sentence-level cues are looked for in. */
const WINDOW = 500;

/**
 * Where a language capitalises every noun (German), a capitalised word that this article puts
 * after a determiner ("den Unmut", "das Wahlkampfteam") is a noun here, not a name.
 */
function withArticleNouns(pack: LanguagePack, tokens: Token[]): LanguagePack {
  const nouns = new Set<string>();
  const lower = new Set<string>();
  for (const t of tokens) if (t.word && !t.cap) lower.add(t.lower);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || !tokens[i].word) continue;
    // A capitalised word this article also writes in lower case is no name ("Besonders", "Thanks").
    if (lower.has(tokens[i].lower)) { nouns.add(tokens[i].text); continue; }
    if (!pack.capitalisesNouns || i === 0) continue;
    let k = i - 1;
    // adjectives between article and noun: "die neue Regelung"
    while (k > 0 && k > i - 3 && tokens[k].word && !tokens[k].cap && /(e|en|er|es|em)$/u.test(tokens[k].lower) && !pack.determiners.has(tokens[k].lower)) k--;
    const marker = pack.determiners.has(tokens[k].lower) || pack.contractedArticles.has(tokens[k].lower);
    if (marker && !pack.nameParticles.has(tokens[i - 1].lower)) nouns.add(tokens[i].text);
  }
  return { ...pack, isCommonNoun: (w: string) => nouns.has(w) || pack.isCommonNoun(w) };
}

function analyse(ctx: ArticleContext, s: QuotedStretch, sentence: Sentence, prevEnd: number, nextStart: number, previous: Candidate | null): Candidate | null {
  const { text, pack } = ctx;
  const content = text.slice(s.segments[0].start, s.segments[s.segments.length - 1].end);
  const words = content.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (!words.length) return null;
  const before = tokensIn(ctx, prevEnd, s.outer.start);
  const after = tokensIn(ctx, s.outer.end, nextStart);
  const lastChar = content.trimEnd().slice(-1);
  const endsUtterance = /[.!?…,]/u.test(lastChar);
  const sentenceStartsHere = !before.some((t) => t.word);
  const colonBefore = before.length > 0 && before[before.length - 1].text === ':';
  const commaAfter = after.length > 0 && /^[,–—]$/u.test(after[0].text);

  // Where the quote stands in its sentence decides direct (a whole utterance) versus partial.
  // „…“, sagte X: the attribution after the quote, when the quote opens the sentence; a quote
  // inside the sentence belongs first to the clause that leads up to it.
  let cue: Cue | null = null;
  const tryAfter = () => (commaAfter || endsUtterance ? cueAfter(after, pack, text) : null);
  const tryBefore = () => (colonBefore || before.some((t) => t.word) ? cueBefore(before, pack, text) : null);
  cue = sentenceStartsHere ? tryAfter() ?? tryBefore() : tryBefore() ?? tryAfter();
  // A paragraph that ends with a colon introduces the quote that opens the next one.
  if (!cue && sentenceStartsHere) {
    const at = sentenceAt(ctx.sentences, s.outer.start);
    const prev = at > 0 ? ctx.sentences[at - 1] : null;
    if (prev && /:\s*$/u.test(text.slice(prev.start, prev.end)) && prev.paragraph >= sentence.paragraph - 1) {
      cue = cueBefore(tokensIn(ctx, Math.max(prev.start, prev.end - WINDOW), prev.end), pack, text);
    }
  }
  const sentenceTokens = tokensIn(ctx, sentence.start, sentence.end).filter((t) => containing(ctx.quoted, t.start) < 0);
  if (!cue) cue = cueSource(sentenceTokens, pack, text, text.slice(sentence.start, sentence.end), sentence.start);
  if (!cue) {
    const v = findVerb(sentenceTokens, 0, sentenceTokens.length, pack);
    if (v) {
      const sp = subjectOf(sentenceTokens, v.at, 0, sentenceTokens.length, pack, text);
      cue = { cue: { text: sentenceTokens[v.at].text, start: sentenceTokens[v.at].start, end: sentenceTokens[v.at].end }, speaker: sp, region: { start: sentence.start, end: sentence.end }, kind: 'sentence' };
    }
  }

  const wholeUtterance = (sentenceStartsHere || colonBefore) && (!after.some((t) => t.word) || commaAfter || endsUtterance || cue?.kind === 'after');
  const type: QuoteType = wholeUtterance || (cue?.kind === 'after' && endsUtterance) ? 'direct' : 'partial';

  // Evidence that the marks hold a name or title, not speech.
  const prevWord = lastWord(before);
  const nextWord = after.find((t) => t.word);
  const nameCue = (prevWord && pack.nameCues.has(prevWord.lower)) || (nextWord && !commaAfter && pack.nameCues.has(nextWord.lower))
    || (before.length >= 2 && pack.nameCues.has(`${before[before.length - 2]?.lower} ${prevWord?.lower}`));
  const titleNoun = titleBefore(before, pack);
  const capitalised = words.filter((w) => /^[„"'«»‚(]*\p{Lu}/u.test(w)).length;
  // Title case: every word capitalised; where nouns are lower-case, most words capitalised will do.
  const titleLike = words.length <= 6 && !endsUtterance && (pack.capitalisesNouns
    ? capitalised === words.length && words.length > 1
    : capitalised >= Math.ceil(words.length * 0.75));

  let score: number;
  if (type === 'direct') {
    score = 0.75;
    if (cue && cue.kind !== 'sentence') score += 0.15;
    if (words.length <= 2 && !endsUtterance) score -= 0.35;
    if (titleLike && !cue) score -= 0.3;
  } else {
    score = 0.35;
    if (cue && cue.kind !== 'sentence') score += 0.3;
    else if (cue) score += 0.2;
    if (words.length >= 5) score += 0.1;
    // Someone in the sentence to say it: "Der Bundespräsident konstatierte eine „Kluft …“".
    if (!cue && sentenceSubject(ctx, sentence)) score += 0.15;  // someone to have said it
    if (prevWord && pack.characterisationWords.has(prevWord.lower)) score += 0.1;
    score += pack.embeddedQuoteBias;
    if (titleLike) score -= 0.3;
  }
  // Names and titles stand where nouns stand: after a noun ("die Nachrichtenagentur „Xinhua“"),
  // after an article ("die „Deutsche Krebshilfe“"), or glued into a compound („Bild“-Zeitung).
  const upper = /^\p{Lu}/u.test(content);
  if (type === 'partial' && upper) {
    const prev = before[before.length - 1];
    if (prev && prev.word && prev.cap && before.length > 1 && !pack.determiners.has(prev.lower)) score -= 0.45;
    else if (prev && (pack.definiteDeterminers.has(prev.lower) || pack.objectDeterminers.has(prev.lower))) score -= 0.25;
    if (words.length === 1 && (!cue || cue.kind === 'sentence')) score -= 0.15;
  }
  if (/^[-‐]\p{L}/u.test(text.slice(s.outer.end, s.outer.end + 2))) score -= 0.6;
  // Name-shaped: every word but the function words capitalised ("Reporter ohne Grenzen").
  const contentWords = words.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w && !pack.stopwords.has(w.toLowerCase()));
  const nameShaped = type === 'partial' && contentWords.length > 0 && contentWords.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  if (nameShaped) {
    const prev = before[before.length - 1];
    if (/^\s*\(/u.test(text.slice(s.outer.end, s.outer.end + 3))) score -= 0.5; // „Reporter ohne Grenzen“ (ROG)
    else if (prev && (pack.determiners.has(prev.lower) || pack.placePrepositions.has(prev.lower) || pack.genitiveLinks.has(prev.lower))) score -= 0.2;
    if (words.length <= 4) score -= 0.1;
  }
  if (nameCue) score -= 0.6;
  if (titleNoun) score -= 0.5;
  if (words.length === 1 && !cue) score -= 0.2;

  // Without a speech verb, the one the sentence is about: "Das Gericht kam zu dem Ergebnis, „…“".
  // A fragment in reported speech (Konjunktiv) without a person as subject belongs to whoever the
  // sentence before reported: "Die Ermittler …. Die Maschine sei „…“ gelandet."
  const reported = sentenceTokens.some((t) => pack.reportedSpeechMarkers.has(t.lower));
  const subject = !cue?.speaker && type === 'partial' ? sentenceSubject(ctx, sentence) : null;
  let speaker = cue?.speaker ? resolve(ctx, cue.speaker) : subject ? resolve(ctx, subject) : null;
  // "…“, und fügt hinzu: „…“": a speech verb without its own subject keeps the last speaker.
  if (cue && !cue.speaker && previous?.speaker && sentence.paragraph === previous.sentence.paragraph && cue.kind !== 'sentence') speaker = previous.speaker;
  // A fragment in reported speech (Konjunktiv) without its own attribution belongs to whoever the
  // sentence before reported: "Die Kanadier sagen, … Der Airbus sei erst „weit hinter …“ gelandet."
  if (!speaker && reported) {
    const reporter = reporterBefore(ctx, sentence);
    if (reporter) speaker = reporter;
  }
  // A quote standing alone after a sentence about someone is theirs: "Sadiq Khan … verurteilte die
  // Haltung der Regierung. „Diese Regierung hat …“"
  if (!speaker && type === 'direct' && sentenceStartsHere && !colonBefore) {
    const at = sentenceAt(ctx.sentences, s.outer.start);
    const prev = at > 0 ? ctx.sentences[at - 1] : null;
    if (prev && prev.paragraph === sentence.paragraph && !(previous && previous.stretch.outer.end > prev.start)) {
      const p = sentenceSubject(ctx, prev);
      if (p && (p.name || p.pronoun || p.organisation)) speaker = resolve(ctx, p);
    }
  }
  // A quote without its own attribution continues the previous speaker's statement.
  const continues = previous && previous.speaker && !speaker
    && sentence.paragraph - previous.sentence.paragraph <= 1;
  if (continues) {
    speaker = { ...previous!.speaker! };
    score += type === 'direct' ? 0.05 : 0.1;
  }
  // A fragment inside reported speech ("… werde dazu beitragen, »…«") is the reported speaker's words.
  if (type === 'partial' && reported) score += 0.15;
  // Where and when: the attribution clause first, then the rest of the sentence around the quote.
  const regions = [cue?.region, { start: s.outer.end, end: nextStart }, { start: prevEnd, end: s.outer.start }]
    .filter((r): r is { start: number; end: number } => !!r && r.end > r.start);
  let place: string | null = null;
  let date: string | null = null;
  // Only for what will be output: names and titles in marks cost no date parsing.
  if (score < ACCEPT) return { stretch: s, sentence, type, cue, speaker, score: Math.max(0, score), place, date };
  for (const r of regions) {
    place ??= placeIn(ctx.tokens, r.start, r.end, pack, ctx.capital);
    date ??= dateIn(text, r.start, r.end, ctx.ref, pack);
  }
  if (previous && (continues || (speaker?.name && speaker.name === previous.speaker?.name) || sentence.paragraph === previous.sentence.paragraph)) {
    place ??= previous.place;
    date ??= previous.date;
  }
  // The same statement, reported a sentence or two before: "Stoiber gab heute in München seinen
  // Rückzug bekannt. … Stoiber begründete ihn mit einer „veränderten Lage“".
  if (speaker?.person && (!place || !date)) {
    const earlier = statementBefore(ctx, speaker.person, s.outer.start);
    if (earlier) {
      place ??= placeIn(ctx.tokens, earlier.start, earlier.end, pack, ctx.capital);
      date ??= dateIn(text, earlier.start, earlier.end, ctx.ref, pack);
    }
  }
  return { stretch: s, sentence, type, cue, speaker, score: Math.max(0, Math.min(1, score)), place, date };
}

function toQuote(ctx: ArticleContext, c: Candidate): Quote {
  const spans = c.stretch.segments.map((x) => ({ start: x.start, end: x.end }));
  return {
    text: spans.map((x) => ctx.text.slice(x.start, x.end)).join('\n'),
    type: c.type,
    spans,
    speaker: c.speaker ? { name: c.speaker.name, mention: c.speaker.mention } : null,
    role: c.speaker?.role ?? null,
    place: c.place,
    date: c.date,
    cue: c.cue ? c.cue.cue : null,
    confidence: round(c.speaker?.name ? c.score : c.score * 0.85),
    lang: ctx.pack.code,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The speaker of a speech verb or source in one of the two sentences before (same or previous paragraph). */
function reporterBefore(ctx: ArticleContext, sentence: Sentence): Attribution | null {
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
function statementBefore(ctx: ArticleContext, person: Person, pos: number): Sentence | null {
  const at = sentenceAt(ctx.sentences, pos);
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    const sen = ctx.sentences[k];
    if (sen.paragraph < ctx.sentences[at].paragraph - 1) break;
    if (person.mentions.some((m) => m >= sen.start && m < sen.end)) return sen;
  }
  return null;
}

function sentenceSubject(ctx: ArticleContext, sentence: Sentence): SpeakerPhrase | null {
  const toks = tokensIn(ctx, sentence.start, sentence.end);
  const p = readPhrase(toks, 0, ctx.pack, ctx.text, true);
  return p && (p.name || p.pronoun || p.roleWords.length || p.organisation) ? p : null;
}

function titleBefore(before: Token[], pack: LanguagePack): boolean {
  const w = before.filter((t) => t.word);
  const last = w[w.length - 1];
  if (!last || before[before.length - 1] !== last) return false;
  return pack.titleNouns.has(last.lower) || (w.length >= 2 && pack.determiners.has(last.lower) && pack.titleNouns.has(w[w.length - 2].lower));
}

function lastWord(tokens: Token[]): Token | undefined {
  const t = tokens[tokens.length - 1];
  return t && t.word ? t : undefined;
}

