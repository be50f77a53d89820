// German word lists. Source: written for this project from German grammar (determiners,
// pronouns, prepositions, Konjunktiv I forms are closed classes) and from the role and
// organisation nouns of German news; open classes are matched by their endings, not listed.
import { firstNameGender } from '../shared/first-names.js';
import { remembered } from '../shared/remembered.js';

export const STOPWORDS = new Set(('der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an '
  + 'werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor '
  + 'zur bis mehr durch man sein wurde sei hatte kann gegen vom können schon wenn habe seine ihre dann unter wir soll ich '
  + 'eines jahr zwei jahren diese dieser wieder keine seiner worden will zwischen immer was sagte gibt alle diesem seit muss '
  + 'wurden beim doch jetzt waren drei neue damit bereits da ab ihrer ihr sondern uns selbst ihren seinen sowie weil heute').split(' '));

export const DETERMINERS = new Set(('der die das des dem den ein eine einer eines einem einen sein seine seiner seines seinem '
  + 'seinen ihr ihre ihrer ihres ihrem ihren dieser diese dieses diesem diesen unser unsere jener jene mehrere zahlreiche viele '
  + 'deren dessen jeder jede jedes jeden jedem jegliche jeglicher jegliches jeglichen kein keine keiner keines keinen keinem manche einige alle '
  // quantifying adjectives open descriptions as well ("Verschiedene Medien berichteten", "Anderen Aussagen zufolge")
  + 'mehreren zahlreichen vielen einigen manchen andere anderen verschiedene verschiedenen weitere weiteren '
  // numbers count like articles: "Zwei Männer sagten" describes, it names nobody
  + 'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf').split(' '));

// ("„…“, so letztere": "the latter" stands for the one named last, whatever their gender)
export const PRONOUNS = new Map<string, 'm' | 'f' | 'n' | 'p'>([['er', 'm'], ['sie', 'f'], ['letztere', 'p'], ['letzterer', 'p']]);
// ("Jemand rief: „…“", "„…“, sagte ich": someone not named, or the writer)
export const UNNAMED_PRONOUNS = new Set(['jemand', 'ich']);

export const PHRASE_BREAKERS = new Set(('am an auf aus bei beim bis durch für gegen gegenüber hinter in im ins mit nach neben ohne '
  + 'seit über um unter von vom vor während wegen zu zum zur zufolge laut dazu daher damit darauf dabei dort hier heute gestern '
  + 'morgen jetzt nun noch auch aber jedoch zudem außerdem weiter weiterhin ebenfalls bereits schon erst nur sogar wohl und oder '
  + 'sowie als wie dass ob weil wenn denn so es sich nicht zuvor später anschließend zuletzt kürzlich einst damals dann '
  + 'mittlerweile inzwischen vergangene vergangenen letzte letzten sei habe hat hatte ist war wird wurde ebenso gleichzeitig '
  + 'zugleich indes hingegen demnach deshalb deswegen offenbar angeblich bislang zunächst ferner etwa zwar '
  // pronominal adverbs and sentence adverbs, which German capitalises at a sentence start
  + 'darin darunter daran darauf daraus dadurch dafür dagegen dahin danach daneben darüber davon davor dazwischen '
  + 'hierzu hierbei hiermit hierfür hierin wobei worin womit besonders insbesondere ähnlich allerdings dennoch trotzdem '
  + 'bisher unterdessen derweil schließlich stattdessen vielmehr gerade genau eben ganz sehr kaum fast rund vielleicht '
  + 'wahrscheinlich tatsächlich neulich oft manchmal immer nie niemals wer was wo wann warum weshalb wieso daraufhin '
  + 'seither seitdem ebenfalls ausdrücklich wörtlich sinngemäß gleichwohl jedenfalls überdies').split(' '));
export const ARTICLE_CONTRACTIONS = new Set('zum zur im am vom beim ins ans aufs'.split(' '));

export const ABBREVIATIONS = new Set(('dr prof bzw ca vgl usw etc nr st str mio mrd dt inkl evtl ggf z.b u.a d.h o.ä jh jhd abs '
  + 'art hl bspw sog vs ehem gegr geb verh mr mrs jr sen ing dipl med phil rer jun gen kap tel bd hrsg i.d.r u.ä a.d').split(' '));

