// The usual gender of a first name, from gender-detection-from-name (first-name lists of several
// languages, MIT): what tells "sie" from "er" when the article gives a person no office.
import { getGender } from 'gender-detection-from-name';
import type { Gender } from '../../types.js';

/** The lists the package holds; a name is asked of each (a list without it answers from the others). */
const LISTS = ['de', 'en', 'fr', 'it', 'es', 'tr'] as const;

/**
 * 'f' or 'm' when every list that holds the name agrees ("Gabriela", "Bernhard"); null for names
 * they do not hold and for names used for both ("Morgan", "Andrea", "Kim"), where a wrong guess
 * would send "er" past the one meant.
 */
export function firstNameGender(firstName: string): Gender | null {
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(firstName)) return null;
  let found: string | null = null;
  for (const lang of LISTS) {
    const g = getGender(firstName, lang);
    if (g === 'unknown') return null;
    if (found && g !== found) return null;
    found = g;
  }
  return found === 'female' ? 'f' : found === 'male' ? 'm' : null;
}
