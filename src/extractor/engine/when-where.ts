// Place and date of a statement, read from its attribution clause. Dates are chrono-node's work
// (the pack supplies the parser); this module only picks the reference date and the direction.
import type { LanguagePack } from '../types.js';
import { firstTokenAt, QUOTE_MARK, type Token } from './tokens.js';

/** The day that relative dates are resolved against, or null when only the month (or nothing) is known. */
export function referenceDate(publishedAt: string | null | undefined, text: string, pack: LanguagePack): Date | null {
  if (!publishedAt) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})/u.exec(publishedAt);
  if (day) return new Date(Date.UTC(+day[1], +day[2] - 1, +day[3], 12));
  const month = /^(\d{4})-(\d{2})$/u.exec(publishedAt);
  if (!month) return null;
  // Only the month is known: take the latest full date of that month that the article states
  // ("(Moskau, 3.4.2025)" in a caption).
  const y = +month[1], mo = +month[2] - 1;
  let best: Date | null = null;
  const probe = new Date(Date.UTC(y, mo, 15, 12));
  for (const r of pack.chrono.parse(text.length > 20000 ? text.slice(0, 20000) : text, probe)) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month') || !s.isCertain('year')) continue;
    const d = s.date();
    if (d.getUTCFullYear() === y && d.getUTCMonth() === mo && (!best || d > best)) best = new Date(Date.UTC(y, mo, d.getUTCDate(), 12));
  }
  return best;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Digits shaped as a date ("3.4.2025", "4/3", "2025-04-03"); a number alone ("60 votes") is none. */
const NUMERIC_DATE = /\d[./-]\d/u;

/** The first stated date in the region, resolved against the reference day. */
export function dateIn(text: string, start: number, end: number, ref: Date | null, pack: LanguagePack): string | null {
  if (end <= start) return null;
  const raw = text.slice(start, end);
  // (chrono-node runs dozens of patterns over the text: only when a word could name a day, or
  // digits are shaped as a date)
  if (pack.dateHint && !pack.dateHint.test(raw) && !NUMERIC_DATE.test(raw)) return null;
  const slice = pack.datePhrases ? pack.datePhrases(raw) : raw;
  const results = pack.chrono.parse(slice, ref ?? new Date(Date.UTC(2000, 0, 1, 12)));
  for (const r of results) {
    // A short lower-case word is no weekday abbreviation: German "so" ("…, so Müller") is not
    // "So." (Sunday), English "sat" not "Sat."
    if (/^\p{Ll}{1,3}\.?$/u.test(r.text)) continue;
    // "bis zum 17. Mai", "since Tuesday": a deadline or a start, not the day of the statement;
    // "dem Abgeordneten Montag": a weekday right after a noun is a name
    const lead = slice.slice(Math.max(0, r.index - 30), r.index).split(/[^\p{L}]+/u).filter(Boolean);
    if (lead.slice(-2).some((w) => pack.spanDateWords.has(w.toLowerCase()))) continue;
    const prevWord = lead[lead.length - 1];
    const bareWeekday = r.start.isCertain('weekday') && !r.start.isCertain('day') && /^\p{L}+[\p{P}\s]*$/u.test(r.text.trim());
    if (bareWeekday && prevWord && pack.isRoleNoun(prevWord) && slice.slice(0, r.index).trimEnd().endsWith(prevWord)) continue;
    // ("vom 12. März bis zum 2. April", "from Monday to Wednesday": a period, not the day
    // something was said)
    if (r.end) continue;
    // ("vergangene Woche", "last month": a period, no day)
    if (pack.periodPhrase?.test(r.text.trim())) continue;
    const s = r.start;
    const absolute = s.isCertain('day') && s.isCertain('month') && s.isCertain('year');
    if (!ref && !absolute) continue;
    if (!s.isCertain('day') && !s.isCertain('weekday')) continue;
    let d = s.date();
    d = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), 12));
    if (ref && !s.isCertain('year') && d > ref) {
      // A weekday or day without a year is the most recent one on or before publication.
      if (s.isCertain('weekday') && !s.isCertain('day')) d = new Date(d.getTime() - 7 * 86400000);
      else if (!s.isCertain('month')) d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, d.getUTCDate(), 12));
      else d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
    }
    // ("in den kommenden Wochen", "next Tuesday": a day after publication is when something will
    // happen; nothing reported was said then)
    if (ref && d.getTime() > ref.getTime() + 86400000) continue;
    return iso(d);
  }
  return null;
}

