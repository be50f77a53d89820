// Finds the speech act that attributes a quote: a speech verb with its subject, before the quote
// ("X sagte: …"), after it ("…, sagte X", "…, X said"), or a source phrase ("laut X", "X zufolge").
import type { LanguagePack, Mention } from '../types.js';
import { bareMention, genderByFirstName, inflected, isGenitiveArticle, namedAuthor, readPhrase, type SpeakerPhrase } from './phrases.js';
import { DOMAIN, firstTokenAt, QUOTE_MARK, type Token } from './tokens.js';

export interface Cue {
  /** The verb (with its particle) or the source word. */
  cue: Mention;
  speaker: SpeakerPhrase | null;
  /** Where the attribution clause lies: place and date are looked for there. */
  region: { start: number; end: number };
  kind: 'after' | 'before' | 'colon' | 'source' | 'sentence';
}

const CLAUSE_END = new Set([',', '.', ';', ':', '!', '?', '(', ')', '–', '—']);

/**
 * Whether the particle at tokens[k] ends its verb's clause: punctuation follows it, perhaps after an
 * adverb ("fired back forcefully:"), or, near the verb, a prepositional object ("zeigte sich die
 * Regierung bestürzt über …", not "went on to work"); far from the verb only a sentence's end counts.
 */
function particleCloses(tokens: Token[], k: number, near: boolean, pack: LanguagePack): boolean {
  const adverb = tokens[k + 1]?.word && !tokens[k + 1].cap && pack.adverbLike.test(tokens[k + 1].lower) && tokens[k + 1].lower.length > 4;
  const next = tokens[k + (adverb ? 2 : 1)];
  if (!next) return true;
  if (!near) return /^[.!?]$/u.test(next.text);
  return !next.word || CLAUSE_END.has(next.text) || (pack.prepositions.has(next.lower) && !pack.notSpeechBefore.get(tokens[k].lower)?.has(next.lower));
}

/** Index of the first speech verb in tokens[from, to), with the token that ends the cue. */
export function findVerb(tokens: Token[], from: number, to: number, pack: LanguagePack, last = false, particleTo = to, also?: ReadonlySet<string>): { at: number; end: number } | null {
  let found: { at: number; end: number } | null = null;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    // ("BLUE STATES OUTNUMBER RED STATES", "PARTY GOES ON": a word in capitals is a headline's or an
    // acronym, no verb of running text)
    if (t.cap && t.text.length > 1 && t.text === t.text.toUpperCase()) continue;
    // where nouns are capitalised, a capitalised word after another word is a noun ("nach Angaben");
    // elsewhere it is part of a name after a lower-case word or after "the X" ("the United States"),
    // while a headline capitalises its verb ("Trump Says …")
    // ("Example Corp chief executive Jan Sample said": a headline's capitalised verb is followed by more
    // capitals, running text goes on in lower case)
    if (t.cap && i > 0 && tokens[i - 1].word
      && (pack.capitalisesNouns || !tokens[i - 1].cap || (i > 1 && pack.determiners.has(tokens[i - 2].lower))
        || (tokens[i + 1]?.word && !tokens[i + 1].cap))) continue;
    // ("“…,” Read said.": a capitalised word right before a speech verb is its subject's name)
    if (t.cap && tokens[i + 1]?.word && !tokens[i + 1].cap && pack.speechVerbs.has(tokens[i + 1].lower)) continue;
    // after an article a verb form is a noun ("the said …"); where nouns are capitalised only a
    // capitalised one is ("das Sagen"), and "Das sagte X" is a demonstrative and its verb
    // ("Trump’s remarks": after a possessor too)
    // (not after a quantifier that stands alone: "Some chanted", "Many said")
    const afterDeterminer = i > from && ((pack.determiners.has(tokens[i - 1].lower) && !pack.partitives.has(tokens[i - 1].lower)) || !!pack.possessive?.test(tokens[i - 1].text)) && (t.cap || !pack.capitalisesNouns);
    // ("Der Kalender spricht für X": a form that reports nothing before these words)
    if ((pack.speechVerbs.has(t.lower) || !!also?.has(t.lower)) && !afterDeterminer && !pack.notSpeechBefore.get(t.lower)?.has(tokens[i + 1]?.lower ?? '')) {
      found = { at: i, end: i };
      if (!last) return found;
      continue;
    }
    const particles = pack.separableVerbs.get(t.lower);
    if (particles) {
      const k = closingWord(tokens, i, particleTo, pack, (w) => particles.has(w.lower));
      if (k >= 0) found = { at: i, end: k };
      if (found && !last) return found;
    }
    // ("„…“ Das musste X zu Beginn der Debatte einräumen.", "X wollte hinzufügen: „…“": after a
    // modal, the infinitive of a separable speech verb, joined to its particle, closes the clause)
    if (pack.modalVerbs.has(t.lower) && !afterDeterminer) {
      const k = closingWord(tokens, i, particleTo, pack, (w) => !w.cap && particleInfinitive(w.lower, pack));
      if (k >= 0) found = { at: i, end: k };
      if (found && !last) return found;
    }
  }
  return found;
}

/**
 * The word after the finite verb at i that completes it and closes its clause (`completes`), or -1:
 * the particle closes the clause ("fügte er hinzu."), or a prepositional object follows it
 * ("zeigte sich die Regierung bestürzt über …"); further on than a dozen words only the particle
 * that ends its sentence counts ("räumte X zu Beginn der … Debatte … ein.").
 */
function closingWord(tokens: Token[], i: number, to: number, pack: LanguagePack, completes: (t: Token) => boolean): number {
  for (let k = i + 1; k < to && k < i + 24; k++) {
    if (tokens[k].word && completes(tokens[k]) && particleCloses(tokens, k, k < i + 14, pack)) return k;
    if (CLAUSE_END.has(tokens[k].text) && tokens[k].text !== ',') return -1;
  }
  return -1;
}

/** "einräumen", "hinzufügen": a particle joined to the infinitive of a verb that speaks with it. */
function particleInfinitive(word: string, pack: LanguagePack): boolean {
  for (let n = 2; n < word.length - 3; n++) {
    const base = word.slice(n);
    if (base.endsWith('n') && pack.separableVerbs.get(base)?.has(word.slice(0, n))) return true;
  }
  return false;
}

const mention = (tokens: Token[], a: number, b: number, text: string): Mention =>
  ({ text: a === b ? tokens[a].text : text.slice(tokens[a].start, tokens[b].end), start: tokens[a].start, end: tokens[b].end });

/**
 * "what she called", "which aide Jo Example called": the nearest object relative that opens, at most
 * four words before it, the clause the verb at v closes (at or after from); -1 if there is none.
 */
export function objectRelativeBefore(tokens: Token[], v: number, from: number, pack: LanguagePack): number {
  for (let r = v - 2; r >= from && r >= v - 5; r--) if (pack.objectRelatives.has(tokens[r].lower)) return r;
  return -1;
}

