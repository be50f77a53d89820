// The German language pack: data and pattern builders only; the engine does the work.
import * as chrono from 'chrono-node/de';
import type { LanguagePack } from '../../types.js';
import * as lex from './lexicon.js';
import { countryNames } from '../shared/countries.js';
import { firstNameGender } from '../shared/first-names.js';
import { isDictionaryNoun } from './nouns.js';
import { normaliseRole } from './roles.js';
import { SEPARABLE_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS } from './verbs.js';

// Country names: i18n-iso-countries (see ../shared/countries.ts).
const COUNTRIES = countryNames('de');
/** "Musterbay-Deutschland": a name, hyphenated to a country, that is no common noun itself. */
const countryBranch = (w: string) => {
  const k = w.lastIndexOf('-');
  return k > 0 && COUNTRIES.has(w.slice(k + 1)) && /^\p{Lu}/u.test(w) && !lex.isCommonNoun(w.slice(0, k)) && !isDictionaryNoun(w.slice(0, k));
};

const PREPOSITIONS: ReadonlySet<string> = new Set('in im am an auf bei mit von vom vor nach gegenüber zu zum zur über für durch gegen um aus unter neben ohne wegen während laut'.split(' '));

export const de: LanguagePack = {
  code: 'de',
  capitalisesNouns: true,
  verbSecond: true,
  stopwords: lex.STOPWORDS,
  // „…“ is the German standard, »…« the book and press style; ‚…‘ ›…‹ nest inside them.
  quotePairs: [['„', '“'], ['»', '«'], ['‚', '‘'], ['›', '‹'], ['“', '”'], ['„', '”'], ['„', '"'], ['«', '»'], ['"', '"'], ["''", "''"], ['‘', '’']],
  abbreviations: lex.ABBREVIATIONS,
  ordinalHeads: lex.ORDINAL_HEADS,
  speechVerbs: SPEECH_VERBS,
  notSpeechBefore: new Map([
    ...['spricht', 'sprechen', 'sprach', 'sprachen'].map((v) => [v, new Set(['für', 'gegen'])] as const),
    // ("befindet sich in Haft": "sich befinden" says where something is; "befand das Gericht" judges)
    ...['befindet', 'befinden', 'befand', 'befanden'].map((v) => [v, new Set(['sich'])] as const),
    // ("Die Drohungen sollten sorgfältig beurteilt werden": a participle before a passive infinitive)
    ...[...SPEECH_PARTICIPLES].map((v) => [v, new Set(['werden'])] as const),
  ]),
  separableVerbs: SEPARABLE_VERBS,
  possessiveSource: {
    // (capitalised "Ihrer Meinung nach" is the polite "your": an interviewer's question)
    pattern: /\b(seiner|ihrer|seines|ihres|Seiner|Seines)\s+(?:(?:Ansicht|Meinung|Auffassung|Einschätzung|Überzeugung)\s+nach|Erachtens)\b/u,
    gender: new Map([['seiner', 'm'], ['seines', 'm'], ['ihrer', 'f'], ['ihres', 'f']]),
  },
  sourcePrepositions: [
    /\blaut\s+/iu,
    // ("gemäß einem Sprecher", "gemäß der Polizei": as "laut", in a more formal register)
    /\bgemäß\s+(?=(?:einem|einer|dem|der|den)\s)/iu,
    // ("nach Polizeiangaben", "Nach einem Bericht der …", "nach eigenen Angaben": the noun phrase,
    // group "source", is the source's mention where no source follows it; group "noun" is its head)
    // ("nach einer norwegischen Studie", "nach dem vorläufigen Endergebnis": an inflected adjective may qualify the noun)
    /\bnach\s+(?<source>(?:(?:den|dem|der|einem|einer|eigenen|eigener|deren|dessen|seinen|seiner|ihren|ihrer|[a-zäöüß]+(?:en|er|em))\s+)*[\p{L}-]*?(?<noun>Angaben|Auffassung|Ansicht|Meinung|Einschätzung(?:en)?|Bewertung(?:en)?|Auskunft|Darstellung(?:en)?|Aussage(?:n)?|Worten|Informationen|Erkenntnissen|Erkenntnisstand|Berichten|Bericht|Stellungnahme|Schätzungen|Studie|Untersuchung(?:en)?|Umfrage(?:n)?|Analyse(?:n)?|Ergebnissen|Ergebnis|Erhebung(?:en)?))\s+(?:von\s+|vom\s+|des\s+|der\s+|eines\s+|einer\s+|aus\s+(?=\p{Lu}|dem\s|der\s|den\s))?/iu,
    /\bwie\s+(?=.{1,80}?\b(?:sagte|sagten|erklärte|erklärten|mitteilte|mitteilten|berichtete|berichteten|betonte|meldete|meldeten|bestätigte|bestätigten|bekanntgab|bekannt gab|angab|sagt|erklärt|berichtet|meldet|mitteilt)\b)/iu,
    // "Für den Theologen X sei der Rücktritt „…“": a sentence opened by "Für" whose verb reports
    // (Konjunktiv) gives the view of the one named after it
    /^\s*Für\s+(?=[^.;:!?]{1,80}?\s(?:sei|seien|habe|hätte|hätten|wäre|wären)\b)/u,
  ],
  sourcePostpositions: new Set(['zufolge']),
  // German genitives ("Merkels Rede") are capitalised nouns' owners: nouns after them are capitalised anyway.
  possessive: null,
  determiners: lex.DETERMINERS,
  contractedArticles: lex.ARTICLE_CONTRACTIONS,
  objectDeterminers: new Set(['den', 'dem', 'des', 'einen', 'einem', 'eines', 'seinen', 'seinem', 'seines', 'ihren', 'ihrem', 'ihres', 'diesen', 'diesem', 'dieses']),
  // After "der" a nominative adjective ends in -e ("der russische"); -en marks dative or genitive.
  // "der Zeitung" after a verb is dative: feminine nouns take "der" only in oblique cases.
  isObliquePhrase: (det, next) => det === 'der' && ((/\p{Ll}en$/u.test(next) && !/^\p{N}/u.test(next))
    || /(ung|ei|heit|keit|schaft|ion|tät|(?<!e)ur|zeitung|agentur|regierung|kommission|partei|polizei|behörde)$/u.test(next)),
  definiteDeterminers: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'dieser', 'diese']),
  indefiniteArticles: new Set(['ein', 'eine', 'einer', 'einem', 'einen', 'eines']),
  pluralPronouns: new Set<string>(),
  // (streets and squares: "Unter den Linden" aside, German names them in one word or after the noun, "Platz der Republik")
  placeHeads: /^(?:Straße|Allee|Platz|Ring|Damm|Ufer)$/u,
  // (finite plurals end in -en, "sagten", "bezeichneten", "haben"; or are "sind")
  pluralVerb: (w) => w === 'sind' || (/^\p{Ll}{2,}en$/u.test(w) && !lex.DETERMINERS.has(w) && !PREPOSITIONS.has(w) && !lex.PRONOUNS.has(w)),
  partitives: new Set(['einer', 'eine', 'eines']),
  addresseeVerbs: new Set([]),
  impersonalSpeechVerbs: new Set(['heißt', 'hieß', 'geheißen']),
  impersonalSubjects: new Set(['es']),
  impersonalSourcePrepositions: new Set(['von', 'vom', 'seitens', 'in', 'im', 'auf', 'aus']),
  postposedSourceWords: new Set(['so']),
  verbGroupWords: new Set(),
  adverbLike: lex.ADVERB_LIKE,
  nameParticles: new Set(['von', 'van', 'de', 'zu', 'der', 'den', 'vom', 'di', 'da', 'del', 'la', 'le', 'ten', 'ter', 'bin', 'al', 'el']),
  pronouns: lex.PRONOUNS,
  unnamedPronouns: lex.UNNAMED_PRONOUNS,
  nominativePronouns: new Set(['er']),
  phraseBreakers: lex.PHRASE_BREAKERS,
  isRoleNoun: lex.isRoleNoun,
  isOrganisationNoun: lex.isOrganisationNoun,
  isSourceNoun: lex.isSourceNoun,
  isEventNoun: lex.isEventNoun,
  isCountry: (name) => COUNTRIES.has(name),
  // ("Musterbay-Deutschland", "Beispiel-Österreich": a name joined to a country names the branch
  // there, though "-land" ends common nouns too)
  isCommonNoun: (w) => lex.isCommonNoun(w) && !countryBranch(w),
  looksLikePlace: lex.looksLikePlace,
  genderOf: lex.genderOf,
  firstNameGender,
  isDictionaryNoun,
  // German plurals need the article and case to tell: in a genitive ("eine Erklärung der
  // Außenminister") "der" before a masculine role noun marks the plural, as "die" does in the
  // nominative ("die Demonstranten"; "die Ministerin", "die Abgeordnete" are one woman)
  isPluralNoun: (w, det, genitive) => det === (genitive ? 'der' : 'die') && lex.isRoleNoun(w) && lex.genderOf(w, det) === 'm',
  normaliseRole,
  nominativeOrganisation: lex.nominativeOrganisation,
  // (German offices take their object in the genitive, read elsewhere; English titles quoted in
  // German text, "Secretary of State X", keep theirs)
  officeLinks: new Set(['of', 'for']),
  affiliationLinks: new Set(['vom', 'von']),
  affiliationRole: (affiliation) => `Vertreter ${affiliation}`,
  counterpartNouns: lex.COUNTERPART_NOUNS,
  capitalNouns: lex.CAPITAL_NOUNS,
  seats: lex.SEATS,
  originPrepositions: new Set(['aus']),
  placePrepositions: lex.PLACE_PREPOSITIONS,
  nonPlaces: lex.NON_PLACES,
  nameCues: lex.NAME_CUES,
  genitiveLinks: new Set(['des', 'der', 'von', 'vom', 'eines', 'einer']),
  complementLinks: new Set(['für']),
  // German puts names and titles in quotation marks often: no bias.
  embeddedQuoteBias: 0,
  // (English, the language German news most often leaves names and titles in)
  foreignFunctionWords: new Set('the of to and for with on at by from'.split(' ')),
  characterisationWords: new Set(['als', 'von', 'vor']),
  labelVerbs: new Set('gilt galt gelten galten gegolten gelte gälte'.split(' ')),
  selfPresentationVerbs: new Set('präsentiert präsentierte präsentieren präsentierten engagiert engagierte engagierten ausgibt ausgab gibt gab betätigt betätigte versteht verstand verstehen'.split(' ')),
  titleNouns: lex.TITLE_NOUNS,
  reportedSpeechMarkers: lex.REPORTED_SPEECH_MARKERS,
  subjunctiveAfter: lex.subjunctiveAfter,
  followUpSources: new Set(['demnach']),
  joinedInfinitive: /^(?:ab|an|auf|aus|bei|dar|durch|ein|fest|fort|frei|her|heraus|hin|hinzu|los|mit|nach|nieder|statt|um|vor|voran|vorbei|weg|weiter|wieder|zu|zurück|zusammen)zu\p{Ll}{3,}en$/u,
  beliefVerbs: new Set('hofft hoffte hoffen hofften erwartet erwartete erwarten erwarteten befürchtet befürchtete befürchten befürchteten'.split(' ')),
  findingVerbs: new Set('zeigt zeigte zeigen zeigten ergab ergibt ergaben ergeben belegt belegte belegen belegten'.split(' ')),
  subordinators: new Set('während als nachdem weil obwohl wenn da wie dass daß ob bevor seit sobald zumal wobei weshalb weswegen sodass und aber doch denn sondern'.split(' ')),
  coordinators: new Set('und oder aber sondern doch'.split(' ')),
  focusAdverbs: new Set('auch selbst sogar nur gerade ausgerechnet vor allem insbesondere besonders ebenso ebenfalls zudem außerdem'.split(' ')),
  commaBeforeComplementiser: true,
  bareComplementClause: false,
  infinitiveMarker: 'zu',
  reportativeModals: new Set(['soll', 'sollen']),
  perfectAuxiliaries: new Set(['haben', 'sein']),
  prepositions: PREPOSITIONS,
  reflexivePronouns: new Set(['sich']),
  nameLeadWords: new Set(['so', 'wie']),
  attributiveWord: /^(ge\p{Ll}+(t|en)|\p{Ll}+(end|ig|isch|lich))(e|en|er|es|em)$/u,
  authorParticiple: /^$/u,
  // (nominative only: "den", "dem" open a clause whose subject is someone else)
  relativePronouns: new Set(['der', 'die', 'das', 'welcher', 'welche', 'welches']),
  objectRelatives: new Set(['was']),
  speechLeadIn: /\b[Mm]it (?:den|diesen|folgenden|dem|den folgenden) (?:Worten|Sätzen|Satz)\s*$/u,
  numberSigns: new Set(['nr']),
  namingVerbs: new Set('heißt hieß lautet lautete nennt nannte genannt nennen'.split(' ')),
  citingVerbs: new Set('zitiert zitierte zitierten zitieren'.split(' ')),
  passiveAuxiliaries: new Set(['wird', 'wurde', 'wurden', 'werden', 'worden']),
  agentPrepositions: new Set(['von', 'vom']),
  finiteAuxiliaries: new Set('hat hatte habe hätte haben hatten ist war sei wäre sind waren wird wurde würde werden wurden'.split(' ')),
  // (3rd person present, past, Konjunktiv I and II of müssen, können, wollen, sollen, dürfen, mögen)
  modalVerbs: new Set(('muss müssen musste mussten müsse müssten müsste kann können konnte konnten könne könnten könnte will wollen wollte wollten wolle '
    + 'soll sollen sollte sollten solle darf dürfen durfte durften dürfe dürfte dürften mag mögen mochte mochten möge möchte möchten').split(' ')),
  hypotheticalMarkers: lex.HYPOTHETICAL_MARKERS,
  complementisers: lex.COMPLEMENTISERS,
  spanDateWords: new Set(['bis', 'ab', 'seit']),
  laterWords: new Set(['hinterher', 'später', 'nachträglich']),
  // (none: German sets no comma after "Stunden später", and the verb follows it; the engine reads
  // these only where word order is fixed)
  sinceWords: new Set(),
  backReferences: new Set(['das', 'dies', 'dieses']),
  spanEventWords: new Set(['bis', 'seit']),
  chrono: chrono.casual,
  // chrono reads "Samstag Abend" but not the compound "Samstagabend"
  datePhrases: (text) => text.replace(/(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)(morgen|vormittag|mittag|nachmittag|abend|nacht)/giu, '$1 $2'),
  dateHint: /montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|januar|jänner|februar|märz|april|\bmai\b|juni|juli|august|september|oktober|november|dezember|heute|gestern|morgen|\btag|woche|monat|jahr|mittag|abend|nacht/iu,
  // ("Anfang", "Ende", "Mitte" open spans of time: "sagte X Anfang der Woche" names no "X Anfang";
  // kept out of dateHint, which would run the date parser over every clause with "Ende" in it)
  timeNouns: new Set(['anfang', 'ende', 'mitte']),
  periodPhrase: /^(?:in der |im )?(?:vergangene[nmr]?|letzte[nmr]?|vorige[nmr]?|diese[nmr]?|kommende[nmr]?|nächste[nmr]?)\s+(?:Woche|Monat|Monats|Jahr|Jahres)$/iu,
};
