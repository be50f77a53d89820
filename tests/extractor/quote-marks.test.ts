// The mark scanner on its own: styles, nesting, unbalanced marks, paragraphs, and linear time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotedStretches } from '../../src/extractor/engine/quote-marks.js';
import { de } from '../../src/extractor/locales/de/index.js';
import { en } from '../../src/extractor/locales/en/index.js';
import { detectLanguage, extractQuotes } from '../../src/extractor/index.js';

const stretches = (text: string, pack = de) =>
  findQuotedStretches(text, pack.quotePairs).map((s) => [s.depth, s.segments.map((x) => text.slice(x.start, x.end)).join(' | ')]);

describe('quote marks', () => {
  const cases: [string, string, (string | number)[][], typeof de?][] = [
    ['German low-high', 'Er sagte „ja“.', [[0, 'ja']]],
    ['guillemets pointing in', 'Er sagte »ja«.', [[0, 'ja']]],
    ['guillemets pointing out', 'Er sagte «ja».', [[0, 'ja']]],
    ['single German marks', 'Er sagte ‚ja‘.', [[0, 'ja']]],
    ['single guillemets', 'Er sagte ›ja‹.', [[0, 'ja']]],
    ['English curly', 'He said “yes”.', [[0, 'yes']], en],
    ['a mark that only opens, after a comma with the space left out', 'He said,“Yes, we will.” Then he left.', [[0, 'Yes, we will.']], en],
    ['straight double', 'He said "yes".', [[0, 'yes']], en],
    ["wiki double apostrophes", "He said ''yes''.", [[0, 'yes']], en],
    ['„…” mixed closing', 'Er sagte „ja”.', [[0, 'ja']]],
    ['„…" closed by a straight mark', 'Er sagte „ja", dann ging er.', [[0, 'ja']]],
    ['straight marks nested in „…“', 'Er sagte „Wir rufen "Halt" und gehen“.', [[0, 'Wir rufen "Halt" und gehen'], [1, 'Halt']]],
    ['nested', '„Er rief ‚Halt‘ und ging“', [[0, 'Er rief ‚Halt‘ und ging'], [1, 'Halt']]],
    ['stray closing mark is ignored', 'Das ist“ gut. „Ja“', [[0, 'Ja']]],
    ['unclosed mark dies at the paragraph end', '„Offen\n\nDann „zu“', [[0, 'zu']]],
    ['a quote that goes on in the next paragraph', 'Sie sagte: „Eins.\n\n„Zwei.“', [[0, 'Eins. | Zwei.']]],
    ['a straight mark with a space on both sides closes the open quote (after a nested one)', `"That makes him the 'Main Backer,' " Jo Example wrote. "Yes."`, [[0, "That makes him the 'Main Backer,'"], [1, 'Main Backer,'], [0, 'Yes.']], en],
    ['a straight mark with a space on both sides and nothing open is no mark', 'The score was 5 " 3 on Sunday. He said "no".', [[0, 'no']], en],
  ];
  for (const [name, text, want, pack] of cases) it(name, () => assert.deepEqual(stretches(text, pack ?? de), want));
});

describe('language detection', () => {
  it('tells German from English by function words', () => {
    assert.equal(detectLanguage('Die Regierung hat am Donnerstag mitgeteilt, dass sie das Gesetz ändern will.'), 'de');
    assert.equal(detectLanguage('The government said on Thursday that it would change the law.'), 'en');
  });
});

describe('hostile input', () => {
  // Linear time: 20x more input may take at most ~40x longer (generous for the machine's noise),
  // measured on inputs large enough that start-up costs do not dominate.
  const timeOf = (text: string) => { const t = process.hrtime.bigint(); extractQuotes(text, { lang: 'de' }); return Number(process.hrtime.bigint() - t) / 1e6; };
  const shapes: [string, (n: number) => string][] = [
    ['no punctuation', (n) => 'wort '.repeat(n)],
    ['thousands of unbalanced marks', (n) => '„ ein » zwei “ drei ‚ '.repeat(n / 4)],
    ['marks without spaces', (n) => '„«»“'.repeat(n / 4)],
    ['closed quotes in one endless sentence', (n) => 'und „ein Wort“ '.repeat(n / 15)],
    ['a quote in every sentence', (n) => '„Das ist gut“, sagte er. '.repeat(n / 25)],
    ['one endless word in marks', (n) => `Der Minister lobte „K${'a'.repeat(n)}“ als Erfolg.`],
  ];
  for (const [name, make] of shapes) {
    it(`${name}: no exception, time linear in size`, () => {
      timeOf(make(2000)); // warm up
      const small = timeOf(make(10_000));
      const bound = Math.max(small, 5) * 40;
      // (a run slowed by another process on the machine is measured once more before it counts)
      let large = timeOf(make(200_000));
      if (large >= bound) large = Math.min(large, timeOf(make(200_000)));
      assert.ok(large < bound, `${name}: ${small.toFixed(1)} ms for 10,000 characters, ${large.toFixed(1)} ms for 200,000`);
    });
  }
  it('random Unicode, emoji, right-to-left text and NUL bytes never throw', () => {
    let seed = 7;
    const rand = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    const pool = ['„', '“', '»', '«', '"', "'", ' ', '\n', '.', ',', 'sagte', 'er', 'Anna', '😀', 'שלום', '\u0000', '\u202e', 'ß', ':'];
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 1 + Math.floor(rand() * 60) }, () => pool[Math.floor(rand() * pool.length)]).join('');
      for (const q of extractQuotes(text)) {
        for (const s of q.spans) assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length);
        assert.ok(q.confidence >= 0 && q.confidence <= 1);
      }
    }
  });
});