/** The subject of the verb at `v`: right before it ("Diop betonte"), else right after it ("sagte er"). */
export function subjectOf(tokens: Token[], v: number, from: number, to: number, pack: LanguagePack, text: string): SpeakerPhrase | null {
  // "Deren Haltung bezeichnete er als …", "Das Angebot … lehnt er ab": where the verb comes second,
  // a pronoun right after it that only a subject can be is the subject; what opens the clause is
  // then an object or an adverbial (also "… als Bundeskanzlerin lobte er": a clause whose
  // verb a subject follows is no subordinate clause).
  if (pack.verbSecond && v > from && pack.nominativePronouns.has(tokens[v + 1]?.lower ?? '') && v + 1 < to) {
    const p = readPhrase(tokens, v + 1, pack, text, true);
    if (p) return p;
  }
  // "Es wurde von Exempels Tochter … geäußert": a passive names its speaker as the agent (where the
  // agent stands inside the clause; English "… that was noted in a column by the Herald" more
  // often describes something else)
  // ("X wird von der Zeitung mit den Worten zitiert": the agent of a citing verb is who reports the
  // words; the one cited is the subject)
  const agent = pack.verbSecond && !pack.citingVerbs.has(tokens[v].lower) ? passiveAgent(tokens, v, from, pack, text) : null;
  if (agent) return agent;
  // A subordinate clause ("Wie der Minister am Dienstag erklärte"): the subject follows the
  // conjunction, the verb closes the clause.
  // ("As the county braces for what Jo Example called “…”": an object relative right before the
  // subject opens the clause the verb closes, wherever it stands)
  const relative = objectRelativeBefore(tokens, v, from, pack);
  if (relative >= 0) {
    const p = readPhrase(tokens, relative + 1, pack, text, true);
    if (p && p.end <= tokens[v].start && tokens.slice(relative + 1, v).every((t) => t.word)) return p;
  }
  for (let s = Math.max(from + 1, v - 16); s < v; s++) {
    if (!pack.subordinators.has(tokens[s - 1].lower) || (s - 1 > from && !CLAUSE_END.has(tokens[s - 2].text))) continue;
    // "wie sich Muster ausdrückte": a reflexive pronoun may come before the subject
    const at = pack.reflexivePronouns.has(tokens[s]?.lower ?? '') ? s + 1 : s;
    const p = readPhrase(tokens, at, pack, text, true);
    if (p && p.end <= tokens[v].start && !tokens.slice(s, v).some((t) => t.start >= p.end && CLAUSE_END.has(t.text))) return p;
  }
  const relativeSubject = nameAfterRelative(tokens, v, from, pack, text);
  if (relativeSubject) return relativeSubject;
  // "…, from Jan Example, who declared in the hallway, “…”": a relative pronoun before the verb
  // stands for the name before its comma; the pronoun is the mention, as a personal one is.
  // Where the verb comes last in a subordinate clause, the pronoun opens the clause the verb
  // closes ("Der Präsident, der den Sieg zunächst als „Fest“ bezeichnete, …"); an article before a
  // capitalised word is none ("…, der Minister sagte"). Where the one it stands for has no name
  // ("ein Kommentar, der … als „…“ bezeichnet"), that phrase is the mention: "der" alone says nothing.
  const rel = relativeBefore(tokens, v, from, pack);
  if (rel > from + 1) {
    const phraseEndingAt = (end: number, lo: number): SpeakerPhrase | null => {
      for (let s = Math.max(from, lo); s < tokens.length && tokens[s].start < end; s++) {
        // (in German read as a subject would be: "in Umlauf", "töteten sie Zivilisten" name nobody)
        // (nor from inside a name: "vom Camp Beispiel" is not "Beispiel")
        const insidePhrase = s > 0 && (pack.prepositions.has(tokens[s - 1].lower) || (tokens[s - 1].cap && tokens[s - 1].word));
        // ("the Mexican president, who said": a description with a role noun stands for its holder)
        const p = !pack.verbSecond ? (tokens[s].cap || pack.determiners.has(tokens[s].lower) ? readPhrase(tokens, s, pack, text) : null)
          : (tokens[s].cap || pack.determiners.has(tokens[s].lower)) && !insidePhrase ? readPhrase(tokens, s, pack, text, true) : null;
        if (p && p.end === end && (p.name || canSpeak(p, pack))) return p;
      }
      return null;
    };
    let p = phraseEndingAt(tokens[rel - 2].end, rel - 6);
    // ("Jan Example, the firm's senior adviser, who added …": the pronoun stands for the name
    // before an apposition set off by commas)
    if (!p) {
      const lowest = Math.max(from + 1, rel - 10);
      let comma = rel - 2;
      while (comma > lowest && tokens[comma].text !== ',') comma--;
      if (comma > lowest && tokens[comma].text === ',') p = phraseEndingAt(tokens[comma - 1].end, comma - 6);
    }
    // ("Sen. Jane Example of Ohio, who …": the person, not the state they are from)
    const k = p ? firstTokenAt(tokens, p.start) : -1;
    if (p && k > 1 && pack.affiliationLinks.has(tokens[k - 1].lower)) p = phraseEndingAt(tokens[k - 2].end, k - 7) ?? p;
    if (p?.name || (p && !pack.verbSecond)) return { ...p, start: tokens[rel].start, end: tokens[rel].end, text: tokens[rel].text };
    if (p) return p;
    // ("… von Demonstranten, die skandierten: „…“": where no phrase that can speak is read before
    // it, the relative pronoun is the mention, naming nobody; the clause's subject is never someone
    // named further back)
    return bareMention(tokens[rel].start, tokens[rel].end, text);
  }
  const first = readPhrase(tokens, from, pack, text, true);
  // ("Die Äußerungen Hassemers bezeichnete Dieter Muster als „…“": where the verb comes second, a
  // text opening the clause is its object when a person named in full, or by the surname of someone
  // the article names, follows the verb)
  const textFirst = !!tokens[from + 1] && pack.determiners.has(tokens[from].lower) && pack.isSourceNoun(tokens[from + 1].text);
  if (pack.verbSecond && v + 1 < to && (first?.document || textFirst)) {
    const after = readPhrase(tokens, v + 1, pack, text, true);
    if (after?.name && !after.organisation && (genderByFirstName(after.name, pack) || (pack.isKnownName?.(after.name) ?? false))) return after;
  }
  // ("Example emphatically proclaimed": where word order is fixed, an adverb in -ly may stand
  // between the subject and its verb)
  const verbStart = tokens[verbStartIndex(tokens, v, from, pack)].start;
  // Subject first: a phrase starting at the clause start that ends right before the verb.
  // ("Fraktions- und Parteivorsitzenden": a conjunction after a word cut short by a hyphen joins two
  // words, not two clauses)
  const opensClause = (k: number) => k === from || CLAUSE_END.has(tokens[k - 1].text)
    || (pack.subordinators.has(tokens[k - 1].lower) && !(k - 2 > from && tokens[k - 2].text === '-' && tokens[k - 3].end === tokens[k - 2].start));
  for (let s = Math.max(from, v - 12); s < v; s++) {
    // "Auch die Ministerin äußerte": a focus adverb may open the clause before its subject. Where
    // word order is fixed (English), a pronoun or name right before the verb is its subject
    // whatever precedes it ("A few days ago he blasted …").
    // ("Now Example says …": a function word that opens the clause is capitalised only by its place)
    const byPlace = s > from && opensClause(s - 1) && (pack.phraseBreakers.has(tokens[s - 1].lower) || pack.stopwords.has(tokens[s - 1].lower));
    const adjacent = !pack.verbSecond && !pack.prepositions.has(tokens[s - 1]?.lower ?? '') && (pack.pronouns.has(tokens[s].lower) || (tokens[s].cap && (!tokens[s - 1]?.cap || byPlace)));
    if (!opensClause(s) && !(pack.focusAdverbs.has(tokens[s - 1].lower) && opensClause(s - 1)) && !adjacent) continue;
    const p = readPhrase(tokens, s, pack, text, true);
    if (adjacent && !opensClause(s) && !(p && (p.pronoun || p.name) && p.end <= tokens[v].start && /^\s*$/u.test(text.slice(p.end, verbStart)))) continue;
    // "Eva Muster (SPD) äußerte": a parenthesis may stand between subject and verb
    if (p && p.end <= tokens[v].start && /^\s*(\([^()]{0,40}\)\s*)?$/u.test(text.slice(p.end, verbStart))) {
      // "Jonas Beispiel, Sprecher des Forums kommentierte": the role is an apposition to the name before it
      // ("Sure, he admits …": a pronoun is no apposition; it is the subject)
      if (s > from && tokens[s - 1].text === ',' && first?.name && !first.pronoun && !p.pronoun && first.end === tokens[s - 1].start && (!p.name || p.roleWords.length > 0)) return first;
      // "Eva Muster und Jan Probe prangerten an": two named people speak together
      if (s > from + 1 && pack.coordinators.has(tokens[s - 1].lower) && p.name && first?.name && !first.pronoun && /^\s*$/u.test(text.slice(first.end, tokens[s - 1].start))) {
        return { ...p, start: first.start, text: text.slice(first.start, p.end), name: `${first.name} ${tokens[s - 1].text} ${p.name}`, roleWords: [], determiner: null, together: { names: [first.name, p.name], joiner: tokens[s - 1].text } };
      }
      return p;
    }
  }
  // "Karl von Exempel, Präsident der Universität, begrüßte …": the subject opens the clause and an
  // apposition stands between it and the verb.
  const afterFirst = first ? tokens.find((t) => t.start >= first.end) : undefined;
  // (unless a speech verb of its own follows it first: "X (CDU) wies das zurück, die Sprecherin …, Y,
  // erklärte:" joins two clauses, each with its subject)
  if (first && first.end <= tokens[v].start && afterFirst && (afterFirst.text === ',' || afterFirst.text === '(')
    && !(pack.verbSecond && findVerb(tokens, firstTokenAt(tokens, first.end), v, pack))) return first;
  // "Sie sei „…“ über den Ausgang, sagte die Fürstin": where the verb comes second, a verb right
  // after a comma opens its own clause, and its subject follows it
  // ("Der Vorsitzende der Gewerkschaft, Jan Probe, würdigte X": unless a name closed by that comma
  // ends a subject with its appositions; ", wird Jan Probe, Leiter des Werks, zitiert": nor where
  // an auxiliary opens the clause and the verb is its participle)
  if (pack.verbSecond && v - 1 > from && tokens[v - 1].text === ',' && !pack.finiteAuxiliaries.has(tokens[from].lower)) {
    // ("…, Sandra Probe (Grüne), erklärte": a party in brackets may follow the name)
    let last = v - 2;
    if (tokens[last].text === ')') for (let k = last - 1; k > from && k > last - 6; k--) if (tokens[k].text === '(') { last = k - 1; break; }
    for (let s = Math.max(from, last - 5); s <= last; s++) {
      const p = tokens[s].cap ? readPhrase(tokens, s, pack, text, true) : null;
      // (a person's name: in full or one the article knows; "500 Millionen Złoty (…)," is none)
      if (p?.name && p.end === tokens[last].end && !p.text.includes(',') && (p.name.includes(' ') || (pack.isKnownName?.(p.name) ?? false))) return p;
    }
    const p = subjectAfter(tokens, v, to, pack, text);
    if (p) return p;
  }
  // "Die Beispielwerke AG bestätigte das nicht und nannte sie „…“", ", he laughed and said": a coordinated verb
  // shares the subject of its clause
  // ("…, but now said": an adverb may stand between the coordinator and the verb)
  const co = v > from && pack.coordinators.has(tokens[v - 1].lower) ? v - 1
    : v - 1 > from && pack.coordinators.has(tokens[v - 2].lower) && !tokens[v - 1].cap && pack.phraseBreakers.has(tokens[v - 1].lower) ? v - 2 : -1;
  if (co > 0) {
    let cs = co;
    // ("She was defending the group against X, but admitted “…”": the comma before the
    // coordinator closes the first verb's clause; its subject is where that clause starts)
    if (cs - 1 > from && tokens[cs - 1].text === ',') cs--;
    while (cs > from && !CLAUSE_END.has(tokens[cs - 1].text)) cs--;
    let subject = cs === from ? first : readPhrase(tokens, cs, pack, text, true);
    // ("Als ein Nachbar nachsah, stieß der Einbrecher den Nachbarn weg und rief:": where the verb
    // comes second, a clause that opens with its verb has the subject right after it)
    if (!subject && pack.verbSecond && tokens[cs]?.word && !tokens[cs].cap && cs + 1 < co) subject = readPhrase(tokens, cs + 1, pack, text, true);
    if (subject && subject.end <= tokens[v].start && canSpeak(subject, pack)) return subject;
  }
  // "Die Landesregierung hatte die Studie … zurückgewiesen": the subject before the auxiliary of
  // a perfect or passive whose participle is the speech verb
  if (first && afterFirst && pack.finiteAuxiliaries.has(afterFirst.lower) && first.end <= tokens[v].start && canSpeak(first, pack)) return first;
  // "Das Komitee in der norwegischen Hauptstadt würdigte …": a prepositional phrase may follow the subject
  // ("a Democrat close to the campaign said", "one Republican aware of the plans said": where
  // word order is fixed, an adjective or a participle may open it)
  const postmodifier = !!afterFirst && !pack.verbSecond && afterFirst.word && !afterFirst.cap && !pack.phraseBreakers.has(afterFirst.lower)
    && !pack.speechVerbs.has(afterFirst.lower) && pack.prepositions.has(tokens[firstTokenAt(tokens, afterFirst.end)]?.lower ?? '');
  if (first && (first.organisation || first.name || first.roleWords.length) && first.end <= tokens[v].start && afterFirst
    && (pack.prepositions.has(afterFirst.lower) || postmodifier) && !tokens.slice(firstTokenAt(tokens, afterFirst.start), v).some((t) => CLAUSE_END.has(t.text))) return first;
  // ", hatte Konzernchef Muster in einem Interview erklärt", ", wird Exempel zitiert": the subject
  // follows the auxiliary that opens the clause, the participle closes it.
  if (v > from && pack.finiteAuxiliaries.has(tokens[from].lower)) {
    const p = readPhrase(tokens, from + 1, pack, text, true);
    if (p && p.end <= tokens[v].start) return p;
  }
  // "In der Meldung wird Exempel wie folgt zitiert", "Zur Lage hatte Muster … erklärt": where the
  // verb comes second, the subject follows the finite auxiliary wherever the clause puts it.
  if (pack.verbSecond) {
    for (let a = v - 1; a > from; a--) {
      if (CLAUSE_END.has(tokens[a].text)) break;
      if (!pack.finiteAuxiliaries.has(tokens[a].lower)) continue;
      // ("hatte sich Pieper … hinreißen lassen": a reflexive pronoun may come first)
      const at = pack.reflexivePronouns.has(tokens[a + 1]?.lower ?? '') ? a + 2 : a + 1;
      const p = readPhrase(tokens, at, pack, text, true);
      if (p && p.end <= tokens[v].start && canSpeak(p, pack)) return p;
      break;
    }
  }
  // "Die in Hamburg geborene Sängerin Lia Beispiel lobte …": a full name opens the clause even
  // when the phrase around it cannot be read; it comes before any reading after the verb.
  const named = namedBefore(tokens, v, from, pack, text);
  if (named) return named;
  // Verb first: "sagte der Minister", "sagte dazu der Minister", "charakterisierte ihn X";
  // never after "told": what follows it is the listener ("… told Reuters").
  const firstSpeaks = first && first.end <= tokens[v].start && canSpeak(first, pack) ? first : null;
  // ("“…?” asked Sen. X": right after a quote the one after the verb is still its subject)
  if (pack.addresseeVerbs.has(tokens[v].lower) && v !== from) return firstSpeaks;
  // Without verb-second order (English), the subject follows the verb only right after a quote
  // ("…," said Smith), or after a comma that closes the quote's clause ("“…” about the decision,
  // said Jane Doe"); elsewhere what follows is an object ("said this week that …").
  if (!pack.verbSecond && v !== from) {
    if (tokens[v - 1]?.text === ',') {
      const p = readPhrase(tokens, v + 1, pack, text, true);
      if (p && !p.pronoun && (p.name || (p.determiner && p.roleWords.some((w) => pack.isRoleNoun(w))))) return p;
    }
    return firstSpeaks;
  }
  // "Sie wurde danach mit den Worten zitiert": the subject opens the clause, objects stand in between.
  // ("Beispielnetz-Deutschland gab dazu bekannt:": one capitalised word the article uses nowhere else is no
  // name a subject is read as, but right before a speech verb with no subject after it, it is one)
  return subjectAfter(tokens, v, to, pack, text) ?? firstSpeaks
    ?? (v === from + 1 && loneName(tokens[from], pack) ? nameOnly(readPhrase(tokens, from, pack, text)) : null)
    ?? describedBefore(tokens, v, from, pack, text) ?? (v === from ? describedName(tokens, v + 1, to, pack, text) : null);
}

