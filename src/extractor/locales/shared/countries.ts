// Country names per language, from i18n-iso-countries (a maintained package of ISO 3166 names in
// many languages), with the inflected forms German uses after prepositions and articles.
import { createRequire } from 'node:module';

interface CountryNames { countries: Record<string, string | string[]> }
const require = createRequire(import.meta.url);

/** Every name and short name of every country in `locale` ("de", "en"), as written. */
export function countryNames(locale: 'de' | 'en'): ReadonlySet<string> {
  const { countries } = require(`i18n-iso-countries/langs/${locale}.json`) as CountryNames;
  const out = new Set<string>();
  for (const v of Object.values(countries)) {
    for (const name of Array.isArray(v) ? v : [v]) {
      out.add(name);
      // "die Vereinigten Staaten", "des Vereinigten Königreichs": adjectives in names inflect
      if (locale === 'de' && name.includes(' ')) out.add(name.split(' ').map((w) => (/e$/u.test(w) && /^\p{Lu}/u.test(w) ? `${w}n` : w)).join(' '));
    }
  }
  return out;
}
