// Reads the noun phrase that names a speaker ("der russische Außenminister Sergej Lawrow",
// "a spokesman for the ministry", "er") and splits it into role words and a name.
import type { Gender, LanguagePack } from '../types.js';
import { firstTokenAt, QUOTE_MARK, withoutApostropheS, type Token } from './tokens.js';

export interface SpeakerPhrase {
  start: number;
  end: number;
  text: string;
  /** The name as written here (may be a surname only). */
  name: string | null;
  /** The words that describe the speaker's function, as written. */
  roleWords: string[];
  /** Set when the phrase is a personal pronoun. */
  pronoun: Gender | null;
  /** The head noun names an organisation ("Bundesregierung", "police"). */
  organisation: string | null;
  /** The head noun is a counterpart's office ("Amtskollege"). */
  counterpart: boolean;
  /** A bare role noun with a determiner ("der Minister"): refers back to someone named earlier. */
  definiteRole: string | null;
  /** The determiner that opens the phrase, lower-cased ("der"), for role inflection. */
  determiner: string | null;
  /** The head noun is a text or medium ("die Erklärung", "the ad"): a source without a person. */
  document: boolean;
  /** Named people who speak together ("Eva Muster und Jan Probe"), and the word that joins them. */
  together?: { names: string[]; joiner: string };
  /** A name in marks ("die „Computerwoche“"): a speaker only as the subject of a speech verb (it may as well name a film or an event). */
  inMarks?: true;
}

const MAX_WORDS = 12;
/** The endings of a declined adjective where nouns are capitalised ("neue", "Deutschen", "russisches"). */
const DECLINED = /\p{Ll}(e|en|er|es|em)$/u;

