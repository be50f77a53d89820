// German speech verbs. Source: written for this project from the verbs of saying that German
// news reporting uses (Duden's "Verben des Sagens" field); finite forms are built by the regular
// weak conjugation, strong verbs list their stems. Only 3rd person forms matter in reporting.

/** Weak (regular) verbs: infinitive. */
const WEAK = [
  'sagen', 'erklären', 'betonen', 'berichten', 'meinen', 'fordern', 'warnen', 'kritisieren', 'bestätigen',
  'ergänzen', 'erläutern', 'antworten', 'behaupten', 'äußern', 'mahnen', 'klagen', 'beklagen', 'bekräftigen',
  'versichern', 'fragen', 'zitieren', 'twittern', 'erzählen', 'verkünden', 'begründen', 'argumentieren',
  'resümieren', 'bilanzieren', 'erinnern', 'appellieren', 'drohen', 'loben', 'prognostizieren', 'vermuten',
  'glauben', 'schätzen', 'kommentieren', 'urteilen', 'entgegnen', 'beteuern', 'verlangen', 'erwidern',
  'präzisieren', 'kontern', 'spotten', 'scherzen', 'jubeln', 'bemängeln',
  'beschwichtigen', 'folgern', 'schildern', 'zweifeln', 'bezweifeln', 'monieren', 'rechtfertigen',
  'ankündigen', 'mitteilen', 'hinzufügen', 'feststellen', 'klarstellen', 'einräumen', 'anmerken', 'ausführen',
  'hinweisen', 'zurückweisen', 'bekanntgeben', 'zugeben', 'hervorheben', 'verweisen', 'anfügen', 'nachlegen',
  'bemerken', 'protestieren', 'signalisieren', 'wiederholen',
  'ausrichten', 'melden', 'informieren', 'bewerten', 'bezeichnen', 'reagieren', 'wünschen', 'bedanken', 'danken', 'beschuldigen', 'vorwerfen', 'verurteilen', 'begrüßen', 'ablehnen', 'zurückweisen', 'dementieren', 'bestreiten', 'anzweifeln', 'prophezeien', 'konstatieren', 'attackieren', 'würdigen', 'bezichtigen', 'anprangern', 'monieren', 'tadeln', 'rügen', 'preisen', 'charakterisieren', 'ausdrücken', 'skandieren', 'einwenden', 'beschwören', 'philosophieren', 'frohlocken', 'nennen', 'werten', 'beurteilen', 'titulieren', 'sprechen', 'lauten', 'verlauten', 'bekunden', 'bemerken', 'vorhalten',
  // the tone of what is said, as press reports give it ("„…“, schimpfte X", "freute sich X", "lachte sie")
  'schimpfen', 'wettern', 'poltern', 'lästern', 'sticheln', 'höhnen', 'ätzen', 'meckern', 'nörgeln', 'murren', 'jammern',
  'stöhnen', 'seufzen', 'lachen', 'schwärmen', 'freuen', 'ärgern', 'wundern', 'beschweren', 'entschuldigen',
  'bedauern', 'mutmaßen', 'spekulieren', 'unken', 'witzeln', 'flachsen', 'brüllen', 'flüstern', 'insistieren',
];

