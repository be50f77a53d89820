// Reported speech without quotation marks: "X sagte, die Lage sei ernst", "Die Lage sei ernst,
// sagte X", "Laut X ist …", "X said that …", and Konjunktiv sentences that go on reporting.
import type { Quote } from '../types.js';
import { findVerb, impersonalSource, subjectOf, cueSource } from './cues.js';
import { lastSpanBefore, ownWords, type ArticleContext } from './context.js';
import { sentenceCue, shortCueAfter } from './neighbours.js';
import { readPhrase } from './phrases.js';
import type { Sentence } from './sentences.js';
import { resolve, type Attribution } from './resolve.js';
import { dateIn, placeIn } from './when-where.js';
import { firstTokenAt, type Token } from './tokens.js';

const MIN_WORDS = 3;
const MAX_SENTENCE = 2000;

/** Whether tokens[k] marks reported speech: a listed form ("sei", "habe"), or one its subject shows ("man ermittle"). */
export function marksReport(tokens: Token[], k: number, pack: ArticleContext['pack']): boolean {
  const t = tokens[k];
  return pack.reportedSpeechMarkers.has(t.lower) || (k > 0 && !t.cap && t.word && !!pack.subjunctiveAfter?.(tokens[k - 1].lower, t.lower, tokens[k + 1]));
}

export function findReportedSpeech(ctx: ArticleContext, direct: Quote[]): Quote[] {
  const { text, pack, sentences } = ctx;
  const out: Quote[] = [];
  const directSpans = direct.flatMap((q) => q.spans).sort((a, b) => a.start - b.start);
  let last: { speaker: Attribution | null; paragraph: number; index: number } | null = null;
  let d = 0; // sweeps directSpans alongside the sentences: linear, not sentences × quotes
  // ("„…“, sagte X. Eine Einigung sei aber nicht in Sicht.": a direct quote's speaker goes on
  // reporting, as a reported sentence's does)
  const byStart = direct.filter((q) => q.speaker).sort((a, b) => a.spans[0].start - b.spans[0].start);
  let q = 0;

  /** Adds what `found` reports in `sentence` to `out`, and remembers its speaker as the last one who reported. */
  function emit(found: Found, outside: Token[], sentence: { start: number; end: number; paragraph: number }, index: number): void {
    // The content without the source phrase: "Bei den Unruhen waren [chinesischen Angaben zufolge] 197 …"
    const pieces = (found.cut ? [[found.start, found.cut.start], [found.cut.end, found.end]] : [[found.start, found.end]])
      .map(([a, b]) => trim(text, a, b)).filter(([a, b]) => b - a >= 3)
      // ("…, so X weiter.": one word after the source phrase is its adverb, no content)
      .filter(([a, b], k, all) => !(found.cut && k === all.length - 1 && k > 0 && a >= found.cut.end && !/\s/u.test(text.slice(a, b))));
    const spans = pieces.map(([a, b]) => ({ start: a, end: b }));
    if (spans.reduce((n, x) => n + x.end - x.start, 0) < 12) return;
    // ("„Ich halte das für falsch“, so Muster.": content that is a direct quote and nothing else is
    // that quote, reported once already; "er sei „…“" reports it)
    if (!outside.some((t) => t.word && spans.some((x) => t.start >= x.start && t.end <= x.end))) return;
    const region = found.region ?? { start: sentence.start, end: sentence.end };
    out.push({
      text: spans.map((x) => text.slice(x.start, x.end)).join(' … '), type: 'indirect', spans,
      speaker: found.speaker ? { name: found.speaker.name, mention: found.speaker.mention } : null,
      role: found.speaker?.role ?? null,
      place: placeIn(ctx.tokens, region.start, region.end, pack, ctx.capital),
      date: dateIn(text, region.start, region.end, ctx.ref, pack),
      cue: found.cue, confidence: found.confidence, lang: pack.code,
    });
    last = { speaker: found.speaker, paragraph: sentence.paragraph, index };
  }

  sentences.forEach((sentence, index) => {
    let quoted: Quote | null = null;
    while (q < byStart.length && byStart[q].spans[0].start < sentence.start) quoted = byStart[q++];
    if (quoted) {
      let at = -1; // the sentence it stands in, among the three before (none further back counts)
      for (let k = index - 1; k >= Math.max(0, index - 3); k--) if (sentences[k].start <= quoted.spans[0].start) { at = k; break; }
      const said: Attribution = { name: quoted.speaker!.name, mention: quoted.speaker!.mention, role: quoted.role, person: null };
      if (at >= 0 && (!last || last.index <= at)) last = { speaker: said, paragraph: sentences[at].paragraph, index: at };
    }
    if (sentence.end - sentence.start > MAX_SENTENCE) return; // not a sentence: a run without punctuation
    const outside = ownWords(ctx, sentence.start, sentence.end);
    while (d < directSpans.length && directSpans[d].end <= sentence.start) d++;
    let quotedChars = 0;
    for (let k = d; k < directSpans.length && directSpans[k].start < sentence.end; k++) {
      quotedChars += Math.min(directSpans[k].end, sentence.end) - Math.max(directSpans[k].start, sentence.start);
    }
    if (quotedChars > (sentence.end - sentence.start) * 0.6 || outside.length < MIN_WORDS) return;
    const found = reportedIn(ctx, outside, sentence.start, sentence.end) ?? findingIn(ctx, outside, sentence.end)
      ?? (sentence.start < ctx.headlineEnd ? headlineClaim(ctx, outside, Math.min(sentence.end, ctx.headlineEnd)) : null)
      ?? (quotedChars === 0 ? pointedBackTo(ctx, sentence, index) : null)
      ?? freeIndirect(ctx, outside, sentence, !!last && last.index === index - 1 && !!last.speaker && last.paragraph === sentence.paragraph, () => {
        if (last && last.index >= index - 2 && last.paragraph >= sentence.paragraph - 1) return last.speaker;
        // ("Die Ministerin nahm zu dem Plan Stellung. Jede Schule könne …": a sentence that says
        // someone spoke, and not what, is followed by what they said)
        const before = sentences[index - 1];
        if (!before || before.paragraph < sentence.paragraph - 1) return null;
        const said = sentenceCue(ctx, before)?.speaker;
        return said ? resolve(ctx, said) : null;
      });
    if (!found) return;
    // ("X called the delay a disgrace and said his party would …": a second speech verb joined to the
    // first reports what follows it, for the same speaker)
    const joined = coordinatedReport(ctx, outside, found, sentence.end);
    for (const f of joined ? [found, joined] : [found]) emit(f, outside, sentence, index);
  });
  return out;
}