/** Reads a speaker phrase that starts at tokens[i]; null when none starts there. */
export function readPhrase(tokens: Token[], i: number, pack: LanguagePack, text: string, subject = false): SpeakerPhrase | null {
  const first = tokens[i];
  const titled = titleInMarks(tokens, i, pack, text, subject);
  if (titled) return titled;
  if (!first || !first.word) return null;
  // A subject is in the nominative: "den Beschluss", "dem Minister" cannot be the one who speaks.
  // ("Her campaign said": where word order is fixed, "her" before a noun is a possessor's, no object)
  if (subject && pack.objectDeterminers.has(first.lower)
    && !(!pack.verbSecond && pack.determiners.has(first.lower) && !!tokens[i + 1]?.word && !pack.speechVerbs.has(tokens[i + 1].lower))) return null;
  if (subject && pack.isObliquePhrase(first.lower, tokens[i + 1]?.lower ?? '')) return null;
  // ("He’s claiming": a contracted pronoun is the pronoun)
  const contracted = pack.pronouns.get(withoutApostropheS(first.lower));
  const pron = pack.pronouns.get(first.lower) ?? (contracted && contracted !== 'n' ? contracted : undefined);
  if (pron) return { ...bareMention(first.start, first.end, text), pronoun: pron };
  // ("Someone called it …", "“…,” I said": the mention of someone the text does not name)
  if (pack.unnamedPronouns.has(first.lower)) return bareMention(first.start, first.end, text);
  // ("Some chanted “…”", "Many said …": a quantifier alone before a speech verb stands for people
  // the text does not name)
  const next = tokens[i + 1];
  if (pack.partitives.has(first.lower) && pack.determiners.has(first.lower) && next?.word && !next.cap && pack.speechVerbs.has(next.lower)) return bareMention(first.start, first.end, text);
  // "Von der Beek betonte": a name that starts with its particle, capitalised at a sentence start
  if (first.cap && pack.nameParticles.has(first.lower) && pack.isKnownName) {
    let k = i + 1;
    while (k < tokens.length && k < i + 3 && pack.nameParticles.has(tokens[k].lower) && !tokens[k].cap) k++;
    if (k > i && tokens[k]?.cap && tokens[k].word && pack.isKnownName(tokens[k].text)) {
      return { ...bareMention(first.start, tokens[k].end, text), name: text.slice(first.start, tokens[k].end) };
    }
  }

  let j = i;
  let hasDet = false;
  if (pack.determiners.has(first.lower)) { hasDet = true; j++; }
  // "Einer der 13 beteiligten Feuerwehrmänner": one of a group, described by the group.
  // ("one of the witnesses": with a genitive link between)
  // ("hundreds of demonstrators": or without an article after the link)
  if (hasDet && pack.partitives.has(first.lower) && tokens[j] && pack.genitiveLinks.has(tokens[j].lower) && tokens[j + 1]
    && (pack.determiners.has(tokens[j + 1].lower) || (tokens[j + 1].word && !tokens[j + 1].cap && !pack.capitalisesNouns && !pack.stopwords.has(tokens[j + 1].lower)))) j++;
  if (hasDet && pack.partitives.has(first.lower) && tokens[j] && pack.determiners.has(tokens[j].lower)) j++;
  // "die in New York geborene Lopez": a prepositional phrase inside an attribute, up to its participle
  if (hasDet && tokens[j] && pack.prepositions.has(tokens[j].lower)) {
    for (let m = j + 1; m < tokens.length && m < j + 8 && tokens[m].word; m++) {
      if (!tokens[m].cap && pack.attributiveWord.test(tokens[m].lower) && tokens[m + 1]?.cap) { j = m; break; }
    }
  }
  const pre: Token[] = []; // adjectives and numbers before the head
  while (j < tokens.length && tokens[j].word && !tokens[j].cap && (!pack.phraseBreakers.has(tokens[j].lower) || (hasDet && adverbBeforeAdjective(tokens, j, pack)))
    && !isKnownVerb(tokens[j], pack) && pre.length < 4 && !pack.pronouns.has(tokens[j].lower)
    // (a quantifier may follow the article: "the two lawmakers", "the many voters")
    && (!pack.determiners.has(tokens[j].lower) || (hasDet && j === i + 1 && !pack.definiteDeterminers.has(tokens[j].lower)))) {
    pre.push(tokens[j]); j++;
    // Where nouns are not capitalised, a role, organisation or source noun is the head: "the ad
    // targets …" is "the ad", "his top adviser pushed back" is "his top adviser".
    // ("campaign manager Jo Example", "veteran analyst X": the run goes on while nouns or a name follow)
    if (!pack.capitalisesNouns && isSpeakerNoun(pre[pre.length - 1].text, pack) && !tokens[j]?.cap
      && !(tokens[j]?.word && isSpeakerNoun(tokens[j].text, pack))) break;
  }
  const caps: Token[] = [];
  while (j < tokens.length && tokens[j].word && caps.length < 6) {
    const t = tokens[j];
    // "Karl von Exempel", "Hanna van Muster": a name particle between two capitalised words
    if (!t.cap && caps.length && particleJoins(caps, tokens, j, pack)) { caps.push(t); j++; continue; }
    // "Republican strategist Ed Sample": where nouns are not capitalised, a role noun inside the run
    const lowerRole = !t.cap && !pack.capitalisesNouns && caps.length > 0 && pack.isRoleNoun(t.text) && tokens[j + 1]?.cap;
    if (!(t.cap || lowerRole || (/^\p{N}/u.test(t.text) && caps.length === 0)) || ((pack.phraseBreakers.has(t.lower) || pack.determiners.has(t.lower)) && !t.nameWord)
      || pack.pronouns.has(t.lower) || pack.subordinators.has(t.lower)) break;
    // "der Vertreter Libyens": a country in the genitive after a role qualifies it (see below)
    // (also a person the article names: "der behandelnde Arzt Probes")
    if (caps.length && pack.isRoleNoun(caps[caps.length - 1].text) && /s$/u.test(t.text) && genitiveOwner(t.text, pack)) break;
    if (caps.length && countryAsObject(caps[caps.length - 1], t, tokens[j + 1], pack)) break;
    // ("sagte Jan Muster Anfang der Woche": a word of time after a name opens an adverbial)
    // (where nouns are capitalised; English "Kristen Day", "Ai Jun" are names)
    if (pack.capitalisesNouns && caps.length && !t.nameWord && (isDateWord(t.text, pack) || !!pack.timeNouns?.has(t.lower)) && looksLikeName(caps[caps.length - 1], pack)) break;
    caps.push(t); j++;
    // "Rep. Jon Sample", "George W. Bush": an abbreviated title or an initial keeps the phrase going.
    if (tokens[j]?.text === '.' && (pack.abbreviations.has(t.lower) || /^\p{Lu}$/u.test(t.text)) && tokens[j + 1]?.cap && tokens[j + 1]?.word) j++;
  }
  // "Ryan’s campaign", "Trump’s spokesman": a possessor is not the speaker; what it owns may be.
  if (pack.possessive && caps.length && pack.possessive.test(caps[caps.length - 1].text)) return ownedPhrase(tokens, i, j, hasDet, caps, pack, text);
  // "The Democratic presidential candidate": where nouns are not capitalised, a capitalised
  // adjective may be followed by lower-case words up to the noun that can speak
  // ("the Florida senator", "a Texas voter": after a determiner, names right before a lower-case
  // role noun say where the person is from; the role noun is the head)
  // ("the Obama administration", "the Clinton campaign": so do names before an organisation noun)
  const attributive = hasDet && caps.length <= 2 && !!tokens[j]?.word && !tokens[j].cap && (pack.isRoleNoun(tokens[j].text) || pack.isOrganisationNoun(tokens[j].text));
  // ("County election officials say", "Senior party leaders told", "Turkish media reported": one
  // capitalised word before lower-case words that end in a noun that can speak says where from or
  // which; it names no one)
  // (opening its clause: "on the Example network Monday night, Sample said" has a name inside a phrase)
  const describesNoun = !pack.capitalisesNouns && !hasDet && caps.length === 1 && (i === 0 || !tokens[i - 1].word) && speakerNounAfter(tokens, j, pack);
  if (!pack.capitalisesNouns && caps.length && (attributive || describesNoun || !hasName(caps, pack, hasDet)) && !pack.isRoleNoun(caps[caps.length - 1].text)) {
    let k = j;
    // (no function word stands between: "Both women released a statement" is no description)
    while (k < tokens.length && k < j + 3 && tokens[k].word && !tokens[k].cap && !pack.phraseBreakers.has(tokens[k].lower) && !pack.speechVerbs.has(tokens[k].lower)
      && !pack.determiners.has(tokens[k].lower) && !pack.stopwords.has(tokens[k].lower) && !isSpeakerNoun(tokens[k].text, pack)) k++;
    if (k < tokens.length && tokens[k].word && !tokens[k].cap && isSpeakerNoun(tokens[k].text, pack)) {
      for (let m = j; m <= k; m++) caps.push({ ...tokens[m], cap: false });
      j = k + 1;
      // ("Republican presidential candidate Jo Example said": the name after the role noun is the head)
      const from = j;
      while (j < tokens.length && j < from + 4 && tokens[j].word && tokens[j].cap && looksLikeName(tokens[j], pack)) caps.push(tokens[j++]);
    }
  }
  // Role words joined by a lower-case link ("Secretary of State Jane Example")
  let officeObject = -1; // where the words after the last "of" start in caps
  while (caps.length && j + 1 < tokens.length && pack.officeLinks.has(tokens[j].lower) && tokens[j + 1].cap
    && pack.isRoleNoun(caps[caps.length - 1].text)) {
    caps.push(tokens[j]); j++;
    officeObject = caps.length;
    while (j < tokens.length && tokens[j].word && tokens[j].cap && !pack.determiners.has(tokens[j].lower) && caps.length < 10) { caps.push(tokens[j]); j++; }
  }
  if (!caps.length) {
    // "a spokesman", "ein Sprecher" in lower case (English nouns are not capitalised)
    // "a spokesman", "the retired neurosurgeon": where nouns are not capitalised, a determiner and a
    // lower-case head make a description; as the subject of a speech verb, it is the speaker.
    const head = pre[pre.length - 1];
    // (not a span of time: "Eight years ago, he …", "Two weeks later")
    const described = head && (pack.isRoleNoun(head.text) || pack.isOrganisationNoun(head.text) || pack.isSourceNoun(head.text) || (subject && !pack.capitalisesNouns))
      && !isDateWord(head.text, pack);
    // "federal prosecutors wrote": a bare plural of a role noun can be a subject too
    const barePlural = head && subject && !pack.capitalisesNouns && pack.isRoleNoun(head.text) && /s$/u.test(head.lower);
    if (!head || !(hasDet || barePlural) || !described) return null;
    caps.push(head); pre.pop();
  }
  if (!hasDet && !caps[0].cap && pre.length) return null;
  // Genitive or "of" extension after the head: "Sprecher des Innenministeriums", "spokesman for the ministry".
  const extension: Token[] = [];
  // ("Vorstandsvorsitzender von Beispiel International": a link that is no article needs a name after it)
  // (not a day: "der Außenminister vom Dienstag")
  // ("Bundesminister für Gesundheit", "Bundesamt für Verfassungsschutz", "the Department of Homeland
  // Security": a complement naming what an office or an organisation is for; a link that is no
  // article needs a name after it)
  const complement = !!pack.complementLinks?.has(tokens[j]?.lower ?? '') && !!tokens[j + 1]?.cap && !!tokens[j + 1]?.word;
  // ("a spokeswoman for the campaign": where nouns are lower-case, an article after the link opens
  // an organisation the office serves)
  const servedBy = !pack.capitalisesNouns && !!tokens[j + 1] && pack.definiteDeterminers.has(tokens[j + 1].lower);
  if (j + 1 < tokens.length && (isGenitiveLink(tokens[j].lower, pack) || complement) && (pack.determiners.has(tokens[j].lower) || servedBy || (tokens[j + 1].cap && !(pack.dateHint?.test(tokens[j + 1].text) ?? false)))
    && !hasName(caps, pack, hasDet) && (caps.some((t) => pack.isRoleNoun(t.text)) || pack.determiners.has(tokens[j].lower)
      // (where only names are capitalised, an organisation's name: "the online publication of X" is an act)
      || ((complement || !pack.capitalisesNouns) && caps.some((t) => t.cap && pack.isOrganisationNoun(t.text))))) {
    let k = j + 1;
    const ext: Token[] = [tokens[j]];
    while (k < tokens.length && tokens[k].word && !pack.phraseBreakers.has(tokens[k].lower) && ext.length < 6 && !pack.speechVerbs.has(tokens[k].lower)) {
      // ("the head of the Example Party’s rules panel": an owner opens the next phrase)
      if (pack.possessive?.test(tokens[k].text) && !pack.capitalisesNouns) { ext.length = 0; break; }
      if (!tokens[k].cap && ext.some((t) => t.cap)) {
        // ("for the Sample campaign": where nouns are lower-case, the noun the name qualifies ends it)
        if (!pack.capitalisesNouns && isSpeakerNoun(tokens[k].text, pack)) { ext.push(tokens[k]); k++; }
        break;
      }
      ext.push(tokens[k]); k++;
    }
    const served = servedBy && ext.length >= 3 && ext.length <= 4 && pack.isOrganisationNoun(ext[ext.length - 1].text) && !ext[ext.length - 1].cap;
    if (ext.some((t) => t.cap) || served) { extension.push(...ext); j = k; }
  }
  // "der Vertreter Libyens", "Außenminister Russlands": a country in the genitive qualifies a role
  const gen = tokens[j];
  if (!extension.length && gen?.cap && gen.word && /s$/u.test(gen.text) && genitiveOwner(gen.text, pack)
    && caps.some((t) => pack.isRoleNoun(t.text)) && !hasName(caps, pack, hasDet)) { extension.push(gen); j++; }
  let extName: Token[] = [];
  if (extension.length > 2) {
    const tail = nameTokens(extension.slice(2).filter((t) => t.cap), pack, false);
    // ("der Sprecher des Deutschen Roten Kreuzes": an organisation's declined adjective opens no name)
    if (tail.length >= 2 && !(pack.capitalisesNouns && DECLINED.test(tail[0].text) && !pack.firstNameGender?.(tail[0].text))) {
      extName = tail; extension.splice(extension.length - tail.length);
    }
  }
  // Apposition with the name: "der Sprecher des Ministeriums, Max Muster," / "X, the mayor,";
  // a short phrase may come first: "Der Doktorvater zu Exempels, Paul Muster, erklärte".
  let apposition: Token[] = [];
  // ("Conversely, PolitiFact rated …": where only names are capitalised, a lone capitalised word
  // that is no noun that can speak only opens the sentence; the name after its comma is no apposition)
  const opener = !pack.capitalisesNouns && !hasDet && !pre.length && caps.length === 1 && !isSpeakerNoun(caps[0].text, pack);
  // ("In the months since the floods, Jo Example says", "After this defeat, Example …": where nouns
  // are lower-case, lower-case words governed by a preposition or conjunction, none of which can
  // speak, describe no one; the name after their comma is the subject. "the assailant, John
  // Example," opening a clause is a description)
  const governed = i > 0 && (pack.prepositions.has(tokens[i - 1].lower) || pack.subordinators.has(tokens[i - 1].lower));
  const mute = !pack.capitalisesNouns && governed && caps.every((t) => !t.cap) && ![...pre, ...caps].some((t) => isSpeakerNoun(t.text, pack));
  if (!hasName(caps, pack, hasDet) && !opener && !mute) {
    let c = j;
    // (up to four words of any kind, or six where they are a noun phrase's: "der Sprecher der Gruppe
    // | der Grünen im Musterstädter Rathaus, Dieter Muster,"; not "eine Frist | sei es rechtens, Abfälle")
    const nounPhrase = (t: Token) => t.cap || pack.prepositions.has(t.lower) || pack.determiners.has(t.lower) || pack.contractedArticles.has(t.lower);
    while (c < tokens.length && c < j + 6 && tokens[c].word && tokens[c].text !== ',' && describesBeforeComma(tokens[c], pack)
      && (c < j + 4 || tokens.slice(j, c + 1).every(nounPhrase))) c++;
    const app = tokens[c]?.text === ',' ? appositionAt(tokens, c + 1, c === j, pack, text) : null;
    if (app) {
      // "der Vorsitzende der Muster Stiftung Deutschland, Wolfgang Probe": the name after the
      // comma is the person's; capitalised words in the genitive name the organisation
      extension.push(...extName, ...tokens.slice(j, c));
      extName = [];
      apposition = app; j = c + 1 + app.length;
    }
  }
  const all = [...(hasDet ? [first] : []), ...pre, ...caps, ...extension, ...extName, ...apposition];
  if (all.length > MAX_WORDS) return null;
  const last = all[all.length - 1];
  const startTok = hasDet ? first : (pre[0] ?? caps[0]);
  const out = bareMention(startTok.start, last.end, text);
  out.determiner = hasDet ? first.lower : null;

  // ("22 Prozent teilen …", "von 5 Millionen Euro": where nouns are capitalised, the capitals after a
  // number count something; the phrase is a mention that names nobody, and none starts after the number)
  if (pack.capitalisesNouns && !hasDet && pre.length === 1 && /^\p{N}+$/u.test(pre[0].text)) return out;
  if (pack.capitalisesNouns && !hasDet && !pre.length && i > 0 && /^\p{N}+$/u.test(tokens[i - 1].text)) return null;
  let names = nameTokens(caps, pack, hasDet);
  // ("Secretary of State Jan Example", "Secretary of State Example"): what follows "of" names the
  // office before it names the person, who starts at a first name where one is known
  if (officeObject > 0 && names.length && names[0] === caps[officeObject] && !pack.firstNameGender?.(names[0].text)) {
    const given = caps.findIndex((t, k) => k > officeObject && !!pack.firstNameGender?.(t.text));
    names = caps.slice(given > 0 ? given : officeObject + 1);
  }
  // "die in New York geborene Lopez": after a determiner a lone surname the article knows is a name
  if (!names.length && hasDet && caps.length === 1 && (pack.isKnownName?.(caps[0].text) ?? false)) names = caps;
  let roleCaps = caps.slice(0, caps.length - names.length);
  if (!names.length && extName.length) names = extName;
  if (!names.length && apposition.length) names = nameTokens(apposition, pack, false);
  out.name = names.length ? text.slice(names[0].start, names[names.length - 1].end) : null;
  // ("Q: Did you call her?": one letter is an initial or a transcript's label, no name)
  if (out.name && /^\p{Lu}$/u.test(out.name)) return null;
  // ("die Deutsche Welle", "der Deutsche Fußball-Bund": where nouns are capitalised, an adjective is
  // capitalised only inside a name; with the word it qualifies it names an organisation, unless
  // that word is someone the article names; so too where the caller read the article: "nach
  // Angaben des | Roten Kreuzes")
  const article = hasDet ? first.lower : i > 0 && pack.determiners.has(tokens[i - 1].lower) ? tokens[i - 1].lower : null;
  if (pack.capitalisesNouns && article && !pre.length && names.length === 1 && roleCaps.length > 0 && !(pack.isKnownName?.(names[0].text) ?? false)
    && roleCaps.every((t) => DECLINED.test(t.text) && !pack.isRoleNoun(t.text) && !pack.isOrganisationNoun(t.text) && !pack.isSourceNoun(t.text))) {
    out.organisation = pack.nominativeOrganisation(text.slice(roleCaps[0].start, names[0].end), article);
    out.name = null;
    names = [];
    roleCaps = [];
  }
  // Where every noun is capitalised, one capitalised word opening a clause ("Aktuell bestehe …",
  // "Europapolitik: …", "Einspareffekte sollen …") is a name only if the article uses it as one.
  // A country speaks as a state ("Frankreich kritisierte …"): an organisation, not a person.
  if (out.name && pack.isCountry(out.name) && names.length === caps.length) { out.organisation = out.name; out.name = null; }
  // ("nach Meinung Russlands", "nach Auffassung Österreichs": a country in the genitive speaks as the state)
  else if (out.name && names.length === caps.length && isCountryGenitive(out.name, pack)) {
    out.organisation = out.name.slice(0, -1); out.name = null;
  }
  // ("geringe Chancen eingeräumt", "ersten Annahmen zufolge": where nouns are capitalised, one capital
  // after an inflected adjective without an article is a noun, no name)
  if (out.name && pack.capitalisesNouns && !hasDet && caps.length === 1 && names[0] === caps[0] && pre.length && inflected(pre[pre.length - 1], pack)
    && !(pack.isKnownName?.(caps[0].text) ?? false)) { out.name = null; names = []; roleCaps = caps; }
  if (subject && pack.capitalisesNouns && pack.isKnownName && out.name && all.length === 1 && !pack.isKnownName(out.name)) return null;
  // "Reprising one of her lines, the senator …", "Asked about it, …": where only names are
  // capitalised, a participle opening the sentence is no name
  if (subject && !pack.capitalisesNouns && out.name && all.length === 1 && /\p{Ll}(ing|ed)$/u.test(out.name) && !(pack.isKnownName?.(out.name) ?? false)
    && tokens[j]?.word && !tokens[j].cap) return null;
  const head = roleCaps[roleCaps.length - 1];
  // "die Staatsanwaltschaft Kiel", "Universität Bayreuth": one capitalised word after an
  // organisation noun completes the organisation's name, it names no person
  const namesOrganisation = !!head && names.length === 1 && names[0] === caps[caps.length - 1] && pack.isOrganisationNoun(head.text)
    && !pack.isRoleNoun(head.text) && !pre.some((t) => pack.isRoleNoun(t.text)) && !(pack.isKnownName?.(names[0].text) ?? false);
  if (namesOrganisation) out.name = null;
  if (head && pack.counterpartNouns.has(head.lower)) out.counterpart = true;
  // "die DSW", "the FBI": an acronym names an organisation
  if (head && !out.name && roleCaps.length === 1 && /^\p{Lu}{2,8}$/u.test(head.text) && !pack.isRoleNoun(head.text)) out.organisation = head.text;
  if (head && pack.isOrganisationNoun(head.text) && !out.name && !pre.some((t) => pack.isRoleNoun(t.text))) {
    // An organisation is named by its capitalised words and what qualifies it:
    // "der Berliner Senat" → "Berliner Senat", "das Finanzministerium der Republik Exempel".
    // ("die Zeitung The Guardian", "des Senders Sky News": where nouns are capitalised, a generic
    // organisation noun before the organisation's own name is no part of it; "Senate Intelligence
    // Committee" is one name)
    const own = pack.capitalisesNouns && roleCaps.length > 1 && roleCaps[0] !== head && pack.isOrganisationNoun(roleCaps[0].text) && roleCaps[1].cap ? roleCaps[1] : null;
    // ("das staatliche sudanesische Fernsehen": where nouns are capitalised, declined adjectives
    // before the head are part of what names it; the resolver still prefers a full name the article
    // gives the head alone, "die staatliche Nachrichtenagentur" → "Nachrichtenagentur Xinhua")
    const adjectives = pack.capitalisesNouns && hasDet && !own && !namesOrganisation && !extension.length && pre.length > 0 && roleCaps.length === 1 && caps.length === 1
      && pre.every((t) => inflected(t, pack) && !pack.phraseBreakers.has(t.lower));
    const first = own ?? (adjectives ? pre[0] : undefined) ?? roleCaps.find((t) => t.cap) ?? head;
    const last = namesOrganisation ? names[0] : extension.length ? extension[extension.length - 1] : head;
    out.organisation = text.slice(first.start, last.end);
    // ("die Zeitung „Yemen Observer“", "des Nachrichtenmagazins „Der Spiegel“": a name in marks right
    // after the organisation noun is the organisation's name)
    const inMarks = !extension.length && !namesOrganisation && !own ? nameInMarksAfter(head.end, text) : null;
    if (inMarks) { out.organisation = inMarks.name; out.end = inMarks.end; out.text = text.slice(out.start, inMarks.end); }
  }
  // "die Erklärung", "the ad": a text speaks for whoever wrote it; it names nobody and no role.
  if (!out.name && !out.organisation && head && pack.isSourceNoun(head.text) && !pack.isRoleNoun(head.text)) {
    out.document = true;
    // "Die Kernaussage von Jonas Exempel": the text of a named person speaks for that person
    if (!extension.length && tokens[j] && pack.genitiveLinks.has(tokens[j].lower) && !pack.determiners.has(tokens[j].lower)) {
      const author = readPhrase(tokens, j + 1, pack, text);
      if (author?.name && !author.document) return { ...author, ...bareMention(out.start, author.end, text), name: author.name, roleWords: author.roleWords, determiner: author.determiner };
    }
    // "einer Erklärung der Außenminister", "der Bericht des Ministeriums": an author in the genitive
    if (extension.length && pack.determiners.has(extension[0].lower)) {
      const author = readPhrase(tokens, firstTokenAt(tokens, extension[0].start), pack, text);
      // (still a text: "heißt es in einer Erklärung der …" names a source, not a place)
      const named = author && namedAuthor(author, extension[0].lower, out.start, pack, text);
      if (named) return { ...named, document: true };
      if (author && !author.document && author.definiteRole && pack.isPluralNoun(author.definiteRole, extension[0].lower, true)) {
        return { ...author, ...bareMention(out.start, author.end, text), organisation: author.definiteRole, roleWords: [], definiteRole: null, document: true };
      }
    }
    // "das LSVD-Schreiben": an acronym joined to the text names its author
    const joined = /^(\p{Lu}{2,})-\p{L}/u.exec(head.text);
    if (joined) return { ...out, organisation: joined[1] };
    return out;
  }
  const roleTokens = [...pre, ...roleCaps, ...extension];
  const describes = roleCaps.some((t) => pack.isRoleNoun(t.text)) || pre.some((t) => pack.isRoleNoun(t.text))
    || (subject && !pack.capitalisesNouns && roleCaps.length > 0 && !roleCaps[roleCaps.length - 1].cap)
    // ("said one Republican aware of the plans", "said a Democrat close to the campaign")
    // ("said a New Hampshire Democrat", "the Ohio Republican asks": names of places before it say where from)
    || (hasDet && roleCaps.length > 0 && roleCaps.every((t) => t.cap) && !!pack.memberNoun?.test(roleCaps[roleCaps.length - 1].text)
      && (!pack.definiteDeterminers.has(first.lower) || roleCaps.length > 1));
  // (an organisation has no role: "the Clinton campaign" names it)
  out.roleWords = describes && !(out.organisation && !pack.capitalisesNouns) ? roleTokens.map((t) => t.text) : [];
  // Only people, organisations and offices speak: "das Angebot", "den Vorgang" do not.
  if (!out.name && !out.organisation && !describes) return null;
  if (!out.name && !out.organisation && hasDet && head) out.definiteRole = head.text;
  if (!out.name && !out.organisation && !out.roleWords.length) return null;
  return out;
}

