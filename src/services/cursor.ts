// Opaque page cursors: base64url JSON of the last row's sort key. Each list says which shape of
// key it pages on, so a cursor from another list, another sort or a forged one is a 400 before
// any value reaches SQL.
import { z } from 'zod';
import { ProblemError } from './problem.js';

const sort = z.string();
const tie = z.number().int();
const SHAPES = {
  /** articles: publication day and id */
  'date+id': z.strictObject({ s: sort, k: z.iso.date(), id: z.uuid() }),
  /** quotes by a date: the day and the tie-break sequence */
  'date+n': z.strictObject({ s: sort, k: z.iso.date(), n: tie }),
  /** quotes by relevance: the rank and the tie-break sequence */
  'number+n': z.strictObject({ s: sort, k: z.number().finite(), n: tie }),
  /** speakers by quote count: the count and id */
  'count+id': z.strictObject({ s: sort, k: z.number().int().nonnegative(), id: z.uuid() }),
  /** ranked search results: an offset */
  offset: z.strictObject({ s: sort, k: z.number().int().min(0).max(10_000) }),
};
export type CursorShape = keyof typeof SHAPES;

export function encodeCursor(c: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

/** The cursor's content, checked against the list's sort and key shape; null without a cursor. */
export function decodeCursor<S extends CursorShape>(raw: string | undefined, sortName: string, shape: S): z.infer<(typeof SHAPES)[S]> | null {
  if (raw === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw malformed();
  }
  const r = SHAPES[shape].safeParse(parsed);
  if (!r.success || r.data.s !== sortName) throw malformed();
  return r.data as z.infer<(typeof SHAPES)[S]>;
}

const malformed = () => new ProblemError(400, 'malformed cursor: pass the next_cursor of the previous page unchanged',
  [{ field: 'query.cursor', message: 'malformed cursor' }]);