/** The pack's reporting participles and verbs of belief as one set, made once per pack (not per article). */
const REPORTING_WORDS = new WeakMap<object, ReadonlySet<string>>();
function reportingWords(pack: ArticleContext['pack']): ReadonlySet<string> | undefined {
  const key = pack.reportingParticiples ?? pack.beliefVerbs;
  if (!key) return undefined;
  let set = REPORTING_WORDS.get(key);
  if (!set) REPORTING_WORDS.set(key, set = new Set([...(pack.reportingParticiples ?? []), ...(pack.beliefVerbs ?? [])]));
  return set;
}

/**
 * The report of a second speech verb joined to the one `found` reports ("…, and said his party
 * would …", "… und fügte hinzu, …" is read by its own sentence's rules): what follows the verb, up
 * to the sentence end or a third such verb, for the same speaker; null where no speech verb follows
 * a coordinator right after the first report, or a subject of its own stands between.
 */
function coordinatedReport(ctx: ArticleContext, tokens: Token[], found: Found, sEnd: number): Found | null {
  const { pack, text } = ctx;
  if (!found.speaker || found.cut) return null;
  let k = tokens.findIndex((t) => t.start >= found.end);
  if (k < 0) return null;
  if (tokens[k].text === ',') k++;
  if (!tokens[k]?.word || !pack.coordinators.has(tokens[k].lower)) return null;
  const verb = tokens[k + 1];
  if (!verb?.word || verb.cap || !(pack.speechVerbs.has(verb.lower) || !!pack.reportingParticiples?.has(verb.lower))) return null;
  let from = k + 2;
  // ("and told reporters that …", "and warned that …": after a verb that takes whom it is said to,
  // the report opens at its complementiser)
  if (pack.addresseeVerbs.has(verb.lower)) {
    const reach = Math.min(tokens.length - 1, k + 2 + COMPLEMENTISER_REACH);
    while (from <= reach && !pack.complementisers.has(tokens[from].lower)) from++;
    if (from > reach) return null;
  }
  const end = clauseReportEnd(tokens, from, sEnd, pack, text);
  if (end < 0) return null;
  return { start: tokens[from].start, end, speaker: found.speaker, cue: { text: verb.text, start: verb.start, end: verb.end }, confidence: found.confidence };
}

