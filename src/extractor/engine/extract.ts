// The language-neutral pipeline: quoted stretches → sentences → attribution → speaker, role,
// place, date → a decision (quote or name/title) with a confidence. Packs supply all wording.
import type { ExtractOptions, LanguagePack, Mention, Quote, QuoteType } from '../types.js';
import { cueAfter, cueBefore, cueSource, findVerb, type Cue } from './cues.js';
import { containing, ownWords, sentenceAt, tokensIn, type ArticleContext } from './context.js';
import { withArticleNouns } from './article-nouns.js';
import { PersonRegistry, type Person } from './entities.js';
import { findReportedSpeech, marksReport } from './indirect.js';
import { findQuotedStretches, type QuotedStretch } from './quote-marks.js';
import { splitSentences, type Sentence } from './sentences.js';
import { reporterBefore, sentenceBefore, sentenceCue, sentenceSubject, shortCueAfter, statementBefore, WINDOW } from './neighbours.js';
import { scoreQuote } from './quote-score.js';
import { resolve, type Attribution } from './resolve.js';
import { markKnownSurnames, markNameWords, readPhrase, titleInMarks, type SpeakerPhrase } from './phrases.js';
import { firstTokenAt, tokenize } from './tokens.js';
import { datelinePlace, dateIn, placeIn, referenceDate } from './when-where.js';
import { dayOutsideQuotes, isRecent, leadFacts, leadHolds, leadOf, placeOutsideQuotes, reportsSpeechOf, unquoted } from './lead.js';
import { headlineOf, isHeading } from './headings.js';

interface Candidate {
  stretch: QuotedStretch;
  sentence: Sentence;
  type: QuoteType;
  cue: Cue | null;
  speaker: Attribution | null;
  score: number;
  place: string | null;
  date: string | null;
  /** The paragraph whose words give the date (a continuing quote inherits it with the date). */
  dateFrom: number | null;
  /** Said on a later occasion than what came before ("begründete hinterher …"). */
  later: boolean;
}

