// Words and punctuation with their offsets: the unit every pattern in the engine works on.
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** starts with an upper-case letter */
  cap: boolean;
  word: boolean;
  /**
   * A function word that stands as a name here ("Theresa May", "said Will Example"); see
   * markNameWords. Always present, so that every token has one object layout (code compiled for
   * tokens without it was thrown away when the first one got it; see pack-shape.ts).
   */
  nameWord: boolean;
}

// Words may hold inner hyphens, apostrophes and dots ("US-Streitkräfte", "O'Neill", "ndr.de",
// "U.S"); a dot before a capitalised word ends a sentence even without a space ("sagte Muster.Als").
const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|\.(?=[\p{Ll}\p{N}]|\p{Lu}(?![\p{Ll}]))[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

const WORD_START = /^[\p{L}\p{N}]/u;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    // (one test for the first character; capitals by case mapping instead of a second pattern)
    const word = WORD_START.test(t);
    const cp = t.codePointAt(0)!;
    const first = cp > 0xffff ? String.fromCodePoint(cp) : t[0];
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, cap: word && first !== first.toLowerCase() && first === first.toUpperCase(), word, nameWord: false });
  }
  return out;
}

/** A quotation mark of any style, as a token of its own. */
export const QUOTE_MARK = /^["'‘’‚‛“”„‟«»‹›]$/u;

/** A web site's domain as one token ("musterblog.de", "news.example.com"): a source's name in lower case. */
export const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{Ll}{2,6}$/u;

/** Index of the first token that starts at or after pos (binary search; tokens.length if none). */
export function firstTokenAt(tokens: Token[], pos: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].start < pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/** A word without its possessive or contracted "’s" ("Clinton’s" → "Clinton", "He’s" → "He"). */
export function withoutApostropheS(word: string): string {
  return word.replace(/['’]s$/u, '');
}