interface Found {
  start: number; end: number;
  speaker: Attribution | null;
  cue: Quote['cue'];
  confidence: number;
  region?: { start: number; end: number };
  /** A stretch inside [start, end) that is not content (the source phrase in the middle). */
  cut?: { start: number; end: number };
}

/** How many words may stand between a source and the verb that closes its clause ("Wie ein Sprecher am Sonntag in Berlin mitteilte, …"). */
const SOURCE_CLAUSE_WORDS = 6;

/** How many tokens after its verb a complementiser still opens the reported clause, where it may be left out. */
const COMPLEMENTISER_REACH = 6;

function reportedIn(ctx: ArticleContext, tokens: Token[], sStart: number, sEnd: number): Found | null {
  const { pack, text } = ctx;
  // (reporting participles count here, "…, saying the plan was dead", not as quote attributions;
  // passed to the verb finder rather than merged into a pack of their own, which, made per
  // article, cost 60 MB of resident memory)
  // (and verbs of belief, "Economists believe this gives …": a view held is reported as one said,
  // though no quote is attributed to it)
  const also = reportingWords(pack);
  let v = findVerb(tokens, 0, tokens.length, pack, false, tokens.length, also);
  // ("as Example put it", "Example spoke at a rally", "… continued the work": verbs that attribute
  // quoted words but open no report of their own give way to a later verb that does)
  // (nor does a verb of belief in the passive: "The firm is expected to close …" is nobody's view)
  const noView = (at: number) => !!pack.beliefVerbs?.has(tokens[at].lower) && pack.passiveAuxiliaries.has(tokens[at - 1]?.lower ?? '');
  while (v && (pack.quoteOnlyVerbs?.has(tokens[v.at].lower) || noView(v.at))) v = findVerb(tokens, v.end + 1, tokens.length, pack, false, tokens.length, also);
  // ("X, who spoke briefly because the session was closed, said the talks had stalled": a speech verb
  // in a relative clause gives way to the main clause's, after the comma that closes the clause)
  // ("X spoke for an hour, saying the plan was dead": a verb with a prepositional phrase after it
  // and no clause gives way to one after the comma that reports)
  const inRelative = (verb: { at: number }) => verb.at > 0 && pack.relativePronouns.has(tokens[verb.at - 1].lower);
  const commaAfter = (verb: { end: number }) => tokens.findIndex((t, k) => k > verb.end && t.text === ',');
  const prepositional = !!v && !!tokens[v.end + 1] && pack.prepositions.has(tokens[v.end + 1].lower) && pack.bareComplementClause;
  if (v && (inRelative(v) || prepositional)) {
    const close = commaAfter(v);
    const main = close > 0 ? findVerb(tokens, close + 1, tokens.length, pack, false, tokens.length, also) : null;
    if (main) v = main;
  }
  if (v) {
    const verb = tokens[v.at];
    // ("In der Anordnung heißt es, …": an impersonal verb's source is the text it names)
    const sp = impersonalSource(tokens, v.at, 0, tokens.length, pack, text) ?? subjectOf(tokens, v.at, 0, tokens.length, pack, text);
    const speaker = sp ? resolve(ctx, sp) : null;
    const cue = { text: text.slice(verb.start, tokens[v.end].end), start: verb.start, end: tokens[v.end].end };
    // "X sagte, (dass) …" / "X said (that) …": the content follows the verb clause.
    for (let k = v.end + 1; k < tokens.length; k++) {
      const t = tokens[k];
      if (pack.complementisers.has(t.lower) && (!pack.commaBeforeComplementiser || tokens[k - 1].text === ',')) {
        // ("X said the deal was fair and that it would hold": a complementiser after a
        // coordinator joins a second clause to a first one that followed the verb bare; the report
        // opens right after the verb)
        const joined = pack.bareComplementClause && k - 1 > v.end + 2 && pack.coordinators.has(tokens[k - 1].lower)
          && tokens.slice(v.end + 1, k - 1).every((x) => x.word) && !pack.prepositions.has(tokens[v.end + 1].lower) && !pack.addresseeVerbs.has(verb.lower);
        if (joined) return { start: tokens[v.end + 1].start, end: reportEnd(tokens, k + 1, sEnd, pack, text, also), speaker, cue, confidence: 0.7 };
        return { start: t.start, end: reportEnd(tokens, k + 1, sEnd, pack, text, also), speaker, cue, confidence: 0.7 };
      }
      // ("Sample said the mayor has never honoured the promise … that the town has kept": where a
      // clause may follow the verb bare, a "that" further on than the verb's adverbials and object
      // ("said late Wednesday that", "told reporters on Tuesday that") is inside that clause)
      // (twice as far after a verb that takes whom it is said to: "told supporters at a rally in
      // Des Moines that …")
      if (pack.bareComplementClause && k - v.end > COMPLEMENTISER_REACH * (pack.addresseeVerbs.has(verb.lower) ? 2 : 1)) break;
      // (a colon too: "X warnte vor einem Bruch: Man dürfe …")
      // (a comma before a complementiser is the one German puts there: "sagte, dass …" goes on to it)
      if (t.text === ',' && pack.commaBeforeComplementiser && pack.complementisers.has(tokens[k + 1]?.lower ?? '')) continue;
      if ((t.text === ',' || t.text === ':') && k + 1 < tokens.length) {
        const rest = tokens.slice(k + 1);
        const words = rest.filter((r) => r.word);
        // "…, die Lage sei ernst" (Konjunktiv) or "…, missbraucht worden zu sein" (infinitive clause)
        // (or its marker joined to a verb with a particle: "…, das Thema bald anzusprechen")
        const infinitive = pack.infinitiveMarker !== null && words.length >= 3
          && (words[words.length - 2]?.lower === pack.infinitiveMarker || !!pack.joinedInfinitive?.test(words[words.length - 1].lower));
        if (rest.some((_, i) => marksReport(tokens, k + 1 + i, pack)) || infinitive) return { start: rest[0].start, end: reportEnd(tokens, k + 1, sEnd, pack, text, also), speaker, cue, confidence: 0.65 };
        break;
      }
      if (t.text === '.' || t.text === ';') break;
    }
    // "Smith said the plan was dead": a complement clause without "that", where the language allows it.
    // (not after a quote: in "“…,” X said in an interview." the quote is what was said, and what
    // follows the verb says where)
    const afterQuote = (ctx.quoted[lastSpanBefore(ctx.quoted, tokens[0].start)]?.start ?? -1) >= sStart;
    // (not after an inverted subject: in "…, said Jo Example, an Iowa operative" what follows the
    // verb is who said it, and what was said comes before)
    // ("Nearly half said they want …", "58 percent of Florida voters said they were …": where no
    // speaker can be read, the words that open the sentence up to the verb, with no comma or verb
    // among them, are a group the mention names; the report is theirs)
    // (a number or a partitive among them: "Half", "Some 56 percent", "Two in three", "Six in 10")
    // (after an opening phrase set off by a comma, from the comma on: "In Texas, half of the voters said")
    // (not the comma inside a number: "4,769 delegates")
    let groupFrom = v.at;
    while (groupFrom > 0 && !(tokens[groupFrom - 1].text === ',' && !digitsJoined(tokens, groupFrom - 1))) groupFrom--;
    const opening = tokens.slice(groupFrom, v.at);
    const ratio = (k: number) => k > groupFrom && k + 1 < v.at && (/^\p{N}/u.test(tokens[k - 1].text) || !!pack.numberWords?.has(tokens[k - 1].lower)) && /^\p{N}/u.test(tokens[k + 1].text);
    // (after a comma the group opens with its quantity, perhaps made approximate: "…, the investor
    // took several" is none; and a number alone is no group anywhere: "11 hold contests")
    const quantity = (t: Token | undefined) => !!t && (/^\p{N}/u.test(t.text) || pack.partitives.has(t.lower) || !!pack.numberWords?.has(t.lower));
    const opensWithQuantity = quantity(opening[0]) || (!!pack.approximators?.has(opening[0]?.lower ?? '') && quantity(opening[1]));
    const group = !sp && pack.bareComplementClause && opening.length > 0 && opening.length <= 8 && opening.every((t, i) => t.word || /^[%-]$/u.test(t.text) || digitsJoined(tokens, groupFrom + i))
      && (groupFrom === 0 ? opening.some(quantity) : opensWithQuantity) && !(opening.length === 1 && /^\p{N}/u.test(opening[0].text))
      && !opening.some((t, i) => pack.speechVerbs.has(t.lower) || pack.pronouns.has(t.lower) || (pack.phraseBreakers.has(t.lower) && !pack.genitiveLinks.has(t.lower) && !ratio(groupFrom + i) && !(i === 0 && pack.approximators?.has(t.lower))))
      ? { name: null, mention: { text: text.slice(tokens[groupFrom].start, tokens[v.at - 1].end), start: tokens[groupFrom].start, end: tokens[v.at - 1].end }, role: null, person: null } : null;
    if (pack.bareComplementClause && v.end + 1 < tokens.length && tokens[v.end + 1].word && (speaker || group) && tokens.length - v.end > 4 && v.at > 0
      && !(sp && sp.start >= tokens[v.end].end)
      // (nor what follows the one told: "“…,” Governor X told reporters Tuesday in Albany.")
      // (nor a clause a subordinator opens: "“…,” she said when asked about it" says when)
      && !(afterQuote && (pack.prepositions.has(tokens[v.end + 1].lower) || pack.addresseeVerbs.has(verb.lower)
        || (pack.subordinators.has(tokens[v.end + 1].lower) && !pack.complementisers.has(tokens[v.end + 1].lower))))) {
      // ("X, who said he was tired, left early": a relative clause's report ends with the clause)
      const clauseEnd = inRelative(v) ? commaAfter(v) : -1;
      const end = clauseEnd > 0 ? tokens[clauseEnd - 1].end : reportEnd(tokens, v.end + 1, sEnd, pack, text, also);
      const content = tokens.slice(v.end + 1).filter((t) => t.end <= end);
      if (!settingOnly(content, pack)) return { start: tokens[v.end + 1].start, end, speaker: speaker ?? group, cue, confidence: 0.55 };
    }
    // "Die Lage sei ernst, sagte X." / "…, X said."
    const comma = tokens.findIndex((t, i) => i < v.at && i > 0 && t.text === ',' && i >= v.at - 6);
    // "Der Minister, Max Muster, sagte": the part before the comma is the speaker, not what was said
    // (also "Der Vorsitzende der Gewerkschaft, Nachfolgerin der X, Jan Probe, würdigte": a speaker
    // before the last comma before the verb)
    let lastComma = v.at - 1;
    while (lastComma > comma && tokens[lastComma].text !== ',') lastComma--;
    // (nor where the speaker is a relative pronoun: "… from the president, who said" has the
    // one it stands for before the comma)
    // (nor before a modal and its speech verb: "Die Angriffe …, wollte er … zurückweisen" has the
    // verb's object before the comma, what was said comes after such a verb)
    if (comma > 0 && v.at > comma && !(sp && sp.start < tokens[lastComma].start) && !(sp && pack.relativePronouns.has(sp.text.toLowerCase()))
      // (nor a participle: "…, X rallied supporters, saying: …" reports what follows it)
      && !pack.modalVerbs.has(tokens[v.at].lower) && !pack.reportingParticiples?.has(tokens[v.at].lower)
      // (nor where no speaker can be read and a clause follows the verb: "After the vote, 12 said they
      // would …" opens with a phrase of time, and what was said comes after the verb)
      && !(!sp && pack.bareComplementClause && tokens.slice(v.end + 1).filter((t) => t.word).length >= MIN_WORDS && !!tokens[v.end + 1]?.word)) {
      const content = tokens.slice(0, comma);
      // "<clause>, sagte X." is reported speech by its shape, whatever the mood of the clause; where the
      // verb comes second, a clause its conjunction makes subordinate is no such content: the verb
      // after it opens the main clause ("Nachdem es … gekommen war, forderten beide …", "Während die
      // Parlamentarier zustimmten, schätzte X …"); "und", "aber" join main clauses
      const subordinate = pack.verbSecond && pack.subordinators.has(content[0].lower) && !pack.coordinators.has(content[0].lower);
      // ("…, deshalb freuen sich jetzt viele Kunden": a reflexive verb of feeling reports a clause
      // before it only in the mood of reported speech, "Das Team habe gekämpft, freute sich X")
      const feeling = pack.reflexivePronouns.has(tokens[v.end + 1]?.lower ?? '') && !content.some((_, i) => marksReport(tokens, i, pack));
      // ("This season, he says, is not like the last.": a subject and its verb set off by commas inside the
      // reported clause; what was said stands on both sides. Not after an inverted subject, where
      // what follows the comma describes the speaker: "…, said Jo Example, an Iowa operative")
      const closing = sp && sp.end <= verb.start && tokens[v.end + 1]?.text === ',' ? v.end + 1 : -1;
      const rest = closing > 0 ? tokens.slice(closing + 1).filter((t) => t.word).length : 0;
      if (rest >= 2 && content.filter((t) => t.word).length + rest >= 3 && !subordinate && !feeling) {
        return { start: content[0].start, end: sEnd, speaker, cue, confidence: 0.7, cut: { start: tokens[comma].start, end: tokens[closing].end } };
      }
      if (content.filter((t) => t.word).length >= 3 && !subordinate && !feeling && !settingOnly(content, pack)) {
        return { start: content[0].start, end: tokens[comma].start, speaker, cue, confidence: 0.7, region: { start: tokens[comma].end, end: sEnd } };
      }
    }
  }
  const src = cueSource(tokens, pack, text, text.slice(sStart, sEnd), sStart);
  if (src && src.speaker) {
    const speaker = resolve(ctx, src.speaker);
    // The content is the sentence without the source phrase.
    const from = Math.min(src.cue.start, src.speaker.start);
    let to = Math.max(src.cue.end, src.speaker.end);
    // ("Wie die Sprecherin, Eva Muster, mitteilte, wurde …": the source's own verb, closing its clause, is no part of what it reports;
    // "Wie ein Sprecher am Sonntag mitteilte, …": nor are the adverbials before it)
    const k = tokens.findIndex((t) => t.start >= to);
    // ("wie die Polizei bekannt gab": a separable verb after its particle closes it too)
    const speaks = (i: number) => !!tokens[i]?.word && (pack.speechVerbs.has(tokens[i].lower) || !!pack.separableVerbs.get(tokens[i].lower)?.has(tokens[i - 1]?.lower ?? ''));
    let verbAt = tokens[k]?.text === ',' ? k + 1 : k;
    while (verbAt >= 0 && verbAt < k + SOURCE_CLAUSE_WORDS && tokens[verbAt]?.word && !speaks(verbAt) && tokens[verbAt + 1]?.text !== ',') verbAt++;
    if (verbAt >= 0 && speaks(verbAt) && tokens[verbAt + 1]?.text === ',') to = tokens[verbAt].end;
    if (to < sEnd - 10 || from > sStart + 10) return { start: sStart, end: sEnd, speaker, cue: src.cue, confidence: 0.6, cut: { start: from, end: to } };
  }
  return null;
}