export function extractWith(basePack: LanguagePack, text: string, opts: ExtractOptions = {}): Quote[] {
  const tokens = tokenize(text);
  markNameWords(tokens, basePack);
  const pack = withArticleNouns(basePack, tokens);
  const stretches = findQuotedStretches(text, pack.quotePairs);
  const top = stretches.filter((s) => s.depth === 0);
  const sentences = splitSentences(text, top.map((s) => s.outer), pack);
  const quoted = top.map((s) => s.outer);
  const isQuoted = (pos: number) => containing(quoted, pos) >= 0;
  const registry = new PersonRegistry(pack);
  // (a headline capitalises every word, "Jan Example Says Eva Sample …": its runs of capitals are
  // no names; the body names the people it is about)
  const headlineEnd = headlineOf(text, opts.title);
  registry.scan(tokens, (pos) => pos < headlineEnd || isQuoted(pos), text);
  registry.headlineNames(tokens, headlineEnd);
  markKnownSurnames(tokens, text, pack, (w) => registry.knows(w));
  // A surname the article has given with a first name is a name wherever it stands ("Beispiel sagte").
  const articlePack: LanguagePack = { ...pack, isCommonNoun: (w) => !registry.knows(w) && pack.isCommonNoun(w), isKnownName: (w) => registry.knows(w) };
  const ctx: ArticleContext = {
    text, pack: articlePack, tokens, sentences, registry, quoted,
    ref: referenceDate(opts.publishedAt, text, pack),
    capital: datelinePlace(text),
    lead: leadOf(sentences),
    leadParagraph: sentences.find((sen) => !sen.dateline)?.paragraph ?? 0,
    headlineEnd,
  };

  const accepted: Candidate[] = [];
  let previous: Candidate | null = null;
  let rejected: QuotedStretch | null = null;
  for (let qi = 0; qi < top.length; qi++) {
    const s = top[qi];
    // A headline sums up the story: its quoted words ("X calls plan ‘stupid’") are the body's,
    // where they stand with their attribution, or labels; they are not reported as quotes.
    if (s.outer.start < headlineEnd) continue;
    // A paragraph of a few words in single marks and nothing else is a section heading
    // ("'A long road.'" between two paragraphs of a feature), not words said there
    if (isHeading(text, s)) continue;
    const sentence = sentences[sentenceAt(sentences, s.outer.start)] ?? { start: 0, end: text.length, paragraph: 0 };
    // The sentence as far as it matters to this quote: a window around it, so that a run-away
    // "sentence" (a text without punctuation) costs linear time, not quadratic.
    const window = { start: Math.max(sentence.start, s.outer.start - WINDOW), end: Math.min(sentence.end, s.outer.end + WINDOW), paragraph: sentence.paragraph };
    // The lead-in runs back to the last accepted quote: a name in marks ("von der „Netzeitung“ …
    // zitiert:") belongs to the lead-in, it does not end it.
    const lastEnd = previous ? previous.stretch.outer.end : -1;
    const prevEnd = lastEnd > window.start && lastEnd <= s.outer.start ? lastEnd : window.start;
    // ("„…“, schreibt die „Computerwoche“": a name in marks after an article belongs to the
    // attribution clause; the next quote starts after it)
    let next = qi + 1;
    while (next < top.length && top[next].outer.start < window.end && nameAfterArticle(ctx, top[next])) next++;
    const nextStart = next < top.length && top[next].outer.start < window.end ? top[next].outer.start : window.end;
    const c = analyse(ctx, s, window, prevEnd, nextStart, previous);
    // „Der Musterhof“ oder „Ein Sommer am Probesee“, die Modelle „X“ und „Y“: marks in
    // a list with marks that hold a name or title hold one too
    if (c && qi > 0 && rejected === top[qi - 1] && c.type === 'partial' && listedAfter(ctx, top[qi - 1].outer.end, s.outer.start)) c.score -= LISTED_WITH_NAME;
    if (c && c.score >= ACCEPT) { accepted.push(c); previous = c; } else rejected = s;
  }

  // "Guns are “…” and “…,” Example proclaimed": a fragment listed right before another of the same
  // sentence shares the speaker that the attribution after that one names (over a speaker read off
  // the sentence as a whole)
  for (let k = accepted.length - 2; k >= 0; k--) {
    const a = accepted[k], b = accepted[k + 1];
    if ((!a.speaker || !a.cue || a.cue.kind === 'sentence') && b.speaker && b.cue?.kind === 'after' && a.sentence.start === b.sentence.start
      && listedAfter(ctx, a.stretch.outer.end, b.stretch.outer.start)) {
      a.speaker = b.speaker;
      a.cue = b.cue;
    }
  }
  const quotes: Quote[] = accepted.map((c) => toQuote(ctx, c));
  for (const r of findReportedSpeech(ctx, quotes)) quotes.push(r);
  return quotes.sort((a, b) => a.spans[0].start - b.spans[0].start);
}

const ACCEPT = 0.5;
/** What being listed with a name or title in marks takes from a stretch's score. */
const LISTED_WITH_NAME = 0.3;

/** Marks that hold a name with its article ("die „Computerwoche“", "„Die Zeit“"; see titleInMarks). */
function nameAfterArticle(ctx: ArticleContext, s: QuotedStretch): boolean {
  const k = firstTokenAt(ctx.tokens, s.outer.start);
  const before = ctx.tokens[k - 1];
  const at = before?.word && ctx.pack.determiners.has(before.lower) ? k - 1 : k;
  return titleInMarks(ctx.tokens, at, ctx.pack, ctx.text, false) !== null;
}

/** True when only a comma or a coordinator stands between two quoted stretches ("„X“ und „Y“"). */
function listedAfter(ctx: ArticleContext, from: number, to: number): boolean {
  const between = ctx.text.slice(from, to).trim();
  return between === ',' || ctx.pack.coordinators.has(between.toLowerCase());
}

