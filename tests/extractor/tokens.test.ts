// The tokenizer: words, capitals and offsets, given/want.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../../src/extractor/engine/tokens.js';

const CASES: { given: string; want: string }[] = [
  // word:w, capital:C, punctuation and symbols: -
  { given: 'Hallo 😀 Welt!', want: 'Hallo:wC 😀:- Welt:wC !:-' },
  { given: 'İstanbul, ß und 3D', want: 'İstanbul:wC ,:- ß:w und:w 3D:w' },
  { given: 'US-Streitkräfte in O’Neill’s ndr.de', want: 'US-Streitkräfte:wC in:w O’Neill’s:wC ndr.de:w' },
  { given: 'sagte Muster.Als', want: 'sagte:w Muster:wC .:- Als:wC' },
];

describe('tokenize', () => {
  for (const { given, want } of CASES) {
    it(given, () => {
      const tokens = tokenize(given);
      assert.equal(tokens.map((t) => `${t.text}:${t.word ? 'w' : '-'}${t.cap ? 'C' : ''}`).join(' '), want);
      for (const t of tokens) assert.equal(given.slice(t.start, t.end), t.text);
    });
  }
});
