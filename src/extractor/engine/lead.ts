// The lead and the reporter's own words: the day and place an article's opening sentences give,
// and what a sentence states outside its quotation marks ("tonight" inside a quote dates nothing).
import type { ArticleContext } from './context.js';
import type { Attribution } from './resolve.js';
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

interface LeadFacts {
  day: string | null; daySentence: Sentence | null; place: string | null; placeSentence: Sentence | null;
  /** The lead reports the day's news: its day is the day of publication ("Heute demonstrierten …"). */
  today: boolean;
  /** The place is the dateline's ("Moskau. …"), the lead naming none. */
  dateline: boolean;
}
const leadCache = new WeakMap<ArticleContext, LeadFacts>();
/** A sentence that is a place alone, a dateline: "Moskau.", "Bad Ems." */
const DATELINE_SENTENCE = /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?\.$/u;

/**
 * The first day and the first place the lead states, and the sentences that state them; read
 * once per article. A day counts only in the week before publication: "am 2. Februar" months
 * earlier dates an event the lead announces, not the news.
 */
export function leadFacts(ctx: ArticleContext): LeadFacts {
  let facts = leadCache.get(ctx);
  if (facts) return facts;
  facts = { day: null, daySentence: null, place: null, placeSentence: null, today: false, dateline: false };
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
  // ("Moskau. Der Präsident …", "Berlin (dpa) - …": where the lead names no place, the dateline's
  // is where the news it reports happened)
  const first = sentences[0];
  // (set in capitals, "NEW YORK (AP) —", it is named as the place is written: "New York"; a label
  // set as a dateline, "EXCLUSIVE –", is no place)
  const place = ctx.capital && /\p{Ll}/u.test(ctx.capital) ? ctx.capital : ctx.capital?.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (m) => m.toUpperCase());
  if (!facts.placeSentence && place && !ctx.pack.nonPlaces.has(place) && first && sentences[1] && first.start < ctx.lead.end
    && (first.dateline || DATELINE_SENTENCE.test(ctx.text.slice(first.start, first.end)))) {
    facts.place = place;
    facts.placeSentence = sentences[1];
    facts.dateline = true;
  }
  // (the place of an event the lead announces, like its day, is not where its people spoke)
  if (facts.placeSentence && facts.placeSentence === facts.daySentence && !facts.day) { facts.place = null; facts.placeSentence = null; }
  facts.today = !!ctx.ref && facts.day === ctx.ref.toISOString().slice(0, 10);
  leadCache.set(ctx, facts);
  return facts;
}

/**
 * Whether the day and the place the lead gives hold for a quote at `at`, in `sentence`, by
 * `speaker` (words said on a `later` occasion take neither day nor place from it).
 */
export function leadHolds(ctx: ArticleContext, at: number, sentence: Sentence, speaker: Attribution | null, later: boolean): { day: boolean; place: boolean } {
  const lead = leadFacts(ctx);
  const { daySentence, placeSentence } = lead;
  let day = false, place = false;
  // The lead names the speaker, the day and the place ("Exempel hat heute in Berlin …"): what the
  // article goes on to quote from them was said that day, there.
  // (named as a subject, not "mit X", "den X")
  if (speaker?.person && at >= ctx.lead.end) {
    const person = speaker.person;
    const named = (sen: Sentence | null) => !!sen && person.mentions.some((m) => m >= sen.start && m < sen.end && !person.oblique.has(m));
    day = named(daySentence) && !later;
    place = !!lead.place && named(placeSentence);
  }
  // So for an organisation the lead names with the day ("Die Urteile wurden heute vom
  // Bundesgerichtshof aufgehoben. … Der oberste Gerichtshof wertete … als „…“").
  if (speaker?.name && !speaker.person && at >= ctx.lead.end && daySentence
    && containsWord(ctx.text.slice(daySentence.start, daySentence.end), speaker.name)) day = true;
  // A quote in the opening paragraph is part of the news the lead reports, and was said on the
  // day the lead gives in the reporter's words ("Die Minister haben sich heute nicht geeinigt. X
  // sagte: „…“"), not in another quote's attribution ("„…“, so Y am Montag"); further down, quotes
  // of people the lead does not name are often older or from elsewhere.
  // When the lead reports the day's news, the paragraph after it goes on with that news, and
  // happened at the place the lead gives with that day ("Heute demonstrierten in Beispielhausen …").
  const opening = sentence.paragraph <= ctx.leadParagraph || (sentence.paragraph === ctx.leadParagraph + 1 && lead.today);
  if (!later && opening && daySentence
    && (daySentence === sentence || !ctx.quoted.some((q) => q.start < daySentence.end && q.end > daySentence.start))) day = true;
  if (!later && sentence.paragraph <= ctx.leadParagraph + 1 && lead.today && !!lead.place && placeSentence === daySentence) place = true;
  // A dateline's place holds for the news the article opens with: quotes in its opening paragraph,
  // and those of the people the lead names
  if (!later && lead.dateline && (opening || (!!speaker?.person && !!placeSentence && speaker.person.mentions.some((m) => m >= placeSentence.start && m < placeSentence.end)))) place = true;
  return { day, place };
}

/** Whether the text holds the phrase as whole words ("Bundesgerichtshof" in "vom Bundesgerichtshof (BGH)", not in "Bundesgerichtshofs"). */
function containsWord(text: string, phrase: string): boolean {
  let at = text.indexOf(phrase);
  while (at >= 0) {
    const before = text[at - 1], after = text[at + phrase.length];
    if (!(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after))) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
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

/** The stretches of a sentence (or any span) outside quotation marks: the reporter's words ("tonight" inside a quote dates nothing). */
export function unquoted(ctx: ArticleContext, sen: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = sen.start;
  // (from the first quote that ends after the start, found by binary search: called once per
  // quote, a scan from the article's first quote made an article full of quotes quadratic)
  const { quoted } = ctx;
  let lo = 0, hi = quoted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (quoted[mid].end <= at) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < quoted.length; k++) {
    const q = quoted[k];
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