export const ORDINAL_HEADS = /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez|Jahrhunderts?|Jahrtausends?|Platz|Mal|Runde|Spieltag|Klasse|Liga|Bundesliga|Stock|Kapitel|Artikel)\b/u;

// Function and title nouns by their endings: "Außenminister", "Vatikansprecher", "Ministerpräsidentin".
const ROLE = /(minister|präsident|kanzler|sprecher|chef|vorsitzend|leiter|direktor|sekretär|botschafter|meister|abgeordnet|general|trainer|anwalt|anwält|richter|expert|analyst|politiker|kommissar|beauftragt|vorstand|manager|gouverneur|senator|könig|papst|kardinal|bischof|pfarrer|prediger|priester|professor|wissenschaftler|forscher|autor|journalist|kandidat|führer|kommandeur|kommandant|offizier|polizist|oberhaupt|kolleg|premier|diplomat|gesandt|vertreter|aktivist|demonstrant|organisator|sportler|fahrer|spieler|sänger|ökonom|arzt|ärzt|mediziner|ermittler|verteidiger|angeklagt|zeuge|zeugin|berater|gründer|inhaber|führer|funktionär|regisseur|schriftsteller|historiker|soziolog|rektor|intendant|moderator|reporter|redakteur|korrespondent|kommentator|ingenieur|pilot|kapitän|soldat|kämpfer|rebell|obmann|landrat|rabbiner|imam|prinz|kaiser|dekan|bürger|einwohner|anwohner|bewohner|mitarbeiter|angestellt|beamt|vize|staatssekretär|chefredakteur|herausgeber|verleger|unternehmer|bauer|landwirt|lehrer|schüler|student|psycholog|biolog|physiker|chemiker|ökolog|klimatolog|meteorolog|geolog|kritiker|beobachter|insider|teilnehmer|mitglied|vater|mutter|sohn|tochter|bruder|brüder|schwester|witwe|opfer|überlebend|passant|jurist|veranstalter|sir|lord|lady|dame|aner|ener|(?:kanad|austral|belg|georg|ind|bolivi|kolumbi|algeri|nigeri|tunesi|liberi|gambi|sambi|namibi|indonesi|mongol)ier|länder|meteorolog|initiator|koordinator|preisträger|täter|randalierer|angreifer|entführer|sprecherin|unterstützer|gegner|befürworter|milliardär|millionär|doktorvater|doktormutter|ehemann|ehefrau|anführer|chefin|jährig|willig|betroffen|beteiligt|verletzt|festgenommen|inhaftiert|verdächtig|beschuldigt|erkrankt|verfasser|urheber|absender|betreiber|olog|astronom|fotograf|photograph|choreograf)(in|innen|en|n|s|e|er|es|em)?$/u;
const ORGANISATION = /(regierung|ministerium|gericht|gerichtshof|polizei|partei|verband|amt|behörde|kommission|bank|institut|unternehmen|konzern|agentur|zeitung|magazin|sender|verein|gewerkschaft|fraktion|armee|militär|anwaltschaft|verlag|union|organisation|kirche|vatikan|senat|parlament|bundestag|bundesrat|kabinett|firma|klinik|universität|hochschule|stiftung|komitee|ausschuss|rathaus|verwaltung|botschaft|koalition|opposition|führung|leitung|feuerwehr|bundeswehr|streitkräfte|kreml|weiße haus|nachrichtenagentur|gesellschaft|konsortium|holding|(?<!\p{L})rat|(?:bei|betriebs|aufsichts|ältesten|kreis|orts|personal|präsidial|sachverständigen|verwaltungs|wirtschafts|europa|bundes|landes|ethik|presse|stiftungs|universitäts|fakultäts|schul|eltern|kirchen|senats|bürger|verbraucher)rat|forum|netzwerk|bündnis|vereinigung|rundfunk|fernsehen|presse|medien|stadtrat|gemeinderat|landtag|kongress|ministerrat|sicherheitsrat|menschenmenge|menge|publikum|bevölkerung|sekretariat|zentrum|dienst|institution)(s|es|en|n)?$/u;
// Heads of organisations German news names in English ("die Hoover Institution", "die Example Foundation").
const ENGLISH_ORGANISATION = /(?:foundation|institute|society|association|council|committee|agency|corporation|company|airline|airway|group)s?$/u;
// The last word of papers, agencies and programmes German news names in English ("die New York Times",
// "die Washington Post", "Associated Press", "USA Today"): whole words, which no German word ends in
const ENGLISH_MEDIA = /^(?:times|post|journal|news|herald|tribune|guardian|telegraph|independent|economist|chronicle|gazette|observer|examiner|inquirer|courier|press|today)$/u;
const COMMON = /(ung|heit|keit|schaft|tion|sion|ismus|tät|nis|tum|enz|anz|age|haus|land|staat|stadt|jahr|tag|woche|monat|zeit|welt|werk|bahn|platz|straße|gesetz|recht|krieg|frage|wahl|geld|preis|zahl|teil|punkt|seite|grund|sicht|ort|weg|plan|ziel|lage|spiel|markt|netz|bild|wort|ende|anfang|beginn|kampf|streit|zug|flug|ei|ien|ungen|heiten|keiten|schaften|tionen|ismen|fragen|lagen|seiten|zahlen|gespräche|punkte|pläne|ziele|gründe|teile)$/u;

