// Is a quoted stretch someone's words, or a name or title in marks? Evidence from the text
// around it (a speech verb, a colon, an article or a noun before it, name shape), as a score.
import type { LanguagePack, QuoteType } from '../types.js';
import type { ArticleContext } from './context.js';
import { clauseStart, objectRelativeBefore, type Cue } from './cues.js';
import type { SpeakerPhrase } from './phrases.js';
import type { QuotedStretch } from './quote-marks.js';
import type { Token } from './tokens.js';

export interface QuoteShape {
  stretch: QuotedStretch;
  content: string;
  words: string[];
  before: Token[];
  after: Token[];
  type: QuoteType;
  cue: Cue | null;
  /** Who the sentence is about, when no cue names a speaker. */
  subject: SpeakerPhrase | null;
  /** The quoted words' last character, closing marks left out. */
  lastChar: string;
  endsUtterance: boolean;
  commaAfter: boolean;
}

/** 0..1 (unclamped): how likely the stretch is a quotation rather than a name or title. */
export function scoreQuote(ctx: ArticleContext, q: QuoteShape): number {
  const { text, pack } = ctx;
  const { stretch: s, content, words, before, after, type, cue, subject, lastChar, endsUtterance, commaAfter } = q;
  // Evidence that the marks hold a name or title, not speech.
  const prevWord = lastWord(before);
  const nextWord = after.find((t) => t.word);
  // ("„…“ so das Urteil der Veranstalter": a word that can give a name, "so", opening the attribution
  // found after the marks gives none)
  const attributes = !!nextWord && cue?.kind === 'after' && !!cue.speaker && cue.cue.start === nextWord.start;
  const nameCue = (prevWord && pack.nameCues.has(prevWord.lower) && !ownTerm(before, pack)) || (nextWord && !commaAfter && pack.nameCues.has(nextWord.lower) && !attributes)
    || (before.length >= 2 && pack.nameCues.has(`${before[before.length - 2]?.lower} ${prevWord?.lower}`));
  // ("Codename: „…“" names; "X lobte sein Team: „Die Jungs haben alles gegeben.“" has a speaker
  // introduce a whole utterance after the colon)
  const introduced = before[before.length - 1]?.text === ':' && endsUtterance && !!cue?.speaker && cue.kind !== 'sentence';
  // ("the bill “goes too far”": where only names are capitalised, a title is too; lower-case
  // words after a title noun are someone's)
  // ("the term “anchor baby”" uses words as words, in any case)
  const lowerAfterTitle = !pack.capitalisesNouns && /^\p{Ll}/u.test(content) && !(prevWord && pack.termNouns?.has(prevWord.lower));
  const titleNoun = !introduced && !lowerAfterTitle && titleBefore(before, pack);
  const capitalised = words.filter((w) => /^[„"'«»‚(]*\p{Lu}/u.test(w)).length;
  // Title case: every word capitalised; where nouns are lower-case, most words capitalised will do.
  // Where only names are capitalised, every content word capitalised is title case however long
  // ("A Long Way Home to the Valley of the Sun", "Sample and Example").
  // (a comma or period inside the closing mark is the house style's, titles take it too: “Meet the
  // Press.”, “Sample and Example,”; a question or exclamation is still said)
  const exclaims = /[?!…]/u.test(lastChar);
  // (the words without the punctuation around them, for title case and name shape)
  const bareWords = words.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  const titleCase = !pack.capitalisesNouns && words.length <= 16 && isTitleCase(bareWords, exclaims, pack);
  const titleLike = titleCase || (words.length <= 6 && !endsUtterance && (pack.capitalisesNouns
    ? capitalised === words.length && words.length > 1
    : capitalised >= Math.ceil(words.length * 0.75)));

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
    // Someone in the sentence to say it: "Die Ministerin konstatierte eine „Kluft …“".
    if (!cue && subject) score += 0.15;
    if (prevWord && pack.characterisationWords.has(prevWord.lower)) score += cue ? 0.2 : 0.1;
    score += pack.embeddedQuoteBias;
    if (titleLike) score -= 0.3;
  }
  // Names and titles stand where nouns stand: after a noun ("die Nachrichtenagentur „Xinhua“"),
  // after an article ("die „Deutsche Krebshilfe“"), or glued into a compound („Bild“-Zeitung).
  const upper = /^\p{Lu}/u.test(content);
  if (type === 'partial' && upper) {
    const prev = before[before.length - 1];
    // (not a phrase of several words with lower-case ones among them after a speech verb's noun:
    // "…, dass ein Netz von Absprachen „in den frühen Jahren der Branche gängig“ gewesen sei")
    const phrase = !!cue && cue.kind !== 'sentence' && words.length >= 5 && bareWords.some((w) => /^\p{Ll}/u.test(w) && !pack.stopwords.has(w) && !pack.prepositions.has(w) && !pack.determiners.has(w));
    if (prev && prev.word && prev.cap && before.length > 1 && !pack.determiners.has(prev.lower) && !phrase) score -= 0.45;
    // a definite article names ("die „Deutsche Krebshilfe“"); an indefinite one characterises ("einen „Vertrauensbruch“")
    else if (prev && pack.definiteDeterminers.has(prev.lower)) score -= 0.25;
    // so does one before an attribute ("die in Beispielland erscheinende „Abendpost am Sonntag“")
    else if (prev && prev.word && pack.attributiveWord.test(prev.lower) && definiteBefore(before, pack)) score -= 0.25;
    if (words.length === 1 && (!cue || cue.kind === 'sentence')) score -= 0.15;
  }
  if (/^[-‐]\p{L}/u.test(text.slice(s.outer.end, s.outer.end + 2))) score -= 0.6;
  // Name-shaped: every word but the function words capitalised ("Reporter ohne Grenzen").
  const functionWord = (w: string) => pack.stopwords.has(w) || pack.prepositions.has(w) || pack.determiners.has(w) || pack.nameParticles.has(w);
  const contentWords = bareWords.filter((w) => !functionWord(w));
  const nameShaped = type === 'partial' && contentWords.length > 0 && contentWords.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  // „Parti de l’Exemple Commun“ (PEC): marks followed by an acronym in brackets hold a name
  const acronymAfter = /^\s*\(\p{Lu}{2,8}\)/u.test(text.slice(s.outer.end, s.outer.end + 12));
  if (type === 'partial' && acronymAfter && !nameShaped) score -= 0.5;
  // "an appearance on “Meet the Press.”", "author of “Going Viral,”": title case governed by a
  // preposition is a title, whatever speech verb the sentence has; a word said again and again is
  // a chant: "chants of “Sample, Sample, Sample”"
  if (titleCase && prevWord && (pack.prepositions.has(prevWord.lower) || pack.genitiveLinks.has(prevWord.lower)) && !repeatsAWord(bareWords)) score -= 0.5;
  // "on WXMP’s “Sunday Sample,”", "KXMP’s “Example Tonight,”": a capitalised owner before marks
  // holding only capitalised words, and no sentence's end, holds a programme's or a work's title
  const owned = !!prevWord && prevWord.cap && !!pack.possessive?.test(prevWord.text);
  if (owned && contentWords.length > 0 && contentWords.length <= 6 && contentWords.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && !/[.!?…]/u.test(lastChar)) score -= 0.6;
  if (nameShaped) {
    const prev = before[before.length - 1];
    if (/^\s*\(/u.test(text.slice(s.outer.end, s.outer.end + 3))) score -= 0.5; // „Reporter ohne Grenzen“ (ROG)
    else if (prev && (pack.definiteDeterminers.has(prev.lower) || pack.placePrepositions.has(prev.lower) || (pack.genitiveLinks.has(prev.lower) && pack.determiners.has(prev.lower)))) score -= 0.2;
    if (words.length <= 4) score -= 0.1;
    // "für „Amflora“", "zu „YouTube“": one capitalised word governed by a preposition is a name
    // ("Mitglieder von „Musterbund“": "von" after a noun too, where nouns are capitalised; after a
    // verb it characterises: "sprach von „Verrat“")
    const afterNoun = pack.capitalisesNouns && before.length >= 2 && before[before.length - 2].word && before[before.length - 2].cap;
    if (words.length === 1 && prev && pack.prepositions.has(prev.lower) && (!pack.characterisationWords.has(prev.lower) || afterNoun)) score -= 0.15;
  }
  if (nameCue) score -= 0.6;
  // "Wie „heise online“ berichtet, …": marks between a subordinator and its clause's speech verb hold
  // the clause's subject, a source's name
  // (where the verb closes a subordinate clause; the subordinator opens it; "als „falsch“
  // zurückgewiesen" characterises)
  const opensClause = before.length === 1 || (before.length >= 2 && /^[,;:.!?(–—]$/u.test(before[before.length - 2].text));
  if (pack.verbSecond && prevWord && opensClause && pack.subordinators.has(prevWord.lower) && !pack.characterisationWords.has(prevWord.lower) && !pack.complementisers.has(prevWord.lower)
    && nextWord && after[0] === nextWord && pack.speechVerbs.has(nextWord.lower)) score -= 0.6;
  // „Brothers to the Rescue“, „Man of the Match“: a few words in marks with another language's
  // function words and none of this one's, inside the reporter's sentence, are a name or a title
  if (type === 'partial' && words.length <= 5 && pack.foreignFunctionWords.size > 0) {
    const lowered = bareWords.map((w) => w.toLowerCase());
    if (lowered.some((w) => pack.foreignFunctionWords.has(w)) && !lowered.some((w) => pack.stopwords.has(w))) score -= 0.4;
  }
  // "galt noch vor seinem Amtsantritt als „…“": what someone is known as, in the same clause
  const clause = before.slice(clauseStart(before, before.length, pack)).slice(-10);
  if (prevWord && pack.characterisationWords.has(prevWord.lower) && clause.some((t) => pack.labelVerbs.has(t.lower))) score -= 0.5;
  // "der sich als „Volksanwalt“ betätigte", "präsentiert er sich als „…“": a part someone
  // acts in, not a word they used ("bezeichnete sich als „…“")
  if (prevWord && pack.characterisationWords.has(prevWord.lower) && clause.slice(-4).some((t) => pack.reflexivePronouns.has(t.lower))
    && [...clause, ...after.slice(0, 4)].some((t) => pack.selfPresentationVerbs.has(t.lower))) score -= 0.5;
  // "die sich selbst „X“ nennt", "nennt sie sich „X“": the name someone gives themselves (where
  // only names are capitalised, a lower-case "called himself “deeply conservative”" describes)
  const wordsBefore = before.filter((t) => t.word).slice(-4);
  if ((pack.capitalisesNouns || upper) && wordsBefore.some((t) => pack.reflexivePronouns.has(t.lower))
    && (wordsBefore.some((t) => pack.namingVerbs.has(t.lower)) || after.filter((t) => t.word).slice(0, 2).some((t) => pack.namingVerbs.has(t.lower)))) score -= 0.6;
  // One word shaped as no word of any language is: inner capitals, letters and digits run
  // together, a domain ("OpenExample", "Probe64", "example.de"): a product's, a handle's or a site's name
  if (type === 'partial' && words.length === 1 && ODD_NAME.test(content.trim())) score -= 0.4;
  // („2. Deutscher Klimakongress“, „22. Grand Prix …“: an edition's number opens an event's name)
  if (type === 'partial' && /^\p{N}{1,3}\.\s+\p{Lu}/u.test(content)) score -= 0.4;
  // ("die Kartoffelsorte „Amflora“", "nennt „Twitter“": one capitalised word that the language's
  // dictionary lists as no noun, nor as the end of a compound, is a name)
  if (type === 'partial' && bareWords.length === 1 && upper && !bareWords[0].includes('-') && pack.isDictionaryNoun && !knownNoun(bareWords[0], pack)) score -= 0.3;
  // „Cast Lead“ („gegossenes Blei“), „X“ (etwa: „…“, engl. „…“): marks in a bracket opened right
  // after other marks hold a translation or another form of the name
  if (/["“”»«„']\s*\([^()]{0,60}$/u.test(text.slice(Math.max(0, s.outer.start - 64), s.outer.start)) && /^[^()]{0,60}\)/u.test(text.slice(s.outer.end, s.outer.end + 61))) score -= 0.6;
  // "Kapitelzeichen („Bookmarks“)", "Kreuzungen („Hybride“)": where nouns are capitalised, a word or
  // two in marks that fill a bracket right after a noun give the term for it (a sentence in
  // brackets after a name is said: "X („Mir fällt niemand ein …“)"; English "free markets (“Uber
  // everything”)" quotes a phrase, and nothing there tells a noun)
  const bracketed = /\p{L}\s*\($/u.test(text.slice(Math.max(0, s.outer.start - 3), s.outer.start)) && text[s.outer.end] === ')';
  const termOf = pack.capitalisesNouns && bracketed && words.length <= 2 && !endsUtterance && prevWord === undefined && before.length >= 2 && before[before.length - 2].word
    && before[before.length - 2].cap && !(pack.isKnownName?.(before[before.length - 2].text) ?? false);
  if (termOf) score -= 0.5;
  // ("die Partei Beispiel Ruch („Bewegung für ein neues Land“)": a capitalised phrase, no
  // utterance, that fills a bracket after a name translates the name)
  const translation = pack.capitalisesNouns && bracketed && !termOf && words.length <= 6 && !endsUtterance && upper && prevWord === undefined
    && before.length >= 2 && before[before.length - 2].word && before[before.length - 2].cap;
  if (translation) score -= 0.5;
  // A name is given, not words said: „X“, so heißt/lautet …; „X“, wie die Senatorin genannt wurde
  const afterWords = after.filter((t) => t.word).slice(0, 6);
  if (afterWords.length && pack.nameLeadWords.has(afterWords[0].lower) && afterWords.slice(1).some((t) => pack.namingVerbs.has(t.lower))) score -= 0.6;
  // Right after "laut", "according to": the marks hold the source's name ("laut „Reuters“").
  const lead = text.slice(Math.max(0, s.outer.start - 40), s.outer.start);
  if (endingWith(pack.sourcePrepositions).some((re) => re.test(lead))) score -= 0.6;
  if (titleNoun) score -= 0.5;
  // "—“Club to close,” by Times’ Jan Example:": a comma closing the stretch, then its
  // author after "by", is a byline: the stretch is the title of a piece
  if (content.trimEnd().endsWith(',') && after[0]?.word && pack.agentPrepositions.has(after[0].lower) && after[1]?.cap) score -= 0.6;
  // "stellte sie das neue Album der Band vor: „Zeit für uns“", "ist ihr Erstwerk: „Am
  // Fluss“": a short stretch without closing punctuation after a colon whose clause names a
  // title holds the title
  if (before[before.length - 1]?.text === ':' && !endsUtterance && words.length <= 8 && titleInClause(before, pack)) score -= 0.5;
  if (words.length === 1 && !cue) score -= 0.2;
  // Where nouns are capitalised, a quoted lower-case word is no name or title: in a sentence that
  // reports speech it is the speaker's word ("wies den Bericht als „falsch“ zurück").
  if (type === 'partial' && pack.capitalisesNouns && cue && /^\p{Ll}/u.test(content) && words.length <= 3) score += 0.1;
  // Several words opening in lower case are no name or title either, cue or none: a phrase
  // someone used ("… aus „strengen und vorbeugenden Schritten“ bestehe")
  if (type === 'partial' && pack.capitalisesNouns && /^\p{Ll}/u.test(content) && words.length >= 4) score += 0.1;

  return score;
}

const ODD_NAME = /^(?:\p{Lu}\p{Ll}+\p{Lu}\p{L}*|\p{L}+\p{N}+\p{L}*|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{Ll}{2,})$/u;

// The pack's source patterns anchored at the end of a text, compiled once per pack (not per quote).
const anchored = new WeakMap<ReadonlyArray<RegExp>, RegExp[]>();
function endingWith(patterns: ReadonlyArray<RegExp>): RegExp[] {
  let out = anchored.get(patterns);
  if (!out) anchored.set(patterns, out = patterns.map((re) => new RegExp(`(?:${re.source})$`, re.flags.replace('g', ''))));
  return out;
}

function titleBefore(before: Token[], pack: LanguagePack): boolean {
  const w = before.filter((t) => t.word);
  const last = w[w.length - 1];
  // a colon may stand between the noun and the marks: "(Motto: „…“)", "Codename: „…“"
  const end = before[before.length - 1]?.text === ':' ? before.length - 2 : before.length - 1;
  if (!last || before[end] !== last) return false;
  // (where nouns are lower-case, a capitalised one is a name: "Dr. Paul Song “was …”")
  if (pack.titleNouns.has(last.lower) && (pack.capitalisesNouns || !last.cap)) return true;
  const prev = w[w.length - 2];
  // "die Zeitung „…“"; "der Name lautet „X“" (a naming verb right before the marks)
  // ("der Titel des „…“"; not an article opening the verb's object: "bietet das Buch eine „…“")
  return !!prev && pack.titleNouns.has(prev.lower)
    && ((pack.determiners.has(last.lower) && pack.genitiveLinks.has(last.lower)) || (pack.namingVerbs.has(last.lower) && before[before.length - 1] === last));
}

/** A title noun (or a compound ending in one: "Fernsehsendung", "Erstwerk") in the clause that leads up to a colon. */
function titleInClause(before: Token[], pack: LanguagePack): boolean {
  const clause = before.slice(clauseStart(before, before.length - 1, pack), before.length - 1);
  return clause.some((t) => t.word && (pack.titleNouns.has(t.lower) || (pack.capitalisesNouns && t.cap && endsWithTitleNoun(t.lower, pack))));
}

function endsWithTitleNoun(word: string, pack: LanguagePack): boolean {
  for (const n of pack.titleNouns) if (n.length >= 4 && word.endsWith(n)) return true;
  return false;
}

/** A definite article opens the phrase that ends with the last word of `before` (words only between). */
function definiteBefore(before: Token[], pack: LanguagePack): boolean {
  for (let k = before.length - 2; k >= 0 && k >= before.length - 6; k--) {
    if (!before[k].word) return false;
    if (pack.definiteDeterminers.has(before[k].lower)) return true;
  }
  return false;
}

/** Whether a word comes twice ("Trump, Trump, Trump"), case aside. */
function repeatsAWord(words: string[]): boolean {
  return new Set(words.map((w) => w.toLowerCase())).size < words.length;
}

function lastWord(tokens: Token[]): Token | undefined {
  const t = tokens[tokens.length - 1];
  return t && t.word ? t : undefined;
}


/** Every content word capitalised (at least two; a short exclamation or question is still said). */
function isTitleCase(bareWords: string[], exclaims: boolean, pack: LanguagePack): boolean {
  const lexical = bareWords.filter((w) => !pack.stopwords.has(w.toLowerCase()) && !pack.prepositions.has(w.toLowerCase()) && !pack.determiners.has(w.toLowerCase()));
  return (lexical.length > 2 || !exclaims) && lexical.length >= 2 && lexical.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * "what she called “…”", "which aide Jo Example called “…”": a naming verb that closes a clause
 * opened by an object relative, with someone as its subject, reports that person's own term.
 */
function ownTerm(before: Token[], pack: LanguagePack): boolean {
  const v = before.length - 1;
  if (v < 2 || !pack.speechVerbs.has(before[v].lower)) return false;
  const r = objectRelativeBefore(before, v, 0, pack);
  if (r < 0) return false;
  const subject = before.slice(r + 1, v);
  return subject.every((t) => t.word) && (pack.pronouns.has(subject[0].lower) || subject.some((t) => t.cap));
}

/** The longest word whose compound parts are looked up (German's long compounds stay under it). */
const COMPOUND_MAX = 40;

/**
 * Whether the dictionary lists a word, or a compound's last part of four letters or more, as a noun
 * ("Kapitalismuskritik"); a word longer than any compound is none (and its parts are not tried: each
 * try copies the rest of the word, which on a word of 200,000 letters took 30 s).
 */
function knownNoun(word: string, pack: LanguagePack): boolean {
  if (word.length > COMPOUND_MAX) return false;
  if (pack.isDictionaryNoun!(word)) return true;
  for (let k = 1; k + 4 <= word.length; k++) {
    const tail = word[k].toUpperCase() + word.slice(k + 1);
    if (pack.isDictionaryNoun!(tail)) return true;
  }
  return false;
}