/**
 * Lower-case words from tokens[j] (at most three, no function word among them) that end in a noun
 * that can speak ("election officials", "supporters"); the words before that noun qualify it, and
 * have no verb's ending ("Example rallied supporters", "Sample attacks reporters" are clauses).
 */
function speakerNounAfter(tokens: Token[], j: number, pack: LanguagePack): boolean {
  for (let k = j; k < tokens.length && k < j + 3; k++) {
    const t = tokens[k];
    if (!t.word || t.cap || pack.phraseBreakers.has(t.lower) || pack.speechVerbs.has(t.lower) || pack.determiners.has(t.lower) || pack.stopwords.has(t.lower)) return false;
    if (isSpeakerNoun(t.text, pack)) return true;
    if (VERB_ENDING.test(t.lower)) return false;
  }
  return false;
}
// (where nouns are lower-case, English: a past or a third person's ending)
const VERB_ENDING = /\p{Ll}(?:ed|s)$/u;

/**
 * A capitalised name of a few words in marks right after `pos` ("„Yemen Observer“"), read from the
 * text: callers may hand in the words outside quotes only. Null if none.
 */
function nameInMarksAfter(pos: number, text: string): { name: string; end: number } | null {
  const m = NAME_IN_MARKS.exec(text.slice(pos, pos + 80));
  return m ? { name: m[1], end: pos + m[0].length } : null;
}
const NAME_IN_MARKS = /^ ?["„“»«‚‘'](\p{Lu}[\p{L}\p{N}.&'’ -]{0,60}?)["“”«»‘’']/u;

/**
 * Whether the particle at tokens[j] continues the name in `run`: "Karl von Exempel", "Karla von
 * der Beek"; not after a complete first and last name, nor before a noun ("Lars Exempel vom
 * Bankhaus Muster Partner" is a man and his bank).
 */
export function particleJoins(run: Token[], tokens: Token[], j: number, pack: LanguagePack): boolean {
  // "von der Beek": particles may follow each other before the name goes on
  let n = j + 1;
  while (n < tokens.length && n < j + 3 && !tokens[n].cap && isParticle(tokens, n, pack)) n++;
  const next = tokens[n];
  if (!next?.cap || !next.word || !isParticle(tokens, j, pack)) return false;
  const last = run[run.length - 1];
  if (!(looksLikeName(last, pack) || !last.cap)) return false;
  if (last.cap && run.length >= 2 && looksLikeName(run[run.length - 2], pack)) return false;
  // ("wie Exempel von Muster-Online zitiert wird": after the surname of someone the article has
  // named in full, "von" names where they are from or who cites them; "Karla von Exempel" goes on)
  if (last.cap && run.length === 1 && (pack.isKnownName?.(last.text) ?? false) && !pack.firstNameGender?.(last.text)) return false;
  return !pack.isCommonNoun(next.text) && !pack.isOrganisationNoun(next.text) && !pack.isRoleNoun(next.text);
}

/**
 * "Ryan’s campaign" (an organisation), "Clinton’s top aide Jake Sullivan" (a role and a name),
 * "Pence’s press release" (a text); otherwise the owner speaks through what is theirs
 * ("Clinton’s response was: …", "Trump's accusation that …"): the owner, named without the ending.
 */
function ownedPhrase(tokens: Token[], i: number, j: number, hasDet: boolean, caps: Token[], pack: LanguagePack, text: string): SpeakerPhrase | null {
  const owned: Token[] = [];
  for (let k = j; k < tokens.length && k < j + 4; k++) {
    const t = tokens[k];
    if (!t.word || t.cap || pack.phraseBreakers.has(t.lower) || pack.speechVerbs.has(t.lower)) break;
    owned.push(t);
    if (isSpeakerNoun(t.text, pack)) break;
  }
  const head = owned[owned.length - 1];
  const start = hasDet ? tokens[i].start : caps[0].start;
  if (head && isSpeakerNoun(head.text, pack)) {
    const out = bareMention(start, head.end, text);
    // ("Clinton’s campaign" is the Clinton campaign: the owner without the possessive, titles left out)
    if (pack.isOrganisationNoun(head.text)) {
      const owner = caps.slice(0, -1).filter((t) => !pack.abbreviations.has(t.lower) && !pack.isRoleNoun(t.text));
      // (the noun alone after the owner: "Mrs. Example's struggling campaign" is the Example campaign)
      out.organisation = [...owner.map((t) => t.text), withoutApostropheS(caps[caps.length - 1].text), head.text].join(' ');
    }
    else if (pack.isRoleNoun(head.text)) {
      out.roleWords = [...caps, ...owned].map((t) => t.text);
      let k = j + owned.length;
      // ("Example’s spokesman, Sam Sample, said": the name may follow as an apposition, closed by its comma)
      const apposed = tokens[k]?.text === ',' && tokens[k + 1]?.cap && tokens[k + 1]?.word;
      if (apposed) k++;
      const named: Token[] = [];
      while (k < tokens.length && tokens[k].word && tokens[k].cap && named.length < 4) named.push(tokens[k++]);
      const name = nameTokens(named, pack, false);
      if (name.length === named.length && name.length && (!apposed || /^[,.;)]$/u.test(tokens[k]?.text ?? '') || !tokens[k])) {
        out.name = text.slice(name[0].start, name[name.length - 1].end);
        out.end = name[name.length - 1].end;
        out.text = text.slice(out.start, out.end);
      }
    } else out.document = true;
    return out;
  }
  const owner = caps[caps.length - 1];
  const bare = withoutApostropheS(owner.text);
  // ("There’s", "It’s": a contraction, no owner)
  if (!bare || hasDet || (caps.length === 1 && pack.stopwords.has(bare.toLowerCase()))) return null;
  const out = bareMention(caps[0].start, owner.end, text);
  out.name = text.slice(caps[0].start, owner.start) + bare;
  return out;
}

