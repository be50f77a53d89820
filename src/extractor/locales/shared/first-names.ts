// The usual gender of a first name, from gender-detection-from-name (first-name lists of several
// languages, MIT): what tells "sie" from "er" when the article gives a person no office.
import { getGender } from 'gender-detection-from-name';
import type { Gender } from '../../types.js';

/** The lists the package holds; a name is asked of each (a list without it answers from the others). */
const LISTS = ['de', 'en', 'fr', 'it', 'es', 'tr'] as const;

/**
 * 'f' or 'm' when at least five of the six lists agree ("Gabriela", "Thomas", which one list gets
 * wrong); null for names they do not hold and for names used for both ("Morgan", "Andrea",
 * "Robin"), where a wrong guess would send "er" past the one meant.
 */
export function firstNameGender(firstName: string): Gender | null {
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(firstName)) return null;
  let female = 0, male = 0;
  for (const lang of LISTS) {
    const g = getGender(firstName, lang);
    if (g === 'female') female++;
    else if (g === 'male') male++;
  }
  return female >= LISTS.length - 1 ? 'f' : male >= LISTS.length - 1 ? 'm' : null;
}