/**
 * "Die Passagiere berichteten, …": where nouns are capitalised, an article and its noun (adjectives
 * between) opening the clause right before the speech verb are its subject, though the noun is no
 * office: the description is the mention and names nobody.
 */
function describedBefore(tokens: Token[], v: number, from: number, pack: LanguagePack, text: string): SpeakerPhrase | null {
  if (!pack.capitalisesNouns || v - from < 2 || v - from > 4 || !pack.determiners.has(tokens[from].lower) || pack.objectDeterminers.has(tokens[from].lower)) return null;
  const head = tokens[v - 1];
  const between = tokens.slice(from + 1, v - 1);
  if (!head.word || !head.cap || !between.every((t) => t.word && !t.cap)) return null;
  return bareMention(tokens[from].start, head.end, text);
}

/**
 * "“…,” said former treasury chief Jan Example", "said 9/11 widow Jo Sample": where only names
 * are capitalised, lower-case words and numbers describing the person may come before a full name;
 * they are the role, the name is the person's. Null unless a full name follows within eight tokens.
 */
function describedName(tokens: Token[], from: number, to: number, pack: LanguagePack, text: string): SpeakerPhrase | null {
  if (pack.capitalisesNouns) return null;
  let k = from;
  while (k < to && k < from + 8 && ((tokens[k].word && !tokens[k].cap) || /^(\p{N}+|[/-])$/u.test(tokens[k].text))) k++;
  if (k === from || !tokens[k]?.cap || !tokens[k].word) return null;
  const p = readPhrase(tokens, k, pack, text, true);
  if (!p?.name || p.pronoun || !p.name.includes(' ')) return null;
  const words = text.slice(tokens[from].start, tokens[k - 1].end).split(/\s+/u);
  return { ...p, start: tokens[from].start, text: text.slice(tokens[from].start, p.end), roleWords: [...words, ...p.roleWords] };
}

