// What an article's text is: given as text, or reduced from HTML by Mozilla's Readability (on a
// linkedom DOM). Also the checks that make a text unusable (422) and its content hash.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createHash } from 'node:crypto';
import { ProblemError } from './problem.js';

export interface PreparedText { text: string; title: string | null }

export function prepareText(input: { text?: string; html?: string }): PreparedText {
  let text: string;
  let title: string | null = null;
  if (input.text !== undefined) {
    text = input.text;
  } else {
    const { document } = parseHTML(input.html ?? '');
    const parsed = new Readability(document as unknown as Document).parse();
    text = (parsed?.textContent ?? document.body?.textContent ?? '').replace(/[ \t]+\n/gu, '\n').replace(/\n{3,}/gu, '\n\n');
    title = parsed?.title?.trim() || null;
  }
  text = text.normalize('NFC').replace(/\r\n?/gu, '\n').trim();
  if (!text) throw new ProblemError(422, 'the article has no text', [{ field: 'body.text', message: 'empty after trimming' }]);
  if (/\u0000/u.test(text)) throw new ProblemError(422, 'the text contains NUL bytes: not text', [{ field: 'body.text', message: 'contains NUL' }]);
  if (!hasLetters(text, Math.min(10, text.length / 2))) throw new ProblemError(422, 'the text has (almost) no letters: not an article', [{ field: 'body.text', message: 'no letters' }]);
  return { text, title };
}

/** At least `need` letters, counted lazily: a long article is not turned into an array of letters. */
function hasLetters(text: string, need: number): boolean {
  let n = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) if (++n >= need) return true;
  return n >= need;
}

export const contentHash = (text: string) => createHash('sha256').update(text).digest('hex');

/** 'YYYY-MM-DD', 'YYYY-MM' or a timestamp → the stored string and the first day it covers. */
export function normalisePublished(raw: string | undefined | null): { label: string | null; day: string | null } {
  if (!raw) return { label: null, day: null };
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/u.exec(raw);
  if (!m) return { label: null, day: null };
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(+y, +mo - 1, d ? +d : 1));
  if (date.getUTCMonth() !== +mo - 1 || (d && date.getUTCDate() !== +d)) {
    throw new ProblemError(400, `published_at ${raw} is not a calendar date`, [{ field: 'body.published_at', message: 'not a calendar date' }]);
  }
  return d ? { label: `${y}-${mo}-${d}`, day: `${y}-${mo}-${d}` } : { label: `${y}-${mo}`, day: `${y}-${mo}-01` };
}

/** The sentence (or sentences) around a span, for showing a quote in context. */
export function contextOf(text: string, start: number, end: number, max = 600): string {
  let a = start, b = end;
  while (a > 0 && start - a < max / 2 && !/[.!?\n]/u.test(text[a - 1])) a--;
  while (b < text.length && b - end < max / 2 && !/[.!?\n]/u.test(text[b])) b++;
  if (b < text.length && /[.!?]/u.test(text[b])) b++;
  return text.slice(a, b).trim();
}
