// The English language pack: data and pattern builders only; the engine does the work.
import * as chrono from 'chrono-node/en';
import type { LanguagePack } from '../../types.js';
import * as lex from './lexicon.js';
import { countryNames } from '../shared/countries.js';
import { firstNameGender } from '../shared/first-names.js';
import { PARTICIPLES, PHRASAL_VERBS, SPEECH_VERBS } from './verbs.js';

// Country names: i18n-iso-countries (see ../shared/countries.ts).
const COUNTRIES = countryNames('en');

/** Adverbs of a later occasion ("later"), which also make a span of time before them an adverbial ("Hours later,"). */
const LATER = ['later', 'afterwards', 'afterward'];

export const en: LanguagePack = {
  code: 'en',
  capitalisesNouns: false,
  verbSecond: false,
  stopwords: lex.STOPWORDS,
  quotePairs: [['“', '”'], ['"', '"'], ['“', '"'], ['"', '”'], ['‘', '’'], ["'", "'"], ['«', '»'], ["''", "''"]],
  abbreviations: lex.ABBREVIATIONS,
  ordinalHeads: lex.ORDINAL_HEADS,
  speechVerbs: SPEECH_VERBS,
  reportingParticiples: PARTICIPLES,
  beliefVerbs: new Set('think thinks thought believe believes believed hopes hoped expects expected fears feared'.split(' ')),
  findingVerbs: new Set('shows show showed found finds suggests suggested indicates indicated reveals revealed concludes concluded'.split(' ')),
  adjunctParticiple: /^\p{Ll}{3,}ing$/u,
  quoteOnlyVerbs: new Set('put puts spoke speaks speak speaking continued continues continue continuing'.split(' ')),
  settingPrepositions: new Set('in at from with by during under inside along despite'.split(' ')),
  notSpeechBefore: new Map([['on', new Set('to without for until till in at with into through after since during'.split(' '))]]),
  memberNoun: /^(?:(?:Republican|Democrat|Libertarian|American)s?|Democratic)$/u,
  separableVerbs: PHRASAL_VERBS,
  sourcePrepositions: [/\baccording\s+to\s+/iu],
  possessiveSource: { pattern: /\bin\s+(his|her)\s+(?:view|opinion)\b/iu, gender: new Map([['his', 'm'], ['her', 'f']]) },
  sourcePostpositions: new Set(),
  possessive: /[\p{L}\p{N}]['’]s$|s['’]$/u,
  determiners: lex.DETERMINERS,
  contractedArticles: new Set(),
  objectDeterminers: new Set(['him', 'her', 'them']),
  isObliquePhrase: () => false,
  definiteDeterminers: new Set(['the', 'this', 'that']),
  indefiniteArticles: new Set(['a', 'an']),
  pluralPronouns: new Set(['they']),
  placeHeads: lex.PLACE_HEADS,
  pluralVerb: () => false,
  // ("one of the witnesses", "hundreds of demonstrators", "many of them")
  partitives: new Set(['one', 'some', 'many', 'most', 'several', 'few', 'dozens', 'hundreds', 'thousands', 'millions', 'half', 'majority']),
  numberWords: lex.NUMBER_WORDS,
  approximators: new Set(['nearly', 'almost', 'about', 'around', 'roughly', 'some', 'just', 'only', 'over', 'under', 'fully', 'barely']),
  addresseeVerbs: new Set(['told', 'tells', 'tell', 'assured', 'reminded', 'warned', 'urged', 'asked']),
  impersonalSpeechVerbs: new Set(),
  impersonalSubjects: new Set(),
  impersonalSourcePrepositions: new Set(),
  postposedSourceWords: new Set([]),
  verbGroupWords: new Set('has have had will would could can may might should must did does do not also never then later once just already still often long even first'.split(' ')),
  adverbLike: /ly$/u,
  nameParticles: new Set(['van', 'von', 'de', 'da', 'di', 'del', 'la', 'le', 'bin', 'al', 'el', 'der']),
  pronouns: lex.PRONOUNS,
  unnamedPronouns: lex.UNNAMED_PRONOUNS,
  nominativePronouns: new Set(['he', 'she', 'they']),
  phraseBreakers: lex.PHRASE_BREAKERS,
  isRoleNoun: lex.isRoleNoun,
  isOrganisationNoun: lex.isOrganisationNoun,
  isSourceNoun: lex.isSourceNoun,
  isEventNoun: lex.isEventNoun,
  isCountry: (name) => COUNTRIES.has(name),
  isCommonNoun: lex.isCommonNoun,
  genderOf: lex.genderOf,
  firstNameGender,
  isPluralNoun: (w) => /[^s'’]s$/iu.test(w),
  // English roles keep their words; only a leading article goes, and "one of the witnesses" is one
  // witness.
  // ("Mr. Example": a courtesy title says how to address someone, not what they do)
  normaliseRole: (words, determiner) => words.filter((w, i) => !(i === 0 && /^(the|a|an)$/iu.test(w)) && !lex.COURTESY_TITLES.has(w.toLowerCase().replace(/\.$/u, '')))
    // (not "one thousand supporters")
    .map((w, i, all) => (determiner === 'one' && i === all.length - 1 && !all.some((x) => /^(hundred|thousand|million|dozen|\d[\d,.]*)$/iu.test(x)) ? lex.singular(w) : w))
    .map((w) => lex.TITLE_ABBREVIATIONS.get(w.toLowerCase().replace(/\.$/u, '')) ?? w).join(' '),
  nominativeOrganisation: (name) => name,
  officeLinks: new Set(['of', 'for']),
  affiliationLinks: new Set(['of', 'from']),
  affiliationRole: (affiliation) => `representative ${affiliation}`,
  counterpartNouns: lex.COUNTERPART_NOUNS,
  capitalNouns: lex.CAPITAL_NOUNS,
  // (none: where only names are capitalised, "Republicans in Congress", "in the White House next
  // spring" qualify a noun as often as they say where words were said, and nothing tells which)
  seats: new Map(),
  originPrepositions: new Set(['from']),
  placePrepositions: lex.PLACE_PREPOSITIONS,
  nonPlaces: lex.NON_PLACES,
  nameCues: lex.NAME_CUES,
  genitiveLinks: new Set(['of', 'for']),
  // English news italicises titles and marks few names with quotes: a quoted fragment is mostly speech.
  embeddedQuoteBias: 0.25,
  foreignFunctionWords: new Set(),
  characterisationWords: new Set(['as']),
  labelVerbs: new Set('regarded considered'.split(' ')),
  // (none: in English news "casting herself as “anti-elite”" quotes the speaker's own word)
  selfPresentationVerbs: new Set<string>(),
  titleNouns: lex.TITLE_NOUNS,
  termNouns: lex.TERM_NOUNS,
  reportedSpeechMarkers: lex.REPORTED_SPEECH_MARKERS,
  coordinators: new Set('and or but'.split(' ')),
  focusAdverbs: new Set('also even only meanwhile however later earlier separately'.split(' ')),
  subordinators: new Set('while as after before because although when since and but so that whereas'.split(' ')),
  commaBeforeComplementiser: false,
  bareComplementClause: true,
  infinitiveMarker: null,
  reportativeModals: new Set(),
  perfectAuxiliaries: new Set(),
  // ("an" too: a name after it is part of a description, "an Islamic State attack", never a
  // subject; the engine used to get this from a German "an" in a shared list)
  prepositions: new Set(('in on at to for with about from by under against an across during throughout among amid despite over through without within into toward towards near beyond behind inside outside via upon around along').split(' ')),
  reflexivePronouns: new Set(['himself', 'herself', 'themselves']),
  nameLeadWords: new Set(['as']),
  attributiveWord: /^based$/u,
  authorParticiple: /^(\p{Ll}+ed|sent|written|drawn|made|put|out|up)$/u,
  relativePronouns: new Set(['who']),
  objectRelatives: new Set(['what', 'which', 'whom']),
  speechLeadIn: /\bwith (?:the|these|the following) words\s*$/iu,
  numberSigns: new Set(['no']),
  namingVerbs: new Set('called named dubbed titled'.split(' ')),
  citingVerbs: new Set('quoted quotes quote'.split(' ')),
  passiveAuxiliaries: new Set(['was', 'were', 'been', 'is', 'are', 'being']),
  agentPrepositions: new Set(['by']),
  finiteAuxiliaries: new Set(),
  modalVerbs: new Set('must can could will would shall should may might'.split(' ')),
  hypotheticalMarkers: new Set(),
  complementisers: lex.COMPLEMENTISERS,
  spanDateWords: new Set(['until', 'till', 'since', 'by']),
  laterWords: new Set(LATER),
  sinceWords: new Set([...LATER, 'earlier', 'ago', 'before', 'after']),
  backReferences: new Set(['that', 'this']),
  spanEventWords: new Set(['until', 'till', 'since']),
  chrono: chrono.casual,
  dateHint: /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|tonight|days?|weeks?|weekend|months?|years?|noon|midnight|morning|afternoon|evening|night|ago)\b/iu,
  periodPhrase: /^(?:last|this|next|past)\s+(?:week|month|year)$/iu,
  // (attacks named by their date, "9/11", "7/7", date no statement: "said 9/11 widow X")
  datePhrases: (text) => text.replace(/(?<![\d/])(?:9\/11|7\/7)(?![\d/])/gu, (m) => ' '.repeat(m.length)),
};
