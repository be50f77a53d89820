// Finds quoted stretches in one linear pass with a small stack, so a stray mark can never make
// the scan backtrack or swallow the rest of the article: an unclosed mark dies at the end of
// its paragraph, unless the next paragraph reopens it (a quote over several paragraphs).
import type { Span } from '../types.js';

export interface QuotedStretch {
  /** The quoted words without the marks; more than one when the quote spans paragraphs. */
  segments: Span[];
  /** First opening mark and last closing mark, marks included. */
  outer: Span;
  openMark: string;
  closeMark: string;
  /** 0 at top level, 1 inside another quote, … */
  depth: number;
}

interface Open {
  mark: string; close: ReadonlySet<string>; markStart: number; contentStart: number; segments: Span[];
  /** Opens at a paragraph start or after ":" or ",": only such a quote may go on in the next paragraph. */
  opensUtterance: boolean;
}

const MAX_DEPTH = 12;
const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
// Characters after which a mark reads as opening: start, space, brackets, dashes, slashes.
const OPENING_CONTEXT = /[\s([{\-–—/:;]/u;

export function findQuotedStretches(text: string, pairs: ReadonlyArray<readonly [string, string]>): QuotedStretch[] {
  const marks = [...new Set(pairs.flatMap(([o, c]) => [o, c]))].sort((a, b) => b.length - a.length);
  const firstChars = new Set(marks.map((m) => m[0]));
  // (between marks the scan jumps to the next character that may start one, or to a line break:
  // one native search instead of a test per character)
  const candidate = new RegExp(`[\\n${[...firstChars].map((c) => c.replace(/[\]\\^-]/gu, '\\$&')).join('')}]`, 'gu');
  const closesOf = new Map<string, string[]>();
  const opensAs = new Map<string, Set<string>>(); // opening mark → the marks that may close it („…“ and „…”)
  for (const [o, c] of pairs) {
    if (!opensAs.has(o)) opensAs.set(o, new Set());
    opensAs.get(o)!.add(c);
    closesOf.set(c, [...(closesOf.get(c) ?? []), o]);
  }
  const out: QuotedStretch[] = [];
  const stack: Open[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (ch === '\n') {
      // Paragraph end: keep the outermost quote only if the next paragraph reopens it.
      let j = i;
      while (j < n && /\s/u.test(text[j])) j++;
      const bottom = stack[0];
      if (bottom && text.startsWith(bottom.mark, j) && stack.length === 1 && bottom.opensUtterance && /[.!?…,;:]/u.test(text[lastNonSpace(text, i)])) {
        bottom.segments.push(trimmed(text, bottom.contentStart, i));
        bottom.contentStart = j + bottom.mark.length;
        i = bottom.contentStart;
        continue;
      }
      stack.length = 0;
      i = j;
      continue;
    }
    if (!firstChars.has(ch)) {
      candidate.lastIndex = i + 1;
      i = candidate.exec(text)?.index ?? n;
      continue;
    }
    const mark = marks.find((m) => text.startsWith(m, i));
    if (mark === undefined) { i++; continue; }
    const before = i > 0 ? text[i - 1] : undefined;
    const after = text[i + mark.length];
    // ("Example said,“Look …”": a mark that never closes opens after punctuation with the space left out)
    const leftOpen = before === undefined || OPENING_CONTEXT.test(before) || marks.some((m) => m !== mark && text.endsWith(m, i))
      || (!closesOf.has(mark) && /[,.!?]/u.test(before));
    // A mark that only ever opens may be followed by a space (French « … »), one that only closes
    // may follow one; a mark that can do both decides by the space.
    const opensWord = !isSpace(after) || (!closesOf.has(mark) && after !== '\n');
    // ("… the 'Title Sponsor,' \" Eric Example wrote": a mark with a space on both sides opens no
    // word; where a quote it may close is open, it closes that one)
    const closesWord = (!isSpace(before) && !(before !== undefined && OPENING_CONTEXT.test(before))) || (!opensAs.has(mark) && before !== '\n')
      || (before === ' ' && (after === ' ' || after === undefined));
    // An apostrophe inside a word (don't, Trump's) is not a mark.
    if (isWordChar(before) && isWordChar(after) && (mark === "'" || mark === '’')) { i += mark.length; continue; }

    const canClose = closesOf.get(mark);
    let closeAt = -1;
    if (canClose && closesWord) {
      for (let k = stack.length - 1; k >= 0; k--) if (stack[k].close.has(mark)) { closeAt = k; break; }
    }
    const looksOpening = leftOpen && opensWord;
    if (closeAt >= 0 && !(looksOpening && opensAs.has(mark) && closeAt < stack.length - 1)) {
      const open = stack[closeAt];
      stack.length = closeAt; // marks opened inside and never closed are dropped
      const segments = [...open.segments, trimmed(text, open.contentStart, i)].filter((s) => s.end > s.start);
      if (segments.length) {
        out.push({
          segments,
          outer: { start: open.markStart, end: i + mark.length },
          openMark: open.mark,
          closeMark: mark,
          depth: closeAt,
        });
      }
      i += mark.length;
      continue;
    }
    const close = opensAs.get(mark);
    if (close !== undefined && looksOpening && stack.length < MAX_DEPTH) {
      const prev = text[lastNonSpace(text, i)];
      stack.push({ mark, close, markStart: i, contentStart: i + mark.length, segments: [], opensUtterance: prev === undefined || prev === '\n' || prev === ':' || prev === ',' });
    }
    i += mark.length;
  }
  return out.sort((a, b) => a.outer.start - b.outer.start || a.depth - b.depth);
}

/** Index of the last non-space character before i, stopping at a newline (-1 at the start). */
function lastNonSpace(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && /[ \t\u00a0]/u.test(text[k])) k--;
  return k;
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}
