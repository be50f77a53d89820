// Packs and tokens keep one object layout (see engine/pack-shape.ts for why), given/want.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withOneShape } from '../../src/extractor/engine/pack-shape.js';
import { tokenize } from '../../src/extractor/engine/tokens.js';
import type { LanguagePack } from '../../src/extractor/types.js';

const pack = (fields: Record<string, unknown>) => fields as unknown as LanguagePack;

describe('withOneShape', () => {
  it('gives every pack the union of the fields, in one order, values kept', () => {
    const [x, y] = withOneShape([pack({ code: 'xx', possessive: /s$/u, verbSecond: true }), pack({ verbSecond: false, code: 'yy', extra: 1 })]);
    assert.deepEqual(Object.keys(x), ['code', 'extra', 'possessive', 'verbSecond']);
    assert.deepEqual(Object.keys(y), Object.keys(x));
    assert.equal(x.code, 'xx');
    assert.equal((x as unknown as { extra: unknown }).extra, undefined);
    assert.equal(y.possessive, undefined);
    assert.equal(y.verbSecond, false);
  });
});

describe('tokenize', () => {
  it('gives every token the same fields, marked or not', () => {
    const keys = new Set(tokenize('Eva sagte: „Ja.“ 3').map((t) => Object.keys(t).join()));
    assert.deepEqual([...keys], ['text,lower,start,end,cap,word,nameWord']);
  });
});