/** "in Moskau", "im Irak", "in der russischen Hauptstadt" (→ the capital the article names). */
export function placeIn(tokens: Token[], start: number, end: number, pack: LanguagePack, capital: string | null): string | null {
  const lo = firstTokenAt(tokens, start);
  for (let i = lo; i < tokens.length - 1 && tokens[i].end <= end; i++) {
    const t = tokens[i];
    if (!pack.placePrepositions.has(t.lower)) continue;
    // Where nouns are capitalised, "in X" right after a noun qualifies the noun ("die Demokratie
    // in Deutschland", "die Streitkräfte im Irak"), not the statement; after a name, a day, the
    // verb, an adverb or an occasion it is where it was said ("sagte Lawrow am Donnerstag in
    // Moskau", "bei seinem Besuch in Moskau").
    const prev = tokens[i - 1];
    // ("das „korrupte Regime“ in Musterstadt": after marks that close on a word, the place
    // qualifies the words quoted)
    if (prev && QUOTE_MARK.test(prev.text) && tokens[i - 2]?.word && tokens[i - 2].end === prev.start) continue;
    if (pack.capitalisesNouns && prev?.word && prev.cap && i - 1 >= lo && !(pack.isKnownName?.(prev.text) ?? false)
      && !(pack.dateHint?.test(prev.text) ?? false) && !pack.isCountry(prev.text) && !pack.isEventNoun(prev.text)
      // ("ein Sprecher aus Washington": where a speaker comes from is where they spoke, as far as the text says)
      && (pack.isRoleNoun(prev.text) ? !pack.originPrepositions.has(t.lower) : pack.isCommonNoun(prev.text) || pack.isOrganisationNoun(prev.text) || pack.isSourceNoun(prev.text))) continue;
    // ("befristet bis zum Gipfel in Beispielhausen", "since the debate in Ohio": a deadline's or a
    // start's event happens elsewhere in time, and so is no place of the statement)
    if (tokens.slice(Math.max(lo, i - 4), i).some((w) => pack.spanEventWords.has(w.lower))) continue;
    let k = i + 1;
    // ("im Kongress", "im Weißen Haus": an institution stands for the city it sits in; right after
    // the preposition only, so "in den Bundestag gewählt", into it, is none)
    const seat = pack.seats.get(tokens[k].lower) ?? (tokens[k + 1]?.word ? pack.seats.get(`${tokens[k].lower} ${tokens[k + 1].lower}`) : undefined);
    if (seat && tokens[k].end <= end) return seat;
    if (pack.determiners.has(tokens[k].lower)) {
      // "in der russischen Hauptstadt"
      let j = k + 1;
      while (j < tokens.length && tokens[j].word && !tokens[j].cap && j - k < 3) j++;
      if (tokens[j] && pack.capitalNouns.has(tokens[j].lower) && capital) return capital;
      // "in der Türkei", "in den Vereinigten Staaten": a country takes an article
      const country = countryAt(tokens, k + 1, end, pack);
      if (country) return country;
      if (pack.capitalisesNouns) continue; // otherwise German "in der X" is a noun
      k++;
    }
    const words: string[] = [];
    while (k < tokens.length && tokens[k].end <= end && tokens[k].word && tokens[k].cap && words.length < 3) {
      const w = tokens[k].text;
      // ("aus Regierungskreisen": a source is no place; "in Wien", "in Darmstadt": a word shaped as a
      // place's name right after the preposition is one, though it ends as a common noun does)
      if (pack.nonPlaces.has(w) || (pack.isCommonNoun(w) && !pack.isCountry(w) && !(words.length === 0 && (pack.looksLikePlace?.(w) ?? false))) || pack.isRoleNoun(w) || pack.isOrganisationNoun(w) || pack.isSourceNoun(w)) break;
      words.push(tokens[k].text); k++;
      // "Frankfurt am Main"
      if (tokens[k]?.lower === 'am' && tokens[k + 1]?.cap && /^(Main|Oder|Rhein|Neckar|Inn|Lech)$/u.test(tokens[k + 1].text)) { words.push('am', tokens[k + 1].text); k += 2; }
    }
    // "die in New York geborene Sängerin", "des in Straßburg ansässigen Gerichts": a place inside an
    // attribute describes a person or thing, not where the statement was made
    // ("die in Beispielland erscheinende „Abendpost“": marks may open before the noun, and
    // adjectives stand between: "die aus Beispielland stammende ehemalige Politikerin")
    let after = k + 1;
    while (after < k + 4 && tokens[after]?.word && !tokens[after].cap && pack.attributiveWord.test(tokens[after].lower)) after++;
    const noun = tokens[after] && QUOTE_MARK.test(tokens[after].text) ? tokens[after + 1] : tokens[after];
    const attributive = tokens[k] && tokens[k].word && !tokens[k].cap && pack.attributiveWord.test(tokens[k].lower)
      && !pack.speechVerbs.has(tokens[k].lower) && noun?.cap;
    if (words.length && !attributive && !/^\p{N}/u.test(words[0]) && !pack.stopwords.has(words[0].toLowerCase())) return words.join(' ');
  }
  return null;
}

/** The country named by the capitalised words at tokens[k] (one to three of them), or null. */
function countryAt(tokens: Token[], k: number, end: number, pack: LanguagePack): string | null {
  let name = '';
  let found: string | null = null;
  for (let i = k; i < k + 3 && i < tokens.length && tokens[i].end <= end && tokens[i].word && tokens[i].cap; i++) {
    name = name ? `${name} ${tokens[i].text}` : tokens[i].text;
    if (pack.isCountry(name)) found = name;
  }
  return found;
}

/** A dateline ("Moskau. …", "BERLIN (dpa) –") that opens a paragraph names where the story is. */
export function datelinePlace(text: string): string | null {
  const m = /(?:^|\n)\s*([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?)(?:\s*\([^)]{1,20}\))?\s*(?:\.|–|—|-)\s+[„"»«‚‘“]?\p{Lu}/u.exec(text.slice(0, 2000));
  return m ? m[1] : null;
}