/** The phrase if it names someone (a person or an organisation), else null. */
const nameOnly = (p: SpeakerPhrase | null): SpeakerPhrase | null => (p?.name || p?.organisation ? p : null);

/** A capitalised word that may be a name on its own: no function word, noun or adverb ("Dies", "Gegenwärtig"). */
function loneName(t: Token, pack: LanguagePack): boolean {
  return t.cap && !pack.stopwords.has(t.lower) && !pack.phraseBreakers.has(t.lower) && !pack.determiners.has(t.lower)
    && !pack.isCommonNoun(t.text) && !pack.adverbLike.test(t.lower);
}

/** The subject right after a verb that opens its clause ("sagte der Minister", "sagte dazu der Minister"). */
function subjectAfter(tokens: Token[], v: number, to: number, pack: LanguagePack, text: string): SpeakerPhrase | null {
  let k = v + 1;
  for (let skip = 0; skip < 3 && k < to; skip++) {
    const p = readPhrase(tokens, k, pack, text, true);
    if (p) return p;
    if (!tokens[k].word || tokens[k].cap || pack.prepositions.has(tokens[k].lower) || pack.complementisers.has(tokens[k].lower) || pack.determiners.has(tokens[k].lower)) break;
    k++;
  }
  return null;
}

/**
 * The relative pronoun whose clause holds the verb at `v`, after a comma: right before the verb
 * where word order is fixed ("…, who said"), opening the clause the verb closes where the verb comes
 * second in main clauses and last in subordinate ones ("…, der es als „…“ bezeichnete,"); -1 if none.
 */
function relativeBefore(tokens: Token[], v: number, from: number, pack: LanguagePack): number {
  if (!pack.verbSecond) {
    const rel = verbStartIndex(tokens, v, from, pack) - 1;
    // ("Jane Example - who said …": a dash may set the clause off as a comma does)
    return rel > from + 1 && pack.relativePronouns.has(tokens[rel].lower) && /^[,–—-]$/u.test(tokens[rel - 1].text) ? rel : -1;
  }
  const rel = clauseStart(tokens, v, pack);
  const closes = !tokens[v + 1]?.word;
  return rel > from + 1 && rel < v && closes && tokens[rel - 1].text === ',' && pack.relativePronouns.has(tokens[rel].lower)
    && !(tokens[rel + 1]?.cap && tokens[rel + 1].word) ? rel : -1;
}

/**
 * "…, die Jan Muster … zum Ziel erklärt hatte: „…“": where the verb closes a relative clause (verb
 * last), a name right after the relative pronoun is the clause's subject, the pronoun its object;
 * null elsewhere. A bracket inside the clause does not end it ("(1998 bis 2002)"); ", der
 * Generalsekretär … sagte gegenüber …", an apposition followed by its main clause, is no such
 * clause, and the name must open the phrase, no office before it.
 */
function nameAfterRelative(tokens: Token[], v: number, from: number, pack: LanguagePack, text: string): SpeakerPhrase | null {
  if (!pack.verbSecond) return null;
  let rs = v - 1;
  while (rs > from && rs > v - 20 && !/^[,.;:!?]$/u.test(tokens[rs - 1].text)) rs--;
  const closes = !tokens[v + 1]?.word || (pack.finiteAuxiliaries.has(tokens[v + 1].lower) && !tokens[v + 2]?.word);
  if (!closes || rs <= from || rs >= v - 1 || tokens[rs - 1].text !== ',' || !pack.relativePronouns.has(tokens[rs].lower) || !tokens[rs + 1].cap || !tokens[rs + 1].word) return null;
  const p = readPhrase(tokens, rs + 1, pack, text, true);
  return p?.name && !p.roleWords.length && p.end <= tokens[v].start ? p : null;
}

/** Where the verb group of the verb at `v` begins, with the auxiliaries and adverbs English puts before it ("has said", "emphatically proclaimed"). */
function verbStartIndex(tokens: Token[], v: number, from: number, pack: LanguagePack): number {
  if (pack.verbSecond) return v;
  // ("House Speaker Jan Example has said", "Example would later say": auxiliaries and adverbs of
  // the verb group, up to three)
  let k = v;
  while (k - 1 > from && k > v - 3 && !tokens[k - 1].cap && (pack.verbGroupWords.has(tokens[k - 1].lower) || /^\p{Ll}{3,}ly$/u.test(tokens[k - 1].text))) k--;
  return k;
}

/** The agent of a passive speech verb ("wurde vom Minister … bezeichnet"), or null. */
function passiveAgent(tokens: Token[], v: number, from: number, pack: LanguagePack, text: string): SpeakerPhrase | null {
  let aux = -1;
  for (let k = v - 1; k >= from && k >= v - 12; k--) {
    if (CLAUSE_END.has(tokens[k].text)) break;
    if (pack.passiveAuxiliaries.has(tokens[k].lower)) { aux = k; break; }
  }
  if (aux < 0) return null;
  // the agent stands between the auxiliary and the participle
  let afterNoun: SpeakerPhrase | null = null;
  for (let k = aux + 1; k < v; k++) {
    if (CLAUSE_END.has(tokens[k].text)) break;
    if (!pack.agentPrepositions.has(tokens[k].lower)) continue;
    const p = readPhrase(tokens, k + 1, pack, text);
    if (!p || !(p.name || p.organisation || p.roleWords.length) || p.document) continue;
    // ("auf der Seite von Borussia X": after a noun "von" names an owner, not the agent; unless
    // nothing but lower-case words stands between it and the participle: "wird die Gefahr von
    // Bränden vom Wetterdienst als „hoch“ eingestuft")
    if (tokens[k - 1].word && tokens[k - 1].cap && k - 1 > aux) { afterNoun = p; continue; }
    return p;
  }
  const rest = afterNoun ? tokens.slice(firstTokenAt(tokens, afterNoun.end), v) : [];
  return afterNoun && rest.every((t) => !t.cap) ? afterNoun : null;
}

/**
 * Whether a phrase can be a speaker when nothing else says so: a name, a pronoun, an
 * organisation, a text, or a role noun ("A few days ago" and "the paradox" cannot). Where nouns
 * are capitalised the phrase reader has already kept to such nouns.
 */
function canSpeak(p: SpeakerPhrase, pack: LanguagePack): boolean {
  if (p.name || p.pronoun || p.organisation || p.document) return true;
  const head = p.roleWords[p.roleWords.length - 1];
  return !!head && (pack.capitalisesNouns || pack.isRoleNoun(head));
}

