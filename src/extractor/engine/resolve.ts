// From a local mention to a person: pronouns, surnames, "der Minister", "sein Amtskollege".
import type { Gender, Mention } from '../types.js';
import { containing, lastSpanBefore, type ArticleContext } from './context.js';
import { lastMention, type Person } from './entities.js';
import { bareMention, genderByFirstName, readPhrase, type SpeakerPhrase } from './phrases.js';
import { DOMAIN, firstTokenAt, withoutApostropheS } from './tokens.js';

export interface Attribution {
  name: string | null;
  mention: Mention | null;
  role: string | null;
  person: Person | null;
}

/** How far after a quote's closing mark (characters) its attribution may start: ", meint die …". */
const QUOTE_TO_MENTION = 24;

/** How far after a bare office (characters) the name of its holder may follow. */
const CATAPHORA_WITHIN = 400;

/** From a local mention to a person: pronouns, surnames, "der Minister", "sein Amtskollege". */
export function resolve(ctx: ArticleContext, phrase: SpeakerPhrase): Attribution {
  let p = phrase;
  const { registry, pack } = ctx;
  const mention: Mention = { text: p.text, start: p.start, end: p.end };
  const ownRole = p.roleWords.length ? pack.normaliseRole(p.roleWords, p.determiner, p.name ? genderByFirstName(p.name, pack) : null) || null : null;
  // "Eva Muster und Jan Probe": each named in full, together; no one person, no one role
  if (p.together) {
    const names = p.together.names.map((n) => registry.bySurnameOf(n)?.name ?? n);
    return { name: names.join(` ${p.together.joiner} `), mention, role: null, person: null };
  }
  let person: Person | undefined;
  // (a neuter pronoun, "“…,” it said", stands for a text or an organisation: it is the mention,
  // and names no person)
  // ("“…,” they said", "Sie bezeichneten …": a plural pronoun stands for a group, no one person)
  if (p.pronoun) {
    const plural = pack.pluralPronouns.has(p.text.toLowerCase()) || (p.pronoun === 'f' && pluralVerbBeside(ctx, p));
    person = p.pronoun === 'n' || plural ? undefined : registry.lastBefore(p.start, p.pronoun);
    // ("… wurde von einer Polizeisprecherin bestätigt. Sie sagte …": someone the text brings in
    // without a name since that person was last named is whom the pronoun stands for)
    const unnamed = p.pronoun !== 'n' && !plural ? unnamedSince(ctx, p.start, p.pronoun, person) : null;
    if (unnamed) return { name: null, mention, role: pack.normaliseRole(unnamed.roleWords, unnamed.determiner) || null, person: null };
  } else if (p.name) {
    // (a title before a surname says which namesake: "Mrs. Clinton")
    const titled = p.roleWords.map((w) => pack.genderOf(w.replace(/\.$/u, ''), p.determiner)).find((g) => g) ?? null;
    person = registry.bySurnameOf(p.name, p.start, titled);
    if (!person || (p.name.includes(' ') && !person.name.endsWith(p.name.split(' ').pop()!))) person = registry.add(p.name, p.roleWords, p.determiner, p.start);
  } else if (p.definiteRole && !p.counterpart && p.determiner && pack.definiteDeterminers.has(p.determiner)) {
    // "der Minister" is the minister named before; "der 23-jährige Sportler" the person last named.
    // ("the groups say": a plural is nobody in particular)
    if (!pack.isPluralNoun(p.definiteRole, p.determiner, false)) {
      // (the quote the mention follows does not count toward how far back: "„…[500 characters]…“,
      // meint die 56-jährige Angestellte")
      const quote = ctx.quoted[lastSpanBefore(ctx.quoted, p.start)];
      const from = quote && p.start - quote.end <= QUOTE_TO_MENTION ? quote.start : p.start;
      person = registry.byRoleBefore(p.definiteRole, p.start) ?? registry.lastBefore(from, pack.genderOf(p.definiteRole, p.determiner), undefined, 600);
      // ("Ein Zeuge berichtete … . Dem Zeugen zufolge …": someone brought in unnamed with the same
      // noun since that person was last named is whom the office stands for, and is nobody named)
      if (person && introducedUnnamed(ctx, p, lastMention(person, p.start))) return { name: null, mention, role: pack.isRoleNoun(p.definiteRole) ? ownRole : null, person: null };
      // ("der behandelnde Arzt Probes", "the senior Example adviser": the one named in the phrase is
      // someone else, and whoever holds the office is not named here)
      const surname = person?.surname;
      const owned = !!surname && p.text.split(/[^\p{L}\p{N}'’-]+/u).some((w) => w === surname || w === `${surname}s` || withoutApostropheS(w) === surname);
      if (owned) person = undefined;
      // "Der Bundespräsident konstatierte … . Köhler warb …": named only after the office, the
      // next person the text names (without an office of their own) holds it
      // (not an office with its organisation, "der Hauptgeschäftsführer des Verbands": someone named
      // next is as often someone else, whom the office would then wrongly follow)
      const bare = !p.roleWords.some((w) => pack.determiners.has(w.toLowerCase()) || pack.genitiveLinks.has(w.toLowerCase()));
      if (!person && !owned && bare) {
        person = registry.nextAfter(p.end, CATAPHORA_WITHIN);
        if (person && !person.roleWords.length) registry.adoptRole(person, p.roleWords, p.determiner);
        else person = undefined;
      }
    }
  }
  if (person) registry.mention(person, p.start);
  // A named phrase states the role as the reporter means it here; an anaphor ("der 23-jährige
  // Sportler") describes, and the office the article gives the person wins.
  const personRole = person?.roleWords.length ? pack.normaliseRole(person.roleWords, person.determiner, person.gender) || null : null;
  let role = p.name ? ownRole ?? personRole : personRole ?? ownRole;
  if (p.counterpart || (person && person.roleWords.some((w) => pack.counterpartNouns.has(w.toLowerCase())))) {
    const words = p.counterpart ? p.roleWords : person!.roleWords;
    const other = registry.people.filter((o) => o !== person && o.roleWords.length && !o.roleWords.some((w) => pack.counterpartNouns.has(w.toLowerCase())) && o.mentions[0] < p.start)
      .sort((a, b) => b.mentions[0] - a.mentions[0])[0];
    if (other) {
      const head = pack.normaliseRole(other.roleWords, other.determiner).split(' ').filter((w) => /^\p{Lu}/u.test(w)).pop();
      const adjectives = words.filter((w) => /^\p{Ll}/u.test(w));
      if (head) role = pack.normaliseRole([...adjectives, head], p.determiner === 'sein' ? 'der' : p.determiner);
    }
  }
  // "Laut dieser Studie …" after "eine Studie des Ministeriums": a text named again speaks for the
  // author given when it was first named; "the email sent out by Example" for the author named with it
  if (p.document && !p.name && !p.organisation) {
    const after = authorAfter(ctx, p);
    const author = after ?? authorNamedBefore(ctx, p);
    if (author) p = { ...author, start: p.start, end: after ? after.end : p.end, text: after ? ctx.text.slice(p.start, after.end) : p.text };
    if (after) { mention.text = p.text; mention.end = p.end; }
    // (an author the article names as a person speaks in that person's office)
    const holder = author?.name ? registry.bySurnameOf(author.name, phrase.start) : undefined;
    if (holder && !person) { person = holder; role = holder.roleWords.length ? pack.normaliseRole(holder.roleWords, holder.determiner, holder.gender) || null : role; }
  }
  // (one capitalised word, perhaps after its adjectives: the full name the article gives it)
  // ("her campaign said": where nouns are lower-case, an organisation a possessive pronoun owns is
  // the organisation of the one it stands for, named as "the Sample campaign" would be)
  const ownerGender = p.organisation && !pack.capitalisesNouns && p.determiner ? pack.possessiveSource?.gender.get(p.determiner) : undefined;
  const possessor = ownerGender ? registry.lastBefore(p.start, ownerGender) : undefined;
  const orgHead = !possessor && p.organisation && /^(?:\p{Ll}\S* )*\S+$/u.test(p.organisation) ? p.organisation.split(' ').pop()! : null;
  let org = possessor ? `${possessor.surname} ${p.organisation}` : orgHead ? registry.fullName(orgHead) ?? registry.organisation(orgHead, p.start) ?? p.organisation : p.organisation;
  // ("Donald Trump’s campaign", "the Trump campaign": where nouns are lower-case, a person's
  // organisation is one, named by the person's surname and the noun)
  const ownedBy = org && !pack.capitalisesNouns ? /^((?:\p{Lu}\S*\s)+)(\p{Ll}.*)$/u.exec(org) : null;
  const owner = ownedBy ? registry.bySurnameOf(ownedBy[1].trim(), p.start) : undefined;
  if (ownedBy && owner) org = `${owner.surname} ${ownedBy[2]}`;
  // ("the company said", "the campaign said": an organisation known only by a lower-case noun is
  // the mention, and names nobody; a name has a capital)
  // ("Police had charged …": where only names are capitalised, one word the article also writes in
  // lower case is capitalised by its place, and no name)
  const generic = !!org && !pack.capitalisesNouns && !org.includes(' ') && !/^\p{Lu}{2,}$/u.test(org) && pack.isCommonNoun(org);
  // (a web site's domain is a name in lower case: "musterblog.de")
  const named = person?.name ?? p.name ?? (org && (/\p{Lu}/u.test(org) || DOMAIN.test(org)) && !generic ? org : null);
  // (one spelling whatever the case it was read in: "vom Deutschen Wetterdienst" is "Deutscher Wetterdienst")
  const name = named && pack.nominativeOrganisation(named, null);
  return { name, mention, role, person: person ?? null };
}


/**
 * The author named right after a text: "a campaign flyer mailed out by Example", "the letter
 * from the ministry", "eine Erklärung von Amnesty" (a participle may stand between).
 */
function authorAfter(ctx: ArticleContext, p: SpeakerPhrase): SpeakerPhrase | null {
  const { tokens, pack } = ctx;
  let k = firstTokenAt(tokens, p.end);
  for (let n = 0; n < 2 && tokens[k]?.word && pack.authorParticiple.test(tokens[k].lower) && !pack.agentPrepositions.has(tokens[k].lower); n++) k++;
  if (!tokens[k] || !(pack.agentPrepositions.has(tokens[k].lower) || pack.affiliationLinks.has(tokens[k].lower))) return null;
  const author = readPhrase(tokens, k + 1, pack, ctx.text);
  // (an organisation counts with its whole name: "Example Energy Finance" is no "Finance")
  return author && !author.document && (author.name || (author.organisation && author.organisation.includes(' '))) ? author : null;
}

/** How far back (characters) a text named again may have been named with its author. */
const TEXT_ANAPHORA_WITHIN = 1500;

/**
 * The author of the same text named earlier: named with it ("eine Studie des Ministeriums") or by a
 * possessive ("In seiner Rede …" is the one "sein" stands for). Where nouns are capitalised a
 * compound names the same text ("Thronrede" for "die Rede").
 */
function authorNamedBefore(ctx: ArticleContext, p: SpeakerPhrase): SpeakerPhrase | null {
  const head = p.text.split(/\s+/u).pop()?.toLowerCase();
  if (!head) return null;
  const { tokens, pack } = ctx;
  const sameText = (w: string) => w === head || (pack.capitalisesNouns && head.length >= 4 && w.endsWith(head));
  for (let k = firstTokenAt(tokens, p.start) - 1; k >= 0 && tokens[k].start >= p.start - TEXT_ANAPHORA_WITHIN; k--) {
    if (!sameText(tokens[k].lower)) continue;
    // (the phrase opens at its determiner, a word or a mark before the noun: "seiner „Thronrede“")
    let d = k;
    while (d > 0 && d > k - 3 && !tokens[d - 1].word) d--;
    if (d > 0 && pack.determiners.has(tokens[d - 1].lower)) d--;
    const earlier = readPhrase(tokens, d, pack, ctx.text);
    if (earlier?.document && (earlier.organisation || earlier.name)) return earlier;
    // (a title in marks reads as a name, "seiner „Jahresrede“": its noun still says it is a text)
    if (!(earlier?.document || pack.isSourceNoun(tokens[k].text))) continue;
    const named = bareMention(tokens[d].start, tokens[k].end, ctx.text);
    const gender = pack.determiners.has(tokens[d].lower) ? pack.possessiveSource?.gender.get(tokens[d].lower) : undefined;
    const owner = gender ? ctx.registry.lastBefore(tokens[d].start, gender) : undefined;
    if (owner) return { ...named, name: owner.name };
  }
  return null;
}

/** How far back (characters) someone brought in unnamed may stand before an office standing for them. */
const INTRODUCED_WITHIN = 1500;

/**
 * Whether the head noun of a definite description ("dem Zeugen", "the spokesman") was brought in
 * with an indefinite article ("ein Zeuge", "a spokesman") after `since` and before the description.
 */
function introducedUnnamed(ctx: ArticleContext, p: SpeakerPhrase, since: number): boolean {
  const { tokens, pack } = ctx;
  const stem = (w: string) => w.toLowerCase().replace(/(innen|in|en|n|s|e)$/u, '');
  const head = stem(p.definiteRole!);
  for (let k = firstTokenAt(tokens, p.start) - 1; k >= 0 && tokens[k].start > since && tokens[k].start >= p.start - INTRODUCED_WITHIN; k--) {
    if (!pack.indefiniteArticles.has(tokens[k].lower) || containing(ctx.quoted, tokens[k].start) >= 0) continue;
    const d = readPhrase(tokens, k, pack, ctx.text);
    if (d && !d.name && !d.organisation && d.roleWords.length && d.end <= p.start && stem(d.roleWords[d.roleWords.length - 1]) === head) return true;
    // ("a guest at the dinner": a noun no office list holds, right after the article or an adjective)
    if (!d?.name && [tokens[k + 1], tokens[k + 2]].some((t) => !!t?.word && !t.cap && stem(t.lower) === head)) return true;
  }
  return false;
}

/** How far back (characters) an unnamed person brought in may stand before a pronoun. */
const UNNAMED_WITHIN = 300;

/**
 * The last description after an indefinite article ("einer Polizeisprecherin", "an aide") of the
 * pronoun's gender between `person`'s last mention and the pronoun: someone new, unnamed. Not an
 * apposition ("Eva Muster, eine Diplomatin,"): that describes the one named before it.
 */
function unnamedSince(ctx: ArticleContext, pos: number, gender: Gender, person: Person | undefined): SpeakerPhrase | null {
  const { tokens, pack } = ctx;
  const since = Math.max(pos - UNNAMED_WITHIN, person ? (person.mentions.filter((m) => m < pos).pop() ?? -1) : -1);
  for (let k = firstTokenAt(tokens, pos) - 1; k > 0 && tokens[k].start > since; k--) {
    // (in the reporter's words: "“As a retired nurse, …,” she said" is the speaker about herself)
    if (!pack.indefiniteArticles.has(tokens[k].lower) || containing(ctx.quoted, tokens[k].start) >= 0) continue;
    // (only someone who acts: the agent of a passive, "von einer Sprecherin", "by an aide", the one who
    // speaks, "sagte eine Sprecherin", or a sentence's subject; not "being a father", "through a spokeswoman")
    const prev = tokens[k - 1];
    if (!(pack.agentPrepositions.has(prev.lower) || pack.speechVerbs.has(prev.lower) || /^[.!?:]$/u.test(prev.text))) continue;
    const d = readPhrase(tokens, k, pack, ctx.text);
    if (!d || d.name || d.organisation || d.document || d.pronoun || !d.roleWords.length || d.end > pos) continue;
    const head = d.roleWords[d.roleWords.length - 1];
    if (pack.genderOf(head, d.determiner) === gender) return d;
  }
  return null;
}

/** Whether the word right after or before a pronoun is a finite verb in the plural ("Sie sagten", "sagten sie"). */
function pluralVerbBeside(ctx: ArticleContext, p: SpeakerPhrase): boolean {
  const { tokens, pack } = ctx;
  const k = firstTokenAt(tokens, p.start);
  return [tokens[k + 1], tokens[k - 1]].some((t) => !!t?.word && !t.cap && pack.pluralVerb(t.lower));
}