/** Strong or mixed verbs: their finite 3rd-person forms (present sg/pl, past sg/pl). */
const STRONG: Record<string, string[]> = {
  sprechen: ['spricht', 'sprechen', 'sprach', 'sprachen'],
  schreiben: ['schreibt', 'schreiben', 'schrieb', 'schrieben'],
  rufen: ['ruft', 'rufen', 'rief', 'riefen'],
  unterstreichen: ['unterstreicht', 'unterstreichen', 'unterstrich', 'unterstrichen'],
  heißen: ['heißt', 'hieß'],
  weisen: ['weist', 'weisen', 'wies', 'wiesen'],
  geben: ['gibt', 'geben', 'gab', 'gaben'],
  heben: ['hebt', 'heben', 'hob', 'hoben'],
  versprechen: ['verspricht', 'versprechen', 'versprach', 'versprachen'],
  widersprechen: ['widerspricht', 'widersprechen', 'widersprach', 'widersprachen'],
  beschreiben: ['beschreibt', 'beschreiben', 'beschrieb', 'beschrieben'],
  bitten: ['bittet', 'bitten', 'bat', 'baten'],
  raten: ['rät', 'raten', 'riet', 'rieten'],
  empfehlen: ['empfiehlt', 'empfehlen', 'empfahl', 'empfahlen'],
  verraten: ['verrät', 'verraten', 'verriet', 'verrieten'],
  bekennen: ['bekennt', 'bekennen', 'bekannte', 'bekannten'],
  nennen: ['nennt', 'nennen', 'nannte', 'nannten'],
  denken: ['denkt', 'denken', 'dachte', 'dachten'],
  schreien: ['schreit', 'schreien', 'schrie', 'schrien'],
  befinden: ['befindet', 'befinden', 'befand', 'befanden'],
  stellen: ['stellt', 'stellen', 'stellte', 'stellten'],
  führen: ['führt', 'führen', 'führte', 'führten'],
  räumen: ['räumt', 'räumen', 'räumte', 'räumten'],
  kündigen: ['kündigt', 'kündigen', 'kündigte', 'kündigten'],
  teilen: ['teilt', 'teilen', 'teilte', 'teilten'],
  fügen: ['fügt', 'fügen', 'fügte', 'fügten'],
  merken: ['merkt', 'merken', 'merkte', 'merkten'],
  zeigen: ['zeigt', 'zeigen', 'zeigte', 'zeigten'],
  lassen: ['lässt', 'lassen', 'ließ', 'ließen'],
  werfen: ['wirft', 'werfen', 'warf', 'warfen'],
  halten: ['hält', 'halten', 'hielt', 'hielten'],
  streichen: ['streicht', 'streichen', 'strich', 'strichen'],
  // (not "gestanden": it is "stehen"'s participle as often)
  gestehen: ['gesteht', 'gestehen', 'gestand'],
  schwören: ['schwört', 'schwören', 'schwor', 'schworen'],
  // only with "Stellung" (below): "nahm X zu der Frage Stellung"
  nehmen: ['nimmt', 'nehmen', 'nahm', 'nahmen'],
  // only with "aus" (below): "geht davon aus, dass …" holds a view
  gehen: ['geht', 'gehen', 'ging', 'gingen'],
  // only with "wissen" (below): "„…?“, wollen die Demonstranten wissen" asks
  wollen: ['will', 'wollen', 'wollte', 'wollten'],
};

/** Separable verbs: the particle that closes the clause → the finite stems it goes with. */
const SEPARABLE: Record<string, string[]> = {
  hinzu: ['fügen'], mit: ['teilen'], ab: ['lehnen', 'qualifizieren'], vor: ['werfen', 'halten'], an: ['kündigen', 'merken', 'fügen', 'geben', 'prangern', 'mahnen', 'kreiden'], fest: ['stellen'],
  klar: ['stellen', 'machen'], aus: ['führen', 'sprechen', 'drücken', 'gehen'], ein: ['räumen', 'wenden', 'schätzen', 'stufen'], hin: ['weisen'], zurück: ['weisen'], bekannt: ['geben'],
  zu: ['geben', 'sichern'], hervor: ['heben'], heraus: ['streichen'], nach: ['legen'], zuversichtlich: ['zeigen'], überzeugt: ['zeigen'],
  verlauten: ['lassen'], besorgt: ['zeigen'], optimistisch: ['zeigen'], enttäuscht: ['zeigen'], erfreut: ['zeigen'], zufrieden: ['zeigen'],
  überrascht: ['zeigen'], erleichtert: ['zeigen'], skeptisch: ['zeigen'], bestürzt: ['zeigen'], entsetzt: ['zeigen'],
  empört: ['zeigen'], verärgert: ['zeigen'], betroffen: ['zeigen'], zurückhaltend: ['zeigen'], gelassen: ['zeigen'],
  kämpferisch: ['zeigen'], selbstbewusst: ['zeigen'], offen: ['zeigen'], bereit: ['zeigen'], beeindruckt: ['zeigen'],
  wissen: ['wollen'], stellung: ['nehmen'],
};

/** The stem of a weak verb and the "e" some stems take before an ending ("arbeit-e-t"). */
function weakStem(inf: string): [string, string] {
  const stem = inf.endsWith('en') ? inf.slice(0, -2) : inf.slice(0, -1);
  return [stem, /[td]$/u.test(stem) || (/[^aeiouäöülr][mn]$/u.test(stem) && !/[aeiouäöü]h[mn]$/u.test(stem)) ? 'e' : ''];
}

function weakForms(inf: string): string[] {
  // Particle verbs conjugate their base: "ankündigen" → "kündigte" (with the particle split off).
  const [stem, e] = weakStem(inf);
  return [`${stem}${e}t`, inf, `${stem}${e}te`, `${stem}${e}ten`];
}

