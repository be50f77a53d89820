// talisman ships no types; the one function used here takes a word and returns its code.
declare module 'talisman/phonetics/german/cologne.js' {
  export default function cologne(word: string): string;
}
