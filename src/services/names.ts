// Phonetic keys for finding speakers however their name is transliterated (Kölner Phonetik from
// talisman): "Lavrov" and "Lawrow" share one. The spelling key is SQL's sw_norm.
import cologne from 'talisman/phonetics/german/cologne.js';

function normName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/gu, 'ss').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function phoneticKeys(name: string): string[] {
  const words = normName(name).split(/[^\p{L}]+/u).filter((w) => w.length >= 3);
  return [...new Set(words.map((w) => cologne(w)).filter((k) => k.length >= 2))];
}