// Texts and media that news quote as a source: "heißt es in der Erklärung", "dem Bericht zufolge".
const SOURCE = /(erklärung|äußerung|bericht|angabe|quelle|sicherheitskreise|regierungskreise|kreise|schreiben|brief|mitteilung|studie|text|entwurf|antrag|kommentar|stellungnahme|rede|meldung|homepage|webseite|website|internetseite|umfrage|gutachten|papier|resolution|beschluss|aufruf|appell|petition|artikel|beitrag|blogeintrag|flugblatt|dokument|protokoll|gesetz|erlass|verordnung|urteil|anklageschrift|klageschrift|zeitungsbericht|medienbericht|fazit|aussage|kernaussage|zettel|plakat|aufschrift|transparent|flugschrift|pressemitteilung|anordnung|bekanntmachung|verlautbarung|satzung|vertrag|e-mail|email|tweet|eintrag)(s|es|en|n|e|ung)?$/u;

// Occasions of speech: "bei seinem Besuch in Moskau", "auf einer Pressekonferenz in Berlin".
const EVENT = /(besuch|reise|rede|ansprache|pressekonferenz|konferenz|treffen|gipfel|sitzung|kundgebung|veranstaltung|parteitag|versammlung|tagung|auftritt|empfang|demonstration|debatte|interview|gespräch|sendung|feier|zeremonie|messe|kongress|forum)(s|es|en|n|e)?$/u;