/**
 * The apposition with a name that opens at tokens[k] after a comma ("…, Wolfgang Grader,"), as its
 * tokens; null if none. `bare`: nothing stood between the phrase and the comma.
 */
function appositionAt(tokens: Token[], k0: number, bare: boolean, pack: LanguagePack, text: string): Token[] | null {
  const first = tokens[k0];
  if (!first?.word) return null;
  // ("His rival, state Sen. Jane Sample, said": where nouns are lower-case, the apposition's title
  // may open with lower-case words; the name it gives is the person's)
  if (!first.cap) {
    const titled = pack.capitalisesNouns ? null : titledApposition(tokens, k0, pack, text);
    return titled ? tokens.slice(k0, firstTokenAt(tokens, titled.end)) : null;
  }
  if (pack.determiners.has(first.lower)) return null;
  let k = k0;
  const app: Token[] = [];
  while (k < tokens.length && tokens[k].word && app.length < 5 && !pack.phraseBreakers.has(tokens[k].lower)
    && (tokens[k].cap || (isParticle(tokens, k, pack) && tokens[k + 1]?.cap))) { app.push(tokens[k]); k++; }
  // (closed by punctuation, or by an adverb when the comma is missing: "…, General Jan Muster
  // heute …"; or by the article of the next phrase after a first name and a surname: "…, Jan Muster das Treffen")
  const fullName = app.length >= 2 && !!pack.firstNameGender?.(app[0].text);
  const closed = bare || !tokens[k] || /^[,.;:()]$/u.test(tokens[k].text)
    || (tokens[k].word && !tokens[k].cap && (pack.phraseBreakers.has(tokens[k].lower) || (fullName && pack.determiners.has(tokens[k].lower))));
  return app.length && closed && nameTokens(app, pack, false).length ? app : null;
}

