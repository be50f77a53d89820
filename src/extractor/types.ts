// The extractor's public shapes. Field names match the API's Quote schema and the measuring
// format in ../shared/eval/README.md, so the same object flows from engine to HTTP to scorer.
import type { Chrono } from 'chrono-node';

export interface Span { start: number; end: number }
export interface Mention { text: string; start: number; end: number }
export type QuoteType = 'direct' | 'partial' | 'indirect';

export interface Speaker {
  name: string | null;
  mention: Mention | null;
}

export interface Quote {
  text: string;
  type: QuoteType;
  spans: Span[];
  speaker: Speaker | null;
  role: string | null;
  place: string | null;
  /** ISO date (YYYY-MM-DD) of the statement, when the text states or implies it. */
  date: string | null;
  cue: Mention | null;
  /** 0..1: how sure the engine is that this is a quote with the right speaker. */
  confidence: number;
  lang: string;
}

export interface ExtractOptions {
  /** ISO 639-1 code of a registered pack; detected from the text when absent. */
  lang?: string | null;
  /** YYYY-MM-DD or YYYY-MM (or a full ISO timestamp); anchors relative dates. */
  publishedAt?: string | null;
  /** The article's title; when the text opens with it, that line is a headline. */
  title?: string | null;
}

export type Gender = 'm' | 'f' | 'n' | 'p';

/**
 * A language pack: data and small pattern builders for one language. The engine reads only
 * this interface and never imports a pack; packs are registered in src/extractor/index.ts.
 */