export const isRoleNoun = remembered((w) => ROLE.test(w.toLowerCase()));
export const isEventNoun = remembered((w) => EVENT.test(w.toLowerCase()));
export const isSourceNoun = remembered((w) => SOURCE.test(w.toLowerCase()));
// Legal forms are whole words: "AG", not the end of "Antrag" or "Dienstag".
// ("Bankhaus", "Verlagshauses", but not the towns "Mühlhausen", "Recklinghausen")
export const isOrganisationNoun = remembered((w) => ORGANISATION.test(w.toLowerCase()) || ENGLISH_ORGANISATION.test(w.toLowerCase()) || ENGLISH_MEDIA.test(w.toLowerCase()) || (w.length > 6 && /haus(es)?$/u.test(w)) || /^(ag|gmbh|kg|se)$/iu.test(w));
// Adverbs a sentence may start with ("Ursprünglich", "Letztlich", "Möglicherweise"), and
// adjectives in -isch capitalised inside a name ("der Pharmazeutischen Industrie"); not "-ischer",
// which surnames end in ("Fischer").
const ADVERB_ENDINGS = 'lich|weise|mals|falls|wärts|dings|maßen';
const ADVERB = new RegExp(`(?:${ADVERB_ENDINGS})$|\\p{L}{3}isch(?:e|en|es|em)$`, 'u');
/** Lower-cased words shaped as adverbs or uninflected adjectives ("gegenwärtig", "dies"): no name on their own. */
export const ADVERB_LIKE = new RegExp(`^dies$|(?:ig|isch|bar|sam|los|haft|${ADVERB_ENDINGS})$`, 'u');
// First names that end like nouns: "Sergei", "Franz", "Dennis", "Albrecht" (not "Partei", "Bilanz", "Zeugnis", "Wahlrecht").
const NAME_LIKE = /^(\p{L}{1,4}ei|\p{L}{1,2}anz|\p{L}{1,3}nis|\p{L}*brecht)$/u;
// Months are nouns, no names ("Ende Januar verkündete …" named "Januar"); not "August", a first name too.
const MONTH = /^(?:januar|jänner|februar|märz|april|mai|juni|juli|september|oktober|november|dezember)$/u;
// Places whose names end as common nouns do ("Wien" as "Medien", "Darmstadt" as "Hauptstadt"):
// after a bare "in" they are places, where a noun would take an article ("in der Hauptstadt")
export const looksLikePlace = (w: string) => /^(?:\p{L}{1,2}ien|\p{L}+[^t]stadt)$/u.test(w.toLowerCase());
export const isCommonNoun = remembered((w) => (COMMON.test(w.toLowerCase()) && !NAME_LIKE.test(w.toLowerCase())) || ADVERB.test(w.toLowerCase()) || MONTH.test(w.toLowerCase()) || /^\p{N}/u.test(w));

export function genderOf(w: string, determiner?: string | null): 'm' | 'f' | 'n' | null {
  const l = w.toLowerCase();
  // nominalised adjectives take the article's gender: "die Abgeordnete", "eine Angeklagte"
  if (/e$/u.test(l) && isRoleNoun(l) && determiner && /^(die|eine|diese)$/u.test(determiner)) return 'f';
  if (/(in|innen|frau)$/u.test(l) && isRoleNoun(l)) return 'f';
  if (/(mitglied|oberhaupt|opfer)$/u.test(l)) return 'n';
  if (isRoleNoun(l)) return 'm';
  return null;
}

/**
 * A name after "des"/"eines" in the nominative: an organisation noun at its head drops its -s/-es
 * ("des Ministeriums", "eines Verbandes"), and so does the last word of a name whose case the
 * article shows ("des Roten Kreuzes" → "Roten Kreuz", "des Berliner Verfassungsschutzes").
 */
export function nominativeOrganisation(name: string, det: string | null): string {
  return strongAdjectives(det === 'des' || det === 'eines' ? nominativeHead(name) : name);
}

function nominativeHead(name: string): string {
  const head = name.replace(/^(\p{L}[\p{L}-]*?)(es|s)(?=\s|$)/u, (w, stem: string) => (isOrganisationNoun(stem) ? stem : w));
  if (head !== name) return head;
  // (nouns whose nominative ends in s keep it: "des Investitionsfonds", "des Status", "des Atlas")
  if (/(?:nds|us|as|ss)$/u.test(name)) return name;
  return name.replace(/(\p{L}{3,}?)(es|s)$/u, (_w, stem: string, ending: string) =>
    // "-es" after a stem ending in s, z, x, ß, d, t or n ("Kreuzes", "Verbandes", "Staates"); "-s" otherwise ("Spiegels", "Magazins")
    (ending === 'es' ? (/[szxßdtn]$/u.test(stem) ? stem : `${stem}e`) : stem));
}

// The gender of a name's head noun, from its ending (written for this project from the nouns
// that head German organisation names; null where the ending does not tell).
const FEMININE_HEAD = /(ung|heit|keit|schaft|ion|tät|ei|ie|ik|enz|anz|ur|behörde|bank|bahn|union|liga|kammer|zeitung|welle|presse)$/u;
const NEUTER_HEAD = /(amt|ium|institut|gericht|werk|haus|büro|komitee|zentrum|parlament|kabinett|kommando|militär|unternehmen|blatt|magazin|fernsehen|kollegium|sekretariat|forum|kreuz|bündnis)$/u;
const MASCULINE_HEAD = /(dienst|rat|tag|verband|bund|verein|hof|konzern|sender|senat|fonds|ausschuss|kongress|rundfunk|klub|club|orden)$/u;
const PLURAL_HEAD = /(staaten|nationen|behörden|garden|kräfte)$/u;