/**
 * "state Sen. Jane Sample," after a comma: up to three lower-case words of a title, then a phrase
 * with a name that its punctuation closes; null for anything else ("said the plan …").
 */
function titledApposition(tokens: Token[], k: number, pack: LanguagePack, text: string): SpeakerPhrase | null {
  let c = k;
  while (c < k + 3 && tokens[c]?.word && !tokens[c].cap && !pack.phraseBreakers.has(tokens[c].lower) && !pack.determiners.has(tokens[c].lower)
    && !pack.speechVerbs.has(tokens[c].lower) && !pack.stopwords.has(tokens[c].lower)) c++;
  if (c === k || !tokens[c]?.cap || !tokens[c].word) return null;
  const p = readPhrase(tokens, c, pack, text);
  const after = p ? tokens[firstTokenAt(tokens, p.end)] : undefined;
  return p?.name && p.roleWords.length && (!after || /^[,.;)]$/u.test(after.text)) ? p : null;
}

function isSpeakerNoun(w: string, pack: LanguagePack): boolean {
  return pack.isRoleNoun(w) || pack.isOrganisationNoun(w) || pack.isSourceNoun(w);
}

/** "von", "van", "zu" inside a name; "der"/"den" only in "von der Beek". */
function isParticle(tokens: Token[], j: number, pack: LanguagePack): boolean {
  const w = tokens[j].lower;
  if (!pack.nameParticles.has(w)) return false;
  if (pack.determiners.has(w)) return j > 0 && (tokens[j - 1].lower === 'von' || tokens[j - 1].lower === 'van');
  return true;
}