/**
 * Last resort: a full name among the words before the verb, not governed by a preposition or an
 * object article ("Die das Unglück überlebende Alina Beispiel, 30, beschrieb …").
 */
function namedBefore(tokens: Token[], v: number, from: number, pack: LanguagePack, text: string): SpeakerPhrase | null {
  for (let k = Math.max(from, v - 12); k < v; k++) {
    const t = tokens[k];
    if (!t.word || !t.cap || (k > from && tokens[k - 1].cap && tokens[k - 1].word)) continue;
    const prev = tokens[k - 1];
    if (prev && (pack.prepositions.has(prev.lower) || pack.determiners.has(prev.lower) || pack.phraseBreakers.has(prev.lower))) continue;
    // ("Gegenüber der Nachrichtenagentur „Example Press“ sagte …": a name in marks right after a
    // noun is that noun's apposition; governed by a preposition, it is no subject)
    if (prev && k - 2 >= from && QUOTE_MARK.test(prev.text) && governed(tokens, k - 2, from, pack)) continue;
    const p = readPhrase(tokens, k, pack, text, true);
    if (p?.name && p.name.includes(' ') && p.end <= tokens[v].start) return p;
  }
  return null;
}

/** Whether the noun phrase ending at token `k` follows a preposition ("gegenüber der Zeitung", "to the paper"). */
function governed(tokens: Token[], k: number, from: number, pack: LanguagePack): boolean {
  for (let j = k; j >= from && j > k - 5; j--) {
    const t = tokens[j];
    if (!t.word) return false;
    if (pack.prepositions.has(t.lower)) return j < k;
  }
  return false;
}

/**
 * "…“, hieß es vom Abgeordneten Ivan Exempel", "In dem Gesuch heißt es:", "So heißt es in dem
 * Aufruf wörtlich:": an impersonal speech verb names its source with a preposition, after it or
 * before it in the same clause.
 */
export function impersonalSource(tokens: Token[], v: number, from: number, end: number, pack: LanguagePack, text: string): SpeakerPhrase | null {
  // "heißt es", and in the perfect "hatte es geheißen"
  if (!pack.impersonalSpeechVerbs.has(tokens[v].lower)
    || !(pack.impersonalSubjects.has(tokens[v + 1]?.lower ?? '') || pack.impersonalSubjects.has(tokens[v - 1]?.lower ?? ''))) return null;
  const sourceAt = (k: number) => {
    if (!pack.impersonalSourcePrepositions.has(tokens[k].lower)) return null;
    const sp = readPhrase(tokens, k + 1, pack, text) ?? partOfText(tokens, k + 1, pack, text);
    // "heißt es in der Erklärung" names a text; "hieß es in Berlin" a place, not a source; "hieß es
    // aus dem Ministerium" an organisation (one that is no country: "aus Frankreich" says where from)
    return sp && (sp.document || (sp.organisation && !pack.isCountry(sp.organisation) && !pack.isCountry(sp.text)) || !pack.placePrepositions.has(tokens[k].lower)) ? sp : null;
  };
  for (let k = v + 2; k < end && k < v + 6; k++) {
    const sp = sourceAt(k);
    if (sp) return sp;
  }
  // before the verb a text beats anything else ("In einer Erklärung der Minister vom Dienstag hatte
  // es geheißen"), and a day is no source
  let other: SpeakerPhrase | null = null;
  for (let k = v - 1, seen = 0; k >= from && seen < 12; k--, seen++) {
    // ("Im zweiten Absatz der Verfügung (Mandat), die … übergeben wurde, heißt es": a relative
    // clause or a bracket between the text and the verb is passed over)
    if (tokens[k].text === ',' || tokens[k].text === ')') {
      const open = tokens[k].text === ')' ? openingBracket(tokens, k, from) : relativeClauseOpening(tokens, k, from, pack);
      if (open < 0) break;
      k = open;
      continue;
    }
    if (CLAUSE_END.has(tokens[k].text)) break;
    const sp = sourceAt(k);
    if (!sp || sp.end > tokens[v].start) continue;
    if (sp.document) return sp;
    if (!other && !(pack.dateHint?.test(sp.text) ?? false)) other = sp;
  }
  return other;
}

/** "letzten Satz der Anordnung", "Absatz 3 des Gesetzes": a part of a text named in the genitive is that text. */
function partOfText(tokens: Token[], i: number, pack: LanguagePack, text: string): SpeakerPhrase | null {
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    if (!tokens[k].word) return null;
    if (!isGenitiveArticle(tokens[k].lower, pack)) continue;
    const whole = readPhrase(tokens, k, pack, text);
    return whole?.document ? { ...whole, start: tokens[i].start, text: text.slice(tokens[i].start, whole.end) } : null;
  }
  return null;
}

/** Where the bracket closed at k opens (-1 if not at or after from). */
function openingBracket(tokens: Token[], k: number, from: number): number {
  for (let o = k - 1; o >= from && o >= k - 8; o--) if (tokens[o].text === '(') return o;
  return -1;
}

/** The comma that opens the relative clause the comma at k closes (", die … wurde,"), or -1. */
function relativeClauseOpening(tokens: Token[], k: number, from: number, pack: LanguagePack): number {
  for (let c = k - 2; c >= from && c >= k - 20; c--) {
    if (tokens[c].text === ',') return tokens[c + 1].word && !tokens[c + 1].cap && pack.relativePronouns.has(tokens[c + 1].lower) ? c : -1;
    // (the dot of an ordinal ends nothing: "am 14. Dezember")
    if (CLAUSE_END.has(tokens[c].text) && !(tokens[c].text === '.' && /^\p{N}+$/u.test(tokens[c - 1]?.text ?? ''))) return -1;
  }
  return -1;
}

/**
 * Attribution after a quote: `tokens` are the words between this quote's closing mark and the
 * next quote (or the sentence end).
 */
export function cueAfter(tokens: Token[], pack: LanguagePack, text: string): Cue | null {
  let i = 0;
  while (i < tokens.length && !tokens[i].word && tokens[i].text !== '.') i++;
  if (i >= tokens.length || tokens[i].text === '.') return null;
  const end = clauseEnd(tokens, i, pack);
  const regionEnd = tokens[Math.min(end, tokens.length) - 1]?.end ?? tokens[i].end;
  // "“…” ― Carla Sample", "- Ben Example.": a dash and a name alone sign the quote
  const dash = i > 0 && /^[―—–-]$/u.test(tokens[i - 1].text);
  if (dash) {
    const sp = readPhrase(tokens, i, pack, text);
    const rest = sp ? tokens.filter((t) => t.start >= sp.end && t.word) : [];
    if (sp && (sp.name || sp.organisation) && rest.length <= 8) {
      return { cue: mention(tokens, i - 1, i - 1, text), speaker: sp, region: { start: tokens[i].start, end: regionEnd }, kind: 'after' };
    }
  }
  // "…“, so der Minister."
  if (pack.postposedSourceWords.has(tokens[i].lower)) {
    const sp = readPhrase(tokens, i + 1, pack, text);
    if (sp) return { cue: mention(tokens, i, i, text), speaker: sp, region: { start: tokens[i].start, end: regionEnd }, kind: 'after' };
  }
  // no speech verb among the first words after the quote: the clause is not its attribution
  // (", wird Max Probe, Sprecher des Werks, zitiert": after an auxiliary the participle closes a longer clause)
  // ("„…“ Das hatte X … eingeräumt.": a sentence may open with its object before the auxiliary)
  const reach = pack.finiteAuxiliaries.has(tokens[i].lower) || (tokens[i].cap && pack.finiteAuxiliaries.has(tokens[i + 1]?.lower ?? '')) ? 16 : 8;
  // (the verb stands among the first words; its particle may close a longer clause: "Das räumte X
  // zu Beginn der Debatte ein")
  let verb = findVerb(tokens, i, Math.min(end, i + reach), pack, false, end);
  // ("“…,” for example, and Sample promised to …": a verb after ", and" opens a clause of its own, with
  // its own words; it does not attribute the quote before it)
  // (not "”. But Mr. Example said …", a new sentence)
  if (verb && tokens.slice(i, verb.at).some((t, k, a) => t.word && !t.cap && pack.coordinators.has(t.lower) && (k === 0 || a[k - 1].text === ','))) return null;
  // "…," Jan Example, the former governor of Ohio, proclaimed: a name, then an apposition
  // between commas, then the verb
  if (!verb) {
    const name = readPhrase(tokens, i, pack, text);
    const c1 = name?.name ? firstTokenAt(tokens, name.end) : -1;
    if (tokens[c1]?.text === ',') {
      let c2 = c1 + 1;
      // ("…, R-Pa., said": a period stuck to an abbreviation inside the apposition ends nothing)
      while (c2 < end && c2 < c1 + 14 && tokens[c2].text !== ',' && (!CLAUSE_END.has(tokens[c2].text) || attachedDot(tokens, c2))) c2++;
      if (tokens[c2]?.text === ',' && tokens[c2 + 1] && pack.speechVerbs.has(tokens[c2 + 1].lower)) verb = { at: c2 + 1, end: c2 + 1 };
    }
  }
  if (!verb) return null;
  // "„…“, zitiert Muster-Online den Minister": the one quoted is the object
  const cited = citedPerson(tokens, verb.at, pack, text);
  if (cited) return { cue: mention(tokens, verb.at, verb.end, text), speaker: cited, region: { start: tokens[i].start, end: regionEnd }, kind: 'after' };
  const speaker = impersonalSource(tokens, verb.at, i, end, pack, text) ?? subjectOf(tokens, verb.at, i, end, pack, text);
  return { cue: mention(tokens, verb.at, verb.end, text), speaker, region: { start: tokens[i].start, end: regionEnd }, kind: 'after' };
}