/**
 * An organisation is named without an article (the gold rule, and one spelling per speaker), so its
 * adjectives take the strong nominative of their head: "vom Deutschen Wetterdienst" → "Deutscher
 * Wetterdienst", "des Roten Kreuz(es)" → "Rotes Kreuz", "der Internationalen Atomenergieorganisation"
 * → "Internationale Atomenergieorganisation". Only where every word before the head is a declined
 * adjective (-e, -en, -em, -es; not the indeclinable "Berliner") and the head's gender is known.
 */
function strongAdjectives(name: string): string {
  // ("das Auswärtige Amt der Bundesrepublik Deutschland": the name's head stands before its genitive)
  const tail = /^(\S+(?: \S+)+?)( (?:des|der) .+)$/u.exec(name);
  if (tail) return strongAdjectives(tail[1]) + tail[2];
  const words = name.split(' ');
  if (words.length < 2) return name;
  const head = words[words.length - 1].toLowerCase();
  const ending = PLURAL_HEAD.test(head) || FEMININE_HEAD.test(head) ? 'e' : MASCULINE_HEAD.test(head) ? 'er' : NEUTER_HEAD.test(head) ? 'es' : null;
  const adjectives = words.slice(0, -1);
  // (lower-case adjectives before a head whose gender is unknown are left out: "der englische Independent")
  if (!ending && adjectives.every((w) => /^\p{Ll}/u.test(w))) return words[words.length - 1];
  // (lower-case ones too: "das staatliche sudanesische Fernsehen" → "staatliches sudanesisches Fernsehen")
  if (!ending || !adjectives.every((w) => /^\p{L}\p{Ll}{2,}(?:e|en|em|es)$/u.test(w)) || firstNameGender(adjectives[0])) return name;
  return [...adjectives.map((w) => w.replace(/(?:e|en|em|es)$/u, '') + ending), words[words.length - 1]].join(' ');
}

export const COUNTERPART_NOUNS = new Set(['amtskollege', 'amtskollegen', 'amtskollegin', 'kollege', 'kollegen', 'kollegin', 'amtsbruder', 'gegenüber', 'pendant']);
export const CAPITAL_NOUNS = new Set(['hauptstadt', 'metropole']);
// Institutions named for the city they sit in ("im Kongress warb Obama" was said in Washington).
// Source: written for this project, from the seats of the parliaments, governments and councils
// German news names most; only those that meet in one city (not the European Parliament) and whose
// bare name means one institution (not "Bundesrat", "Nationalrat", "Unterhaus", "Senat", which
// several countries or states have).
export const SEATS = new Map<string, string>([
  ...['kongress', 'us-kongress', 'us-senat', 'repräsentantenhaus', 'weißen haus', 'kapitol', 'pentagon', 'oval office'].map((k) => [k, 'Washington'] as const),
  ...['bundestag', 'kanzleramt', 'bundeskanzleramt', 'reichstag', 'reichstagsgebäude', 'schloss bellevue'].map((k) => [k, 'Berlin'] as const),
  ...['kreml', 'staatsduma', 'duma'].map((k) => [k, 'Moskau'] as const),
  ...['élysée-palast', 'elysée-palast', 'élysée', 'elysee-palast'].map((k) => [k, 'Paris'] as const),
  ...['britischen unterhaus', 'britischen oberhaus', 'britischen parlament', 'downing street'].map((k) => [k, 'London'] as const),
  ...['un-sicherheitsrat', 'uno-sicherheitsrat', 'weltsicherheitsrat', 'sicherheitsrat', 'un-vollversammlung', 'uno-vollversammlung', 'un-hauptquartier'].map((k) => [k, 'New York'] as const),
  ...['knesset'].map((k) => [k, 'Jerusalem'] as const),
]);
export const PLACE_PREPOSITIONS = new Set(['in', 'im', 'aus']);
export const NON_PLACES = new Set(('Zukunft Anwesenheit Bezug Hinblick Richtung Sachen Kürze Folge Zusammenhang Form Höhe Zeiten Wirklichkeit '
  + 'Interview Interviews Pressekonferenz Erklärung Rede Schreiben Brief Bericht Stellungnahme Mitteilung Sendung Talkshow '
  + 'Anbetracht Erwägung Frage Gefahr Haft Kraft Absprache Abstimmung Abwesenheit Ruhe Deutsch Englisch Französisch '
  + 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember Gesprächen Zeitungen Medien '
  // labels that open a text as a dateline does ("EXKLUSIV – …")
  + 'Exklusiv Eilmeldung Kommentar Analyse Hintergrund Update Liveblog Video').split(' '));
