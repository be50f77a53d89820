// The people an article names, found once per article, so that a quote's local mention
// ("er", "Diop", "der Minister", "sein Amtskollege") can be resolved to a full name and role.
import type { Gender, LanguagePack } from '../types.js';
import { countryAsObject, genderByFirstName, isKnownVerb, looksLikeName, nameTokens, particleJoins, readPhrase } from './phrases.js';
import { firstTokenAt, withoutApostropheS, type Token } from './tokens.js';

export interface Person {
  name: string;
  surname: string;
  roleWords: string[];
  determiner: string | null;
  gender: Gender | null;
  /** Offsets where the person is mentioned (full name or surname), ascending. */
  mentions: number[];
  /** Mentions inside a prepositional or object phrase ("unter Ole Muster"): less likely what a pronoun refers to. */
  oblique: Set<number>;
}

/** Letters two spellings of a surname share at the start before they count as one (see variantOf). */
const VARIANT_MIN = 4;

/** Whether `long` is `short` with one letter added anywhere ("Bart" → "Barth"). */
function oneLetterMore(short: string, long: string): boolean {
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** How far back (characters) a namesake named in full is the one a surname alone stands for. */
const NAMESAKE_WITHIN = 200;

/** Roman regnal numbers after a name: "Elisabeth II.", "Benedikt XVI." */
const REGNAL = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/u;

export class PersonRegistry {
  readonly people: Person[] = [];
  private bySurname = new Map<string, Person>();
  private byName = new Map<string, Person>();
  /** People who share a surname ("Hillary Clinton", "Bill Clinton"), in the order named, each with where named in full. */
  private namesakes = new Map<string, { person: Person; named: number[] }[]>();
  /** Full organisation names by their head noun: "universität" → "Universität Bayreuth". */
  private orgs = new Map<string, string>();
  /** Organisations' full names by their acronym. */
  private acronyms = new Map<string, string>();
  /** Organisations named in one compound word ("Bundesgerichtshof") by lower-case form, with where first named. */
  private compounds = new Map<string, { name: string; at: number }>();
  /** Other spellings of people's surnames the article uses (see variantOf). */
  private spellings = new Map<Person, Set<string>>();

  constructor(private pack: LanguagePack) {}

  /** Registers every "Role Name" and "First Last" run of capitalised words in the article. */
  scan(tokens: Token[], quoted: (pos: number) => boolean, text: string): void {
    const pack = this.pack;
    const commonNoun = (t: Token) => !!pack.isDictionaryNoun?.(t.text) && !pack.firstNameGender?.(t.text);
    let i = 0;
    while (i < tokens.length) {
      // ("27 Millionen Euro", "22 Prozent", "7.500 Säcke Mehl": capitals counted by a number are no name)
      if (!tokens[i].word || !tokens[i].cap || quoted(tokens[i].start) || (i > 0 && /^\p{N}[\p{N}.,]*$/u.test(tokens[i - 1].text))) { i++; continue; }
      let j = i;
      const run: Token[] = [];
      // (a name never runs over a line break: "… Contract\nJan Example was asked")
      while (j < tokens.length && tokens[j].word && j - i < 8 && !(j > i && text.slice(tokens[j - 1].end, tokens[j].start).includes('\n'))
        && (tokens[j].cap || (j > i && particleJoins(run, tokens, j, pack)))) {
        run.push(tokens[j]); j++;
        // "Jan Sample’s Super Tuesday": a possessive ends the owner's name
        if (pack.possessive?.test(tokens[j - 1].text)) break;
        // an initial: "George W. Bush"
        if (tokens[j]?.text === '.' && /^\p{Lu}$/u.test(tokens[j - 1].text) && tokens[j + 1]?.cap && tokens[j + 1]?.word && run.length > 1) j++;
        // an abbreviated office inside the run: "Indiana Gov. Ann Example" is Ann Example, no "Indiana Gov"
        // (not a courtesy title, which makes no role: "Mr." and "Mrs." are left as they were)
        else if (tokens[j]?.text === '.' && pack.abbreviations.has(tokens[j - 1].lower) && pack.isRoleNoun(tokens[j - 1].text)
          && tokens[j + 1]?.cap && tokens[j + 1]?.word && pack.normaliseRole([tokens[j - 1].text], null) !== '') j++;
      }
      // "Gegenüber XYZ Info äußerte er": a capitalised preposition or adverb opens the run, not a name
      // "Die Abgeordnete Gudrun Exempel", "Obwohl Muster …" at a sentence start: the capitalised
      // article or conjunction is no role word and no first name
      if (run.length > 1 && ((pack.phraseBreakers.has(run[0].lower) && !run[0].nameWord) || pack.determiners.has(run[0].lower) || pack.subordinators.has(run[0].lower))) { i++; continue; }
      let office: string[] | null = null;
      // "Secretary of State Jan Example": the office's object after "of" opens the run; the person
      // starts at a first name where one is known, else after that word
      if (run.length >= 2 && i >= 2 && pack.officeLinks.has(tokens[i - 1].lower) && tokens[i - 2].cap
        && pack.isRoleNoun(tokens[i - 2].text) && !pack.firstNameGender?.(run[0].text)) {
        const given = run.findIndex((t) => !!pack.firstNameGender?.(t.text));
        const drop = given > 0 ? given : 1;
        office = [tokens[i - 2].text, tokens[i - 1].text, ...run.splice(0, drop).map((t) => t.text)];
        i += drop;
      }
      // "Hillary Clinton’s campaign": the owner is named without the possessive ending
      if (pack.possessive?.test(run[run.length - 1].text)) run[run.length - 1] = withoutPossessive(run[run.length - 1]);
      const names = nameTokens(run, pack, false);
      const roles = run.slice(0, run.length - names.length);
      // "in New Mexico", "im Kosovo": what follows a place preposition is a place, unless an office names a person
      const afterPlacePreposition = i > 0 && pack.placePrepositions.has(tokens[i - 1].lower);
      const roleNoun = roles.some((t) => pack.isRoleNoun(t.text));
      const sentenceStart = i === 0 || /[.!?:]/u.test(tokens[i - 1].text);
      // ("die US-Regierung Georgien als … bezeichnet": a country after an organisation is the verb's object)
      const objectAfter = run.length === 2 && pack.isOrganisationNoun(run[0].text) && countryAsObject(run[0], run[1], tokens[j], pack);
      if (run.length >= 2 && !objectAfter) {
        for (const t of run) if (pack.isOrganisationNoun(t.text) && !this.orgs.has(t.lower)) this.orgs.set(t.lower, run.map((x) => x.text).join(' '));
      } else if (pack.isOrganisationNoun(run[0].text) && !this.compounds.has(run[0].lower)) this.compounds.set(run[0].lower, { name: run[0].text, at: run[0].start });
      // "die Tageszeitung The Courier", "der Sender XYZ Info": a name after an organisation noun names it
      // ("die Abgeordnete im Landtag Gudrun Muster": an organisation where someone serves qualifies
      // the role before it; the name after it is a person's, not the organisation's as in "für die
      // Tageszeitung The Courier")
      let p0 = i - 1;
      while (p0 >= 0 && tokens[p0].word && !tokens[p0].cap && !pack.placePrepositions.has(tokens[p0].lower) && i - p0 <= 3) p0--;
      const governed = roles.length === 1 && p0 >= 0 && pack.placePrepositions.has(tokens[p0].lower) && !pack.titleNouns.has(roles[0].lower);
      const orgName = roles.length > 0 && pack.isOrganisationNoun(roles[roles.length - 1].text) && !roleNoun && !governed;
      // ("SPD Berlin" is no person; "Elisabeth II." is: a regnal number is no acronym)
      const acronym = names.some((t) => /^\p{Lu}{2,}$/u.test(t.text) && !REGNAL.test(t.text)) && names.length === 2;
      // ("der Regierungschef Norwegens, Jan Probe": where nouns are capitalised, a country in the
      // genitive after an office says where the office is, and names no one)
      const countryGenitive = names.length === 1 && pack.capitalisesNouns && /\p{Ll}s$/u.test(names[0].text) && pack.isCountry(names[0].text.slice(0, -1));
      if ((names.length >= 2 && !afterPlacePreposition && !orgName && !acronym) || (names.length === 1 && roleNoun && !countryGenitive)) {
        // adjectives before the role: "der russische Außenminister Sergej Lawrow"
        let k = i;
        let lowerRole = false;
        const pre: string[] = [];
        // (where nouns are capitalised, an adjective before them is inflected: "bat Premierminister
        // Key", "haben Bundesarbeitsministerin X" have a verb there, no part of the office)
        // (nor a word of the paragraph before: a headline without its period, "… nicht zu retten")
        while (k > 0 && tokens[k - 1].word && !tokens[k - 1].cap && !pack.phraseBreakers.has(tokens[k - 1].lower) && !text.slice(tokens[k - 1].end, tokens[k].start).includes('\n')
          && !pack.determiners.has(tokens[k - 1].lower) && pre.length < 3 && (roles.length || lowerRole || pack.isRoleNoun(tokens[k - 1].text))
          // ("calling Indiana Gov. Jo Example", "said Senator Example", "what aide Jo Example called": a verb
          // or a function word before the office is no part of it)
          && !pack.speechVerbs.has(tokens[k - 1].lower) && !pack.stopwords.has(tokens[k - 1].lower) && !(!pack.capitalisesNouns && /\p{Ll}ing$/u.test(tokens[k - 1].lower) && !pack.isRoleNoun(tokens[k - 1].text))
          && !(pack.capitalisesNouns && (isKnownVerb(tokens[k - 1], pack)
            || !/(e|en|er|es|em)$/u.test(tokens[k - 1].lower)) && !pack.isRoleNoun(tokens[k - 1].text))) {
          k--; pre.unshift(tokens[k].text);
          if (pack.isRoleNoun(tokens[k].text)) lowerRole = true;
        }
        // ("Die aus Beispielland stammende ehemalige Politikerin": a participle whose complement comes
        // before it describes the person; it is no part of the office)
        if (pre.length && k > 0 && tokens[k - 1].word && !pack.determiners.has(tokens[k - 1].lower) && pack.attributiveWord.test(pre[0].toLowerCase())) { pre.shift(); k++; }
        const det = k > 0 && pack.determiners.has(tokens[k - 1].lower) ? tokens[k - 1].lower : null;
        let nameText = text.slice(names[0].start, names[names.length - 1].end);
        // ("die Wahlniederlage Barack Obamas": where nouns are capitalised, a full name right after
        // a noun and ending in -s is in the genitive; the person is "Barack Obama")
        // (a person's name: it opens with a first name the lists know)
        // (cheap tests first: the first-name lists are asked only for such a name)
        if (pack.capitalisesNouns && names.length >= 2 && !roleNoun && /[^s]s$/u.test(nameText)) {
          const before = roles.length ? roles[roles.length - 1] : i > 0 && tokens[i - 1].word && tokens[i - 1].cap ? tokens[i - 1] : null;
          if (before && pack.isCommonNoun(before.text) && genderByFirstName(nameText, pack)) nameText = nameText.slice(0, -1);
        }
        if (!(sentenceStart && names.length === run.length && names.length === 2 && pack.stopwords.has(names[0].lower)) && !pack.isCountry(nameText)
          // ("Bundesrepublik Deutschland", "Republik Korea": a state's name ends in its country, a person's opens with a first name)
          // ("Wall Street", "Islamic State": so is a place's or a thing's)
          && !(names.length >= 2 && (pack.isCountry(names[names.length - 1].text) || pack.placeHeads.test(names[names.length - 1].text)) && !pack.firstNameGender?.(names[0].text))
          // ("in direkter Nähe Schüsse", "Säcke Mehl": nouns the dictionary lists, without a first
          // name or an office, are no person; nor is what such a noun names with a given name, "Zyklon Tasha")
          && !(!roleNoun && !office && pack.isDictionaryNoun && (names.every((t) => commonNoun(t)) || (names.length === 2 && commonNoun(names[0]) && !pack.titleNouns.has(names[0].lower) && !!pack.firstNameGender?.(names[1].text))))) {
          const hasRole = roleNoun || lowerRole;
          const p = this.add(nameText, hasRole ? [...pre, ...roles.map((t) => t.text)] : [], det, names[0].start);
          if (!hasRole && office) this.adoptRole(p, office, null);
          if (!hasRole) this.appositionRole(p, tokens, j, text);
          if (!hasRole) this.roleBeforeComma(p, tokens, i, text);
          if (!p.roleWords.length) this.affiliation(p, tokens, j, text);
          // "die SPD-Abgeordnete im hessischen Landtag Gudrun Muster": the office with where it is held
          if (governed && p0 > 0 && pack.isRoleNoun(tokens[p0 - 1].text) && tokens[p0 - 1].cap) {
            const k0 = p0 - 1;
            const det0 = k0 > 0 && pack.determiners.has(tokens[k0 - 1].lower) ? tokens[k0 - 1].lower : null;
            this.adoptRole(p, tokens.slice(k0, i + 1).map((t) => t.text), det0);
          }
        }
      }
      i = j;
    }
    // A lone capitalised word next to a speech verb is someone ("Muster sagte", "so Exempel"), when
    // the article has not named them in full. At a sentence start any word is capitalised
    // ("Besorgt äußerte sich …", "Wait, …"): there it counts only if the article also capitalises it
    // inside a sentence.
    const capitalisedInside = new Set<string>();
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k].word && tokens[k].cap && !opensSentence(tokens, k)) capitalisedInside.add(tokens[k].text);
    }
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t.word || !t.cap || quoted(t.start) || this.bySurname.has(t.text) || !looksLikeName(t, pack) || pack.isCountry(t.text)) continue;
      if (opensSentence(tokens, k) && !capitalisedInside.has(t.text)) continue;
      if (pack.possessive?.test(t.text)) continue;
      const prev = tokens[k - 1], next = tokens[k + 1];
      // (a verb that closes its clause right after the word is a participle with its object:
      // "hatte Fehler eingeräumt.")
      const after = tokens[k + 2];
      const besideVerb = (prev && (pack.speechVerbs.has(prev.lower) || pack.postposedSourceWords.has(prev.lower)))
        || (next && pack.speechVerbs.has(next.lower) && !!after?.word && !pack.coordinators.has(after.lower));
      const single = !(prev?.cap && prev.word) && !(next?.cap && next.word);
      // ("had told Jewish leaders": where nouns are lower-case, a capitalised word before a
      // lower-case noun describes it; a name there is followed by a verb or a function word:
      // "described Ban sitting")
      const attributive = !pack.capitalisesNouns && !!next?.word && !next.cap && !pack.speechVerbs.has(next.lower) && !/\p{Ll}(ing|ed)$/u.test(next.lower)
        && !pack.stopwords.has(next.lower) && !pack.phraseBreakers.has(next.lower) && !pack.prepositions.has(next.lower);
      if (!besideVerb || !single || attributive) continue;
      const p = this.add(t.text, [], null, t.start);
      // ("„…“, sagen Neider": a noun the dictionary lists, which a surname named alone seldom is, is
      // the mention, but nobody "er" or "sie" could stand for)
      if (!p.gender && p.name === t.text && (pack.isDictionaryNoun?.(t.text) ?? false)) p.gender = 'n';
    }
    this.scanAcronyms(tokens, text);
    // Second pass: every later mention of a known surname.
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.cap || !t.word) continue;
      const bare = stripGenitive(t.text, this.bySurname);
      const p = this.holder(bare, t.start);
      if (!p) continue;
      if (p.mentions[p.mentions.length - 1] !== t.start) p.mentions.push(t.start);
      let j = i;
      // ("by Dr. Paul Song": an abbreviated title belongs to the name)
      while (j > 0 && ((tokens[j - 1].cap && tokens[j - 1].word)
        || (j > 1 && tokens[j - 1].text === '.' && tokens[j - 2].word && pack.abbreviations.has(tokens[j - 2].lower)))) j -= tokens[j - 1].text === '.' ? 2 : 1;
      const before = tokens[j - 1];
      if (bare !== t.text || (before && (pack.prepositions.has(before.lower) || pack.objectDeterminers.has(before.lower)))) {
        // (the mention starts at the first name, or at the title before it)
        for (let k = j; k <= i; k++) if (tokens[k].word) p.oblique.add(tokens[k].start);
      }
    }
    for (const p of this.people) p.mentions.sort((a, b) => a - b);
    this.preferCommonSpelling(tokens);
  }

  /**
   * A lone surname spelt with one letter more or less than one the article gives in full ("Hubert
   * Bart", then "so Barth", "Barth meint"): the same person, misspelt once. The person is named with
   * the surname's spelling the article uses most.
   */
  private variantOf(word: string): Person | undefined {
    if (word.length < VARIANT_MIN || word.includes(' ')) return undefined;
    for (const p of this.people) {
      if (p.name === p.surname || Math.abs(p.surname.length - word.length) !== 1) continue;
      const [short, long] = p.surname.length < word.length ? [p.surname, word] : [word, p.surname];
      // (not the genitive or plural: "Lahms", "the Khans" are someone's or a family)
      if (short.slice(0, VARIANT_MIN) === long.slice(0, VARIANT_MIN) && oneLetterMore(short, long) && long !== `${short}s`) {
        this.bySurname.set(word, p);
        const seen = this.spellings.get(p);
        if (seen) seen.add(word); else this.spellings.set(p, new Set([word]));
        return p;
      }
    }
    return undefined;
  }

  private preferCommonSpelling(tokens: Token[]): void {
    for (const [p, variants] of this.spellings) {
      const count = (w: string) => tokens.reduce((n, t) => n + (t.text === w ? 1 : 0), 0);
      let best = p.surname, most = count(p.surname);
      for (const v of variants) { const n = count(v); if (n > most) { best = v; most = n; } }
      if (best !== p.surname) { p.name = p.name.slice(0, p.name.length - p.surname.length) + best; p.surname = best; }
    }
  }

  /**
   * "der Bundesverband Musterbau Deutschland (BVMD)": an organisation's full name before its
   * acronym in brackets, so that "BVMD" and "der Verband" can be named in full.
   */
  private scanAcronyms(tokens: Token[], text: string): void {
    const pack = this.pack;
    for (let i = 1; i + 2 < tokens.length; i++) {
      if (tokens[i].text !== '(' || tokens[i + 2].text !== ')' || !/^\p{Lu}{2,8}$/u.test(tokens[i + 1].text)) continue;
      const acronym = tokens[i + 1].text;
      let k = i;
      while (k > 0 && i - k < 9) {
        const t = tokens[k - 1];
        const linking = t.text === '-' || (!t.cap && (pack.genitiveLinks.has(t.lower) || pack.prepositions.has(t.lower) || pack.coordinators.has(t.lower)));
        if (!(t.word && t.cap && !pack.determiners.has(t.lower)) && !linking) break;
        k--;
      }
      while (k < i && !(tokens[k].word && tokens[k].cap)) k++;
      // ("Untersuchungen der Muster-Daten-Service GmbH (MDS)": the name starts at its initial)
      const initial = tokens.findIndex((t, m) => m >= k && m < i && t.word && t.cap && t.text[0] === acronym[0]);
      if (initial > k) k = initial;
      // (its initial, or an organisation noun, ties the name to the acronym: not "Sven Muster (SPD)")
      const words = tokens.slice(k, i);
      const orgNoun = words.some((t) => pack.isOrganisationNoun(t.text));
      // (two or three capitalised words and nothing else name a person: "Sven Muster (SPD)")
      const personName = !orgNoun && words.length <= 3 && words.every((t) => t.word && t.cap);
      if (k >= i || (tokens[k].text[0] !== acronym[0] && !orgNoun) || personName) continue;
      const full = text.slice(tokens[k].start, tokens[i - 1].end);
      if (!full.includes(' ') && full.length <= acronym.length + 1) continue;
      this.acronyms.set(acronym, full);
      // (the spelled-out name is the fullest: it wins over a shorter run of the same head)
      for (let m = k; m < i; m++) if (pack.isOrganisationNoun(tokens[m].text)) this.orgs.set(tokens[m].lower, full);
    }
  }

  /** "LSVD" → "Lesben- und Schwulenverband Deutschland" when the article spells it out. */
  fullName(acronym: string): string | undefined {
    return this.acronyms.get(acronym);
  }

  /** "Max Beispiel, Präsident des Landesumweltamtes, sagte …": the role after the name. */
  private appositionRole(p: Person, tokens: Token[], j: number, text: string): void {
    if (p.roleWords.length) return;
    if (tokens[j]?.text === '(') { // "Sven Beispiel (SPD), …"
      while (j < tokens.length && tokens[j].text !== ')') j++;
      j++;
    }
    if (tokens[j]?.text !== ',') return;
    // ("Sam Sample, 42, a teacher from Dayton": an age stands between the name and the role)
    if (/^\d{1,3}$/u.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === ',') j += 2;
    const rp = readPhrase(tokens, j + 1, this.pack, text);
    if (!rp || !rp.roleWords.length) return;
    // "der Verteidigungsminister Österreichs": a genitive name qualifies the role, it names nobody
    const qualifier = rp.name && /s$/u.test(rp.name) && !rp.name.includes(' ') ? rp.name : null;
    if (rp.name && !qualifier) return;
    let k = firstTokenAt(tokens, rp.end);
    const words = qualifier ? [...rp.roleWords, qualifier] : [...rp.roleWords];
    // "Wolfgang Beispiel, Sprecher für Innere Sicherheit, …": a prepositional complement up to the closing comma
    if (k < tokens.length && this.pack.prepositions.has(tokens[k].lower)) {
      let c = k;
      while (c < tokens.length && c < k + 6 && tokens[c].word && !this.pack.speechVerbs.has(tokens[c].lower)) c++;
      if (c > k + 1 && /^[,.;()]$/u.test(tokens[c]?.text ?? '')) { words.push(...tokens.slice(k, c).map((t) => t.text)); k = c; }
    }
    // "Elon Example, Gründer und Geschäftsführer der Firma X, …": two offices joined by a coordinator
    if (k < tokens.length && this.pack.coordinators.has(tokens[k].lower)) {
      const rp2 = readPhrase(tokens, k + 1, this.pack, text);
      const k2 = rp2 ? firstTokenAt(tokens, rp2.end) : -1;
      if (rp2 && rp2.roleWords.length && !rp2.determiner && /^[,.;()]$/u.test(tokens[k2]?.text ?? '')) {
        words.push(tokens[k].text, ...rp2.roleWords, ...(rp2.name ? [rp2.name] : []));
        k = k2;
      }
    }
    const next = tokens[k];
    // closed by punctuation, a conjunction, or straight by the speech verb when the comma is missing
    if (next && !/^[,.;()]$/u.test(next.text) && !this.pack.subordinators.has(next.lower) && !this.pack.speechVerbs.has(next.lower)) return;
    this.setRole(p, words, rp.determiner);
  }

  /** "Theo Muster vom Bankhaus Beispiel": someone known by their organisation represents it. */
  private affiliation(p: Person, tokens: Token[], j: number, text: string): void {
    if (!this.pack.affiliationLinks.has(tokens[j]?.lower ?? '')) return;
    const rp = readPhrase(tokens, j + 1, this.pack, text);
    // ("vom Bankhaus Probe Partner": an organisation noun with its name)
    const head = tokens[j + 1] && this.pack.determiners.has(tokens[j + 1].lower) ? tokens[j + 2] : tokens[j + 1];
    const named = !!rp?.name && !!head && head.start < text.indexOf(rp.name, rp.start) && this.pack.isOrganisationNoun(head.text);
    if (!rp || (!named && (!rp.organisation || this.pack.isCountry(rp.organisation)))) return;
    // the organisation's name runs on through its complements: "vom Sekretariat für Entwicklung in New Mexico"
    let k = firstTokenAt(tokens, rp.end);
    let end = rp.end;
    for (const stop = k + 8; k < tokens.length && k < stop; k++) {
      const t = tokens[k];
      const linking = this.pack.prepositions.has(t.lower) || this.pack.determiners.has(t.lower) || (!t.cap && tokens[k + 1]?.cap);
      if (!t.word || this.pack.speechVerbs.has(t.lower) || this.pack.finiteAuxiliaries.has(t.lower) || !(t.cap || linking)) break;
      if (t.cap) end = t.end;
    }
    this.setRole(p, this.pack.affiliationRole(text.slice(tokens[j].start, end)).split(/\s+/u), null);
  }

  /** "der Vorsitzende des Innenausschusses, Sven Beispiel": the role before the name, after a comma. */
  private roleBeforeComma(p: Person, tokens: Token[], i: number, text: string): void {
    if (p.roleWords.length || tokens[i - 1]?.text !== ',') return;
    for (let k = Math.max(0, i - 12); k < i - 1; k++) {
      if (!this.pack.determiners.has(tokens[k].lower) && !this.pack.isRoleNoun(tokens[k].text)) continue;
      const rp = readPhrase(tokens, k, this.pack, text);
      if (rp && rp.roleWords.length && rp.name === p.name) { this.setRole(p, rp.roleWords, rp.determiner); return; }
    }
  }

  private setRole(p: Person, roleWords: string[], determiner: string | null): void {
    p.roleWords = roleWords;
    p.determiner = determiner;
    p.gender ??= this.genderOfRole(roleWords, determiner);
  }

  add(name: string, roleWords: string[], determiner: string | null, at: number): Person {
    const surname = name.split(/\s+/u).pop()!;
    const known = this.byName.get(name) ?? this.sameAs(name, at);
    if (known) {
      this.namedAt(known, name, at);
      if (name.length > known.name.length && name.endsWith(known.surname) && this.extends(known.name, name)) { known.name = name; known.gender ??= genderByFirstName(name, this.pack); }
      // A stated office beats none, and beats "Amtskollege", which only points at someone else's office.
      const counterpart = (ws: string[]) => ws.some((w) => this.pack.counterpartNouns.has(w.toLowerCase()));
      if (roleWords.length && (!known.roleWords.length || (counterpart(known.roleWords) && !counterpart(roleWords)))) {
        this.setRole(known, roleWords, determiner);
      }
      this.mention(known, at);
      return known;
    }
    const variant = this.variantOf(name);
    if (variant) { this.mention(variant, at); return variant; }
    const gender = this.genderOfRole(roleWords, determiner) ?? genderByFirstName(name, this.pack);
    const p: Person = { name, surname, roleWords, determiner, gender, mentions: [at], oblique: new Set() };
    this.people.push(p);
    if (!this.bySurname.has(surname)) this.bySurname.set(surname, p);
    this.byName.set(name, p);
    const family = this.namesakes.get(surname);
    if (family) family.push({ person: p, named: [] }); else this.namesakes.set(surname, [{ person: p, named: [] }]);
    this.namedAt(p, name, at);
    return p;
  }

  /**
   * The person a name (full, or a surname alone) stands for at `at`: a full name is the one named
   * so, or someone with that surname it may be a fuller or shorter form of; a surname alone is the
   * namesake last named in full before it (the first named where none is).
   */
  private sameAs(name: string, at: number): Person | undefined {
    const words = name.split(/\s+/u);
    const surname = words[words.length - 1];
    if (words.length === 1) return this.holder(surname, at);
    const family = this.namesakes.get(surname);
    if (!family) return this.bySurname.get(surname);
    return family.find((m) => !this.namesake(m.person.name, name))?.person;
  }

  /**
   * A surname alone at `at`: the namesake named in full just before it ("former governor Sam
   * Example said …. Example said"), else the one the article names first, its main person
   * ("Jane Example …. Example and her husband, Sam Example, attended …" leaves "Example said"
   * further on to Jane Example); a title narrows them down ("Mrs. Example").
   */
  private holder(surname: string, at: number, gender: Gender | null = null): Person | undefined {
    let family = this.namesakes.get(surname);
    if (!family || family.length < 2) return this.bySurname.get(surname);
    // ("Mrs. Clinton", "Herr Schumacher": a title says which of them)
    const fits = family.filter((m) => !gender || !m.person.gender || m.person.gender === gender);
    if (fits.length) family = fits;
    let near: Person | undefined, nearAt = at - NAMESAKE_WITHIN;
    for (const m of family) {
      const last = m.named.filter((n) => n <= at).pop() ?? -1;
      if (last >= nearAt) { near = m.person; nearAt = last; }
    }
    return near ?? family[0].person;
  }

  /**
   * Two full names with one surname and different known first names are two people ("Hillary
   * Clinton", "Bill Clinton"); a word that is no first name ("Meanwhile Example"), one name
   * inside the other ("Eva Maria Example") or a short form ("Sandy Example") is the same person.
   */
  private namesake(a: string, b: string): boolean {
    const x = a.split(/\s+/u), y = b.split(/\s+/u);
    if (x.length < 2 || y.length < 2 || x[0] === y[0] || this.extends(a, b) || this.extends(b, a)) return false;
    // ("Von der Leyen" opening a sentence is "Ursula von der Leyen"; "Sandy" and "Sandra", one
    // name's short form and the name, are one person)
    const given = (w: string) => !this.pack.nameParticles.has(w.toLowerCase()) && !!this.pack.firstNameGender?.(w);
    return given(x[0]) && given(y[0]) && x[0].slice(0, 3) !== y[0].slice(0, 3);
  }

  /** Records where a person is named in full (a surname alone does not count). */
  private namedAt(p: Person, name: string, at: number): void {
    if (!name.includes(' ')) return;
    const m = this.namesakes.get(p.surname)?.find((f) => f.person === p);
    if (m && m.named[m.named.length - 1] !== at) { m.named.push(at); m.named.sort((a, b) => a - b); }
  }

  /**
   * Whether a longer name with the same surname is a fuller form of a known one: "Eva Maria
   * Example" of "Eva Example", "Jan D. Sample" of "Sample"; "Meanwhile Example" (a
   * sentence's first word before the surname) is no fuller "Jan Example", nor is "Eva Example":
   * the name given first stays.
   */
  private extends(known: string, longer: string): boolean {
    const old = known.split(/\s+/u), now = longer.split(/\s+/u);
    return old.length === 1 || old.every((w) => now.includes(w));
  }

  private genderOfRole(roleWords: string[], determiner: string | null): Gender | null {
    for (let i = roleWords.length - 1; i >= 0; i--) {
      const g = this.pack.genderOf(roleWords[i], determiner);
      if (g) return g;
    }
    return null;
  }

  /**
   * The headline's full names of people the body names by surname only ("Eva Example Wins …",
   * then "Example said"): a first name the lists know and a known surname, side by side; the
   * headline's other capitals say nothing (every word is capitalised there).
   */
  headlineNames(tokens: Token[], end: number): void {
    const pack = this.pack;
    const body = firstTokenAt(tokens, end);
    for (let k = 0; k + 1 < body; k++) {
      const first = tokens[k], last = tokens[k + 1];
      if (!first.cap || !last.cap || !first.word || !last.word || pack.stopwords.has(first.lower) || pack.phraseBreakers.has(first.lower)
        || !pack.firstNameGender?.(first.text)) continue;
      const known = this.bySurname.get(last.text);
      if (known && known.name !== known.surname) continue;
      // (the surname must stand alone in the body, where the speaker is then named)
      for (let at = body; at < tokens.length; at++) {
        if (tokens[at].text === last.text && !tokens[at - 1]?.cap) { this.add(`${first.text} ${last.text}`, [], null, tokens[at].start); break; }
      }
    }
  }

  /** True for a surname of someone the article names in full. */
  knows(word: string): boolean {
    return this.bySurname.has(word);
  }

  /** "die Universität" → "Universität Bayreuth" when the article names it so. */
  organisation(head: string, at = Infinity): string | undefined {
    const lower = head.toLowerCase();
    const named = this.orgs.get(lower);
    if (named) return named;
    // "der oberste Gerichtshof" after "der Bundesgerichtshof": the one compound the article has
    // named with that head before (two, "Bundes-" and "Landesregierung", leave it open)
    const found = [...this.compounds.entries()].filter(([w, c]) => w.length > lower.length && w.endsWith(lower) && c.at < at);
    return found.length === 1 ? found[0][1].name : undefined;
  }

  bySurnameOf(name: string, at = Infinity, gender: Gender | null = null): Person | undefined {
    const last = name.split(/\s+/u).pop()!;
    // (a full name of someone else with the surname is nobody yet: "Bill Clinton" after "Hillary Clinton")
    if (name !== last && this.namesakes.has(last)) return this.byName.get(name) ?? this.sameAs(name, at);
    return this.holder(last, at, gender) ?? this.holder(stripGenitive(last, this.bySurname), at, gender) ?? (name === last ? this.variantOf(last) : undefined);
  }

  /**
   * The person most recently mentioned before `pos` whose gender fits the pronoun; a mention as
   * subject within the last few sentences beats a later one in a prepositional or object phrase
   * ("Beispiel … unter Ole Muster … bezeichnete er").
   */
  lastBefore(pos: number, gender: Gender | null, except?: Person, within = Infinity): Person | undefined {
    // "sie" goes first to a woman the text marks as one ("Kanzlerin Muster"), as a subject or
    // else anywhere nearby ("for Mrs. Example, …"), then to anyone whose gender is unknown
    const near = Math.min(within, SALIENT_WITHIN);
    const marked = gender === 'f' ? this.latest(pos, gender, except, near, true, true) ?? this.latest(pos, gender, except, near, false, true) : undefined;
    return marked ?? this.latest(pos, gender, except, near, true) ?? this.latest(pos, gender, except, within, false);
  }

  private latest(pos: number, gender: Gender | null, except: Person | undefined, within: number, salientOnly: boolean, exact = false): Person | undefined {
    let best: Person | undefined;
    let bestAt = -1;
    for (const p of this.people) {
      if (p === except) continue;
      if (gender && p.gender && gender !== 'p' && p.gender !== gender) continue;
      if (exact && p.gender !== gender) continue;
      const at = salientOnly ? lastSalientMention(p, pos) : lastMention(p, pos);
      if (at > bestAt && pos - at <= within) { bestAt = at; best = p; }
    }
    return best;
  }

  /** The person most recently mentioned before `pos` whose role has the given head noun. */
  byRoleBefore(head: string, pos: number): Person | undefined {
    const h = head.toLowerCase().replace(/(en|n|s|in|innen)$/u, '');
    // (the office itself, not what it is of: "der ältere Bruder des Bischofs" is no bishop)
    const pack = this.pack;
    const office = (ws: string[]) => { const k = ws.findIndex((w, i) => i > 0 && (pack.genitiveLinks.has(w.toLowerCase()) || pack.determiners.has(w.toLowerCase()))); return k < 0 ? ws : ws.slice(0, k); };
    const fits = this.people.filter((p) => office(p.roleWords).some((w) => w.toLowerCase().includes(h)) && p.mentions[0] < pos);
    return fits.sort((a, b) => lastMention(b, pos) - lastMention(a, pos))[0];
  }

  /** The person first mentioned after `pos` (within `within` characters), if any. */
  nextAfter(pos: number, within: number): Person | undefined {
    let best: Person | undefined;
    let bestAt = Infinity;
    for (const p of this.people) {
      const at = p.mentions[firstAtOrAfter(p.mentions, pos)];
      if (at !== undefined && at < bestAt && at - pos <= within) { bestAt = at; best = p; }
    }
    // (someone named before as well is no one the office introduces)
    return best && best.mentions[0] >= pos ? best : undefined;
  }

  /** Gives someone named without an office the one a description states ("der Bundespräsident"). */
  adoptRole(p: Person, roleWords: string[], determiner: string | null): void {
    if (!p.roleWords.length && roleWords.length) this.setRole(p, roleWords, determiner);
  }

  /** Records a mention, keeping the list sorted (binary insertion). */
  mention(p: Person, at: number): void {
    const lo = firstAtOrAfter(p.mentions, at);
    if (p.mentions[lo] !== at) p.mentions.splice(lo, 0, at);
  }
}

