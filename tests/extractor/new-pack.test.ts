// The engine knows no language: a pack it has never seen (a small French one, written here)
// is enough to extract quotes with speakers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as chrono from 'chrono-node/fr';
import { extractWith } from '../../src/extractor/engine/extract.js';
import type { LanguagePack } from '../../src/extractor/types.js';

const set = (s: string) => new Set(s.split(' '));

const fr: LanguagePack = {
  code: 'fr', capitalisesNouns: false, verbSecond: false,
  stopwords: set('le la les de des du et un une est a il elle dans que qui pour pas'),
  quotePairs: [['«', '»'], ['“', '”'], ['"', '"']],
  abbreviations: set('m mme dr'), ordinalHeads: /^$/u,
  speechVerbs: set('a déclaré déclaré a dit dit affirme affirmé explique expliqué'), notSpeechBefore: new Map(),
  separableVerbs: new Map(), sourcePrepositions: [/\bselon\s+/iu], possessiveSource: null, sourcePostpositions: new Set(),
  determiners: set('le la les un une son sa ses l'), contractedArticles: new Set(), objectDeterminers: new Set(),
  isObliquePhrase: () => false, definiteDeterminers: set('le la les'), indefiniteArticles: set('un une'), pluralPronouns: set('ils elles'), placeHeads: /^(?:Rue|Place)$/u, pluralVerb: () => false, partitives: new Set(), addresseeVerbs: new Set(),
  postposedSourceWords: new Set(), verbGroupWords: set('a'), adverbLike: /ment$/u, impersonalSpeechVerbs: new Set(), impersonalSubjects: new Set(), impersonalSourcePrepositions: new Set(), nameParticles: set('de du'),
  pronouns: new Map([['il', 'm'], ['elle', 'f']]), unnamedPronouns: set('je'),
  possessive: null,
  speechLeadIn: /\bavec ces mots\s*$/u,
  originPrepositions: new Set(['de']),
  passiveAuxiliaries: new Set(['été']), agentPrepositions: new Set(['par']),
  spanDateWords: new Set(['jusqu']),
  spanEventWords: new Set(['jusqu']),
  nominativeOrganisation: (n: string) => n,
  officeLinks: new Set(['de']),
  affiliationLinks: new Set(['de', 'du']),
  affiliationRole: (a: string) => `représentant ${a}`,
  isPluralNoun: (w: string) => /s$/u.test(w),
  nominativePronouns: new Set(['il', 'elle']),
  phraseBreakers: set('à au aux dans en sur pour par avec sans mais et ou donc jeudi hier'),
  isRoleNoun: (w) => /^(ministre|président|porte-parole|maire)s?$/iu.test(w),
  isOrganisationNoun: (w) => /^(gouvernement|police)$/iu.test(w),
  isSourceNoun: (w) => /^(communiqué|rapport)$/iu.test(w),
  isCountry: (w) => /^(France|Mali)$/u.test(w),
  isEventNoun: (w) => /^(visite|conférence)$/iu.test(w),
  isCommonNoun: () => false, genderOf: () => null,
  normaliseRole: (words) => words.join(' '),
  counterpartNouns: set('homologue'), capitalNouns: set('capitale'), seats: new Map(), placePrepositions: set('à'), nonPlaces: new Set(),
  nameCues: set('dit surnommé'), titleNouns: set('livre film journal'), termNouns: set('mot terme'), genitiveLinks: set('de du'), embeddedQuoteBias: 0, foreignFunctionWords: new Set(),
  characterisationWords: set('comme'), labelVerbs: set('passe passait'), selfPresentationVerbs: set('présente présentait'), reportedSpeechMarkers: new Set(), subordinators: set('comme quand lorsque'), focusAdverbs: set('aussi même'), coordinators: set('et mais ou'), finiteAuxiliaries: new Set(), modalVerbs: set('doit devait peut pouvait veut voulait'), laterWords: set('ensuite'), sinceWords: set('tard auparavant'), backReferences: set('cela ce'), authorParticiple: /^(publié|signé)$/u, relativePronouns: set('qui'), objectRelatives: set('que'), citingVerbs: set('cite citait'), namingVerbs: set('appelé nommé'),
  prepositions: set('à au aux dans en sur pour par avec sans de'), reflexivePronouns: set('se'), nameLeadWords: set('comme'),
  attributiveWord: /^(né|née|basé|basée)s?$/u, numberSigns: set('no'),
  commaBeforeComplementiser: false, bareComplementClause: false, infinitiveMarker: null,
  reportativeModals: new Set(), perfectAuxiliaries: new Set(), hypotheticalMarkers: new Set(), complementisers: set('que'),
  chrono: chrono.casual,
};

describe('a new language is a new pack', () => {
  it('French guillemets with spaces, speaker after the verb, place and day', () => {
    const text = '« Nous allons coopérer », a déclaré le ministre Jean Exemple jeudi à Paris.';
    const [q] = extractWith(fr, text, { publishedAt: '2025-04-04' });
    assert.deepEqual([q.text, q.speaker?.name, q.role, q.place, q.date, q.lang], ['Nous allons coopérer', 'Jean Exemple', 'ministre', 'Paris', '2025-04-03', 'fr']);
  });
});
