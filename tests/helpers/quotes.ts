// Compact views of extractor output for given/want tables.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractQuotes, type ExtractOptions, type Quote } from '../../src/extractor/index.js';

export interface Want {
  text: string;
  type?: Quote['type'];
  speaker?: string | null;
  mention?: string | null;
  role?: string | null;
  place?: string | null;
  date?: string | null;
}

/** The quotes of a text (indirect ones left out unless asked for), as the fields a case names. */
export function quotesOf(text: string, opts: ExtractOptions = {}, withIndirect = false): Quote[] {
  return extractQuotes(text, opts).filter((q) => withIndirect || q.type !== 'indirect');
}

/** Projects a quote onto the fields the expectation names, so a case states only what it checks. */
export function project(q: Quote, want: Want): Want {
  const out: Want = { text: q.text };
  if ('type' in want) out.type = q.type;
  if ('speaker' in want) out.speaker = q.speaker?.name ?? null;
  if ('mention' in want) out.mention = q.speaker?.mention?.text ?? null;
  if ('role' in want) out.role = q.role;
  if ('place' in want) out.place = q.place;
  if ('date' in want) out.date = q.date;
  return out;
}

export interface Case { name: string; given: string; publishedAt?: string; title?: string; want: Want[] }

/** One test per case: the direct and partial quotes of `given`, projected onto what `want` names. */
export function runCases(title: string, lang: string, cases: Case[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(c.name, () => {
        const got = quotesOf(c.given, { lang, publishedAt: c.publishedAt ?? null, title: c.title ?? null });
        assert.deepEqual(got.map((q, i) => project(q, c.want[i] ?? { text: '' })), c.want);
      });
    }
  });
}
