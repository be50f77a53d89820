// Whom a pronoun goes back to: the person registry on its own, given the people and where they
// are mentioned (as a subject or inside a prepositional phrase), want the one "he"/"she" means.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PersonRegistry } from '../../src/extractor/engine/entities.js';
import { en } from '../../src/extractor/locales/en/index.js';
import type { Gender } from '../../src/extractor/types.js';

interface Mentioned { name: string; at: number[]; oblique?: number[] }
const CASES: { name: string; given: Mentioned[]; pronoun: Gender; at: number; want: string | undefined }[] = [
  {
    name: '"she" goes to a woman named nearby in a prepositional phrase ("for Mrs. Example") before a subject of unknown gender',
    given: [{ name: 'Ann Example', at: [0, 700], oblique: [700] }, { name: 'Zoltar Sample', at: [650] }],
    pronoun: 'f', at: 800, want: 'Ann Example',
  },
  {
    name: '"she" goes to a woman named as a subject before one named in a prepositional phrase',
    given: [{ name: 'Ann Example', at: [700], oblique: [700] }, { name: 'Eva Probe', at: [600] }],
    pronoun: 'f', at: 800, want: 'Eva Probe',
  },
  {
    name: '"he" goes to the last subject, not to a later name in a prepositional phrase',
    given: [{ name: 'Tom Sample', at: [600] }, { name: 'Jan Probe', at: [700], oblique: [700] }],
    pronoun: 'm', at: 800, want: 'Tom Sample',
  },
];

describe('pronouns', () => {
  for (const c of CASES) it(c.name, () => {
    const registry = new PersonRegistry(en);
    for (const m of c.given) {
      const p = registry.add(m.name, [], null, m.at[0]);
      for (const at of m.at.slice(1)) registry.mention(p, at);
      for (const at of m.oblique ?? []) p.oblique.add(at);
    }
    assert.equal(registry.lastBefore(c.at, c.pronoun)?.name, c.want);
  });
});