/**
 * Whether a word may stand in the short phrase between a description and the comma before a name
 * in apposition ("Der Doktorvater zu Exempels, Paul Muster"). Where nouns are lower-case a verb may
 * stand there instead: "the library was hit by a flood, Example said" has no apposition,
 * "his old friend at Exeter, Sam Sample" has.
 */
function describesBeforeComma(t: Token, pack: LanguagePack): boolean {
  return pack.capitalisesNouns || t.cap || pack.prepositions.has(t.lower) || pack.determiners.has(t.lower) || !pack.phraseBreakers.has(t.lower);
}

/**
 * "die „Computerwoche“", "„Die Zeit“": a paper, a broadcaster or a group named in marks, with
 * its article before the marks or inside them, speaks as an organisation. Null if none starts at
 * tokens[i] ("„Nein“" alone names nothing).
 */
export function titleInMarks(tokens: Token[], i: number, pack: LanguagePack, text: string, subject: boolean): SpeakerPhrase | null {
  const det = tokens[i]?.word && pack.determiners.has(tokens[i].lower) ? tokens[i] : null;
  if (det && subject && pack.objectDeterminers.has(det.lower)) return null;
  const open = det ? i + 1 : i;
  // (a word is no mark: most calls end here, before any pattern runs)
  if (!tokens[open] || tokens[open].word || !QUOTE_MARK.test(tokens[open].text) || tokens[open].end !== tokens[open + 1]?.start) return null;
  const inner = tokens[open + 1];
  if (!inner.word || !inner.cap || (!det && !pack.determiners.has(inner.lower))) return null;
  for (let k = open + 2; k < tokens.length && k <= open + 6; k++) {
    if (QUOTE_MARK.test(tokens[k].text)) {
      if (tokens[k].start !== tokens[k - 1].end) return null;
      // ("die „Bild“-Zeitung": the name in marks opens a compound, which is the name)
      const joined = tokens[k + 1]?.start === tokens[k].end && tokens[k + 1].text === '-' && tokens[k + 2]?.word && tokens[k + 2].start === tokens[k + 1].end;
      // ("Der „Bild“-Zeitung sagte X": an article the compound's head takes only outside the
      // nominative opens no subject)
      if (joined && subject && det && pack.isObliquePhrase(det.lower, tokens[k + 2].lower)) return null;
      if (joined) {
        return { ...bareMention(tokens[i].start, tokens[k + 2].end, text), organisation: `${text.slice(inner.start, tokens[k - 1].end)}-${tokens[k + 2].text}`, determiner: det?.lower ?? null, inMarks: true };
      }
      // (nor a title before the noun it describes: "the “Example Show” actress")
      const head = tokens[k + 1];
      if (head?.word && (pack.isRoleNoun(head.text) || pack.isOrganisationNoun(head.text))) return null;
      return { ...bareMention(tokens[i].start, tokens[k].end, text), organisation: text.slice(inner.start, tokens[k - 1].end), determiner: det?.lower ?? null, inMarks: true };
    }
    if (!tokens[k].word) return null;
  }
  return null;
}