/** How many words a phrase of setting may have before it may hold a clause. */
const PHRASE_WORDS = 8;

/**
 * Whether reported content is a phrase of setting and nothing else ("said during a call with the
 * paper", "At a picnic on Sunday, X spoke."): where it was said, not what (the pack's
 * settingPrepositions open it). Short, with no comma, complementiser, auxiliary, modal or mark of
 * reported speech that would show a clause ("In Ohio turnout was high, she said" reports).
 */
function settingOnly(content: Token[], pack: ArticleContext['pack']): boolean {
  const words = content.filter((t) => t.word);
  if (!words.length || !pack.settingPrepositions?.has(words[0].lower) || words.length > PHRASE_WORDS) return false;
  // (nor a subject of its own: a pronoun, or an article after a word that is no preposition, "in 2015
  // the economy grew"; "during a call with the paper" goes on from preposition to preposition)
  const subject = (i: number) => pack.nominativePronouns.has(content[i].lower)
    || (i > 0 && pack.determiners.has(content[i].lower) && content[i - 1].word && !pack.prepositions.has(content[i - 1].lower) && !pack.determiners.has(content[i - 1].lower));
  return !content.some((t, i) => t.text === ',' || pack.complementisers.has(t.lower) || pack.passiveAuxiliaries.has(t.lower)
    || pack.modalVerbs.has(t.lower) || pack.perfectAuxiliaries.has(t.lower) || marksReport(content, i, pack) || subject(i));
}