/** How far back (characters) a subject mention outranks a later oblique one. */
const SALIENT_WITHIN = 600;

/** Index of the first of the sorted offsets that is at or after pos (binary search). */
function firstAtOrAfter(offsets: number[], pos: number): number {
  let lo = 0, hi = offsets.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (offsets[mid] < pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The last mention of p before pos that is not oblique, or -1. */
function lastSalientMention(p: Person, pos: number): number {
  for (let k = firstAtOrAfter(p.mentions, pos) - 1; k >= 0; k--) if (!p.oblique.has(p.mentions[k])) return p.mentions[k];
  return -1;
}

/** The last mention of p before pos, or -1. */
export function lastMention(p: Person, pos: number): number {
  const lo = firstAtOrAfter(p.mentions, pos);
  return lo > 0 ? p.mentions[lo - 1] : -1;
}

// "Lawrows" (genitive), "Clinton’s" (possessive) → "Lawrow", "Clinton" when that surname is known.
function stripGenitive(w: string, known: Map<string, Person>): string {
  if (known.has(w)) return w;
  if (/s$/u.test(w) && known.has(w.slice(0, -1))) return w.slice(0, -1);
  const bare = withoutApostropheS(w);
  if (bare !== w && known.has(bare)) return bare;
  return w;
}

/** The token without its possessive ending: "Clinton’s" → "Clinton". */
function withoutPossessive(t: Token): Token {
  const text = withoutApostropheS(t.text);
  return { ...t, text, lower: text.toLowerCase(), end: t.start + text.length };
}


/** Whether tokens[k] starts a sentence (or the text), where every word is capitalised. */
function opensSentence(tokens: Token[], k: number): boolean {
  return k === 0 || /^[.!?:;"“”„«»]$/u.test(tokens[k - 1].text);
}
