// Sentence boundaries that never fall inside a quotation: a quote with several sentences stays
// in the sentence that introduces or attributes it, which is where its speaker is named.
import type { Span } from '../types.js';

export interface Sentence extends Span {
  paragraph: number;
  /** A dateline ("WASHINGTON, Dec. 8 (UPI) —"): its day and place are those of the sentence after it. */
  dateline?: true;
}
export interface SentenceRules {
  /** lower-cased words that take a period without ending a sentence */
  abbreviations: ReadonlySet<string>;
  /** matches the words that may follow an ordinal number ("3. April") */
  ordinalHeads: RegExp;
  /** lower-cased abbreviations of "number" that end no sentence before a digit ("No. 5") */
  numberSigns: ReadonlySet<string>;
}

const ENDS = new Set(['.', '!', '?', '…']);

/**
 * @param masked top-level quoted stretches (marks included) inside which no sentence ends
 */
export function splitSentences(text: string, masked: Span[], rules: SentenceRules): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(text, 0);
  let paragraph = 0;
  let m = 0; // index into masked (sorted by start)
  const n = text.length;
  const push = (end: number) => {
    let e = end;
    while (e > start && /\s/u.test(text[e - 1])) e--;
    if (e > start) out.push({ start, end: e, paragraph });
  };
  // "BOSTON, Jan. 3 (AP) — In reply …": a dateline is no part of the sentence after it
  // (whose subject it would otherwise seem to be)
  const afterDateline = () => {
    const d = DATELINE.exec(text.slice(start, start + 80));
    if (!d) return;
    push(start + d[1].length);
    if (out.length && out[out.length - 1].start === start) out[out.length - 1].dateline = true;
    start += d[0].length;
  };
  afterDateline();
  for (let i = start; i < n; i++) {
    while (m < masked.length && masked[m].end <= i) m++;
    const inside = m < masked.length && masked[m].start < i && i < masked[m].end - 1;
    const c = text[i];
    if (c === '\n') {
      push(i);
      let j = i;
      while (j < n && /\s/u.test(text[j])) j++;
      if (text.slice(i, j).includes('\n')) paragraph++;
      start = j;
      afterDateline();
      i = start - 1;
      continue;
    }
    if (inside) continue;
    let endAt = -1;
    if (ENDS.has(c)) endAt = i + 1;
    // A quote that ends the sentence: ‘… ist.“ Dann …’ ends after the closing mark.
    else if (m < masked.length && masked[m].end - 1 === i && i > 0 && ENDS.has(text[i - 1])) endAt = i + 1;
    if (endAt < 0) continue;
    while (endAt < n && ENDS.has(text[endAt])) endAt++;
    if (!startsSentence(text, endAt)) continue;
    if (c === '.' && !isSentencePeriod(text, i, rules)) continue;
    push(endAt);
    start = skipSpace(text, endAt);
    i = start - 1;
  }
  if (start < n) push(n);
  return out;
}

/**
 * A place in capitals, perhaps a date and an agency, then a dash: "WASHINGTON, Dec. 8 (UPI) —",
 * "BERLIN (dpa) –"; or a place written as a name, where the agency in brackets marks it as a
 * dateline: "Washington (AFP) –", "Berlin (dpa) -".
 */
const DATELINE = /^((?:\p{Lu}[\p{Lu}.'’-]{2,}(?: \p{Lu}[\p{Lu}.'’-]+){0,3}(?:,[^\n—–()]{1,30}?)?(?:\s*\([^)\n]{1,20}\))?|\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2}\s*\([^)\n]{1,20}\))\s*[—–-]+)\s+/u;

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/u.test(text[i]) && text[i] !== '\n') i++;
  return i;
}

// The next sentence must begin after white space with a capital, a digit or an opening mark.
function startsSentence(text: string, i: number): boolean {
  if (i >= text.length) return true;
  // "sagte der Minister.Der Bruder …": a space missing after the period (not "heise.de", "U.S.A.")
  if (text[i - 1] === '.' && /\p{Ll}{2}\.\p{Lu}\p{Ll}/u.test(text.slice(i - 3, i + 2))) return true;
  if (!/\s/u.test(text[i])) return false;
  let j = i;
  while (j < text.length && /[ \t\u00a0]/u.test(text[j])) j++;
  const c = text[j];
  return c === undefined || c === '\n' || /[\p{Lu}\p{N}„“"»«‚‘'(\[–-]/u.test(c);
}

function isSentencePeriod(text: string, i: number, { abbreviations, ordinalHeads, numberSigns }: SentenceRules): boolean {
  let j = i;
  while (j > 0 && /[\p{L}\p{N}.]/u.test(text[j - 1])) j--;
  const word = text.slice(j, i).toLowerCase();
  if (!word) return true;
  if (abbreviations.has(word)) return false;
  // "No. 5", "Nr. 12": a number sign, not the word "no" ending a sentence
  if (numberSigns.has(word) && /^\s*\d/u.test(text.slice(i + 1, i + 4))) return false;
  // Regnal numbers: "Benedikt XVI. betonte", "Ludwig II. „der Kini“"; a quote that opens with a
  // capital after one starts a new sentence ("… von Benedikt XVI. „Die …“").
  if (/^[IVXLC]{2,6}$/u.test(text.slice(j, i)) && /^\s+[„"»“]?\p{Ll}/u.test(text.slice(i + 1, i + 5))) return false;
  if (/^\p{L}$/u.test(word)) return false; // initials: "George W. Bush", "z. B."
  // Ordinals and dates: "am 3. April", "3.4. 2025".
  if (/^\d{1,2}$/u.test(word) || /^\d{1,2}\.\d{1,2}$/u.test(word)) {
    const next = text.slice(i + 1, i + 16).trimStart();
    if (ordinalHeads.test(next)) return false;
  }
  return true;
}