/**
 * The end of a clause reported after a verb that takes one ("found that …", "and said his party
 * would …"): the clause opens at `from` with a complementiser, or bare where the language allows it,
 * and runs to reportEnd; -1 where it does not open there, has too few words, or is only a phrase of
 * setting.
 */
function clauseReportEnd(tokens: Token[], from: number, sEnd: number, pack: ArticleContext['pack'], text: string): number {
  if (!tokens[from]?.word || !(pack.bareComplementClause || pack.complementisers.has(tokens[from].lower))) return -1;
  const end = reportEnd(tokens, from, sEnd, pack, text, pack.reportingParticiples);
  const content = tokens.slice(from).filter((t) => t.end <= end);
  return content.filter((t) => t.word).length < MIN_WORDS || settingOnly(content, pack) ? -1 : end;
}

/**
 * Where reported content that starts at token `from` ends: at the sentence end, before a participle
 * after a comma (the pack's adjunctParticiple), or before a second speech verb joined to the first
 * ("said the plan was dead and accused X of …", "…, und fügte hinzu, …", "…, and he railed against
 * …", "…, and Jo Example vowed …"): what follows is another report.
 */
function reportEnd(tokens: Token[], from: number, sEnd: number, pack: ArticleContext['pack'], text: string, also?: ReadonlySet<string>): number {
  for (let k = from + 1; k + 1 < tokens.length; k++) {
    // ("said that lawmakers would not vote, dealing a blow to …": a participle after a comma is the
    // reporter's comment on the report, no part of it)
    if (tokens[k].text === ',' && k - from >= 3 && tokens[k + 1].word && (pack.adjunctParticiple?.test(tokens[k + 1].text) ?? false)) return tokens[k - 1].end;
    if (!tokens[k].word || !pack.coordinators.has(tokens[k].lower)) continue;
    // (a subject of its own may stand between: ", and he railed", ", and Jo Example vowed")
    const named = tokens[k + 1].cap && tokens[k - 1].text === ',' ? readPhrase(tokens, k + 1, pack, text) : null;
    const next = pack.nominativePronouns.has(tokens[k + 1].lower) ? k + 2 : named?.name ? firstTokenAt(tokens, named.end) : k + 1;
    if (tokens[next]?.word && (pack.speechVerbs.has(tokens[next].lower) || !!also?.has(tokens[next].lower))) return tokens[tokens[k - 1].text === ',' ? k - 2 : k - 1].end;
  }
  return sEnd;
}