/** A phrase that is only a mention: no name, role, pronoun or organisation. */
export function bareMention(start: number, end: number, text: string): SpeakerPhrase {
  return { start, end, text: text.slice(start, end), name: null, roleWords: [], pronoun: null, organisation: null, counterpart: false, definiteRole: null, determiner: null, document: false };
}

function isGenitiveLink(word: string, pack: LanguagePack): boolean {
  return pack.genitiveLinks.has(word);
}

/** An article that links a genitive ("des", "der"): a genitive link that is also a determiner. */
export function isGenitiveArticle(word: string, pack: LanguagePack): boolean {
  return pack.genitiveLinks.has(word) && pack.determiners.has(word);
}

/**
 * The author a genitive article introduces ("der Bericht des Ministeriums", "laut Auskunft der
 * Bundesregierung"), as a phrase from `start` with its organisation in the nominative; null unless
 * the author names someone.
 */
export function namedAuthor(author: SpeakerPhrase, article: string, start: number, pack: LanguagePack, text: string): SpeakerPhrase | null {
  if (author.document || !(author.name || author.organisation)) return null;
  const organisation = author.organisation && pack.nominativeOrganisation(author.organisation, article);
  return { ...author, start, text: text.slice(start, author.end), organisation };
}

/** "Libyens", "Probes": the genitive of a country or of a person the article names (capitalising languages). */
function genitiveOwner(word: string, pack: LanguagePack): boolean {
  const stem = word.slice(0, -1);
  return pack.isCountry(stem) || (pack.capitalisesNouns && (pack.isKnownName?.(stem) ?? false));
}

function hasName(caps: Token[], pack: LanguagePack, hasDet: boolean): boolean {
  return nameTokens(caps, pack, hasDet).length > 0;
}

/** The name at the end of a run of capitalised words: what follows the last role or common noun. */
export function nameTokens(caps: Token[], pack: LanguagePack, hasDet: boolean): Token[] {
  let k = caps.length;
  // A surname may look like a noun ("Wieland", "Hoffmann") or an office ("Richter", "Bauer",
  // "König") when a first name stands before it.
  // So may one after an abbreviated title ("Mr. King", "Sen. Bishop", "Prof. König").
  if (k >= 2 && (looksLikeName(caps[k - 2], pack) || pack.abbreviations.has(caps[k - 2].lower))
    && (looksLikeSurname(caps[k - 1], pack) || officeAsSurname(caps[k - 1], pack))) k--;
  // ("The Journal's Jane Example": an owner in the possessive is no part of the person's name after
  // it, a first name and a surname; "People's Daily", "Trump's Son" are one name)
  while (k > 0 && (looksLikeName(caps[k - 1], pack) || (pack.nameParticles.has(caps[k - 1].lower) && k < caps.length && k > 1))
    && !(k < caps.length - 1 && (pack.possessive?.test(caps[k - 1].text) ?? false) && !!pack.firstNameGender?.(caps[k].text))) k--;
  while (k < caps.length && !caps[k].cap) k++; // a name never starts with its particle
  // ("Spaniens José Luis Zapatero": where nouns are capitalised, a country in the genitive before a
  // name qualifies it; it is no part of it)
  if (caps.length - k >= 2 && isCountryGenitive(caps[k].text, pack)) k++;
  // After a determiner the first capitalised word is the head noun, not a name ("der Sprecher"),
  // where nouns are capitalised.
  // ("der 84-jährige Hans Beispiel": two or more name-like words after it are a name)
  if (hasDet && k === 0 && pack.capitalisesNouns && caps.length === 1) k = 1;
  return caps.slice(k);
}