/** Attribution before a quote: the clause that leads up to it ("X sagte:", "Laut X …"). */
export function cueBefore(tokens: Token[], pack: LanguagePack, text: string): Cue | null {
  if (!tokens.length) return null;
  const colon = tokens[tokens.length - 1].text === ':' || tokens[tokens.length - 1].text === ',';
  const verb = findVerb(tokens, 0, tokens.length, pack, true);
  const region = { start: tokens[0].start, end: tokens[tokens.length - 1].end };
  if (verb) {
    // "Wie die Zeitung berichtete, soll laut der Studie nur jeder Zweite „…“": after a clause that
    // names who reported it, a source nearer the quote is whom the words are from (not so after a
    // main clause: "X said that by its count …" are X's words)
    const reportClause = pack.subordinators.has(tokens[clauseStart(tokens, verb.at, pack)]?.lower ?? '');
    const source = !reportClause ? null : cueSource(tokens.slice(verb.end + 1), pack, text, text.slice(tokens[verb.end + 1]?.start ?? region.end, region.end), tokens[verb.end + 1]?.start ?? region.end);
    if (source?.speaker && source.kind === 'source' && /^\p{L}/u.test(source.cue.text) && source.cue.start > tokens[verb.end].end + 1) return { ...source, region };
    const from = clauseStart(tokens, verb.at, pack);
    // "Die Agentur zitiert dazu Jana Exempel mit folgenden Worten:": the one quoted is the object
    const cited = citedPerson(tokens, verb.at, pack, text);
    if (cited) return { cue: mention(tokens, verb.at, verb.end, text), speaker: cited, region, kind: colon ? 'colon' : 'before' };
    // From the start of the lead-in, so that "Der Minister, Max Muster, sagte" finds its subject
    // (and "Im Absatz der Verfügung (…), die …, heißt es" its text: the walk stops at clause ends itself).
    let speaker = impersonalSource(tokens, verb.at, 0, tokens.length, pack, text) ?? subjectOf(tokens, verb.at, 0, tokens.length, pack, text);
    // "… zeigte sich die Regierung bestürzt und verurteilte ihn als „…“": the subject of an earlier
    // speech verb in the same lead-in
    if (!speaker) {
      const earlier = findVerb(tokens, 0, verb.at, pack);
      if (earlier) speaker = subjectOf(tokens, earlier.at, 0, verb.at, pack, text);
    }
    // "Offenbar gab Probe dem Druck nach und bat den Vorstand …:": a verb joined by "und" shares the
    // subject of the clause it is joined to, which opens it or (verb second) follows its first verb
    if (!speaker && pack.verbSecond && verb.at > 0 && pack.coordinators.has(tokens[verb.at - 1].lower)) {
      // ("steuerte er am 3. Mai den Kutter … und grüßte mit den Worten:": a pronoun right after
      // a lower-case word, the first verb, is that clause's subject wherever the clause opens)
      for (let k = from + 1; !speaker && k < verb.at - 1; k++) {
        if (pack.nominativePronouns.has(tokens[k].lower) && tokens[k - 1].word && !tokens[k - 1].cap && !pack.prepositions.has(tokens[k - 1].lower)) speaker = readPhrase(tokens, k, pack, text, true);
      }
      for (const k of [from, from + 2]) {
        if (speaker) break;
        if (k >= verb.at - 1 || (k === from + 2 && (!tokens[from + 1]?.word || tokens[from + 1].cap))) continue;
        const p = readPhrase(tokens, k, pack, text, true);
        if (p && (p.name || p.pronoun) && p.end <= tokens[verb.at - 1].start) { speaker = p; break; }
      }
    }
    // "Muster, der …, sagte:", "In July, Sam Sample, vice chairman of Example Inc., told a magazine …":
    // the first phrase that opens a clause before the verb and is closed by a comma.
    for (let k = 0; !speaker && k < from; k++) {
      if (k > 0 && tokens[k - 1].text !== ',') continue;
      const p = readPhrase(tokens, k, pack, text, true);
      const next = p ? tokens.find((t) => t.start >= p.end) : undefined;
      if (p && (p.name || p.pronoun) && next?.text === ',') speaker = p;
    }
    return { cue: mention(tokens, verb.at, verb.end, text), speaker, region, kind: colon ? 'colon' : 'before' };
  }
  if (tokens[tokens.length - 1].text === ':') {
    // "…, so Muster weiter: „…“": the source named after "so" introduces the quote
    for (let i = tokens.length - 2; i > 0; i--) {
      if (tokens[i - 1].text !== ',' || !pack.postposedSourceWords.has(tokens[i].lower)) continue;
      const sp = readPhrase(tokens, i + 1, pack, text, true);
      if (sp && (sp.name || sp.pronoun || sp.organisation || sp.roleWords.length)) return { cue: mention(tokens, i, i, text), speaker: sp, region, kind: 'colon' };
      break;
    }
    // "… doesn't surprise pollster Jan Example:", "SHIFTS IN THE VOTE - Eva Sample:": a person's
    // full name right before the colon introduces the quote, whatever the clause says before it
    const colonAt = tokens.length - 1;
    for (let k = Math.max(0, colonAt - 6); k < colonAt; k++) {
      if (!tokens[k].cap || (k > 0 && tokens[k - 1].cap && tokens[k - 1].word)) continue;
      const sp = readPhrase(tokens, k, pack, text);
      if (sp?.name && sp.name.includes(' ') && !sp.organisation && sp.end === tokens[colonAt - 1].end && genderByFirstName(sp.name, pack)) {
        return { cue: mention(tokens, colonAt, colonAt, text), speaker: sp, region, kind: 'colon' };
      }
    }
    // ("Counts of … are especially unreliable - Sample Institute: “…”": a name that opens its
    // clause after a dash and runs up to the colon introduces the quote)
    for (let k = colonAt - 1; k > 0 && k >= colonAt - 5; k--) {
      if (!/^[–—-]$/u.test(tokens[k - 1].text) || !tokens[k].cap) continue;
      const sp = readPhrase(tokens, k, pack, text, true);
      if (sp && (sp.name || sp.organisation) && sp.end === tokens[colonAt - 1].end) return { cue: mention(tokens, colonAt, colonAt, text), speaker: sp, region, kind: 'colon' };
    }
    // "Muster: „…“" or a clause that introduces the quote without a speech verb: its subject,
    // the first phrase that can be one ("Den Unmut … brachte die Sprecherin X zum Ausdruck:").
    // ("In reply to the mayor’s plan to keep Greeks off the ferries, X’s aide gathered members, saying:": an opening
    // prepositional phrase or subordinate clause ends at its comma; the subject comes after it)
    const opener = !!tokens[0]?.word && (pack.prepositions.has(tokens[0].lower) || pack.subordinators.has(tokens[0].lower)) && !pack.verbSecond;
    const openerEnd = opener ? tokens.findIndex((t) => t.text === ',') : -1;
    for (let k = openerEnd > 0 && openerEnd < tokens.length - 2 ? openerEnd + 1 : 0; k < tokens.length - 1; k++) {
      // a subject starts the clause or follows the finite verb, never inside another phrase
      if (k > 0 && (pack.prepositions.has(tokens[k - 1].lower) || tokens[k - 1].cap || pack.determiners.has(tokens[k - 1].lower)
        || (tokens[k - 1].word && !tokens[k - 1].cap && tokens[k - 1].text !== ',' && k > 1 && !tokens[k - 2].cap && pack.determiners.has(tokens[k - 2].lower)))) continue;
      const sp = readPhrase(tokens, k, pack, text, true);
      // without a speech verb only a phrase that can speak introduces a quote ("Merkel:", "the
      // statement:"), not "the biggest shift of all:"
      if (sp && canSpeak(sp, pack)) {
        return { cue: mention(tokens, tokens.length - 1, tokens.length - 1, text), speaker: sp, region, kind: 'colon' };
      }
    }
  }
  return null;
}