/**
 * A sentence in the Konjunktiv after reported speech goes on reporting the same speaker; one in
 * Konjunktiv II only `rightAfter` a report in the same paragraph (elsewhere it is as often a hypothesis).
 */
/**
 * What a text or a survey found: "a poll shows Sample leading in Ohio", "Exit polls found that …",
 * "Die Studie zeigt, dass …". A verb of finding (the pack's findingVerbs) reports only where its
 * subject is a text the pack names (a poll, a study, a report); its clause follows as after a speech
 * verb. The text is the mention, and speaks for its author where the article gives one.
 */
function findingIn(ctx: ArticleContext, tokens: Token[], sEnd: number): Found | null {
  const { pack, text } = ctx;
  if (!pack.findingVerbs) return null;
  for (let k = 1; k < tokens.length - MIN_WORDS; k++) {
    const verb = tokens[k];
    if (!verb.word || verb.cap || !pack.findingVerbs.has(verb.lower) || pack.determiners.has(tokens[k - 1].lower)) continue;
    // (the clause's subject, or a text that opens the clause after an opening phrase and its comma:
    // "This week, a poll by … shows")
    let sp = subjectOf(tokens, k, 0, tokens.length, pack, text);
    // (the text may carry attributes up to the verb: "Video from the hall shows", "A poll taken in
    // May shows")
    if (!sp?.document) {
      let c = k - 1;
      while (c > 0 && tokens[c - 1].text !== ',') c--;
      const p = readPhrase(tokens, c, pack, text);
      const gap = p ? tokens.slice(firstTokenAt(tokens, p.end), k) : [];
      if (p?.document && gap.length <= 8 && gap.every((t) => t.text !== ',')) sp = p;
    }
    // ("The Example poll shows": a name before a text noun in lower case is whose text it is)
    const h = sp && !sp.document ? firstTokenAt(tokens, sp.end) : -1;
    const head = h >= 0 ? tokens[h] : undefined;
    if (sp && head && h + 1 === k && head.word && !head.cap && pack.isSourceNoun(head.text)) {
      sp = { ...sp, end: head.end, text: text.slice(sp.start, head.end), document: true };
    }
    // (a verb of finding after anything else, or with no clause after it, leaves the sentence to a later one)
    if (!sp?.document) continue;
    // ("…, zeigt, dass …": the comma a language puts before its complementiser)
    let from = k + 1;
    if (tokens[from]?.text === ',' && pack.commaBeforeComplementiser) from++;
    const end = clauseReportEnd(tokens, from, sEnd, pack, text);
    if (end < 0) continue;
    return { start: tokens[from].start, end, speaker: resolve(ctx, sp), cue: { text: verb.text, start: verb.start, end: verb.end }, confidence: 0.55 };
  }
  return null;
}