/** "Richter", "Bauer", "König": an office that is also a common surname (one plain word). */
function officeAsSurname(t: Token, pack: LanguagePack): boolean {
  // (an abbreviated office is none: "former Pennsylvania Gov. and …" names no "Pennsylvania Gov")
  return t.cap && t.word && pack.isRoleNoun(t.text) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !pack.isOrganisationNoun(t.text) && !pack.abbreviations.has(t.lower);
}

/**
 * "weil die US-Regierung Armenien als „…“ bezeichnet hat": where nouns are capitalised, a country in
 * the nominative after an office or an organisation noun is the verb's object, no part of the phrase
 * or the name; not one word of a longer name ("Zeitung China Daily", "Archäologin Montserrat Beispiel").
 */
export function countryAsObject(head: Token, t: Token, next: Token | undefined, pack: LanguagePack): boolean {
  return pack.capitalisesNouns && (pack.isRoleNoun(head.text) || pack.isOrganisationNoun(head.text)) && pack.isCountry(t.text) && !(next?.word && next.cap);
}

/** A lower-case word with an adjective's ending that is no article: "neue" in "die neue Regelung". */
export function inflected(t: Token, pack: LanguagePack): boolean {
  // (an auxiliary or a modal is a verb whatever its ending: "Das musste Minister X einräumen")
  return t.word && !t.cap && DECLINED.test(t.text) && !pack.determiners.has(t.lower) && !pack.finiteAuxiliaries.has(t.lower) && !pack.modalVerbs.has(t.lower);
}

/** A finite verb the pack knows ("sagte", "hatte", "musste"): no adjective of the phrase after it. */
export function isKnownVerb(t: Token, pack: LanguagePack): boolean {
  return pack.speechVerbs.has(t.lower) || pack.finiteAuxiliaries.has(t.lower) || pack.modalVerbs.has(t.lower);
}

/** "einer gestern verbreiteten Erklärung": an adverb may stand before the adjective it qualifies. */
function adverbBeforeAdjective(tokens: Token[], k: number, pack: LanguagePack): boolean {
  return pack.phraseBreakers.has(tokens[k].lower) && !pack.prepositions.has(tokens[k].lower) && !pack.coordinators.has(tokens[k].lower)
    && !!tokens[k + 1]?.word && !tokens[k + 1].cap && DECLINED.test(tokens[k + 1].text) && !!tokens[k + 2]?.cap;
}

/** A word that is all date ("Dienstag", "yesterday"), not one that merely holds one ("Tagesschau"). */
function isDateWord(word: string, pack: LanguagePack): boolean {
  return pack.dateHint?.exec(word)?.[0].length === word.length;
}

/** "Russlands", "Spaniens": a country in the genitive, where nouns are capitalised. */
function isCountryGenitive(word: string, pack: LanguagePack): boolean {
  return pack.capitalisesNouns && /\p{Ll}s$/u.test(word) && pack.isCountry(word.slice(0, -1));
}

function looksLikeSurname(t: Token, pack: LanguagePack): boolean {
  // (nor a member of a party or a day: "the South Carolina Republican primary", "Super Tuesday"; other
  // nouns may be surnames: "Wieland", "Marty Small" in an article about small businesses)
  return t.cap && t.word && (t.nameWord || !pack.stopwords.has(t.lower)) && !pack.isRoleNoun(t.text) && !pack.isOrganisationNoun(t.text)
    && !(pack.memberNoun?.test(t.text) ?? false) && (t.nameWord || !isDateWord(t.text, pack));
}

export function looksLikeName(t: Token, pack: LanguagePack): boolean {
  if (!t.cap || !t.word) return false;
  if (t.nameWord) return true;
  if (pack.stopwords.has(t.lower) || pack.determiners.has(t.lower) || pack.pronouns.has(t.lower)) return false;
  // (nor a text or source: "Nach Angaben von X", "Medienberichten zufolge")
  return !pack.isRoleNoun(t.text) && !pack.isOrganisationNoun(t.text) && !pack.isCommonNoun(t.text) && !pack.isSourceNoun(t.text);
}

/** "Gabriela Muster" is a woman: the usual gender of a full name's first name (null for one word, or unknown). */
export function genderByFirstName(name: string, pack: LanguagePack): Gender | null {
  const words = name.split(/\s+/u);
  return words.length > 1 && pack.firstNameGender ? pack.firstNameGender(words[0]) : null;
}

/**
 * Marks the function words that stand as names: a surname after a first name ("Theresa May") and
 * a first name inside a sentence before a surname ("said Will Example"). Elsewhere "May" and
 * "Will" end a name as any function word does.
 */
export function markNameWords(tokens: Token[], pack: LanguagePack): void {
  if (!pack.firstNameGender) return;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!functionWordCapitalised(t, pack)) continue;
    const prev = tokens[k - 1], next = tokens[k + 1];
    const nextIsName = !!next?.word && next.cap;
    const surname = prev.word && prev.cap && !nextIsName && !!pack.firstNameGender(prev.text);
    const firstName = prev.word && !prev.cap && nextIsName && !!pack.firstNameGender(t.text);
    if (surname || firstName) t.nameWord = true;
  }
}

/**
 * "George Will wrote …. “…,” Will wrote": a function word that is the surname of someone the
 * article names in full (`knows`) is that name inside a sentence (not where it opens one: "Will he run?").
 */
export function markKnownSurnames(tokens: Token[], text: string, pack: LanguagePack, knows: (w: string) => boolean): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.nameWord || !functionWordCapitalised(t, pack) || !knows(t.text)) continue;
    let p = k - 1;
    while (p > 0 && QUOTE_MARK.test(tokens[p].text)) p--;
    if (/^[.!?:;]$/u.test(tokens[p].text) || text.slice(tokens[p].end, t.start).includes('\n')) continue;
    t.nameWord = true;
  }
}

/** A function word written with a capital ("May", "Will", "From"): a name, or a word opening a sentence. */
function functionWordCapitalised(t: Token, pack: LanguagePack): boolean {
  return t.cap && t.word && (pack.stopwords.has(t.lower) || pack.phraseBreakers.has(t.lower));
}
