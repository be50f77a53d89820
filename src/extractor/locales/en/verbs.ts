// English reporting verbs and their finite forms (3rd person present and past). Source: written
// for this project from the reporting verbs of English news style guides.
const REGULAR = ['add', 'announce', 'argue', 'ask', 'assert', 'boast', 'claim', 'comment', 'complain', 'conclude', 'confirm',
  'contend', 'declare', 'deny', 'explain', 'insist', 'joke', 'maintain', 'mention', 'note', 'observe', 'promise', 'recall',
  'remark', 'repeat', 'reply', 'report', 'respond', 'state', 'stress', 'suggest', 'tweet', 'warn', 'acknowledge', 'admit',
  'emphasize', 'emphasise', 'predict', 'quip', 'urge', 'vow', 'charge', 'counter', 'exclaim', 'lament', 'caution', 'continue',
  'elaborate', 'reiterate', 'testify', 'whisper', 'yell', 'shout', 'scoff', 'muse', 'concede', 'pledge', 'describe', 'cheer',
  'exhort', 'chant', 'scream', 'demand', 'retort', 'recount', 'post', 'text', 'email', 'insist', 'mock', 'question', 'recall',
  // verbs of judging that report words as they were said ("condemned the “attack”", "called it “absurd”")
  'condemn', 'blast', 'slam', 'praise', 'criticize', 'criticise', 'accuse', 'label', 'brand', 'hail', 'denounce', 'dismiss',
  'decry', 'applaud', 'tout', 'call',
  'answer', 'interject', 'retaliate', 'allege', 'assure', 'brag', 'concur', 'echo', 'gush', 'implore', 'marvel', 'plead',
  'proclaim', 'protest', 'rant', 'sigh', 'snap', 'sneer', 'taunt', 'tease', 'thunder', 'wonder', 'reason', 'advise', 'inform',
  'bark', 'beam', 'fume', 'press', 'riff', 'surmise', 'react', 'remember', 'gripe', 'grumble', 'rebut', 'chat'];
const IRREGULAR = ['said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'spoke', 'speaks', 'put', 'puts', 'thought', 'thinks',
  // a text speaks by what it reads: "“…,” the letter reads", "“…,” it read"
  'read', 'reads',
];
// The plain present, for plural subjects ("“…,” they conclude", "critics argue"): only verbs whose
// plain form is no noun as well ("state", "report", "note" are left out).
const PLURAL_PRESENT = ['add', 'argue', 'assert', 'contend', 'declare', 'explain', 'insist', 'maintain', 'admit', 'acknowledge',
  'predict', 'suggest', 'urge', 'warn', 'conclude', 'complain', 'concede', 'emphasize', 'emphasise', 'reiterate', 'write', 'allege'];

function forms(v: string): string[] {
  const s = /(s|sh|ch|x|z)$/u.test(v) ? `${v}es` : /[^aeiou]y$/u.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`;
  const d = v.endsWith('e') ? `${v}d` : /[^aeiou]y$/u.test(v) ? `${v.slice(0, -1)}ied` : /^(quip|slam|snap|admit|rebut|chat)$/u.test(v) ? `${v}${v.slice(-1)}ed` : `${v}ed`;
  return [s, d];
}

// The participle in -ing of the verbs that report most ("…, saying the plan was dead", "Ryan saying
// he was …"): they report speech without marks; a quote's attribution has a finite verb
export const PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'telling', 'adding', 'noting', 'arguing', 'claiming', 'insisting', 'warning', 'calling',
  'describing', 'declaring', 'writing', 'asking', 'accusing', 'chanting', 'shouting', 'yelling', 'tweeting', 'urging',
  'vowing', 'suggesting', 'explaining', 'stressing', 'complaining', 'predicting', 'labeling', 'labelling', 'dubbing']);

export const SPEECH_VERBS: ReadonlySet<string> = new Set([...REGULAR.flatMap(forms), ...IRREGULAR, ...PLURAL_PRESENT, 'labelled']);

/** Phrasal reporting verbs: the particle that follows → the forms it goes with ("he points out", "she shot back"). */
export const PHRASAL_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['point', 'points', 'pointed'].map((f) => [f, new Set(['out'])] as const),
  ...['shoot', 'shoots', 'shot', 'fire', 'fires', 'fired', 'hit', 'hits', 'snap', 'snaps', 'snapped', 'fight', 'fights', 'fought', 'push', 'pushes', 'pushed'].map((f) => [f, new Set(['back'])] as const),
  ...['chime', 'chimes', 'chimed'].map((f) => [f, new Set(['in'])] as const),
  // ("“…,” she went on": going on with what one says; the particle must close the clause, so "the
  // war went on for years" reports nothing; the plain form is left out: "while talks go on, X said")
  ...['goes', 'went'].map((f) => [f, new Set(['on'])] as const),
]);