/**
 * "Der Etat reicht nicht. Dies bestätigte die Ministerin.": a sentence that quotes nothing, followed in
 * its paragraph by one that opens with a word pointing back (the pack's backReferences) and a speech
 * verb with its speaker, is what that speaker said.
 */
function pointedBackTo(ctx: ArticleContext, sentence: Sentence, index: number): Found | null {
  const next = ctx.sentences[index + 1];
  if (!next || next.paragraph !== sentence.paragraph) return null;
  // (the next sentence's first two tokens, without collecting its words: this runs for most sentences;
  // a quote there makes shortCueAfter answer null)
  const at = firstTokenAt(ctx.tokens, next.start);
  const first = ctx.tokens[at], second = ctx.tokens[at + 1];
  if (!first?.word || !ctx.pack.backReferences.has(first.lower)) return null;
  // (the speech verb right after the pointing word: "Dies bestätigte X"; "This season, he says, …"
  // points to nothing before it)
  const cue = shortCueAfter(ctx, sentence);
  if (!cue?.speaker || !second || cue.cue.start !== second.start) return null;
  return { start: sentence.start, end: sentence.end, speaker: resolve(ctx, cue.speaker), cue: cue.cue, confidence: 0.55 };
}

/**
 * A headline that puts a claim in a speaker's mouth with a colon: "Sample: Tax plan will fail",
 * "Example campaign: …". The part before the colon is a person the article names (the body names them
 * in full), an organisation or a text; what follows is what they said. The body reports the claim
 * again where it is made, and this is the one place the headline counts.
 */
