// A role as written in any case ("dem russischen Außenminister", "des Vorsitzenden") turned into
// the nominative singular without article ("russischer Außenminister", "Vorsitzender"): the
// adjective takes the strong ending of the head noun's gender, the head drops its case ending.
import type { Gender } from '../../types.js';
import { genderOf, isRoleNoun } from './lexicon.js';

const FEMININE_DETERMINERS = new Set(['die', 'eine', 'seine', 'ihre', 'diese', 'unsere', 'jene']);
// Genitive pronouns as determiners, which take no ending of the noun's case or gender.
const UNINFLECTED_DETERMINERS = new Set(['dessen', 'deren']);
// Nouns made from adjectives and participles: "der Vorsitzende" is "Vorsitzender" without article.
const ADJECTIVAL_NOUN = /(vorsitzend|abgeordnet|beauftragt|angeklagt|gesandt|angestellt|überlebend|beamt|delegiert|verletzt|verdächtigt|bevollmächtigt)(e|en|er|es|em)?$/iu;

export function normaliseRole(given: string[], determiner: string | null = null, holder: Gender | null = null): string {
  // An age ("die 64-jährige Bundeskanzlerin") describes the person, not the office; "Sir" before
  // the name is part of it ("der britische Unternehmer Sir Sam Example")
  const words = given.filter((w, i) => !/^\d+-jährig/u.test(w) && !(i === given.length - 1 && i > 0 && /^(Sir|Dame|Lord|Lady)$/u.test(w)));
  if (!words.length) return '';
  // The head is the last capitalised word before any genitive tail ("Sprecher des Ministeriums",
  // "Mitarbeiterin seines Büros").
  let headAt = words.findIndex((w, i) => i > 0 && /^(des|der|eines|einer|seines|seiner|ihres|ihrer|von|vom|im|für)$/u.test(w)) - 1;
  if (headAt < 0) headAt = words.length - 1;
  while (headAt > 0 && !/^\p{Lu}/u.test(words[headAt])) headAt--;
  const head = words[headAt];
  const det = determiner?.toLowerCase() ?? null;
  let gender = genderOf(head) ?? 'm';
  // ("dessen Vorsitzende", "deren Vorsitzender": after a determiner that does not inflect, the
  // noun's own ending tells, as it does without one)
  if (ADJECTIVAL_NOUN.test(head) && det && UNINFLECTED_DETERMINERS.has(det)) gender = /e$/u.test(head) ? 'f' : 'm';
  else if (ADJECTIVAL_NOUN.test(head) && det) gender = FEMININE_DETERMINERS.has(det) ? 'f' : 'm';
  // ("Eva Muster, Vorsitzende des Vereins": without an article the holder's gender tells)
  else if (ADJECTIVAL_NOUN.test(head) && holder === 'f') gender = 'f';
  const ending = gender === 'f' ? 'e' : gender === 'n' ? 'es' : 'er';
  const out = words.map((w, i) => {
    if (i < headAt && !/^\p{Lu}/u.test(w) && /(e|en|em|er|es)$/u.test(w) && !/^(und|oder)$/u.test(w) && !isRoleNoun(w)) return w.replace(/(en|em|er|es|e)$/u, '') + ending;
    // ("Oberkommandierender General": a capitalised present participle before the head is its adjective)
    if (i < headAt && /^\p{Lu}/u.test(w) && (ADJECTIVAL_NOUN.test(w) || PARTICIPLE_ADJECTIVE.test(w))) return w.replace(/(en|em|er|es|e)$/u, '') + ending;
    if (i === headAt) return nominativeHead(w, gender, det);
    return w;
  });
  return out.join(' ');
}

// A present participle used as an adjective: "Oberkommandierende", "Amtierende".
const PARTICIPLE_ADJECTIVE = /\p{Ll}end(e|en|er|es|em)$/u;

// Articles of the singular's oblique cases: a weak noun after them has taken -n ("einen Zeugen").
const OBLIQUE_SINGULAR = new Set(['einen', 'den', 'dem', 'einem', 'des', 'eines']);

function nominativeHead(w: string, gender: 'm' | 'f' | 'n' | 'p', det: string | null = null): string {
  const m = ADJECTIVAL_NOUN.exec(w);
  if (m) return w.slice(0, m.index + m[1].length) + (gender === 'f' ? 'e' : gender === 'n' ? 'es' : 'er');
  // Genitive -es, -s and weak -en endings: "Papstes" → "Papst", "Außenministers" → "Außenminister",
  // "Präsidenten" → "Präsident".
  if (/\p{L}[^aeiouäöüy]es$/u.test(w) && isRoleNoun(w.slice(0, -2))) return w.slice(0, -2);
  if (/s$/u.test(w) && isRoleNoun(w.slice(0, -1)) && !/(ss|us|is)$/u.test(w)) return w.slice(0, -1);
  if (/(enten|anten|isten|aten|oten|graphen|grafen)$/u.test(w)) return w.slice(0, -2);
  if (/ologen$/u.test(w)) return w.slice(0, -1); // "den Theologen" → "Theologe"
  if (/(innen)$/u.test(w)) return w.slice(0, -3);
  // "einen Augenzeugen", "dem Kollegen": the weak masculine's nominative ends in -e
  if (det && OBLIQUE_SINGULAR.has(det) && /\p{Ll}en$/u.test(w) && isRoleNoun(w)) return w.slice(0, -1);
  return w;
}