// Past participles close a perfect or passive clause: "hatte … gesagt", "wurde … zurückgewiesen".
const INSEPARABLE = /^(be|er|ver|zer|ent|emp|ge|miss|über|unter|wider|hinter)/u;
function weakParticiple(inf: string): string {
  const [stem, e] = weakStem(inf);
  return INSEPARABLE.test(inf) || inf.endsWith('ieren') ? `${stem}${e}t` : `ge${stem}${e}t`;
}
/** Strong participles, by infinitive. */
const STRONG_PARTICIPLES: Record<string, string> = {
  sprechen: 'gesprochen', schreiben: 'geschrieben', rufen: 'gerufen', unterstreichen: 'unterstrichen', weisen: 'gewiesen',
  geben: 'gegeben', heben: 'gehoben', versprechen: 'versprochen', widersprechen: 'widersprochen', beschreiben: 'beschrieben',
  bitten: 'gebeten', raten: 'geraten', empfehlen: 'empfohlen', verraten: 'verraten', nennen: 'genannt', denken: 'gedacht',
  schreien: 'geschrien', befinden: 'befunden', stellen: 'gestellt', führen: 'geführt', räumen: 'geräumt', kündigen: 'gekündigt',
  teilen: 'geteilt', fügen: 'gefügt', merken: 'gemerkt', zeigen: 'gezeigt', lassen: 'gelassen', heißen: 'geheißen',
  werfen: 'geworfen', halten: 'gehalten', streichen: 'gestrichen', gehen: 'gegangen',
};

const PARTICLES = Object.keys(SEPARABLE).sort((a, b) => b.length - a.length);

function baseOf(inf: string): string {
  for (const p of PARTICLES) if (inf.startsWith(p) && inf.length > p.length + 3 && SEPARABLE[p].some((b) => inf === p + b)) return inf.slice(p.length);
  return inf;
}

// "zeigen", "stellen", "führen", "geben" … speak only with their particle ("zeigte sich besorgt",
// "stellte fest"): alone they are other verbs.
const particleOnly = (inf: string) => Object.values(SEPARABLE).some((bs) => bs.includes(inf)) && !WEAK.includes(inf);

const forms = new Set<string>();
const participles = new Set<string>();
for (const inf of WEAK) {
  if (baseOf(inf) !== inf) continue; // separable ones are only speech verbs with their particle
  for (const f of weakForms(inf)) forms.add(f);
  forms.add(weakParticiple(inf));
  participles.add(weakParticiple(inf));
}
for (const [inf, fs] of Object.entries(STRONG)) {
  if (particleOnly(inf)) continue;
  for (const f of fs) forms.add(f);
  // ("geraten" alone is "in Not geraten" as often as "advised")
  if (STRONG_PARTICIPLES[inf] && inf !== 'raten') { forms.add(STRONG_PARTICIPLES[inf]); participles.add(STRONG_PARTICIPLES[inf]); }
}
// In a subordinate clause the particle is joined to the verb at the clause end: "wie er
// hinzufügte", "als die Polizei mitteilte", and so is the participle: "mitgeteilt". Finite forms
// only (3rd singular present, past singular and plural): joined infinitives are other verbs as
// often as not ("ausführen" = carry out). (Not the adjectives of "zeigte sich zuversichtlich".)
const PREFIXES = ['hinzu', 'mit', 'ab', 'vor', 'an', 'fest', 'klar', 'aus', 'ein', 'hin', 'zurück', 'bekannt', 'zu', 'hervor', 'heraus', 'nach'];
for (const particle of PREFIXES) {
  for (const b of SEPARABLE[particle]) {
    for (const [i, f] of (STRONG[b] ?? weakForms(b)).entries()) if (i !== 1) forms.add(particle + f);
    forms.add(particle + (STRONG_PARTICIPLES[b] ?? weakParticiple(b)));
  }
}

export const SPEECH_VERBS: ReadonlySet<string> = forms;
/** The participles among them ("beurteilt", "kritisiert"): before a passive infinitive ("sorgfältig beurteilt werden") they report nothing. */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = participles;

export const SEPARABLE_VERBS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  for (const [particle, bases] of Object.entries(SEPARABLE)) {
    for (const b of bases) {
      const fs = STRONG[b] ?? weakForms(b);
      for (const f of fs) {
        if (!m.has(f)) m.set(f, new Set());
        m.get(f)!.add(particle);
      }
    }
  }
  return m;
})();