function analyse(ctx: ArticleContext, s: QuotedStretch, sentence: Sentence, prevEnd: number, nextStart: number, previous: Candidate | null): Candidate | null {
  const { text, pack } = ctx;
  const content = text.slice(s.segments[0].start, s.segments[s.segments.length - 1].end);
  const words = content.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (!words.length) return null;
  const before = tokensIn(ctx, prevEnd, s.outer.start);
  const after = tokensIn(ctx, s.outer.end, nextStart);
  // the closing marks of a quote nested at the end do not hide its punctuation: „… 'not what we want,'“
  const lastChar = content.trimEnd().replace(/[\s'"‘’‚‛“”„‟«»‹›]+$/u, '').slice(-1);
  const endsUtterance = /[.!?…,]/u.test(lastChar);
  const sentenceStartsHere = !before.some((t) => t.word);
  // ("… zitiert X mit den Worten „…“": a lead-in that introduces words as a colon does)
  const leadIn = before.length > 0 && pack.speechLeadIn.test(text.slice(Math.max(before[0].start, s.outer.start - 40), s.outer.start));
  const colonBefore = before.length > 0 && (before[before.length - 1].text === ':' || leadIn);
  const commaAfter = after.length > 0 && /^[,–—]$/u.test(after[0].text);

  // Where the quote stands in its sentence decides direct (a whole utterance) versus partial.
  // „…“, sagte X: the attribution after the quote, when the quote opens the sentence; a quote
  // inside the sentence belongs first to the clause that leads up to it.
  let cue: Cue | null = null;
  let author: SpeakerPhrase | null = null;
  // ("„…“ kommentierte er seinen Ausfall": the comma after the marks is sometimes left out; a
  // speech verb right after them still opens the attribution when its subject follows it: a
  // pronoun, an article or a name the article gives. "„Radio Beispiel“ berichtet unter Berufung auf
  // …" has the marks for subject.)
  // ("räumte X ein": a separable verb with its particle further on)
  const verbAfter = after.length > 1 && after[0].word && findVerb(after, 0, 1, pack, false, after.length)?.at === 0
    && (pack.pronouns.has(after[1].lower) || pack.determiners.has(after[1].lower) || !!readPhrase(after, 1, pack, text, true)?.name);
  const tryAfter = () => (commaAfter || endsUtterance || verbAfter ? cueAfter(after, pack, text) : null);
  const tryBefore = () => (colonBefore || before.some((t) => t.word) ? cueBefore(before, pack, text) : null);
  if (sentenceStartsHere) cue = tryAfter() ?? tryBefore();
  else {
    // "Then there was the change of all: “…,” exhorted X": an attribution right after the quote
    // beats a lead-in without a speech verb or without a speaker
    // "X äußerte sich: „…“, sagte er": after a colon lead-in, the attribution right after the quote
    // names the speaker of these words
    // "When X offered …, “…,” Example said": a fragment that closes with its own punctuation and
    // is followed by a named speaker is that speaker's, whatever the lead-in says; a pronoun there
    // ("…,” he claimed") is mostly the lead-in's person again, and the lead-in names them
    const lead = tryBefore();
    const leadSpeaks = !!lead?.speaker && lead.cue.text !== ':';
    const afterCue = leadSpeaks && !colonBefore && !endsUtterance ? null : tryAfter();
    // (nor one that ends in a colon: "…,” Example said: “…”" introduces the next quote)
    const introducesNext = !!afterCue && /:\s*$/u.test(text.slice(afterCue.region.start, Math.max(afterCue.region.end, nextStart)));
    const follow = leadSpeaks && !colonBefore && (afterCue?.speaker?.pronoun || introducesNext) ? null : afterCue;
    const near = follow?.speaker ? follow.speaker.start - s.outer.end : Infinity;
    cue = near < (leadSpeaks ? 20 : 40) ? follow : lead ?? follow;
    // "X bat den Vorstand um …: „…“, heißt es in einer Erklärung": a text without an author after the
    // quote is the one named in the lead-in's
    const followingText = cue === follow ? follow?.speaker : null;
    if (followingText?.document && !followingText.name && !followingText.organisation && (lead?.speaker?.name || lead?.speaker?.pronoun)) author = lead.speaker;
  }
  // ("…, der Leiter der Behörde, Jan Probe („…“), und …": words that fill a bracket right after a
  // name are that person's, whatever the clause around says)
  // (an utterance: a name's translation or a nickname in the bracket, "Mozgalom („Bewegung für …“)",
  // "Marco Rubio (“Little Marco”)", is no one's words)
  const bracketed = /[.!?…]/u.test(lastChar) && words.length >= 4 ? nameBeforeBracket(ctx, s) : null;
  if (bracketed) cue = { cue: { text: '(', start: bracketed.end, end: bracketed.end }, speaker: bracketed, region: { start: bracketed.start, end: s.outer.end }, kind: 'before' };
  const prevSentence = sentenceBefore(ctx, s.outer.start);
  // A paragraph that ends with a colon introduces the quote that opens the next one.
  if (!cue && sentenceStartsHere && prevSentence && /:\s*$/u.test(text.slice(prevSentence.start, prevSentence.end))
    && prevSentence.paragraph >= sentence.paragraph - 1) {
    cue = cueBefore(tokensIn(ctx, Math.max(prevSentence.start, prevSentence.end - WINDOW), prevSentence.end), pack, text);
  }
  const sentenceTokens = ownWords(ctx, sentence.start, sentence.end);
  // ("X, who added that it seemed “rattled” and “frustrated”": a fragment joined to the one before
  // by "and", "or" or a comma has that one's attribution)
  if (!cue && previous?.cue?.speaker && previous.sentence.start === sentence.start && listedAfter(ctx, previous.stretch.outer.end, s.outer.start)) cue = previous.cue;
  // ("Der Anlass waren dem Gutachten zufolge ungenannte „…“": where the verb found names
  // no speaker, a source the sentence gives does)
  if (!cue) cue = sentenceCue(ctx, sentence, sentenceTokens);
  else if (!cue.speaker && cue.kind === 'before') {
    const source = cueSource(sentenceTokens, pack, text, text.slice(sentence.start, sentence.end), sentence.start);
    if (source?.speaker) cue = source;
  }
  // „…“ Das sagte X. / "…." Smith said.: a short sentence right after a quote that stands alone
  // attributes it.
  // ("“Not us!” Example, the head of the group, tweeted on Friday with …": after a quote that ends
  // in "!" or "?" the attribution reads as a sentence of its own, however long)
  if (!cue && sentenceStartsHere && !after.some((t) => t.word)) cue = shortCueAfter(ctx, sentence, /[!?]/u.test(lastChar));

  // ("Example said, “Look, …”": a capitalised quote right after a speech verb and its comma is
  // introduced as a colon introduces it)
  const commaLeadIn = before.length > 1 && before[before.length - 1].text === ',' && /^\p{Lu}/u.test(content)
    && findVerb(before, before.length - 2, before.length - 1, pack) !== null;
  const wholeUtterance = (sentenceStartsHere || colonBefore || commaLeadIn) && (!after.some((t) => t.word) || commaAfter || endsUtterance || cue?.kind === 'after');
  const type: QuoteType = wholeUtterance || (cue?.kind === 'after' && endsUtterance) ? 'direct' : 'partial';

  // Without a speech verb, the one the sentence is about: "Das Gericht kam zu dem Ergebnis, „…“".
  const subject = !cue?.speaker ? sentenceSubject(ctx, sentence) : null;
  let score = scoreQuote(ctx, { stretch: s, content, words, before, after, type, cue, subject, lastChar, endsUtterance, commaAfter });

  const reported = sentenceTokens.some((_, k) => marksReport(sentenceTokens, k, pack));
  // (without a speech verb the one the sentence is about speaks a fragment, or words it introduces:
  // "X schloss die Debatte mit den Worten „…“")
  // (a text's author speaks; the text stays the local mention: it is where the words are reported)
  let speaker = author && cue?.speaker ? { ...resolve(ctx, author), mention: { text: cue.speaker.text, start: cue.speaker.start, end: cue.speaker.end } }
    : cue?.speaker ? resolve(ctx, cue.speaker) : subject && (type === 'partial' || leadIn || commaLeadIn) ? resolve(ctx, subject) : null;
  // "Example has long attacked what he terms the “…”", "Sample told reporters he thought …": a pronoun
  // in a clause leading up to the quote stands for the one the sentence opens with; that is the mention
  if (speaker?.person && cue?.speaker?.pronoun && cue.kind !== 'after') speaker = { ...speaker, mention: openingMention(ctx, sentence, speaker.person, cue.speaker.start) ?? speaker.mention };
  // "…“, und fügt hinzu: „…“": a speech verb without its own subject keeps the last speaker.
  if (cue && !cue.speaker && previous?.speaker && sentence.paragraph === previous.sentence.paragraph && cue.kind !== 'sentence') speaker = previous.speaker;
  // A fragment in reported speech (Konjunktiv) without a person as subject belongs to whoever the
  // sentence before reported: "Die Ermittler …. Die Maschine sei „…“ gelandet."
  // A text as the subject of reported speech ("Die Studie zeige, „…“") is what the reporter cites.
  // So does a fragment in a reported sentence whose subject is what is reported on: "X betonte, … .
  // Die Agenturen würden ihnen „ein Angebot machen“."
  // (not when the subject's own verb governs the clause: "Der Vorstand hatte gehofft, dass … „…“")
  const governs = () => !!subject && !!(subject.name || subject.organisation)
    && sentenceTokens.some((t) => t.start >= subject.end && t.end <= s.outer.start && pack.complementisers.has(t.lower));
  if (reported && (!speaker || (!cue?.speaker && (subject?.document || !subject?.name))) && !governs()) {
    const reporter = reporterBefore(ctx, sentence);
    if (reporter) speaker = reporter;
  }
  // A quote standing alone after a sentence about someone is theirs: "Sam Example … kritisierte den
  // Kurs der Regierung. „Diese Regierung hat …“". The one that sentence cites comes first
  // ("Nach Ansicht von X ist … gefallen. „…“", "The administration may wait, Example said. “…”");
  // a bare office counts as the one holding it ("The pastor then turned to the crowd. “…”"); the
  // sentence may close the paragraph before, which a quote opening its own paragraph follows up.
  if (!speaker && type === 'direct' && sentenceStartsHere && !colonBefore && prevSentence
    && prevSentence.paragraph >= sentence.paragraph - 1 && !(previous && previous.stretch.outer.end > prevSentence.start)) {
    const cited = sentenceCue(ctx, prevSentence);
    const p = cited?.speaker ?? sentenceSubject(ctx, prevSentence);
    if (p && (p.name || p.pronoun || p.organisation || p.definiteRole)) speaker = resolve(ctx, p);
  }
  // ("“…,” the foundation said. “…,” it said.": a neuter pronoun speaks for the organisation or the
  // text that spoke last nearby, never for a person; it stays the mention. One word named as
  // someone with no known gender may be an organisation: "Greenpeace said")
  const prior = previous?.speaker;
  const noPerson = !!prior?.name && (!prior.person || (!prior.person.gender && !prior.person.name.includes(' ')));
  // (the quote before is in this sentence or the one before: "The Post reported that …. It added, “…”"
  // is the Post's, whoever was quoted further up)
  if (speaker && !speaker.name && !speaker.person && cue?.speaker?.pronoun === 'n' && noPerson
    && (!prevSentence || previous!.stretch.outer.end > prevSentence.start)) speaker = { ...prior!, person: null, mention: speaker.mention };
  // A quote without its own attribution continues the previous speaker's statement.
  const continues = previous && previous.speaker && !speaker
    && sentence.paragraph - previous.sentence.paragraph <= 1;
  if (continues) {
    speaker = { ...previous!.speaker! };
    score += type === 'direct' ? 0.05 : 0.1;
  }
  // "It is strange that Example would denounce “…”": a speaker found through the sentences before is
  // shown where the quote's own sentence names them
  if (speaker?.person && speaker.mention && (speaker.mention.start < sentence.start || speaker.mention.start >= sentence.end)) {
    const local = mentionIn(ctx, speaker.person, sentence, s);
    if (local) speaker = { ...speaker, mention: local };
  }
  // A fragment inside reported speech ("… werde dazu beitragen, »…«") is the reported speaker's words.
  if (type === 'partial' && reported) score += 0.15;
  let place: string | null = null;
  let date: string | null = null;
  // Only for what will be output: names and titles in marks cost no date parsing.
  if (clamp(score) < ACCEPT) return { stretch: s, sentence, type, cue, speaker, score: clamp(score), place, date, dateFrom: null, later: false };
  // Where and when: the attribution clause first, then the rest of the sentence around the quote.
  const regions = [cue?.region, { start: s.outer.end, end: nextStart }, { start: prevEnd, end: s.outer.start }]
    .filter((r): r is { start: number; end: number } => !!r && r.end > r.start);
  // (in the reporter's words only: a sentence cue's region holds the quote, and "gestern in Berlin"
  // inside it is when and where the speaker did something, not when they said so)
  for (const r of regions.flatMap((x) => unquoted(ctx, x))) {
    place ??= placeIn(ctx.tokens, r.start, r.end, pack, ctx.capital);
    date ??= dateIn(text, r.start, r.end, ctx.ref, pack);
  }
  // ("WASHINGTON, Dec. 8 (UPI) — X said: …": the dateline dates the sentence it opens)
  if (!date && prevSentence?.dateline && prevSentence.paragraph === sentence.paragraph) date = dayOutsideQuotes(ctx, prevSentence);
  let dateFrom = date ? sentence.paragraph : null;
  /** Takes a day stated in another sentence, when there is none yet. */
  const dateFromSentence = (day: string | null, from: Sentence | null) => {
    if (!date && day && from) { date = day; dateFrom = from.paragraph; }
  };
  const from = prevSentence && prevSentence.paragraph === sentence.paragraph ? prevSentence.start : sentence.start;
  const sameSpeaker = continues || (!!speaker?.name && speaker.name === previous?.speaker?.name);
  // "X begründete hinterher …. „…“": words said on a later occasion than the ones before them
  // share no day with those, nor with the lead (unless the text gives that occasion's day: "Later
  // on Sunday, …"), and nor do the same speaker's words after them
  const between = Math.max(from, previous?.stretch.outer.end ?? 0);
  const later = (sameSpeaker && !!previous?.later)
    || (ownWords(ctx, between, s.outer.start).some((t) => pack.laterWords.has(t.lower)) && !dateIn(text, between, s.outer.start, ctx.ref, pack));
  if (previous && (sameSpeaker || sentence.paragraph === previous.sentence.paragraph)) {
    place ??= previous.place;
    // Another speaker in the paragraph shares a day stated in this paragraph ("…, sagte Lawrow am
    // Donnerstag. Sein Amtskollege … bedankte sich für die »…«"), not one their predecessor's
    // words carried over from further up.
    if (!date && !later && (sameSpeaker || previous.dateFrom === sentence.paragraph)) ({ date, dateFrom } = previous);
  }
  // The same statement, reported a sentence or two before: "Exempel gab heute in München seinen
  // Rückzug bekannt. … Exempel begründete ihn mit einer „veränderten Lage“".
  if (speaker?.person && (!place || !date)) {
    const earlier = statementBefore(ctx, speaker.person, s.outer.start);
    if (earlier) {
      place ??= placeOutsideQuotes(ctx, earlier);
      // a day is taken over only from a sentence that reports speech or opens with the speaker
      // ("X analysierte am Montag …"): "Am 2. Februar treten X und Y in Miami auf" dates the show,
      // not what they said about it; nor does a day months before publication ("am 2. Februar" in
      // September is an event looked back or ahead to, not the day of the statement)
      if (!date && reportsSpeechOf(ctx, earlier, speaker.person)) {
        const day = dayOutsideQuotes(ctx, earlier);
        if (day && isRecent(ctx, day)) dateFromSentence(day, earlier);
      }
    }
  }
  // The day and the place the lead gives, where they hold for this quote (see lead.ts)
  const lead = leadFacts(ctx);
  const holds = leadHolds(ctx, s.outer.start, sentence, speaker, later);
  if (holds.day) dateFromSentence(lead.day, lead.daySentence);
  if (holds.place) place ??= lead.place;
  return { stretch: s, sentence, type, cue, speaker, score: clamp(score), place, date, dateFrom, later };
}

/** The named phrase that ends right before the bracket a quote fills ("Jan Probe („…“)"); null if none. */
function nameBeforeBracket(ctx: ArticleContext, s: QuotedStretch): SpeakerPhrase | null {
  const { text, tokens, pack } = ctx;
  if (!/^\s*\)/u.test(text.slice(s.outer.end, s.outer.end + 2))) return null;
  const open = firstTokenAt(tokens, s.outer.start) - 1;
  if (tokens[open]?.text !== '(' || !tokens[open - 1]?.word || !tokens[open - 1].cap) return null;
  // (the longest such phrase: "der Leiter der Behörde, Eva Muster", not "Muster")
  let found: SpeakerPhrase | null = null;
  for (let k = open - 1; k >= Math.max(0, open - 10); k--) {
    const p = readPhrase(tokens, k, pack, text);
    if (p?.name && !p.organisation && p.end === tokens[open - 1].end) found = p;
    if (!tokens[k].word && tokens[k].text !== ',') break;
  }
  return found;
}

/** Where the sentence names `person` (by name or surname), nearest the quote; null if nowhere. */
function mentionIn(ctx: ArticleContext, person: Person, sentence: Sentence, s: QuotedStretch): Mention | null {
  let best: Mention | null = null;
  let bestGap = Infinity;
  for (const at of person.mentions) {
    if (at < sentence.start || at >= sentence.end || containing(ctx.quoted, at) >= 0) continue;
    const t = ctx.tokens[firstTokenAt(ctx.tokens, at)];
    if (!t || t.start !== at) continue;
    // (by name: a pronoun there is the subject of reported words, "Er werde „…“", not who reports them)
    const word = ctx.text.startsWith(person.name, at) ? person.name : ctx.text.startsWith(person.surname, at) ? person.surname : null;
    if (!word) continue;
    const gap = at < s.outer.start ? s.outer.start - at : at - s.outer.end;
    if (gap < bestGap) { bestGap = gap; best = { text: word, start: at, end: at + word.length }; }
  }
  return best;
}

/** The phrase that names `person` as the subject opening the sentence, before `before`; null if none. */
function openingMention(ctx: ArticleContext, sentence: Sentence, person: Person, before: number): Mention | null {
  const at = person.mentions.find((m) => m >= sentence.start && m < before && !person.oblique.has(m));
  if (at === undefined) return null;
  const toks = tokensIn(ctx, sentence.start, before);
  const k = toks.findIndex((t) => t.start === at);
  // (but a pronoun that opens a clause of its own, after punctuation or "and"/"but", is the
  // subject of its own verb and the mention: "Sample met donors; indeed, he said …", "…, but he said")
  const prev = toks[toks.length - 1];
  if (prev && (/^[,;:—–]$/u.test(prev.text) || ctx.pack.coordinators.has(prev.lower))) return null;
  // (the clause must open with it: "Cruz says …", "Donald Trump told reporters …")
  if (k < 0 || (k > 0 && !ctx.pack.determiners.has(toks[0].lower) && !toks.slice(0, k).every((t) => t.cap))) return null;
  const p = readPhrase(toks, 0, ctx.pack, ctx.text, true);
  return p && p.end > at ? { text: p.text, start: p.start, end: p.end } : null;
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
    confidence: c.speaker?.name ? c.score : clamp(c.score * 0.85),
    lang: ctx.pack.code,
  };
}

/** 0..1, rounded so that sums of evidence like 0.35 + 0.15 compare as the 0.5 they are. */
const clamp = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;