/** The person after an active "zitiert" (not "wird … zitiert"): "zitiert dazu Jana Exempel mit …". */
function citedPerson(tokens: Token[], v: number, pack: LanguagePack, text: string): SpeakerPhrase | null {
  if (!pack.citingVerbs.has(tokens[v].lower)) return null;
  if (tokens.slice(Math.max(0, v - 8), v).some((t) => pack.finiteAuxiliaries.has(t.lower))) return null; // passive
  for (let k = v + 1; k < Math.min(tokens.length, v + 6); k++) {
    if (!tokens[k].word || CLAUSE_END.has(tokens[k].text)) break;
    // "zitiert einen Augenzeugen", "zitierte den Minister": the object may be a description
    const described = pack.determiners.has(tokens[k].lower);
    if (!described && (!tokens[k].cap || (tokens[k - 1].word && tokens[k - 1].cap))) continue;
    const p = readPhrase(tokens, k, pack, text);
    // (", zitiert die „Computerwoche“ Lynch": the medium in marks is the subject; the one cited follows it)
    if (p?.inMarks) { k = firstTokenAt(tokens, p.end) - 1; continue; }
    if (!p || p.document) continue;
    // ("zitierte Exempel mit den Worten": one name the article knows, or one followed by "mit")
    const after = tokens.find((t) => t.start >= p.end);
    // (", zitiert Muster-Online den Minister": a word followed by another phrase is the medium, the subject)
    const anotherFollows = !!after && after.word && (after.cap || pack.determiners.has(after.lower));
    if (p.name && !anotherFollows && (p.name.includes(' ') || (pack.isKnownName?.(p.name) ?? false) || after?.lower === 'mit')) return p;
    if (!p.name && !p.organisation && p.roleWords.length && described) return p;
  }
  return null;
}

/** "laut X", "nach Angaben von X", "according to X", "X zufolge" anywhere in the sentence. */
export function cueSource(tokens: Token[], pack: LanguagePack, text: string, sentenceText: string, offset: number): Cue | null {
  // "Seiner Ansicht nach „…“", "in her view": the possessive is the mention, a pronoun of its gender
  // (not inside a noun phrase: "die seiner Ansicht nach überholte Regel" describes the rule)
  const possessive = pack.possessiveSource;
  const own = possessive?.pattern.exec(sentenceText) ?? null;
  const gender = own ? possessive?.gender.get(own[1].toLowerCase()) : undefined;
  const wordBefore = own ? /(\p{L}+)\s*$/u.exec(sentenceText.slice(0, own.index))?.[1].toLowerCase() : undefined;
  if (own && gender && !(wordBefore && pack.determiners.has(wordBefore))) {
    const start = offset + own.index;
    const m = { text: own[0], start, end: start + own[0].length };
    return { cue: m, speaker: { ...bareMention(m.start, m.end, text), pronoun: gender }, region: { start: offset, end: offset + sentenceText.length }, kind: 'source' };
  }
  for (const re of pack.sourcePrepositions) {
    const m = re.exec(sentenceText);
    if (!m) continue;
    const at = offset + m.index + m[0].length;
    const k = tokens.findIndex((t) => t.start >= at);
    if (k < 0) continue;
    // ("…, according to three major broadcasters.", "According to figures published Monday, …": a
    // formula of several words set off by commas names its source whole, though no speaker the
    // phrase reader knows)
    // (opening the sentence it must end at a comma, which a language with the verb second puts after
    // the clause, not after the source: "Nach eigenen Angaben hat die Firma …, der …")
    const lead = sentenceText.slice(0, m.index);
    const setOff = /\s\S/u.test(m[0].trim()) && (/,\s*$/u.test(lead) ? 'comma-or-end' : /^\s*$/u.test(lead) && !pack.verbSecond ? 'comma' : null);
    // ("nach Medienberichten weitere Teilnehmer …", "nach eigenen Angaben": a formula whose noun is
    // compounded or qualified names its source itself; what follows is what was reported. A bare
    // noun, "nach Berichten britischer Zeitungen", "nach Meinung Russlands", has its source after it)
    const ownPhrase = ownSource(m, offset, text);
    const compounded = !!m.groups?.source && !!m.groups.noun && m.groups.source !== m.groups.noun;
    let sp = (compounded ? ownPhrase : null) ?? readPhrase(tokens, k, pack, text) ?? authorOfNoun(tokens, k, pack, text) ?? ownPhrase
      ?? (setOff ? phraseToClauseEnd(tokens, k, text, setOff === 'comma-or-end') : null) ?? sourceWithOrigin(m, offset, tokens, k, pack, text)
      ?? siteName(tokens[k], text);
    // "nach Angaben des Roten Kreuzes": the pattern took the article, whose case the name is in
    const det = /(\p{L}+)\s*$/u.exec(m[0])?.[1].toLowerCase() ?? null;
    // (not a person's name after an office: "des Vorsitzenden Thomas Probe" leaves the name as it is)
    const person = !!sp?.name && !!genderByFirstName(sp.name, pack);
    if (sp && det && pack.determiners.has(det) && !sp.determiner && !person) {
      sp = { ...sp, determiner: det, name: sp.name && pack.nominativeOrganisation(sp.name, det), organisation: sp.organisation && pack.nominativeOrganisation(sp.organisation, det) };
    }
    if (sp) return { cue: { text: m[0].trim(), start: offset + m.index, end: offset + m.index + m[0].trimEnd().length }, speaker: sp, region: { start: offset, end: offset + sentenceText.length }, kind: 'source' };
  }
  // "…“, so Muster.": the source closes the sentence after a comma.
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i - 1].text !== ',' || !pack.postposedSourceWords.has(tokens[i].lower)) continue;
    const sp = readPhrase(tokens, i + 1, pack, text, true);
    let n = sp ? tokens.findIndex((t) => t.start >= sp.end) : -1;
    // ("…, so Muster weiter:": an adverb may close it)
    if (n >= 0 && tokens[n].word && !tokens[n].cap && pack.phraseBreakers.has(tokens[n].lower) && /^[.!?;,:]$/u.test(tokens[n + 1]?.text ?? '')) n++;
    const next = n >= 0 ? tokens[n] : undefined;
    // (or stands between commas inside it: "Der Einsatz solle sich, so Muster, „auf schwere Fälle“ beschränken")
    if (sp && (!next || /^[.!?;,:]$/u.test(next.text))) return { cue: mention(tokens, i, i, text), speaker: sp, region: { start: tokens[i].start, end: offset + sentenceText.length }, kind: 'source' };
    // ("…, so das Fazit einer Studie des Amtes.": a text with its attributes, no
    // verb among them, runs to the clause's end)
    const text0 = (!sp || sp.document) && tokens[i + 1] && pack.determiners.has(tokens[i + 1].lower) ? phraseToClauseEnd(tokens, i + 1, text, true) : null;
    const words = text0 ? tokens.filter((t) => t.start >= text0.start && t.end <= text0.end) : [];
    if (text0 && words.some((t) => t.cap && pack.isSourceNoun(t.text))
      && !words.some((t) => !t.cap && t.word && (pack.speechVerbs.has(t.lower) || pack.perfectAuxiliaries.has(t.lower) || pack.modalVerbs.has(t.lower)))) {
      return { cue: mention(tokens, i, i, text), speaker: { ...text0, document: true }, region: { start: tokens[i].start, end: offset + sentenceText.length }, kind: 'source' };
    }
  }
  for (let i = 1; i < tokens.length; i++) {
    if (!pack.sourcePostpositions.has(tokens[i].lower)) continue;
    for (let s = Math.max(0, i - 8); s < i; s++) {
      // ("ersten Annahmen zufolge": where nouns are capitalised, a noun after its inflected adjective
      // is no name; the two are the source's mention, naming nobody)
      const described = pack.capitalisesNouns && s > 0 && tokens[s].cap && inflected(tokens[s - 1], pack) && !pack.phraseBreakers.has(tokens[s - 1].lower)
        // (not a verb, "haben Medieninformationen zufolge", nor a day, "vom gestrigen Dienstag zufolge")
        && !pack.speechVerbs.has(tokens[s - 1].lower) && !(pack.dateHint?.test(tokens[s].text) ?? false);
      if (described && s === i - 1) return { cue: mention(tokens, i, i, text), speaker: bareMention(tokens[s - 1].start, tokens[s].end, text), region: { start: offset, end: offset + sentenceText.length }, kind: 'source' };
      if (described) continue;
      const sp = readPhrase(tokens, s, pack, text);
      if (sp && sp.end === tokens[i - 1].end) return { cue: mention(tokens, i, i, text), speaker: sp, region: { start: offset, end: offset + sentenceText.length }, kind: 'source' };
    }
  }
  return null;
}