export interface LanguagePack {
  code: string;
  /** Every noun is capitalised (German), so capitals alone do not make a name. */
  capitalisesNouns: boolean;
  /** The finite verb comes second and the subject may follow it anywhere ("Dazu sagte der Minister"). */
  verbSecond: boolean;
  /** Frequent function words, used to guess the language of a text. */
  stopwords: ReadonlySet<string>;
  /** Quotation-mark pairs [open, close], most typical first. */
  quotePairs: ReadonlyArray<readonly [string, string]>;
  /** Lower-cased words that take a period without ending a sentence ("dr", "z.b"). */
  abbreviations: ReadonlySet<string>;
  /** Words that may follow an ordinal number without a sentence end ("3. April"). */
  ordinalHeads: RegExp;
  /** Lower-cased finite speech-verb forms ("sagte", "said"). */
  speechVerbs: ReadonlySet<string>;
  /** Capitalised nouns for a member of a party or a people ("a Democrat", "one Republican"): after an article that is not definite they describe a person (where nouns are lower-case; none elsewhere). */
  memberNoun?: RegExp;
  /** Speech-verb forms, or particles of phrasal ones, that report nothing before certain words: "spricht für" (argues in favour: "Der Kalender spricht für X"), "went on to" (did next). */
  notSpeechBefore: ReadonlyMap<string, ReadonlySet<string>>;
  /** Speech verbs split in two: finite stem form → particles that must close the clause ("fügte" → hinzu). */
  separableVerbs: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words that introduce a source inside the reporter's sentence: "laut X", "according to X". */
  sourcePrepositions: ReadonlyArray<RegExp>;
  /** A view given by a possessive instead of a name ("seiner Ansicht nach", "in her view"): group 1 is the possessive, the whole match the mention; with the gender each possessive points to. */
  possessiveSource: { pattern: RegExp; gender: ReadonlyMap<string, Gender> } | null;
  /** Postposed source markers: "X zufolge". */
  sourcePostpositions: ReadonlySet<string>;
  /** Marks a word as a possessor ("Trump’s", "Sanders’"); a verb form after one is a noun ("Trump’s remarks"). Null where none. */
  possessive: RegExp | null;
  /** Determiners and possessives that may open a noun phrase. */
  determiners: ReadonlySet<string>;
  /** Prepositions fused with an article ("zum", "im"): a noun follows them, not a name. */
  contractedArticles: ReadonlySet<string>;
  /** Determiners that mark an object case, so the phrase cannot be a subject ("den", "dem"). */
  objectDeterminers: ReadonlySet<string>;
  /** True when determiner + adjective cannot open a subject ("der englischsprachigen Zeitung"). */
  isObliquePhrase(determiner: string, next: string): boolean;
  /** Definite determiners: "der Sprecher" refers back to someone named before. */
  definiteDeterminers: ReadonlySet<string>;
  /** Last words that make a run of capitals a place or a thing ("Wall Street", "Silicon Valley", "Islamic State"), not a person, unless a first name opens it ("Allen West"). */
  placeHeads: RegExp;
  /** Pronouns that stand for a group ("they"): no one person. */
  pluralPronouns: ReadonlySet<string>;
  /** A finite verb in the plural next to a feminine pronoun that may be plural too ("Sie bezeichneten", "sagten sie": German "sie" is then "they"); never where pronouns tell. */
  pluralVerb(word: string): boolean;
  /** Indefinite articles: a description after one brings in someone new ("von einer Polizeisprecherin", "by an aide"). */
  indefiniteArticles: ReadonlySet<string>;
  /** Pronouns for "one of" before a group ("einer der Feuerwehrleute", "one of the"). */
  partitives: ReadonlySet<string>;
  /** Words that make a number approximate ("nearly half", "some 56 percent"): a group of speakers may open with one. Optional. */
  approximators?: ReadonlySet<string>;
  /** Numbers in words ("seventy-four", "dozens"): a group of speakers may be counted with one. Optional. */
  numberWords?: ReadonlySet<string>;
  /** Speech verbs whose object is the listener ("told"): the speaker stands before them. */
  addresseeVerbs: ReadonlySet<string>;
  /** Impersonal speech ("hieß es"): the verbs, their dummy subject, and the prepositions that name the source. */
  impersonalSpeechVerbs: ReadonlySet<string>;
  impersonalSubjects: ReadonlySet<string>;
  impersonalSourcePrepositions: ReadonlySet<string>;
  /** Words that attribute after a comma, before the speaker ("…, so Muster"). */
  postposedSourceWords: ReadonlySet<string>;
  /** Lower-case words inside names ("von", "van", "de"). */
  nameParticles: ReadonlySet<string>;
  /** Personal pronouns that can refer to a speaker, with gender/number. */
  pronouns: ReadonlyMap<string, Gender>;
  /** Pronouns for someone the text does not name ("someone", "others", a narrator's "I"): the mention, naming nobody. */
  unnamedPronouns: ReadonlySet<string>;
  /** Those pronouns that only a subject can be ("er", not "sie"): right after the verb they are its subject. */
  nominativePronouns: ReadonlySet<string>;
  /** Auxiliaries and adverbs that stand between a subject and its verb where word order is fixed ("has", "would", "later"). */
  verbGroupWords: ReadonlySet<string>;
  /** Words shaped as adverbs or adjectives, lower-cased ("gegenwärtig", "recently"): a capitalised one opening a clause is no name. */
  adverbLike: RegExp;
  /** Words that end a speaker noun phrase (prepositions, adverbs, conjunctions). */
  phraseBreakers: ReadonlySet<string>;
  /** True when a (capitalised) word names a function or title ("Außenminister", "spokesman"). */
  isRoleNoun(word: string): boolean;
  /** True when a word names an organisation that can speak ("Bundesregierung", "police"). */
  isOrganisationNoun(word: string): boolean;
  /** True for a noun naming an occasion where things are said ("Besuch", "Pressekonferenz", "rally"): "in X" after it is where. */
  isEventNoun(word: string): boolean;
  /** True for the name of a country (one or more words, as written): a place, or a state that speaks. */
  isCountry(name: string): boolean;
  /** True when a word names a text or medium that can be quoted ("Erklärung", "statement", "ad"). */
  isSourceNoun(word: string): boolean;
  /** True for words that look like common nouns rather than names (German capitalises both). */
  isCommonNoun(word: string): boolean;
  /**
   * Optional: true for a word a dictionary of the language lists as a noun in some case and
   * number ("Nähe", "Schüsse"). Surnames are often nouns too ("Fischer"), so the engine asks it only
   * where no first name or office says "person": of a run of capitalised words before taking it for
   * one, of a lone word beside a speech verb (a mention then, but nobody a pronoun stands for), and
   * of one capitalised word in marks (not listed, nor the end of a compound: a name).
   */
  isDictionaryNoun?(word: string): boolean;
  /**
   * Set by the engine for one article, never by a pack: true for a word the article uses as a
   * person's name elsewhere (with a first name, or beside a speech verb).
   */
  isKnownName?(word: string): boolean;
  /**
   * True for a noun in the plural ("groups", "officials"; "die Demonstranten", "der Außenminister"
   * as a genitive): a group, never one person named before. `genitive`: the article stands in a
   * genitive ("eine Erklärung der …"), which some languages' articles need to tell.
   */
  isPluralNoun(word: string, determiner?: string | null, genitive?: boolean): boolean;
  /** Gender of a role noun or first name when the language marks it ("Ministerin" → f; "die Abgeordnete" → f by its article). */
  genderOf(word: string, determiner?: string | null): Gender | null;
  /** The usual gender of a first name ("Gabriela" → f), or null when unknown; without it only offices tell. */
  firstNameGender?(firstName: string): Gender | null;
  /** An organisation's name as found after an article, in the nominative ("des Bundesministeriums des Innern" → "Bundesministerium des Innern"). */
  nominativeOrganisation(name: string, determiner: string | null): string;
  /** Words that join an office to what it is for, inside a title before a name ("Secretary of State Jane Example"). */
  officeLinks: ReadonlySet<string>;
  /** Words after a name that give its organisation ("Jan Muster vom Bankhaus X", "Jane Doe of the Example Institute"). */
  affiliationLinks: ReadonlySet<string>;
  /** The role of someone known only by their organisation: "vom Bankhaus X" → "Vertreter vom Bankhaus X". */
  affiliationRole(affiliation: string): string;
  /** Turns the words of a role as found in the text into nominative singular without article (of the holder's gender where known: "Vorsitzende" for a woman). */
  normaliseRole(words: string[], determiner?: string | null, gender?: Gender | null): string;
  /** Nouns for a counterpart's office: "Amtskollege" takes the other side's role. */
  counterpartNouns: ReadonlySet<string>;
  /** Nouns that stand for a country's capital ("Hauptstadt", "capital"). */
  capitalNouns: ReadonlySet<string>;
  /** Institutions that stand for the city they sit in, lower-cased as written after the place preposition ("kongress" → "Washington", "weißen haus" → "Washington", "kreml" → "Moskau"). */
  seats: ReadonlyMap<string, string>;
  /** Those place prepositions that say where someone comes from ("aus"): after a person, where they spoke. */
  originPrepositions: ReadonlySet<string>;
  /** Prepositions that put a statement at a place ("in", "bei"). */
  placePrepositions: ReadonlySet<string>;
  /** Words that are never place names after a place preposition ("Zukunft", "Interview"). */
  nonPlaces: ReadonlySet<string>;
  /** Words right before a quote that make it a name or title, not speech ("sogenannte", "namens"). */
  nameCues: ReadonlySet<string>;
  /** Words that link a head to its owner: "Sprecher des Ministeriums", "spokesman for the ministry". */
  genitiveLinks: ReadonlySet<string>;
  /** How much likelier a quoted stretch inside a sentence is speech in this language's news (0 = neutral). */
  embeddedQuoteBias: number;
  /** Function words of another language news in this one often quotes names and titles in ("Brothers to the Rescue", "Man of the Match" in German text); empty where none is needed. */
  foreignFunctionWords: ReadonlySet<string>;
  /** Words before a quoted characterisation ("als „…“", "as"): someone's words, not a name. */
  characterisationWords: ReadonlySet<string>;
  /** Verbs of repute: "galt als „X“", "is regarded as “X”" give what someone is known as, not anyone's words. */
  labelVerbs: ReadonlySet<string>;
  /** Verbs of acting in a part, with a reflexive: "sich als „X“ präsentieren" gives a part, not words. */
  selfPresentationVerbs: ReadonlySet<string>;
  /** Nouns that make the following quoted words a title ("Buch", "Film", "Motto"). */
  titleNouns: ReadonlySet<string>;
  /**
   * Nouns that introduce words used as words ("the term", "the phrase"). Where only names are
   * capitalised, lower-case words in marks after a title noun are someone's ("the bill “goes too
   * far”"), but not after one of these; optional (where nouns are capitalised case tells nothing).
   */
  termNouns?: ReadonlySet<string>;
  /** Words that mark reported speech in a clause without marks: Konjunktiv I forms, "that". */
  reportedSpeechMarkers: ReadonlySet<string>;
  /** Conjunctions that open a subordinate clause, whose subject follows them ("während X erklärte"). */
  subordinators: ReadonlySet<string>;
  /** Conjunctions that join a second verb to the same subject: "X bestätigte nicht und nannte sie …". */
  coordinators: ReadonlySet<string>;
  /** Adverbs that may stand before a clause's subject: "Auch die Ministerin sagte", "Also, Smith said". */
  focusAdverbs: ReadonlySet<string>;
  /** A comma must stand before the complementiser ("sagte, dass"). */
  commaBeforeComplementiser: boolean;
  /** A reported clause may follow the verb without a complementiser ("said the plan was dead"). */
  bareComplementClause: boolean;
  /** The particle of infinitive clauses ("zu"), or null. */
  infinitiveMarker: string | null;
  /** Modal verbs that report hearsay ("soll", "sollen") … */
  reportativeModals: ReadonlySet<string>;
  /** … with a perfect infinitive ending the sentence ("haben", "sein"). */
  perfectAuxiliaries: ReadonlySet<string>;
  /** Prepositions (lower case): a phrase after one is governed by it, never a subject. */
  prepositions: ReadonlySet<string>;
  /** Reflexive pronouns that may stand between a conjunction and its subject ("wie sich X ausdrückte"). */
  reflexivePronouns: ReadonlySet<string>;
  /** Words that open a clause giving a name after marks: „X“, so heißt …; „X“, wie er genannt wurde; "X," as it is called. */
  nameLeadWords: ReadonlySet<string>;
  /** Attributive participles and adjectives ("geborene", "ansässigen", "based"): a place before one describes, it is not where. */
  attributiveWord: RegExp;
  /** Participles between a text and its author ("the email sent out by X"); matches nothing where none stand there. */
  authorParticiple: RegExp;
  /** Relative pronouns that open a clause about the name before their comma ("X, who said …"); empty where they look like articles. */
  relativePronouns: ReadonlySet<string>;
  /** Relatives that stand for the object of the clause they open ("what she called “…”", "which he called"): there a naming verb reports the subject's own term. */
  objectRelatives: ReadonlySet<string>;
  /** Words that introduce a quotation as a colon does ("mit den Worten „…“", "with the words"), at the end of the text before it. */
  speechLeadIn: RegExp;
  /** Abbreviations for "number" that end no sentence before a digit ("No. 5"). */
  numberSigns: ReadonlySet<string>;
  /** Verbs that give a name rather than words said: „X“, so heißt …; der Name lautet „X“; "…, as it is called". */
  namingVerbs: ReadonlySet<string>;
  /** Active forms of "to quote": their object is the speaker, their subject the medium ("RIA zitiert X mit den Worten"). */
  citingVerbs: ReadonlySet<string>;
  /** Auxiliaries of the passive ("wurde") and the prepositions of its agent ("von"): "wurde von X als „…“ bezeichnet" (used where the verb comes second). */
  passiveAuxiliaries: ReadonlySet<string>;
  agentPrepositions: ReadonlySet<string>;
  /** Finite auxiliaries that open a clause whose participle is the speech verb: ", hatte X … erklärt", ", wird X zitiert". */
  finiteAuxiliaries: ReadonlySet<string>;
  /** Finite forms of the modal verbs ("musste", "wollte", "could"): verbs, though where nouns are capitalised their ending looks like an adjective's. */
  modalVerbs: ReadonlySet<string>;
  /** Those reported-speech markers that also mark hypotheses (Konjunktiv II: "wäre", "könnte"). */
  hypotheticalMarkers: ReadonlySet<string>;
  /** The complementiser of reported speech ("dass", "that"). */
  complementisers: ReadonlySet<string>;
  /** Words before a date that make it a deadline or a start, not the day something was said ("bis", "seit", "until"). */
  spanDateWords: ReadonlySet<string>;
  /** Adverbs that move a statement to a later occasion than the one reported before ("hinterher", "later"). */
  laterWords: ReadonlySet<string>;
  /** Words that make a span of time before them an adverbial of time ("Hours later", "two years ago"). */
  sinceWords: ReadonlySet<string>;
  /** Demonstratives that, opening a sentence before its verb, point back to the quote before it ("„…“ Das sagte X …", "“…” That is what X said"). */
  backReferences: ReadonlySet<string>;
  /** Those of them that also open a deadline's or a start's event, whose place is not where something was said ("bis zum Gipfel in X", "since the debate in X"; not English "by", which mostly is a plain preposition). */
  spanEventWords: ReadonlySet<string>;
  /** chrono-node parser for this language. */
  chrono: Chrono;
  /**
   * Matches the words by which the parser could find a day (weekday and month names, "heute",
   * "yesterday"; digits shaped as a date are tested by the engine): a cheap test that spares
   * running every chrono pattern over clauses without one. Optional; without it every region is
   * parsed.
   */
  dateHint?: RegExp;
  /** Rewrites a clause into the form the date parser reads ("Samstagabend" → "Samstag Abend"); optional. */
  datePhrases?(text: string): string;
  /**
   * A week, month or year named relative to now ("vergangene Woche", "last month"): the parser
   * gives it a day, but it names a period, and dates no statement. Optional.
   */
  periodPhrase?: RegExp;
  /** A word shaped as a place's name though it ends as a common noun does ("Wien", "Darmstadt"); optional. */
  looksLikePlace?(word: string): boolean;
  /** Links that join what an office or organisation is for: "für" ("Bundesamt für Verfassungsschutz"); optional. */
  complementLinks?: ReadonlySet<string>;
  /**
   * Whether `word` after `prev` is in the mood of reported speech though no list holds it: German
   * Konjunktiv I of any verb after a singular subject pronoun ("man ermittle", "er prüfe"); optional.
   */
  subjunctiveAfter?(prev: string, word: string, next?: { text: string; word: boolean }): boolean;
  /** Nouns that open a span of time after a name ("Anfang der Woche"): a run of names ends before them; optional. */
  timeNouns?: ReadonlySet<string>;
  /** Participles that report speech without marks ("…, saying the plan was dead"), not a quote's attribution; optional. */
  reportingParticiples?: ReadonlySet<string>;
  /** Verbs by which a text or a survey reports what it found ("the poll shows …", "die Studie zeigt, dass …"), with such a subject only; optional. */
  findingVerbs?: ReadonlySet<string>;
  /** Verbs of belief that report a view without marks ("Economists believe …"), as speech verbs do; they attribute no quotes. Optional. */
  beliefVerbs?: ReadonlySet<string>;
  /** Words that open a sentence of what was just reported, pointing back to its source ("Demnach …"). Optional. */
  followUpSources?: ReadonlySet<string>;
  /** An infinitive with its marker joined inside ("anzusprechen", "zurückzutreten"): it closes an infinitive clause as "zu sprechen" does. Optional. */
  joinedInfinitive?: RegExp;
  /**
   * Optional: prepositions that open where, when or how something was said, seldom what ("in",
   * "at", "during": "said during a call with the paper", "spoke at a picnic"). Reported content that
   * is such a phrase and nothing else is no report; without the field every such content counts.
   * (Not "to", "for", "about", "on": "vowed to …", "called for …", "spoke about …", "called on X
   * to …" say what.)
   */
  settingPrepositions?: ReadonlySet<string>;
  /**
   * Optional: a participle that, after a comma, opens the reporter's own comment on a report rather
   * than more of it (en: lower-case words in -ing, "…, dealing a blow to the White House"); reported
   * content ends before it.
   */
  adjunctParticiple?: RegExp;
  /**
   * Optional: speech verbs that attribute quoted words but open no report without marks ("as X put
   * it", "X spoke at a rally", "X continued: …" but "continued the work"): reported speech is looked
   * for at a later verb of the sentence.
   */
  quoteOnlyVerbs?: ReadonlySet<string>;
}
