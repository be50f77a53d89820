// Article-level evidence about capitalised words, for languages that capitalise every noun.
import type { LanguagePack } from '../types.js';
import { inflected, isGenitiveArticle } from './phrases.js';
import type { Token } from './tokens.js';

/**
 * Where a language capitalises every noun (German), a capitalised word that this article puts
 * after a determiner ("den Unmut", "das Wahlkampfteam") is a noun here, not a name.
 */
export function withArticleNouns(pack: LanguagePack, tokens: Token[]): LanguagePack {
  const nouns = new Set<string>();
  const lower = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.word && !t.cap && !inHandle(tokens, i)) lower.add(t.lower);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || !tokens[i].word) continue;
    // A capitalised word this article also writes in lower case is no name ("Besonders", "Thanks").
    if (lower.has(tokens[i].lower)) { nouns.add(tokens[i].text); continue; }
    if (!pack.capitalisesNouns || i === 0) continue;
    if (afterPreposition(tokens, i, pack)) { nouns.add(tokens[i].text); continue; }
    let k = i - 1;
    // adjectives between article and noun: "die neue Regelung"
    while (k > 0 && k > i - 3 && inflected(tokens[k], pack)) k--;
    const marker = pack.determiners.has(tokens[k].lower) || pack.contractedArticles.has(tokens[k].lower);
    // ("…, die Gerhard Schröder erklärt hatte": after a comma the word is a relative pronoun, no
    // article, and a known first name before another capitalised word opens a name)
    const firstName = k === i - 1 && i > 1 && tokens[i - 2].text === ',' && pack.relativePronouns.has(tokens[i - 1].lower)
      && !!tokens[i + 1]?.cap && !!tokens[i + 1].word && !!pack.firstNameGender?.(tokens[i].text);
    // ("Das sagte Anna Muster": a speech verb's past ends like an adjective, "die bekannte
    // Feministin"; a first name before another capitalised word after it opens a name)
    const namedAfterVerb = k === i - 2 && pack.speechVerbs.has(tokens[i - 1].lower)
      && !!tokens[i + 1]?.cap && !!tokens[i + 1].word && !!pack.firstNameGender?.(tokens[i].text);
    if (marker && !firstName && !namedAfterVerb && !pack.nameParticles.has(tokens[i - 1].lower)) nouns.add(tokens[i].text);
  }
  return { ...pack, isCommonNoun: (w: string) => nouns.has(w) || pack.isCommonNoun(w) };
}


/**
 * After a preposition, a capitalised word that an inflected adjective without an article opens
 * ("laut aktueller Statistik") or that a genitive article follows ("laut Auskunft der
 * Bundesregierung", "mit Hilfe des Ministeriums") is a noun: a name takes neither.
 */
function afterPreposition(tokens: Token[], i: number, pack: LanguagePack): boolean {
  const prev = tokens[i - 1], next = tokens[i + 1], after = tokens[i + 2];
  // (not "unter anderem Jan Muster": a word before another capitalised one opens a name)
  if (!prev.word || (next?.word && next.cap)) return false;
  const adjective = i >= 2 && inflected(prev, pack) && !pack.phraseBreakers.has(prev.lower) && tokens[i - 2].word && pack.prepositions.has(tokens[i - 2].lower);
  const genitive = pack.prepositions.has(prev.lower) && !!next?.word && !!after?.word && after.cap && isGenitiveArticle(next.lower, pack);
  // (nor a first name: "laut Karla der …")
  return (adjective || genitive) && !pack.firstNameGender?.(tokens[i].text);
}

// "@mike_pence", "#trump2016", "example.com/jane_doe": lower case in a handle, tag or address says
// nothing about how the article writes a name.
function inHandle(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1], next = tokens[i + 1], t = tokens[i];
  return (!!prev && prev.end === t.start && /^[@#_/.]$/u.test(prev.text)) || (!!next && next.start === t.end && /^[_@/]$/u.test(next.text));
}
