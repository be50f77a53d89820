// Opaque page cursors: base64url JSON of the last row's sort key. A cursor from another sort or a
// tampered one is a 400, never a server error.
import { z } from 'zod';
import { ProblemError } from './problem.js';

const Cursor = z.strictObject({
  s: z.string(), k: z.union([z.string().max(100), z.number()]), id: z.uuid().optional(), n: z.number().int().optional(),
});
export type CursorData = z.infer<typeof Cursor>;

export function encodeCursor(c: CursorData): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(raw: string | undefined, sort: string): CursorData | null {
  if (raw === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  const r = Cursor.safeParse(parsed);
  if (!r.success || r.data.s !== sort) throw bad();
  return r.data;
}

const bad = () => new ProblemError(400, 'malformed cursor: pass the next_cursor of the previous page unchanged', [{ field: 'query.cursor', message: 'malformed cursor' }]);
