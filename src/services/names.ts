// Keys for finding speakers: a spelling key (case and accents ignored, as sw_norm does in SQL)
// and phonetic keys (Kölner Phonetik from talisman), so "Lavrov" finds "Lawrow".
import cologne from 'talisman/phonetics/german/cologne.js';

export function normName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/gu, 'ss').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function phoneticKeys(name: string): string[] {
  const words = normName(name).split(/[^\p{L}]+/u).filter((w) => w.length >= 3);
  return [...new Set(words.map((w) => cologne(w)).filter((k) => k.length >= 2))];
}