function headlineClaim(ctx: ArticleContext, tokens: Token[], end: number): Found | null {
  const { pack, text, registry } = ctx;
  const colon = tokens.findIndex((t, k) => k > 0 && k <= 8 && t.text === ':');
  if (colon < 0 || !tokens.slice(0, colon).every((t) => t.word)) return null;
  const p = readPhrase(tokens, 0, pack, text, true);
  if (!p || p.end !== tokens[colon - 1].end) return null;
  const known = !!p.name && !!registry.bySurnameOf(p.name, end);
  if (!known && !p.organisation && !p.document) return null;
  const content = tokens.slice(colon + 1).filter((t) => t.end <= end);
  if (content.filter((t) => t.word).length < MIN_WORDS) return null;
  const [start, stop] = trim(text, content[0].start, content[content.length - 1].end);
  return { start, end: stop, speaker: resolve(ctx, p), cue: { text: ':', start: tokens[colon].start, end: tokens[colon].end }, confidence: 0.5 };
}

function freeIndirect(ctx: ArticleContext, tokens: Token[], sentence: { start: number; end: number }, rightAfter: boolean, speakerOf: () => Attribution | null): Found | null {
  const { pack } = ctx;
  const words = tokens.filter((t) => t.word);
  // ("… legte einen Bericht vor. Demnach plant die Stadt, …": a word that points back to what was
  // just reported opens a sentence of its content, in any mood)
  if (words.length > MIN_WORDS && tokens[0] === words[0] && pack.followUpSources?.has(words[0].lower)) {
    const speaker = speakerOf();
    return { start: words[1].start, end: sentence.end, speaker, cue: { text: words[0].text, start: words[0].start, end: words[0].end }, confidence: speaker ? 0.5 : 0.4 };
  }
  // "Außerdem sollen zehn Menschen verletzt worden sein": the reportative modal with a perfect infinitive.
  const last = words[words.length - 1]?.lower;
  const reportative = words.some((t) => pack.reportativeModals.has(t.lower)) && last !== undefined && pack.perfectAuxiliaries.has(last);
  // Konjunktiv II alone is as often a hypothesis as a report: only Konjunktiv I goes on reporting,
  // save right after a report, where German puts Konjunktiv II for a Konjunktiv I that reads as the indicative.
  if (!reportative && !tokens.some((t, k) => marksReport(tokens, k, pack) && (!pack.hypotheticalMarkers.has(t.lower) || rightAfter))) return null;
  const speaker = speakerOf();
  return { start: sentence.start, end: sentence.end, speaker, cue: null, confidence: speaker ? 0.5 : 0.4 };
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,.;:–—-]/u.test(text[start])) start++;
  while (end > start && /[\s,.;:–—-]/u.test(text[end - 1])) end--;
  return [start, end];
}

/** Whether the token at `k`, a comma, joins digits into one number ("4,769"; the tokenizer keeps "10.000" whole). */
function digitsJoined(tokens: Token[], k: number): boolean {
  const a = tokens[k - 1], b = tokens[k + 1];
  return !!a && !!b && a.end === tokens[k].start && b.start === tokens[k].end && /\p{N}$/u.test(a.text) && /^\p{N}/u.test(b.text);
}
