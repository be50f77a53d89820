// The lexicon tests are asked about the same words again and again: each remembers its answers
// (bounded, so a long-running service does not grow without end).
export function remembered(test: (w: string) => boolean): (w: string) => boolean {
  const seen = new Map<string, boolean>();
  return (w) => {
    let v = seen.get(w);
    if (v === undefined) {
      if (seen.size > 50000) seen.clear();
      seen.set(w, v = test(w));
    }
    return v;
  };
}