/** The pattern's own noun phrase ("nach Polizeiangaben", group "source") as the mention, where no link to a source follows it. */
function ownSource(m: RegExpExecArray, offset: number, text: string): SpeakerPhrase | null {
  const own = m.groups?.source;
  // (not where the pattern took a link to the source: "nach Angaben der …")
  if (!own || !m[0].trimEnd().endsWith(own)) return null;
  const start = sourceStart(m, offset);
  return bareMention(start, start + own.length, text);
}

/** Where the formula's noun phrase (group "source") starts in the text. */
function sourceStart(m: RegExpExecArray, offset: number): number {
  return offset + m.index + m[0].indexOf(m.groups!.source);
}

/**
 * "nach Angaben aus Khartum": where what follows the formula's link is no speaker but a place or
 * circles, the formula's noun with its names is the mention, naming nobody (up to four capitalised
 * words or articles after the link).
 */
function sourceWithOrigin(m: RegExpExecArray, offset: number, tokens: Token[], k: number, pack: LanguagePack, text: string): SpeakerPhrase | null {
  if (!m.groups?.source) return null;
  let e = k;
  while (e < tokens.length && e < k + 4 && tokens[e].word && (tokens[e].cap || pack.determiners.has(tokens[e].lower))) e++;
  if (e === k || !tokens[e - 1].cap) return null;
  return bareMention(sourceStart(m, offset), tokens[e - 1].end, text);
}

/** How many tokens a source set off by commas may run ("according to early counts of a survey run for … by …,"). */
const SOURCE_PHRASE_TOKENS = 20;

/** A web site named by its domain ("laut musterblog.de", "according to example.com"): the site is the source. */
function siteName(t: Token | undefined, text: string): SpeakerPhrase | null {
  if (!t?.word || !DOMAIN.test(t.text)) return null;
  return { ...bareMention(t.start, t.end, text), organisation: t.text };
}

/** The words from k to the next comma (or the sentence end, where `orEnd`), at most SOURCE_PHRASE_TOKENS, as a mention that names nobody. */
function phraseToClauseEnd(tokens: Token[], k: number, text: string, orEnd: boolean): SpeakerPhrase | null {
  let e = k;
  while (e < tokens.length && e < k + SOURCE_PHRASE_TOKENS && !CLAUSE_END.has(tokens[e].text)) e++;
  const ends = e < tokens.length ? tokens[e].text === ',' || (orEnd && /^[.!?;]$/u.test(tokens[e].text)) : orEnd;
  if (e === k || !tokens[k].word || !ends) return null;
  return bareMention(tokens[k].start, tokens[e - 1].end, text);
}

/**
 * "laut Auskunft der Bundesregierung", "laut Vorschlag des Ministeriums": after a source
 * preposition, a noun with an article of the genitive after it gives the view of whoever that
 * article introduces (named in the nominative); the mention is the whole phrase.
 */
function authorOfNoun(tokens: Token[], k: number, pack: LanguagePack, text: string): SpeakerPhrase | null {
  const noun = tokens[k], article = tokens[k + 1];
  if (!noun?.cap || !noun.word || !article?.word || !isGenitiveArticle(article.lower, pack)) return null;
  const author = readPhrase(tokens, k + 1, pack, text);
  return author && namedAuthor(author, article.lower, noun.start, pack, text);
}

function clauseEnd(tokens: Token[], from: number, pack: LanguagePack): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i].text;
    // ("“…!” Rep. Jo Example said", "Gov. Example", "George W. Bush": the period of an abbreviated
    // title or an initial before a name ends nothing, nor one before a comma: "Jo Example, R-Pa., said")
    if (t === '.' && i > from && dotInClause(tokens, i, pack)) continue;
    if (t === '.' || t === ';' || t === '!' || t === '?') return i;
  }
  return tokens.length;
}

/**
 * A period inside a clause, which ends neither it nor the attribution: an abbreviated title or an
 * initial before a name ("Rep. Jo Example", "George W. Bush"), one stuck to a word before a comma
 * ("Jo Example, R-Pa., said"), an ordinal's ("am 20. Juli").
 */
function dotInClause(tokens: Token[], i: number, pack: LanguagePack): boolean {
  return i > 0 && (abbreviationDot(tokens, i, pack) || attachedDot(tokens, i) || ordinalDot(tokens, i, pack));
}

/** A period stuck to the word before it and followed by a comma: "R-Pa.," "Inc.,". */
function attachedDot(tokens: Token[], i: number): boolean {
  return tokens[i].text === '.' && i > 0 && tokens[i - 1].word && tokens[i - 1].end === tokens[i].start && tokens[i + 1]?.text === ',';
}

function abbreviationDot(tokens: Token[], i: number, pack: LanguagePack): boolean {
  const prev = tokens[i - 1], next = tokens[i + 1];
  return prev.word && prev.end === tokens[i].start && !!next?.cap && next.word
    && (pack.abbreviations.has(prev.lower) || /^\p{Lu}$/u.test(prev.text));
}

/** Index of the first token of the clause that `v` stands in (after the last clause mark before it). */
export function clauseStart(tokens: Token[], v: number, pack: LanguagePack): number {
  for (let i = v - 1; i >= 0; i--) if (CLAUSE_END.has(tokens[i].text) && !(tokens[i].text === '.' && dotInClause(tokens, i, pack))) return i + 1;
  return 0;
}

/** The dot of an ordinal number inside a clause: "am 20. Juli", "zum 3. Mal". */
function ordinalDot(tokens: Token[], i: number, pack: LanguagePack): boolean {
  const prev = tokens[i - 1], next = tokens[i + 1];
  return tokens[i].text === '.' && !!prev && /^\p{N}{1,2}$/u.test(prev.text) && prev.end === tokens[i].start && !!next?.word && pack.ordinalHeads.test(next.text);
}
