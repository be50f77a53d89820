// Lines of an article's layout that hold no reported speech: the headline that repeats the
// article's title, and section headings set in single marks.
import type { QuotedStretch } from './quote-marks.js';

/** Single marks around a short paragraph that holds nothing else: a heading's style. */
export function isHeading(text: string, s: QuotedStretch): boolean {
  if (!/^['‘’‚›‹]$/u.test(s.openMark) || s.segments.length !== 1) return false;
  const lineStart = text.lastIndexOf('\n', s.outer.start - 1) + 1;
  const lineEnd = text.indexOf('\n', s.outer.end);
  const rest = text.slice(s.outer.end, lineEnd < 0 ? text.length : lineEnd);
  const words = text.slice(s.segments[0].start, s.segments[0].end).split(/\s+/u).filter(Boolean).length;
  return !text.slice(lineStart, s.outer.start).trim() && /^[\s.]*$/u.test(rest) && words <= 10;
}

/** Where the headline ends: the first line, when the text opens with the article's title; else 0. */
export function headlineOf(text: string, title: string | null | undefined): number {
  if (!title) return 0;
  // (the text may close the title with a period, inside its closing mark: "… ‘Very Good Idea.’")
  const norm = (x: string) => x.replace(/[^\p{L}\p{N}]+/gu, '');
  const line = text.search(/\r?\n/u);
  const first = line < 0 ? text : text.slice(0, line);
  return norm(first) === norm(title) ? first.length : 0;
}