export const NAME_CUES = new Set(('sogenannte sogenannten sogenannter sogenanntes so genannte genannt genannte genannten genannter namens '
  + 'bekannt bekannte bekannten bekannter titel motto kurz abgekürzt codename codenamen übersetzt engl').split(' '));
export const TITLE_NOUNS = new Set(('buch roman film serie sendung album lied song titel motto slogan aktion kampagne projekt operation '
  + 'programm zeitung magazin zeitschrift blatt schiff marke name namen begriff wort schlagwort stichwort spiel stück oper '
  + 'ausstellung festival initiative bewegung band firma hotel restaurant fähre rakete mission studie artikel kolumne '
  + 'tageszeitung wochenzeitung nachrichtenmagazin sender fernsehsender show preis auszeichnung award gedicht theaterstück '
  + 'musical fernsehserie computerspiel software programm betriebssystem browser app plattform kategorie rubrik mannschaft '
  + 'team verein klub club partei fraktion bündnis organisation gruppe netzwerk marke modell typ sorte aufschrift '
  + 'schlagzeile überschrift kapitel abschnitt bezeichnung spitzname beiname künstlername unwort wort jugendwort codename codenamen '
  + 'deutsch englisch übersetzung').split(' '));
export const REPORTED_SPEECH_MARKERS = new Set(('sei seien habe werde könne müsse solle wolle dürfe gebe liege stehe gehe komme bleibe '
  + 'wisse lasse brauche halte sehe trage mache führe wäre hätte würde wären hätten würden seiest gelte fehle arbeite '
  + 'plane rechne erwarte verfüge besitze zeige handle bestehe existiere diene hänge entspreche '
  + 'könnte könnten müsste müssten dürfte dürften möge mögen solle sollten wolle wollten ließe kämen käme gäbe gingen').split(' '));
/**
 * Konjunktiv I of any verb in the third person singular ("man ermittle", "er prüfe", "ermittle
 * man"): the stem and -e, which no indicative form after these pronouns has; not words that end
 * so but are no verbs ("er heute", "man seine …", "es gerne").
 */
const NOT_VERBS_IN_E = new Set(('heute gerne lange alleine bitte ohne gerade ebenso eine keine seine meine deine ihre unsere '
  + 'eure diese jene jede welche solche manche alle beide einige wenige andere viele mehrere erste letzte nahe ende rede lage '
  + 'sache frage hilfe mitte weise stelle seite sie sogleich').split(' '));
export function subjunctiveAfter(prev: string, word: string, next?: { text: string; word: boolean }): boolean {
  // (nor an adverb, "es insbesondere", "er teilweise", nor an adjective before its noun, "gibt es
  // vergleichbare Ströme")
  if (/(?:weise|weile|sondere|mals)$/u.test(word) || (!!next?.word && /^\p{Lu}/u.test(next.text))) return false;
  // (not "-te", "-de": "sagte", "wurde", "hatte" are the past, and a stem in t or d, "beobachte",
  // "finde", takes the past's shape; those stay unread)
  return (prev === 'man' || prev === 'er' || prev === 'es') && word.length > 3 && /[^tdie]e$/u.test(word) && !NOT_VERBS_IN_E.has(word);
}
export const HYPOTHETICAL_MARKERS = new Set(('wäre hätte würde wären hätten würden könnte könnten müsste müssten dürfte dürften sollten wollten ließe kämen käme gäbe gingen').split(' '));
export const COMPLEMENTISERS = new Set(['dass', 'daß', 'ob']);
