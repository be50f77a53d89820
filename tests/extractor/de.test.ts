// German given/want cases, written for this project (invented people unless a case says otherwise).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesOf, runCases, type Case } from '../helpers/quotes.js';

const CASES: Case[] = [
  {
    name: 'after "dessen" or "deren", which take no ending, a nominalised adjective\'s own ending gives the office\'s gender ("dessen Vorsitzende Eva Probe")',
    given: 'Der Verein tagte. „Wir sind bereit“, sagte dessen Vorsitzende Eva Probe. „Wir auch“, sagte deren Vorsitzender Jan Muster.',
    want: [{ text: 'Wir sind bereit', role: 'Vorsitzende' }, { text: 'Wir auch', role: 'Vorsitzender' }],
  },
  {
    name: 'an edition\'s number opens an event\'s name in marks ("beim „3. Beispieler Wasserforum“"), no words said',
    given: 'Der Minister Jan Probe war Gast beim „3. Beispieler Wasserforum der Stadtwerke“ in Musterstadt.',
    want: [],
  },
  {
    name: 'one capitalised word in marks that the dictionary lists as no noun, nor as the end of a compound, is a name ("lobte „Knollix“"); one it lists is a word someone used ("sprach von „Kundentäuschung“")',
    given: 'Der Minister Jan Probe lobte „Knollix“ als Erfolg. Die Opposition sprach von „Kundentäuschung“.',
    want: [{ text: 'Kundentäuschung' }],
  },
  {
    name: 'a text named again speaks for the one a possessive gave it to, also when it was named by a compound ("In seiner Neujahrserklärung …", "hieß es in der Erklärung")',
    given: 'Der Premier Jan Probe sprach lange. In seiner Neujahrserklärung, die Eva Muster vortrug, mahnte Probe zur Sparsamkeit. „Wir müssen zusammenhalten“, hieß es in der Erklärung.',
    want: [{ text: 'Wir müssen zusammenhalten', speaker: 'Jan Probe', role: 'Premier' }],
  },
  {
    name: 'a country in the genitive after an office says where the office is and names nobody ("der Regierungschef Norwegens, Jan Probe")',
    given: 'Der Regierungschef Norwegens, Jan Probe, stellte sein Programm vor. Die Opposition Norwegens ist skeptisch. „Wir sparen“, sagte er.',
    want: [{ text: 'Wir sparen', speaker: 'Jan Probe', role: 'Regierungschef Norwegens' }],
  },
  {
    name: 'a noun the dictionary lists before a given name names a thing, no person ("Zyklon Tom")',
    given: 'Der Bürgermeister Jan Probe reiste am Morgen an. Zuvor hatte Zyklon Tom die Küste verwüstet. „Wir helfen, wo wir können“, sagte er.',
    want: [{ text: 'Wir helfen, wo wir können', speaker: 'Jan Probe' }],
  },
  {
    name: 'an office brought in unnamed ("ein Zeuge") is nobody named when the text comes back to it ("sagte der Zeuge")',
    given: 'Der Minister Jan Probe besuchte am Montag den Ort. Ein Zeuge berichtete von Schüssen. „Es war furchtbar“, sagte der Zeuge.',
    want: [{ text: 'Es war furchtbar', speaker: null, role: 'Zeuge' }],
  },
  {
    name: 'capitals counted by a number written with separators are no name ("7.500 Säcke Mehl")',
    given: 'Der Verband schätzt, dass im Lager 7.500 Säcke Mehl verdorben sind. „Das ist ein Skandal“, sagte der Geschäftsführer.',
    want: [{ text: 'Das ist ein Skandal', speaker: null, role: 'Geschäftsführer' }],
  },
  {
    name: 'nouns the dictionary lists are no person, whom "er" could stand for ("in direkter Nähe Schüsse"; "sagen Neider" is the mention, nobody named)',
    given: 'Der Anwalt Jan Probe sprach mit Reportern. Am Abend seien in direkter Nähe Schüsse gefallen. „Das ist üblich“, sagte er. „Das ist alles gekauft“, sagen Neider. „Wir haben hart gearbeitet“, sagte er.',
    want: [
      { text: 'Das ist üblich', speaker: 'Jan Probe' },
      { text: 'Das ist alles gekauft', mention: 'Neider' },
      { text: 'Wir haben hart gearbeitet', speaker: 'Jan Probe' },
    ],
  },
  {
    name: 'a bare office is the one who holds it, not someone described by what the office is of ("der ältere Bruder des Bischofs")',
    given: 'Bischof Jan Probe trat am Montag zurück. Der ältere Bruder des Bischofs, Georg Muster, zeigte sich überrascht. „Ich habe lange darüber nachgedacht“, sagte der Bischof.',
    want: [{ text: 'Ich habe lange darüber nachgedacht', speaker: 'Jan Probe', role: 'Bischof' }],
  },
  {
    name: 'an utterance that fills a bracket right after a name is that person\'s, whatever the clause around says; a name\'s translation in a bracket is none',
    given: 'Viele gratulierten, so der Ministerpräsident Jan Probe, der Leiter der Behörde, Eva Muster („Ich kenne niemanden, der es mehr verdient hätte.“), und andere. Die Partei Beispiel Ruch („Bewegung für ein neues Land“) schwieg.',
    want: [{ text: 'Ich kenne niemanden, der es mehr verdient hätte.', speaker: 'Eva Muster', role: 'Leiter der Behörde' }],
  },
  {
    name: 'what an office or an organisation is for belongs to it ("Bundesamt für Beispielschutz", "Bundesminister für Gesundheit")',
    given: 'Das Bundesamt für Beispielschutz warnte: „Die Gefahr ist hoch.“ „Wir sind vorbereitet“, sagte der Bundesminister für Gesundheit, Jan Probe.',
    want: [
      { text: 'Die Gefahr ist hoch.', speaker: 'Bundesamt für Beispielschutz' },
      { text: 'Wir sind vorbereitet', speaker: 'Jan Probe', role: 'Bundesminister für Gesundheit' },
    ],
  },
  {
    name: 'a word of time after a name opens an adverbial, no part of the name ("sagte Jan Probe Anfang der Woche")',
    given: '„Wir brauchen mehr Tempo“, sagte Jan Probe Anfang der Woche vor der Presse.',
    want: [{ text: 'Wir brauchen mehr Tempo', speaker: 'Jan Probe' }],
  },
  {
    name: 'a place whose name ends as a common noun does is a place after a bare "in" ("in Wien", "in Darmstadt"; "in der Hauptstadt" needs its article)',
    given: 'Jan Probe sagte am Freitag in Wien: „Wir brauchen mehr Tempo.“ „Das bleibt so“, sagte Eva Muster in Musterstadt.',
    want: [{ text: 'Wir brauchen mehr Tempo.', place: 'Wien' }, { text: 'Das bleibt so', place: 'Musterstadt' }],
  },
  {
    name: 'a week, month or year named relative to now ("vergangene Woche") is a period, and dates no statement',
    given: '„Wir brauchen mehr Tempo“, hatte Jan Probe vergangene Woche gesagt.',
    publishedAt: '2025-04-03',
    want: [{ text: 'Wir brauchen mehr Tempo', speaker: 'Jan Probe', date: null }],
  },
  {
    name: 'verbs that give the tone of what is said attribute as speech verbs do ("schimpfte X", "freute sich X", "lachte sie")',
    given: 'Der Trainer Jan Probe war sauer. „So können wir nicht auftreten“, schimpfte Probe nach dem Spiel. „Das war ein großer Tag“, freute sich dagegen Eva Muster. „Nicht schon wieder“, lachte sie.',
    want: [
      { text: 'So können wir nicht auftreten', speaker: 'Jan Probe' },
      { text: 'Das war ein großer Tag', speaker: 'Eva Muster' },
      { text: 'Nicht schon wieder', speaker: 'Eva Muster' },
    ],
  },
  {
    name: 'a paper named in marks and compounded after a dative article is the verb\'s object, not its subject ("Der „Beispiel“-Zeitung sagte X:")',
    given: 'Der Minister Jan Probe trat auf. Der „Beispiel“-Zeitung sagte Probe: „Ich trete nicht zurück.“',
    want: [{ text: 'Ich trete nicht zurück.', speaker: 'Jan Probe' }],
  },
  {
    name: 'a dateline ("Musterstadt. …", "Beispielburg (dpa) - …") gives its place to the news the lead reports, where the lead names no place',
    given: 'Musterstadt. Der Bürgermeister Jan Probe hat den Plan verteidigt. „Wir haben alles richtig gemacht“, sagte er am Abend.',
    want: [{ text: 'Wir haben alles richtig gemacht', speaker: 'Jan Probe', place: 'Musterstadt' }],
  },
  {
    name: 'an agency\'s dateline gives its place too, and a place the quote\'s sentence names wins over it',
    given: 'Beispielburg (dpa) - Die Ministerin Eva Muster hat am Montag die Reform verteidigt, die der Landtag beraten wird. „Sie kommt zur rechten Zeit“, sagte die Politikerin.\n\nDie Opposition hält dagegen. „Wir bleiben dabei“, sagte Muster am Dienstag in Exempelheim.',
    want: [
      { text: 'Sie kommt zur rechten Zeit', speaker: 'Eva Muster', place: 'Beispielburg' },
      { text: 'Wir bleiben dabei', speaker: 'Eva Muster', place: 'Exempelheim' },
    ],
  },
  {
    name: 'a whole utterance after "lobte sein Team:" is speech, not the team\'s name ("Team" names things only where the marks hold a name: "Codename: „…“")',
    given: 'Trainer Jan Probe lobte nach dem Spiel sein Team: „Die Mannschaft hat heute alles gegeben.“',
    want: [{ text: 'Die Mannschaft hat heute alles gegeben.', speaker: 'Jan Probe' }],
  },
  {
    name: 'a partial quote without a speech verb is the subject\'s, also after a particle opening the sentence ("Auch der Sprecher … will „…“") and with an office of six words before the apposition ("der Sprecher der Gruppe der Grünen im Beispieler Landtag, Jan Probe,")',
    given: 'Die Debatte geht weiter. Auch der verkehrspolitische Sprecher der Gruppe der Grünen im Beispieler Landtag, Jan Probe, will „bis zum Sommer jede Möglichkeit abwägen“, ob eine Klage eingereicht werden solle.',
    want: [{ text: 'bis zum Sommer jede Möglichkeit abwägen', speaker: 'Jan Probe', role: 'verkehrspolitischer Sprecher der Gruppe der Grünen im Beispieler Landtag' }],
  },
  {
    name: 'a pronoun stands for someone brought in without a name since the last named person of its gender ("von einer Feuerwehrsprecherin bestätigt. Sie sagte"): no name, that role; an apposition describes the one named before it',
    given: 'Kanzlerin Eva Muster reiste nach Paris. Der Unfall wurde von einer Feuerwehrsprecherin bestätigt. Sie sagte: „Es gab drei Tote.“ Jana Probe, eine erfahrene Diplomatin, blieb in Berlin. Sie sagte: „Wir warten ab.“',
    want: [
      { text: 'Es gab drei Tote.', speaker: null, mention: 'Sie', role: 'Feuerwehrsprecherin' },
      { text: 'Wir warten ab.', speaker: 'Jana Probe', mention: 'Sie' },
    ],
  },
  {
    name: 'namesakes are two people ("Michael Beispiel", "Ralf Beispiel"); "Von der Leyen" opening a sentence is the one named "Ursula von der Leyen"',
    given: 'Michael Beispiel gewann. „Es war hart“, sagte Michael Beispiel. Sein Bruder Ralf Beispiel wurde Dritter. „Ich bin zufrieden“, sagte Ralf Beispiel. Ministerin Ursula von der Leyen gratulierte. Von der Leyen sagte: „Großartig.“',
    want: [
      { text: 'Es war hart', speaker: 'Michael Beispiel' },
      { text: 'Ich bin zufrieden', speaker: 'Ralf Beispiel' },
      { text: 'Großartig.', speaker: 'Ursula von der Leyen' },
    ],
  },
  {
    name: 'papers and agencies named in English are organisations, whole ("die New York Times", was "York Times"; "der Los Angeles Times" is no namesake of it); a generic organisation noun before such a name is no part of it ("die Zeitung The Guardian")',
    given: 'Die Lage ist ernst. „Wir sind bereit“, berichtete die New York Times. Laut der Los Angeles Times ist es „zu spät“. Die Regierung sei „am Ende“, so vermutet die Zeitung The Guardian.',
    want: [
      { text: 'Wir sind bereit', speaker: 'New York Times' },
      { text: 'zu spät', speaker: 'Los Angeles Times' },
      { text: 'am Ende', speaker: 'The Guardian' },
    ],
  },
  {
    name: 'an organisation\'s declined adjectives are part of its name, in the strong nominative ("das staatliche kenianische Fernsehen" → "staatliches kenianisches Fernsehen"); a full name the article gives the head alone wins ("die staatliche Nachrichtenagentur" → "Nachrichtenagentur Xinhua"); before a head of unknown gender they are left out ("der englische Independent")',
    given: 'Die Lage ist ernst. Das staatliche kenianische Fernsehen berichtete von „heftigen Gefechten“. Die Nachrichtenagentur Xinhua meldete Tote. Die staatliche Nachrichtenagentur berichtete: „Es gab drei Tote.“ „Wir ermitteln“, sagte die örtliche Polizei. „Es ist vorbei“, schrieb der englische Independent.',
    want: [
      { text: 'heftigen Gefechten', speaker: 'staatliches kenianisches Fernsehen' },
      { text: 'Es gab drei Tote.', speaker: 'Nachrichtenagentur Xinhua' },
      { text: 'Wir ermitteln', speaker: 'örtliche Polizei' },
      { text: 'Es ist vorbei', speaker: 'Independent' },
    ],
  },
  {
    name: 'where the verb comes second, a text opening the clause is its object when a person follows the verb ("Die Äußerungen Lindners bezeichnete Dieter Muster als „…“"); with no one after the verb the text speaks',
    given: 'Die Richter Jan Lindner und Eva Probe äußerten sich. Die Äußerungen Lindners und Probes bezeichnete Dieter Muster als „Paukenschlag aus Leipzig“. Die Erklärung des Ministers nennt den Plan „unsinnig“.',
    want: [
      { text: 'Paukenschlag aus Leipzig', speaker: 'Dieter Muster' },
      { text: 'unsinnig', speaker: null, mention: 'Die Erklärung des Ministers' },
    ],
  },
  {
    name: '"sie" with a finite verb in the plural is "they", a group and no one person ("Sie bezeichneten", "erklärten sie"); with a singular verb it is the woman named before ("Sie sagte")',
    given: 'Eva Muster sprach zuerst. Die Demonstranten protestierten vor dem Rathaus. Sie bezeichneten den Plan als „Unsinn“. „Es ist zu spät“, erklärten sie. Sie sagte: „Ich verstehe das.“',
    want: [
      { text: 'Unsinn', speaker: null, mention: 'Sie' },
      { text: 'Es ist zu spät', speaker: null, mention: 'sie' },
      { text: 'Ich verstehe das.', speaker: 'Eva Muster', mention: 'Sie' },
    ],
  },
  {
    name: 'coordinators, prize winners and offenders are roles ("Projektkoordinator Jan Muster", "Friedensnobelpreisträger Eva Probe", "ein Täter"), no part of a name',
    given: '„Es ist ein neuer Antrieb“, erklärte Projektkoordinator Jan Muster. „Lasst mich raus!“, rief ein Täter. „Wir müssen handeln“, sagte Friedensnobelpreisträgerin Eva Probe.',
    want: [
      { text: 'Es ist ein neuer Antrieb', speaker: 'Jan Muster', role: 'Projektkoordinator' },
      { text: 'Lasst mich raus!', speaker: null, mention: 'ein Täter', role: 'Täter' },
      { text: 'Wir müssen handeln', speaker: 'Eva Probe', role: 'Friedensnobelpreisträgerin' },
    ],
  },
  {
    name: 'an organisation with a genitive after its head takes the strong nominative too ("das Auswärtige Amt der Bundesrepublik Deutschland" → "Auswärtiges Amt der …"); its declined adjectives in a genitive after a role open no person\'s name ("der Sprecher des Deutschen Roten Kreuzes")',
    given: '„Ja“, sagte der Sprecher des Deutschen Roten Kreuzes. „Wir prüfen das“, teilte das Auswärtige Amt der Bundesrepublik Deutschland mit.',
    want: [
      { text: 'Ja', speaker: null, role: 'Sprecher des Deutschen Roten Kreuzes' },
      { text: 'Wir prüfen das', speaker: 'Auswärtiges Amt der Bundesrepublik Deutschland' },
    ],
  },
  {
    name: 'a state\'s name that ends in its country is no person ("Bundesrepublik Deutschland"), whom a later office could stand for',
    given: '„Wir prüfen das“, teilte das Auswärtige Amt der Bundesrepublik Deutschland mit. „Ja“, sagte der Sprecher.',
    want: [
      { text: 'Wir prüfen das', speaker: 'Auswärtiges Amt der Bundesrepublik Deutschland' },
      { text: 'Ja', speaker: null, mention: 'der Sprecher' },
    ],
  },
  {
    name: 'a country in the nominative after an organisation is the verb\'s object, no part of its name ("weil die Regierung Armenien als „…“ bezeichnet hat"); a country inside a longer name stays ("Zeitung China Daily")',
    given: 'Die Studie ist deshalb heikel, weil die US-Regierung Armenien als „mutigen jungen Staat“ bezeichnet hat. „Es ist wahr“, schrieb die Zeitung China Daily.',
    want: [
      { text: 'mutigen jungen Staat', speaker: 'US-Regierung', mention: 'die US-Regierung' },
      { text: 'Es ist wahr', speaker: 'China Daily' },
    ],
  },
  {
    name: 'after an opening subordinate clause the main clause has its verb first and then its subject, whose the partial quote is ("Da ihr Klient Sorge hatte, habe Probe „…“"); "Doch …, dessen …" opens no such clause',
    given: 'Die Anwältin Eva Probe war dabei. Da ihr Klient Sorge hatte, habe Probe „die Verhandlung herausgezögert“.',
    want: [{ text: 'die Verhandlung herausgezögert', speaker: 'Eva Probe', mention: 'Probe' }],
  },
  {
    name: 'after the surname of someone named in full, "von" names who cites them, not a longer name ("wie Probe von Beispiel-Online zitiert wird"); after a first name it goes on ("Karla von Exempel")',
    given: 'Jan Probe packte aus. Man sei ins Kasino gegangen, „um zu spielen“, wie Probe von Beispiel-Online zitiert wird. Ministerin Karla von Exempel sagte: „Gut.“',
    want: [
      { text: 'um zu spielen', speaker: 'Jan Probe' },
      { text: 'Gut.', speaker: 'Karla von Exempel' },
    ],
  },
  {
    name: 'a country in the genitive before a full name qualifies it and is no part of it ("Spaniens Jan Probe sagte" names "Jan Probe")',
    given: 'Die Minister trafen sich. Spaniens Jan Probe sagte: „Wir helfen.“',
    want: [{ text: 'Wir helfen.', speaker: 'Jan Probe' }],
  },
  {
    name: 'an organisation is named without an article, its adjectives in the strong nominative of its head, whatever the case it was read in ("vom Deutschen Wetteramt" → "Deutsches Wetteramt", "Laut dem Statistischen Landesamt" → "Statistisches Landesamt", "Der Nationale Rat" → "Nationaler Rat")',
    given: 'Es ist heiß. In weiten Teilen des Landes wird die Gefahr von Bränden vom Deutschen Wetteramt als „sehr hoch“ eingestuft. Laut dem Statistischen Landesamt sei die Zahl „deutlich gestiegen“. Der Nationale Rat warnte: „Es bleibt heiß.“',
    want: [
      { text: 'sehr hoch', speaker: 'Deutsches Wetteramt' },
      { text: 'deutlich gestiegen', speaker: 'Statistisches Landesamt' },
      { text: 'Es bleibt heiß.', speaker: 'Nationaler Rat' },
    ],
  },
  {
    name: 'a capitalised adjective belongs to the name after an article the source pattern took ("Nach Angaben des Roten Kreuzes" names "Rotes Kreuz", not "Kreuz")',
    given: 'Der Fluss trat über die Ufer. Nach Angaben des Roten Kreuzes gab es „viele Verletzte“.',
    want: [{ text: 'viele Verletzte', speaker: 'Rotes Kreuz' }],
  },
  {
    name: 'quantifying adjectives open descriptions ("Anderen Aussagen zufolge", "Verschiedene Medien berichteten"), and capitals after a number count something ("von 5 Millionen Euro, sagte die Polizei"): no names',
    given: 'Die Lage ist ernst. Anderen Aussagen zufolge sei sie „völlig unklar“. Bei dem Unglück entstand ein Schaden von 5 Millionen Euro, sagte die Polizei, „ein Rekord“.',
    want: [
      { text: 'völlig unklar', speaker: null, mention: 'Anderen Aussagen' },
      { text: 'ein Rekord', speaker: 'Polizei' },
    ],
  },
  {
    name: 'verbs of judging report a view ("Als „…“ beurteilte X …", "schätzte … als „…“ ein"); an apposition with a first name may end at the next article when its comma is missing',
    given: 'Kanzlerin Eva Muster lobte den Plan. Als „vertane Gelegenheit“ beurteilte der Fraktionschef der Grünen, Jan Probe das Treffen. Die Lage schätzte Muster als „ernst“ ein.',
    want: [
      { text: 'vertane Gelegenheit', speaker: 'Jan Probe' },
      { text: 'ernst', speaker: 'Eva Muster' },
    ],
  },
  {
    name: 'the agent of a passive after a noun speaks where only lower-case words follow it ("wird die Gefahr von Bränden vom Wetteramt als „…“ eingestuft")',
    given: 'Die Wälder sind trocken. In weiten Teilen des Landes wird die Gefahr von Bränden vom Wetteramt als „sehr hoch“ eingestuft.',
    want: [{ text: 'sehr hoch', speaker: 'Wetteramt' }],
  },
  {
    name: 'after "laut", a noun with a genitive article after it gives the view of the one the article introduces ("Laut Auskunft des Innenministeriums …" names "Innenministerium", not "Auskunft")',
    given: 'Die Kosten stiegen. Laut Auskunft des Innenministeriums seien sie „deutlich höher als geplant“.',
    want: [{ text: 'deutlich höher als geplant', speaker: 'Innenministerium', mention: 'Auskunft des Innenministeriums' }],
  },
  {
    name: 'after a preposition, a capitalised word that an inflected adjective without an article opens is a noun ("laut neuester Statistik"): it names nobody',
    given: 'Der Hafen wuchs. Er verbuchte laut neuester Statistik „mehr Schiffe als je zuvor“.',
    want: [{ text: 'mehr Schiffe als je zuvor', speaker: null }],
  },
  {
    name: 'a first name after a preposition and an adjective still opens a name ("unter anderem Karla Exempel")',
    given: 'Die Bank steht in der Kritik. Zu den Kritikern gehört unter anderem Karla Exempel. Exempel sagte: „Die Bank muss sich ändern.“',
    want: [{ text: 'Die Bank muss sich ändern.', speaker: 'Karla Exempel' }],
  },
  {
    name: 'a word or two in marks that fill a bracket right after a noun give its term ("Kreuzungen („Bastarde“)"), no quote',
    given: 'Maultiere, auch Mulis genannt, sind Kreuzungen („Bastarde“) zwischen Eseln und Pferden.',
    want: [],
  },
  {
    name: 'marks between "Wie" and the speech verb that closes its clause hold the source\'s name ("Wie „beispiel online“ berichtet, …"), no quote',
    given: 'Die Lage ist unklar. Wie „beispiel online“ berichtet, sperrten die Behörden den Zugang zu der Seite.',
    want: [],
  },
  {
    name: 'a few words in marks with English function words and no German ones are a name or title in German text ("von „Friends of the Harbour“"), no quote',
    given: 'Der Kapitän Jan Exempel soll dafür gesorgt haben, dass 2003 zwei Boote von „Friends of the Harbour“ beschlagnahmt wurden.',
    want: [],
  },
  {
    name: 'where the verb before the quote names no speaker, a source the sentence gives does ("waren dem Gutachten zufolge nicht genauer beschriebene „…“")',
    given: 'Der Zug blieb stehen. Ursache der Verspätung waren dem Gutachten zufolge nicht genauer beschriebene „elektrische Störungen“, die zum Halt führten.',
    want: [{ text: 'elektrische Störungen', speaker: null, mention: 'dem Gutachten' }],
  },
  {
    name: 'a view given by a possessive ("Seiner Ansicht nach „…“") is the mention, a pronoun of its gender; inside a noun phrase ("die seiner Ansicht nach überholte Regel") it is none',
    given: 'Premierminister Jan Exempel besuchte die Stadt. Seiner Ansicht nach „erleben wir den dunkelsten Tag“.\n\nDie Stadt liegt am Meer.\n\nEs regnete lange.\n\nDie seiner Ansicht nach „völlig überholte Regel der Notenbank“ war Thema.',
    want: [
      { text: 'erleben wir den dunkelsten Tag', speaker: 'Jan Exempel', mention: 'Seiner Ansicht nach' },
      { text: 'völlig überholte Regel der Notenbank', speaker: null },
    ],
  },
  {
    name: 'a capitalised adjective after the article belongs to a name ("Die Deutsche Welle berichtete" names "Deutsche Welle", not "Welle")',
    given: 'Die Flut stieg weiter. Die Deutsche Welle berichtete: „Es regnet seit Tagen.“',
    want: [{ text: 'Es regnet seit Tagen.', speaker: 'Deutsche Welle', mention: 'Die Deutsche Welle' }],
  },
  {
    name: 'a name right after a relative pronoun is the subject of the verb that closes the relative clause ("…, die Gerhard Exempel … erklärt hatte: „…“"), named in full',
    given: 'Das teilte die Behördenchefin Eva Probe in Nürnberg mit.\n\nDamit ist die Grenze erreicht, die Gerhard Exempel in seiner Amtszeit (2001 bis 2005) zum Ziel erklärt hatte: „Ich gehe davon aus, dass wir das schaffen.“',
    want: [{ text: 'Ich gehe davon aus, dass wir das schaffen.', speaker: 'Gerhard Exempel', mention: 'Gerhard Exempel' }],
  },
  {
    name: 'an institution right after "im" stands for the city it sits in ("Im Kongress warb X: „…“" → Washington); "in den Bundestag gewählt" is no place of speech',
    given: 'Im Kongress warb Präsident Tom Beispiel mit den Worten: „Das ist der richtige Weg.“\n\nDie Abgeordnete Eva Probe, die 2009 in den Bundestag gewählt wurde, sagte: „Wir stimmen zu.“',
    want: [
      { text: 'Das ist der richtige Weg.', speaker: 'Tom Beispiel', place: 'Washington' },
      { text: 'Wir stimmen zu.', speaker: 'Eva Probe', place: null },
    ],
  },
  {
    name: 'an article and its noun opening the clause right before the speech verb are its subject though the noun is no office ("Die Fahrgäste berichteten"): the mention, naming nobody',
    given: 'Der Zug hielt in Exempelstadt. Die Fahrgäste berichteten, die Bahn sei mit einem „heftigen Stoß“ angefahren.',
    want: [{ text: 'heftigen Stoß', speaker: null, mention: 'Die Fahrgäste' }],
  },
  {
    name: 'a verb between a demonstrative and a name is no adjective: "Das sagte Anna Kowalczyk" names her in full (was "Kowalczyk"), "Das wollte Minister Jan Probe betonen" has the office without the verb (was "wollter Minister"); "die bekannte Bürgerrechtlerin Eva Muster" is still no person named "Bürgerrechtlerin Eva Muster"',
    given: 'Die Sitzung begann. „Wir sparen.“ Das sagte Anna Kowalczyk. „Es gibt Zumutungen.“ Das wollte Minister Jan Probe betonen. Die Festrede hielt die bekannte Bürgerrechtlerin Eva Muster. „Mut lohnt sich“, sagte Muster.',
    want: [
      { text: 'Wir sparen.', speaker: 'Anna Kowalczyk', mention: 'Anna Kowalczyk' },
      { text: 'Es gibt Zumutungen.', speaker: 'Jan Probe', mention: 'Minister Jan Probe', role: 'Minister' },
      { text: 'Mut lohnt sich', speaker: 'Eva Muster' },
    ],
  },
  {
    name: 'after a modal, the joined infinitive of a separable speech verb closes the cue ("„…“. Das musste X … einräumen.", "X wollte hinzufügen: „…“")',
    given: 'Die Debatte begann. „Ja, wir müssen sparen“. Das musste Finanzminister Paul Muster am ersten Tag der langen Beratung einräumen. Eva Probe wollte noch hinzufügen: „Wir sparen.“',
    want: [
      { text: 'Ja, wir müssen sparen', speaker: 'Paul Muster', role: 'Finanzminister' },
      { text: 'Wir sparen.', speaker: 'Eva Probe', mention: 'Eva Probe' },
    ],
  },
  {
    name: '"heißt es" names the text before it past a bracket and a relative clause with a date ("Im ersten Absatz der Anordnung (Order), die … am 3. März zugestellt wurde, heißt es:"), a part of a text is that text, and an announcement or order is a text ("In der Verlautbarung des Komitees heißt es")',
    given: 'Die Bank wehrt sich. Im ersten Absatz der Anordnung (Order), die der Bank am 3. März zugestellt wurde, heißt es: „Die Bank darf nichts weitergeben.“ In der Verlautbarung des Beispielkomitees heißt es: „Wir sind besorgt.“',
    want: [
      { text: 'Die Bank darf nichts weitergeben.', speaker: null, mention: 'ersten Absatz der Anordnung' },
      { text: 'Wir sind besorgt.', speaker: 'Beispielkomitee', mention: 'der Verlautbarung des Beispielkomitees' },
    ],
  },
  {
    name: 'a verb joined by "und" to a clause that opens with its verb shares the subject after that verb ("Als …, schlug der Täter die Stewardess und schrie:"); an English company name is an organisation, no person a role noun could stand for ("in einer Maschine der Atlantic Airlines")',
    given: 'Der Mann saß in einer Maschine der Atlantic Airlines. Als eine Stewardess eingriff, schlug der Täter die Stewardess und schrie: „Lasst mich in Ruhe!“',
    want: [{ text: 'Lasst mich in Ruhe!', speaker: null, mention: 'der Täter', role: 'Täter' }],
  },
  {
    name: 'a fragment without a speech verb is the subject\'s, also a pronoun right after the verb in second place ("Ursprünglich wollte er „…“" was the speaker of the quote before)',
    given: 'Anna Muster sagte: „Wir bewerben uns.“ Theo Probe hatte dies im Verein verkündet. Ursprünglich wollte er „einen Plan mit vier Hallen einreichen“.',
    want: [
      { text: 'Wir bewerben uns.', speaker: 'Anna Muster' },
      { text: 'einen Plan mit vier Hallen einreichen', speaker: 'Theo Probe', mention: 'er' },
    ],
  },
  {
    name: 'a definite description after a long quote is the person named before the quote ("„…“, meint die 56-jährige Angestellte"): the quote does not count toward how far back the reader looks',
    given: 'Die Kreisvorsitzende Gabriela Probe kritisierte den Rat. „Der Rat hat die Bibliothek im Stadtteil ohne jede Anhörung geschlossen und den Vereinen ihre Räume entzogen. Ich bin enttäuscht, dass niemand mit den Familien gesprochen hat, die dort seit Jahren ihre Kinder lesen lernen lassen. Wir haben über tausend Unterschriften gesammelt und sie dem Bürgermeister übergeben. Bis heute gibt es keine Antwort, nicht einmal einen Termin. Die Bürgerinnen und Bürger haben ein Recht darauf, gehört zu werden, bevor über ihre Einrichtungen entschieden wird. Wir werden weiter dafür eintreten, dass die Bibliothek wieder öffnet, und uns von niemandem den Mund verbieten lassen.“, meint die 56-jährige Angestellte.',
    want: [{ text: 'Der Rat hat die Bibliothek im Stadtteil ohne jede Anhörung geschlossen und den Vereinen ihre Räume entzogen. Ich bin enttäuscht, dass niemand mit den Familien gesprochen hat, die dort seit Jahren ihre Kinder lesen lernen lassen. Wir haben über tausend Unterschriften gesammelt und sie dem Bürgermeister übergeben. Bis heute gibt es keine Antwort, nicht einmal einen Termin. Die Bürgerinnen und Bürger haben ein Recht darauf, gehört zu werden, bevor über ihre Einrichtungen entschieden wird. Wir werden weiter dafür eintreten, dass die Bibliothek wieder öffnet, und uns von niemandem den Mund verbieten lassen.', speaker: 'Gabriela Probe', mention: 'die 56-jährige Angestellte' }],
  },
  {
    name: 'a phrase of several words with lower-case words among them after a noun is someone\'s words, not a name, where a speech verb reports it ("führte X aus, dass ein Geflecht von Gefälligkeiten „Anfang der 80er Jahre in der Branche gängig“ gewesen sei")',
    given: 'Im Verfahren führte Jan Muster aus, dass ein Geflecht von Gefälligkeiten „Anfang der 80er Jahre in der ganzen Branche gängig“ gewesen sei.',
    want: [{ text: 'Anfang der 80er Jahre in der ganzen Branche gängig', type: 'partial', speaker: 'Jan Muster' }],
  },
  {
    name: 'an article after a title noun opens the verb\'s object, no title ("Nach Darstellungen des Verlages liefert das Buch eine „…“"); a publisher is an organisation that can be a source',
    given: 'Das Werk erschien im März. Nach Darstellungen des Verlages liefert das Buch eine „nüchterne Bilanz der letzten Jahre“.',
    want: [{ text: 'nüchterne Bilanz der letzten Jahre', type: 'partial', speaker: 'Verlag', mention: 'Verlages' }],
  },
  {
    name: '"so" opening the attribution after the marks gives no name ("„…“ so das Urteil der Gründer von X." was taken for „Name“ so …)',
    given: 'Die Stiftung kürzte die Mittel. „Kritische Fragen sind dort wohl nicht erwünscht.“ so das Urteil der Gründer von Beispielwatch.',
    want: [{ text: 'Kritische Fragen sind dort wohl nicht erwünscht.', mention: 'das Urteil der Gründer von Beispielwatch' }],
  },
  {
    name: 'a quote standing alone after a sentence about an organisation is the organisation\'s, also after a topic label ("Umweltpolitik: Die Beispielpartei will …. „…“")',
    given: 'Das Programm liegt vor. Umweltpolitik: Die Beispielpartei will an der Förderung der Windkraft festhalten. „Wir wollen eine Energiewende, die bezahlbar bleibt.“',
    want: [{ text: 'Wir wollen eine Energiewende, die bezahlbar bleibt.', speaker: 'Beispielpartei', mention: 'Die Beispielpartei' }],
  },
  {
    name: 'a role made from an adjective takes the holder\'s gender where no article tells it ("Gabriela Muster, Vorsitzende des Ortsvereins" → "Vorsitzende …", was "Vorsitzender …"; "Eva Roth, Abgeordnete im Landtag")',
    given: 'Gabriela Muster, Vorsitzende des Ortsvereins Beispielhausen, kritisierte den Sender. „Das ist falsch“, sagte Muster. Jan Probe, Vorsitzender des Vereins, sagte: „Ja.“ Eva Roth, Abgeordnete im Landtag, sagte: „Vielleicht.“',
    want: [
      { text: 'Das ist falsch', speaker: 'Gabriela Muster', role: 'Vorsitzende des Ortsvereins Beispielhausen' },
      { text: 'Ja.', speaker: 'Jan Probe', role: 'Vorsitzender des Vereins' },
      { text: 'Vielleicht.', speaker: 'Eva Roth', role: 'Abgeordnete im Landtag' },
    ],
  },
  {
    name: 'a capitalised present participle before the role\'s head is its adjective and takes the head\'s ending ("der Oberkommandierende General …" → "Oberkommandierender General …")',
    given: 'Der Oberkommandierende General der Streitkräfte im Land, Georg Muster, sagte: „Wir bleiben.“',
    want: [{ text: 'Wir bleiben.', speaker: 'Georg Muster', role: 'Oberkommandierender General der Streitkräfte im Land' }],
  },
  {
    name: 'a sentence that opens with "Das" before its verb points back to the quote before it, however long ("„…“ Das räumte X … ein.", "„…“ Das sagte X am Montag …")',
    given: 'Die Debatte begann. „Ja, wir müssen sparen.“ Das räumte Finanzminister Paul Muster am ersten Tag der langen Beratung über die Steuerreform des nächsten Jahres vor den versammelten Abgeordneten ein.\n\n„Wir bleiben dabei.“ Das sagte Finanzministerin Eva Probe am Montag bei einem Termin vor vielen Reportern aus Stadt und Land.',
    want: [
      { text: 'Ja, wir müssen sparen.', speaker: 'Paul Muster', role: 'Finanzminister' },
      { text: 'Wir bleiben dabei.', speaker: 'Eva Probe', role: 'Finanzministerin' },
    ],
  },
  {
    name: 'speaker, role, place and date after the quote; the next quote continues with a pronoun',
    given: 'Moskau. »Unsere Zusammenarbeit im militärischen Bereich intensiviert sich«, sagte der russische Außenminister Sergej Lawrow am Donnerstag in Moskau. »Unsere Soldaten kooperieren aktiv mit dem malischen Militär«, fügte er hinzu.',
    publishedAt: '2025-04-04',
    want: [
      { text: 'Unsere Zusammenarbeit im militärischen Bereich intensiviert sich', type: 'direct', speaker: 'Sergej Lawrow', mention: 'der russische Außenminister Sergej Lawrow', role: 'russischer Außenminister', place: 'Moskau', date: '2025-04-03' },
      { text: 'Unsere Soldaten kooperieren aktiv mit dem malischen Militär', type: 'direct', speaker: 'Sergej Lawrow', mention: 'er', role: 'russischer Außenminister', place: 'Moskau', date: '2025-04-03' },
    ],
  },
  {
    name: 'a name in quotation marks is not a quote',
    given: 'Russland unterstützt die Regierung mit Kämpfern seiner ehemals als »Gruppe Wagner« bekannten Söldnertruppe.',
    want: [],
  },
  {
    name: 'scare quotes after "sogenannt" and titles after their noun are not quotes',
    given: 'Die Regierung plant sogenannte „Reformen“. Der Film „Das Boot“ läuft heute. Die Zeitung „Neue Welt“ berichtete darüber.',
    want: [],
  },
  {
    name: 'one word shaped as no word is (inner capitals, letters with digits, a domain) is a name, even near a speech verb; a plain word there is the speaker\'s',
    given: 'Das Projekt „BeispielOffice“ wird zehn Jahre alt, sagte Jan Probe. Der als „Hacker64“ bekannte Mann erklärte sein Vorgehen. In einem auf „muster-news.de“ veröffentlichten Artikel wird Eva Muster zitiert. Probe nannte den Plan „maßlos“.',
    want: [{ text: 'maßlos', type: 'partial', speaker: 'Jan Probe' }],
  },
  {
    name: 'one capitalised word after a noun and "von" is a name ("Mitglieder von „Al-Musterija“"); after a verb and "von" it is the speaker\'s word ("sprach von „Verrat“")',
    given: 'Die Polizei nahm zwei Mitglieder von „Al-Musterija“ fest, teilte die Behörde mit. Der Minister Jan Probe sprach von „Verrat“.',
    want: [{ text: 'Verrat', type: 'partial', speaker: 'Jan Probe' }],
  },
  {
    name: 'roles leave out an age, a participle with its complement before it, and "Sir" before the name ("die aus Musterland stammende ehemalige Politikerin", "die 64-jährige Kanzlerin", "Milliardär Sir X"); "den Theologen" is "Theologe"',
    given: 'Die aus Musterland stammende ehemalige niederländische Politikerin Eva Probe sprach in Kassel. „Ich bleibe“, sagte Probe. Die 64-jährige deutsche Bundeskanzlerin Ida Muster sagte: „Ich gehe.“ Der britische Milliardär Sir Jan Exempel sagte: „Wir fliegen.“ Die Zeitung zitiert den Theologen Karl Beispielmann mit den Worten: „Gut so.“',
    want: [
      { text: 'Ich bleibe', speaker: 'Eva Probe', role: 'ehemalige niederländische Politikerin' },
      { text: 'Ich gehe.', speaker: 'Ida Muster', role: 'deutsche Bundeskanzlerin' },
      { text: 'Wir fliegen.', speaker: 'Jan Exempel', role: 'britischer Milliardär' },
      { text: 'Gut so.', speaker: 'Karl Beispielmann', role: 'Theologe' },
    ],
  },
  {
    name: 'a place inside an attribute with adjectives after its participle ("die aus Chile stammende ehemalige Politikerin") is where the person is from, not where they spoke',
    given: 'Die aus Chile stammende ehemalige Politikerin Eva Probe sagte: „Ich bleibe.“',
    want: [{ text: 'Ich bleibe.', speaker: 'Eva Probe', place: null }],
  },
  {
    name: 'a number opens a description, not a name ("Zwei Männer sagten", "Drei Zeugen berichteten")',
    given: 'Zwei Männer sagten: „Wir waren völlig überrascht.“ Drei Zeugen berichteten: „Es ging schnell.“',
    want: [
      { text: 'Wir waren völlig überrascht.', speaker: null },
      { text: 'Es ging schnell.', speaker: null, mention: 'Drei Zeugen', role: 'Zeugen' },
    ],
  },
  {
    name: 'sources are no names: "Nach Angaben von X" is X, "Laut Angaben der Polizei" the police, "Medienberichten zufolge" and "Sicherheitskreise" have no name',
    given: 'Nach Angaben von Jan Probe sei es „ein Fehler“. Laut Angaben der Polizei gab es „keine Verletzten“. Medienberichten zufolge sei der Minister „sehr verärgert“ gewesen. Sicherheitskreise sprachen von einem „Anschlag“.',
    want: [
      { text: 'ein Fehler', speaker: 'Jan Probe' },
      { text: 'keine Verletzten', speaker: 'Polizei' },
      { text: 'sehr verärgert', speaker: null, mention: 'Medienberichten' },
      { text: 'Anschlag', speaker: null, mention: 'Sicherheitskreise' },
    ],
  },
  {
    name: 'a person the article names, in the genitive after a role, owns the role and is not the speaker ("Der behandelnde Arzt Probes sagte")',
    given: 'Nationalspieler Jan Probe ist verletzt. Der behandelnde Arzt Probes sagte: „Er wird spielen.“',
    want: [{ text: 'Er wird spielen.', speaker: null, mention: 'Der behandelnde Arzt Probes', role: 'behandelnder Arzt Probes' }],
  },
  {
    name: 'the name someone gives themselves ("die sich selbst „X“ nennt", "nennt sie sich „X“") is no quote',
    given: 'Die Junta, die sich selbst „Komitee für Einheit und Erneuerung“ nennt, regiert seit Mai, sagte Jan Probe. Im Jahr 2027 nennt sie sich „musterschau 3“, teilte die Stadt mit.',
    want: [],
  },
  {
    name: 'what someone or something is known as ("galt … als „X“", "gilt damit nicht als „X“") is no one\'s words; what a speaker calls it is',
    given: 'Galt Jan Probe noch vor seiner Wahl als „Bulldogge der Partei“, so wurde sein Buch trotzdem gelobt. Der Vorgang gilt damit nicht als „Notfall“. Eva Muster bezeichnete ihn als „Warnung“.',
    want: [{ text: 'Warnung', type: 'partial', speaker: 'Eva Muster' }],
  },
  {
    name: 'a part someone acts in ("der sich als „X“ engagierte", "die sich als „X“ präsentiert") is no quote; "bezeichnete sich als „X“" is their word',
    given: 'In Musterland wurde ein Mann geehrt, der sich als „Lesepate“ engagierte, sagte Jan Probe. An einer Schule, die sich als „Haus der Vielfalt“ präsentiert, gab es Streit. Eva Muster bezeichnete sich als „Opfer“.',
    want: [{ text: 'Opfer', type: 'partial', speaker: 'Eva Muster' }],
  },
  {
    name: 'a colon introduction with the subject before the verb',
    given: 'Die Ministerin Petra Beispiel sagte: „Wir werden die Schulen sanieren.“',
    want: [{ text: 'Wir werden die Schulen sanieren.', type: 'direct', speaker: 'Petra Beispiel', role: 'Ministerin' }],
  },
  {
    name: 'a speech verb and its subject right after the marks attribute the quote when the comma is left out ("„…“ kommentierte er", "„…“ kündigte Probe an"); marks as the subject ("„Radio Beispiel“ berichtet unter …") stay a name',
    given: 'Der Nationalspieler Jan Probe entschuldigte sich. Mit den Worten „Ich war wütend über unser Spiel und habe Dinge gesagt, die mir leidtun“ kommentierte er seinen Ausbruch. „Radio Beispiel“ berichtet unter Berufung auf das Team, dass er spielen werde. „Am Montag spiele ich wieder“ kündigte Probe an.',
    want: [
      { text: 'Ich war wütend über unser Spiel und habe Dinge gesagt, die mir leidtun', type: 'direct', speaker: 'Jan Probe', mention: 'er' },
      { text: 'Am Montag spiele ich wieder', type: 'direct', speaker: 'Jan Probe', mention: 'Probe' },
    ],
  },
  {
    name: 'numbers date nothing unless shaped as a date ("in Höhe von 37 Millionen Euro" is no day, "am 3.4.2024" is)',
    given: 'Der Senat von Beispielstadt hatte gehofft, dass die Einnahmen in Höhe von 37 Millionen Euro „in die leere Stadtkasse gehen“ würden. Jan Probe sagte am 3.4.2024 in Bonn: „Das Geld ist weg.“',
    publishedAt: '2024-05-02',
    want: [
      { text: 'in die leere Stadtkasse gehen', type: 'partial', speaker: 'Senat', date: null },
      { text: 'Das Geld ist weg.', type: 'direct', speaker: 'Jan Probe', place: 'Bonn', date: '2024-04-03' },
    ],
  },
  {
    name: 'what a number counts is no person ("12 Millionen Euro"): "die Autoren der Studie" stay unnamed',
    given: 'Eine Studie verglich 40 Schulen. Die Autoren der Studie halten den Ämtern vor: „Eine Kontrolle gibt es nicht.“ Das Land gibt jährlich 12 Millionen Euro dafür aus.',
    want: [{ text: 'Eine Kontrolle gibt es nicht.', type: 'direct', speaker: null, mention: 'Die Autoren der Studie' }],
  },
  {
    name: 'a quote interrupted by its attribution gives two quotes with one speaker',
    given: '„Wir werden“, sagte Bürgermeister Hans Muster, „das schaffen.“',
    want: [
      { text: 'Wir werden', speaker: 'Hans Muster', role: 'Bürgermeister' },
      { text: 'das schaffen.', speaker: 'Hans Muster' },
    ],
  },
  {
    name: '"so X" after the quote, and a surname resolved to the full name',
    given: 'Der Grünen-Politiker Paul Probe kritisierte den Plan. „Das ist ein Fehler“, so Probe.',
    want: [{ text: 'Das ist ein Fehler', speaker: 'Paul Probe' }],
  },
  {
    name: 'a partial quote inside the reporter\'s sentence',
    given: 'Der Bundespräsident Karl Beispiel warnte vor einer wachsenden „Spaltung zwischen Jung und Alt“.',
    want: [{ text: 'Spaltung zwischen Jung und Alt', type: 'partial', speaker: 'Karl Beispiel' }],
  },
  {
    name: 'an organisation speaks, named without article',
    given: '„Die Lage ist unter Kontrolle“, teilte die Polizei mit.',
    want: [{ text: 'Die Lage ist unter Kontrolle', speaker: 'Polizei' }],
  },
  {
    name: 'an unnamed spokesman has a role and no name',
    given: '„Wir prüfen den Vorfall“, sagte ein Sprecher des Innenministeriums.',
    want: [{ text: 'Wir prüfen den Vorfall', speaker: null, role: 'Sprecher des Innenministeriums' }],
  },
  {
    name: 'Amtskollege takes the counterpart\'s office; the capital is the dateline city',
    given: 'Moskau. „Die Gespräche waren gut“, sagte der russische Außenminister Sergej Lawrow. Sein malischer Amtskollege Abdoulaye Diop dankte bei seinem Besuch in der russischen Hauptstadt für die „konstante Unterstützung“ Moskaus.',
    want: [
      { text: 'Die Gespräche waren gut', speaker: 'Sergej Lawrow' },
      { text: 'konstante Unterstützung', type: 'partial', speaker: 'Abdoulaye Diop', role: 'malischer Außenminister', place: 'Moskau' },
    ],
  },
  {
    name: 'a quote over two paragraphs: the next paragraph reopens the mark',
    given: 'Die Trainerin Eva Muster sagte: „Wir haben gut gespielt.\n\n„Nächste Woche gewinnen wir.“',
    want: [{ text: 'Wir haben gut gespielt.\nNächste Woche gewinnen wir.', speaker: 'Eva Muster' }],
  },
  {
    name: 'a stray opening mark does not swallow the rest of the article',
    given: 'Das „Ende kam schnell.\n\n„Wir sind zufrieden“, sagte Trainer Max Probe.',
    want: [{ text: 'Wir sind zufrieden', speaker: 'Max Probe' }],
  },
  {
    name: 'marks of several styles: ‚…‘ nested in „…“, and »…«',
    given: '„Er nannte das ‚unerhört‘, und ich stimme zu“, sagte Anna Beispiel. »Das bleibt so«, sagte sie.',
    want: [
      { text: 'Er nannte das ‚unerhört‘, und ich stimme zu', speaker: 'Anna Beispiel' },
      { text: 'Das bleibt so', speaker: 'Anna Beispiel', mention: 'sie' },
    ],
  },
  {
    name: 'gestern and an absolute date, resolved against the publication date',
    given: '„Wir sind bereit“, sagte der Kanzler Otto Beispiel gestern in Berlin. Am 3. März 2024 hatte er gesagt: „Wir warten ab.“',
    publishedAt: '2025-01-10',
    want: [
      { text: 'Wir sind bereit', date: '2025-01-09', place: 'Berlin' },
      { text: 'Wir warten ab.', date: '2024-03-03' },
    ],
  },
  {
    name: 'a name with an initial, and its surname later',
    given: 'Dazu äußerte sich der Präsident John Q. Beispiel: „Wir haben alles unter Kontrolle.“ Beispiel sagte später: „Es bleibt ruhig.“',
    want: [
      { text: 'Wir haben alles unter Kontrolle.', speaker: 'John Q. Beispiel', role: 'Präsident' },
      { text: 'Es bleibt ruhig.', speaker: 'John Q. Beispiel', mention: 'Beispiel' },
    ],
  },
  {
    name: '"hieß es vom …" names the source of an impersonal statement',
    given: '„Alles spricht für einen Irrtum“, hieß es vom Abgeordneten Peter Muster.',
    want: [{ text: 'Alles spricht für einen Irrtum', speaker: 'Peter Muster' }],
  },
  {
    name: 'a fragment in reported speech belongs to the reporter of the sentence before',
    given: 'Die Ermittler kritisierten am Montag den Piloten Max Probe. Die Maschine sei „weit hinter der Aufsetzzone“ gelandet.',
    want: [{ text: 'weit hinter der Aufsetzzone', type: 'partial', speaker: null, mention: 'Die Ermittler' }],
  },
  {
    name: 'roles in appositions, after the name and before it',
    given: 'Max Muster, Präsident der Universität Kiel, begrüßte den Plan. „Das hilft uns“, sagte Muster. Die Vorsitzende des Ausschusses, Eva Probe, widersprach. „Das ist zu teuer“, sagte Probe.',
    want: [
      { text: 'Das hilft uns', speaker: 'Max Muster', role: 'Präsident der Universität Kiel' },
      { text: 'Das ist zu teuer', speaker: 'Eva Probe', role: 'Vorsitzende des Ausschusses' },
    ],
  },
  {
    name: 'no speaker anywhere: null, not a guess',
    given: 'Auf dem Plakat stand: „Nie wieder Krieg!“',
    want: [{ text: 'Nie wieder Krieg!', speaker: null }],
  },
  {
    name: 'a name followed by an apposition without its closing comma: the name speaks, the apposition is the role',
    given: 'Jonas Beispielmann, Sprecher des Mieterbunds Nord kommentierte den Beschluss mit den Worten: „Das ist ein guter Tag für alle Mieter.“',
    want: [{ text: 'Das ist ein guter Tag für alle Mieter.', type: 'direct', speaker: 'Jonas Beispielmann', mention: 'Jonas Beispielmann', role: 'Sprecher des Mieterbunds Nord' }],
  },
  {
    name: 'a person and the firm after "vom" are two things',
    given: 'Lars Exempel vom Bankhaus Muster Partner sagte dazu: „Solche Zahlungen gibt es überall.“',
    want: [{ text: 'Solche Zahlungen gibt es überall.', speaker: 'Lars Exempel' }],
  },
  {
    name: 'a capitalised word opening the sentence is no speaker unless the article uses it as a name',
    given: '„Wir müssen uns vorbereiten“, sagte die Ärztin Mira Probst. Aktuell bestehe die Gefahr noch nicht. „Aber das Virus kann sich jederzeit verändern.“',
    want: [
      { text: 'Wir müssen uns vorbereiten', speaker: 'Mira Probst' },
      { text: 'Aber das Virus kann sich jederzeit verändern.', speaker: 'Mira Probst' },
    ],
  },
  {
    name: 'a place after "in" is no person: the pronoun goes to the man named before it',
    given: 'Das meint Tom Beispiel vom Amt für Raumfahrt in New Mexico. „Der Name ist ein Symbol“, führte er aus.',
    want: [{ text: 'Der Name ist ein Symbol', speaker: 'Tom Beispiel', mention: 'er' }],
  },
  {
    name: 'a focus adverb before the subject ("Auch die Richterin … äußerte")',
    given: 'Auch die Richterin Uta Beispiel (parteilos) äußerte Bedenken und wagte eine Prognose: „Das Verfahren wird Jahre dauern.“',
    want: [{ text: 'Das Verfahren wird Jahre dauern.', speaker: 'Uta Beispiel', mention: 'die Richterin Uta Beispiel', role: 'Richterin' }],
  },
  {
    name: 'a regnal number ends the sentence before a quote that opens with a capital',
    given: 'Der Sprecher der Regierung, Ole Muster, würdigte Papst Pius XIII. „Er hat seine Kirche geprägt“, sagte Muster.',
    want: [{ text: 'Er hat seine Kirche geprägt', type: 'direct', speaker: 'Ole Muster', mention: 'Muster' }],
  },
  {
    name: '"so" after a quote is no Sunday; a weekday in the same clause is the date',
    given: '„Das Urteil ist hart“, so Richterin Ute Muster. „Wir gehen in Berufung“, so der Anwalt Karl Exempel am Montag.',
    publishedAt: '2025-06-05',
    want: [
      { text: 'Das Urteil ist hart', speaker: 'Ute Muster', date: null },
      { text: 'Wir gehen in Berufung', speaker: 'Karl Exempel', date: '2025-06-02' },
    ],
  },
  {
    name: 'a text as the source after "heißt es in", speaking for its author; a study cited in reported speech is not the speaker',
    given: '„Wir fordern Sie auf, das Konzert abzusagen“, heißt es in dem Schreiben des Verbands. Ministerin Eva Muster erklärte, die Gebühren seien gerecht. Die Studie zeige vielmehr, „dass die Preise kaum jemanden stören“.',
    want: [
      { text: 'Wir fordern Sie auf, das Konzert abzusagen', speaker: 'Verband', mention: 'dem Schreiben des Verbands' },
      { text: 'dass die Preise kaum jemanden stören', speaker: 'Eva Muster' },
    ],
  },
  {
    name: 'the subject after an auxiliary, the speech verb a participle at the end ("hatte X … erklärt", "wird X zitiert")',
    given: '„Wir wollen unsere Werke enger verzahnen“, hatte Konzernchefin Petra Muster in einem Interview erklärt. „Die Lage ist ernst“, wird Minister Jan Beispiel zitiert.',
    want: [
      { text: 'Wir wollen unsere Werke enger verzahnen', speaker: 'Petra Muster', role: 'Konzernchefin' },
      { text: 'Die Lage ist ernst', speaker: 'Jan Beispiel', role: 'Minister' },
    ],
  },
  {
    name: 'a sentence glued to the next without a space still ends the name ("sagte Muster.Als")',
    given: '„Das ist ein guter Tag“, sagte Kanzlerin Eva Muster.Als Erfolg wertete das auch die Opposition.',
    want: [{ text: 'Das ist ein guter Tag', speaker: 'Eva Muster' }],
  },
  {
    name: 'a short sentence after a quote attributes it ("„…“ Das sagte X am Montag.")',
    given: '„Wir schaffen das.“ Das sagte Ministerin Eva Muster am Montag in Kiel.',
    publishedAt: '2025-06-05',
    want: [{ text: 'Wir schaffen das.', type: 'direct', speaker: 'Eva Muster', role: 'Ministerin', place: 'Kiel', date: '2025-06-02' }],
  },
  {
    name: 'a full name before the verb when the phrase around it cannot be read ("Die … überlebende X, 30, beschrieb:"); "wie sich X ausdrückte"',
    given: 'Die das Unglück überlebende Alina Beispiel, 30, schilderte in der Klinik den Ablauf: „Der Wind war stark.“ Das Boot sei, wie sich Kapitän Ole Muster ausdrückte, „einfach umgekippt“.',
    want: [
      { text: 'Der Wind war stark.', speaker: 'Alina Beispiel' },
      { text: 'einfach umgekippt', speaker: 'Ole Muster' },
    ],
  },
  {
    name: 'a separable verb joined in a subordinate clause ("wie der Richter ausführte"); "nach Angaben" is no verb',
    given: 'Wie der Vorsitzende Richter Ole Beispiel ausführte, hätte es „ein Chaos gegeben“. Die Akte wird nach Angaben der Staatsanwaltschaft Kiel „sehr genau“ untersucht.',
    want: [
      { text: 'ein Chaos gegeben', speaker: 'Ole Beispiel' },
      { text: 'sehr genau', speaker: 'Staatsanwaltschaft Kiel' },
    ],
  },
  {
    name: 'names in marks after "laut", after "Motto:" and as a translation ("deutsch") are no quotes',
    given: 'Soldaten sollen laut „Nordkurier“ Warnschüsse abgegeben haben. Die Deponie (Motto: „Entsorgung ist Vertrauenssache“) ist umstritten. Er rief „Britain First“ (deutsch „Britannien zuerst“).',
    want: [],
  },
  {
    name: 'places: a country with its article is a place; "in X" after a noun or in an attribute is not where it was said',
    given: '„Wir helfen“, sagte Ministerin Eva Muster am Montag in der Türkei.\n\nDie in Hamburg geborene Sängerin Lia Beispiel lobte die Regierung in Berlin: „Das war mutig.“',
    publishedAt: '2025-06-05',
    want: [
      { text: 'Wir helfen', speaker: 'Eva Muster', place: 'Türkei', date: '2025-06-02' },
      { text: 'Das war mutig.', speaker: 'Lia Beispiel', place: null },
    ],
  },
  {
    name: 'a country speaks as a state, named without article',
    given: 'Frankreich kritisierte das Vorgehen als „schwere Verletzung“ des Abkommens.',
    want: [{ text: 'schwere Verletzung', speaker: 'Frankreich' }],
  },
  {
    name: 'a weekday compound ("am Samstagabend") is that day',
    given: 'Ole Muster erklärte dazu am Samstagabend: „Nicht ich habe gelogen.“',
    publishedAt: '2025-06-09',
    want: [{ text: 'Nicht ich habe gelogen.', speaker: 'Ole Muster', date: '2025-06-07' }],
  },
  {
    name: 'a role with "von" and a name ("Vorstandschef von Beispiel AG") in an apposition',
    given: 'Jan Muster, Vorstandschef von Beispiel International, äußerte sich im Interview: „Das ist üblich.“',
    want: [{ text: 'Das ist üblich.', speaker: 'Jan Muster', role: 'Vorstandschef von Beispiel International' }],
  },
  {
    name: 'pronouns: a subject beats a later name after a preposition; "die Abgeordnete" is a woman; a newspaper title is nobody',
    given: 'Oppositionsführer Tim Beispiel analysierte die Lage am Montag in der Tageszeitung The Courier. Die Versuche der Regierung, unter Ole Muster die Macht zu halten, bezeichnete er als „Verbrechen“.\n\nDie Abgeordnete Gudrun Exempel hat sich entschuldigt. „Es tut mir leid“, sagte sie.',
    publishedAt: '2025-06-05',
    want: [
      { text: 'Verbrechen', speaker: 'Tim Beispiel', mention: 'er' },
      { text: 'Es tut mir leid', speaker: 'Gudrun Exempel', mention: 'sie', role: 'Abgeordnete' },
    ],
  },
  {
    name: 'a standalone quote after a sentence that cites a source ("Nach Ansicht von X …"); a subordinator is no name ("Obwohl X …")',
    given: 'Der Finanzminister Karl Exempel lobte das Urteil.\n\nNach Ansicht von Ministerpräsidentin Eva Muster ist noch nichts entschieden. „Es ist nur ein Gutachten.“\n\nObwohl Muster mit höheren Steuern rechnet, sei man von einem „Überschuss noch weit entfernt“.',
    want: [
      { text: 'Es ist nur ein Gutachten.', speaker: 'Eva Muster' },
      { text: 'Überschuss noch weit entfernt', speaker: 'Eva Muster', mention: 'Muster' },
    ],
  },
  {
    name: 'the one a medium quotes is the speaker ("X zitiert Y mit den Worten:"); a subject followed by a prepositional phrase',
    given: 'Die Nachrichtenagentur Beispielpress zitiert dazu Jana Exempel mit folgenden Worten: „Die Banken haben versagt.“ Das Komitee im schwedischen Malmö würdigte damit den Einsatz zur „Stärkung der Diplomatie“.',
    want: [
      { text: 'Die Banken haben versagt.', speaker: 'Jana Exempel' },
      { text: 'Stärkung der Diplomatie', speaker: 'Komitee' },
    ],
  },
  {
    name: '"In dem Entwurf heißt es:" and "So heißt es in der Erklärung wörtlich:" name a text as the source; "Der 58-Jährige" is a person',
    given: 'In dem Entwurf heißt es wörtlich: „Die Sperre ist aufzuheben.“ So heißt es in der Erklärung des Verbands wörtlich: „Wir bleiben dabei.“\n\nDer 58-Jährige sagte, er habe „nichts gewusst“.',
    want: [
      { text: 'Die Sperre ist aufzuheben.', speaker: null, mention: 'dem Entwurf' },
      { text: 'Wir bleiben dabei.', speaker: 'Verband', mention: 'der Erklärung des Verbands' },
      { text: 'nichts gewusst', mention: 'Der 58-Jährige' },
    ],
  },
  {
    name: 'a coordinated verb shares the first subject ("… und nannte sie „…“"); "Jegliche X" is no name',
    given: 'Die Beispielwerke AG bestätigte die Angaben nicht und nannte sie „bloße Vermutung“. Jegliche Mitverantwortung weist Jan Muster von sich: „Ich wusste von nichts.“',
    want: [
      { text: 'bloße Vermutung', speaker: 'Beispielwerke AG' },
      { text: 'Ich wusste von nichts.', speaker: 'Jan Muster' },
    ],
  },
  {
    name: 'a name that opens with its particle at a sentence start ("Von der Beek betonte"); "Das Fazit … lautete:" is a text; a crowd speaks',
    given: 'Ministerin Karla von der Beek besuchte die Schule.\n\nVon der Beek betonte, es gebe „viele gute Lehrer“. Das Fazit des Berichts lautete: „Die Wahl war frei.“ Die Menschenmenge skandierte „Nieder mit der Regierung!“',
    want: [
      { text: 'viele gute Lehrer', speaker: 'Karla von der Beek', mention: 'Von der Beek' },
      { text: 'Die Wahl war frei.', speaker: null, mention: 'Das Fazit des Berichts' },
      { text: 'Nieder mit der Regierung!', speaker: 'Menschenmenge' },
    ],
  },
  {
    name: 'a participle closes a perfect or passive speech clause ("hatte … als „falsch“ zurückgewiesen"); the subject stands before the auxiliary',
    given: 'Die Landesregierung hatte die Meldung der Beispielzeitung umgehend als „falsch“ zurückgewiesen.',
    want: [{ text: 'falsch', type: 'partial', speaker: 'Landesregierung' }],
  },
  {
    name: 'names given, not words said: translations in brackets, „X“, so heißt …, der Name lautet „X“, „X“, wie er genannt wurde',
    given: 'Die Operation „Blauer Himmel“ („Operation Blue Sky“) begann am Morgen. „Beispielnetz“, so heißt ein neues Projekt. Der wissenschaftliche Name lautet „Exemplum musterensis“. „Tante Karla“, wie die Senatorin genannt wurde, war beliebt.',
    want: [],
  },
  {
    name: 'roles keep a genitive with "eines" and a country in the genitive ("Moderatorin eines Radiosenders", "Vertreter Malis")',
    given: '„Auf der Brücke kann es windig sein“, warnte die Moderatorin eines Radiosenders. Der Vertreter Malis nannte das Abkommen einen „großen Fortschritt“.',
    want: [
      { text: 'Auf der Brücke kann es windig sein', role: 'Moderatorin eines Radiosenders' },
      { text: 'großen Fortschritt', role: 'Vertreter Malis' },
    ],
  },
  {
    name: 'a city ending like a diminutive is still a place ("in München"); the statement sentence before gives place and date',
    given: 'Der Ministerpräsident Karl Exempel wird nicht Minister. Dies bestätigte Exempel heute selbst in München. Exempel erklärte seinen Verzicht mit einer „neuen Situation“.',
    publishedAt: '2025-11-01',
    want: [{ text: 'neuen Situation', speaker: 'Karl Exempel', place: 'München', date: '2025-11-01' }],
  },
  {
    name: 'one capitalised word governed by a preposition is a name ("einen Anbaustopp für „Exemplora“")',
    given: 'Der Abgeordnete Jan Muster forderte vom Minister einen Anbaustopp für „Exemplora“.',
    want: [],
  },
  {
    name: 'a text of a named person speaks for the person ("Die Kernaussage von X lautete:"); "hatte es geheißen" names its text, not the day',
    given: 'Die Kernaussage von Jonas Exempel, dem Präsidenten von Beispiel Aerospace, lautete dazu: „Wir sind überrascht.“ In einer Mitteilung der Innenminister vom Dienstagabend hatte es geheißen: „Eine schnelle Einigung ist nicht in Sicht.“',
    publishedAt: '2025-06-05',
    want: [
      { text: 'Wir sind überrascht.', speaker: 'Jonas Exempel', role: 'Präsident von Beispiel Aerospace' },
      { text: 'Eine schnelle Einigung ist nicht in Sicht.', speaker: 'Innenminister', mention: 'einer Mitteilung der Innenminister', date: '2025-06-03' },
    ],
  },
  {
    name: '"sie" goes first to a woman the text marks as one, not to a later name of unknown gender',
    given: 'Bundeskanzlerin Eva Muster will bis 2029 im Amt bleiben. Jan Exempel wurde gestern zum Parteichef gewählt. Sie erklärt selbst: „Ich bleibe bis zum Ende im Amt.“',
    want: [{ text: 'Ich bleibe bis zum Ende im Amt.', speaker: 'Eva Muster', mention: 'Sie' }],
  },
  {
    name: 'an organisation completed by its name is that one, not the first of its kind in the article ("die Presseagentur Beispielpress" after "die Presseagentur Musternews")',
    given: 'Die Presseagentur Musternews meldete den Vorfall. „Es gab keine Verletzten“, berichtete die Presseagentur Beispielpress.',
    want: [{ text: 'Es gab keine Verletzten', speaker: 'Presseagentur Beispielpress' }],
  },
  {
    name: 'a pronoun right after the verb is its subject when an object opens the clause ("Deren Haltung bezeichnete er", "Das Angebot … lehnt er ab")',
    given: 'Der Abgeordnete Tim Muster sprach im Landtag. Deren Haltung bezeichnete er als „völlig unehrlich“. Das Angebot, Verletzte aufzunehmen, lehnt er jedoch ab: „Das erlaube ich nicht.“',
    want: [
      { text: 'völlig unehrlich', type: 'partial', speaker: 'Tim Muster', mention: 'er' },
      { text: 'Das erlaube ich nicht.', type: 'direct', speaker: 'Tim Muster', mention: 'er' },
    ],
  },
  {
    name: 'a capitalised adjective opening the sentence is no name ("Besorgt äußerte sich …")',
    given: 'Die Lage ist ernst. Beunruhigt äußerte sich auch der Vorsitzende der Initiative Musterland, Jan Beispiel, zu den Vorgängen: „Wir befürchten das Schlimmste.“',
    want: [{ text: 'Wir befürchten das Schlimmste.', speaker: 'Jan Beispiel', role: 'Vorsitzender der Initiative Musterland' }],
  },
  {
    name: 'separable speech verbs "lehnte … ab", "warf … vor", "hielt … vor" and their joined forms',
    given: '„Das kommt nicht in Frage“, lehnte die Ministerin Eva Probe ab. „Ihr habt versagt“, warf ihr Kollege Uwe Test der Opposition vor. Wie Probe später vorhielt, sei „nichts geschehen“.',
    want: [
      { text: 'Das kommt nicht in Frage', speaker: 'Eva Probe' },
      { text: 'Ihr habt versagt', speaker: 'Uwe Test' },
      { text: 'nichts geschehen', speaker: 'Eva Probe' },
    ],
  },
  {
    name: 'the subject follows the finite auxiliary wherever the clause puts it ("Zur Lage wird X auf der Seite von Y wie folgt zitiert:")',
    given: 'Zur Lage wird Jan Beispiel auf der Internetseite des FC Musterstadt wie folgt zitiert: „Wir hatten bessere Jahre.“',
    want: [{ text: 'Wir hatten bessere Jahre.', speaker: 'Jan Beispiel' }],
  },
  {
    name: 'after the quote, an auxiliary opens a longer clause whose participle closes it (", wird X, Produktmanager für Y, zitiert")',
    given: 'Dies sei eine Gelegenheit, „endlich auf Augenhöhe zu kommen“, wird Max Probe, Produktmanager für Musterwerk, zitiert.',
    want: [{ text: 'endlich auf Augenhöhe zu kommen', type: 'partial', speaker: 'Max Probe' }],
  },
  {
    name: '", so X," between commas inside the sentence attributes the fragment that follows',
    given: 'Die Regelung gehe zu weit. Der Einsatz solle sich, so Landrat Udo Exempel, „auf schwere Fälle“ beschränken.',
    want: [{ text: 'auf schwere Fälle', type: 'partial', speaker: 'Udo Exempel' }],
  },
  {
    name: 'a fragment in reported speech whose subject is what is reported on belongs to the reporter ("Die Jobcenter würden „…“")',
    given: 'Die Ministerin Eva Muster betonte, unter den Entlassenen seien „viele Alleinerziehende“. Die Jobcenter würden ihnen deshalb „zügig eine Stelle vermitteln“.',
    want: [
      { text: 'viele Alleinerziehende', speaker: 'Eva Muster' },
      { text: 'zügig eine Stelle vermitteln', speaker: 'Eva Muster' },
    ],
  },
  {
    name: 'a name with a lower-case preposition and its acronym is no quote; nor are translations in brackets after "etwa:" or "engl."',
    given: 'Die Zahlen stammen aus dem Bericht der Hilfsorganisation „Helfer ohne Zäune“ (HOZ). Die Abgeordneten traten der „Phak Muang“ (etwa: „Partei des Volkes“, engl. „Party of the People“) bei.',
    want: [],
  },
  {
    name: 'roles: someone known by their organisation represents it ("X vom Bankhaus Y"); an apposition keeps its prepositional complement',
    given: 'Theo Muster vom Bankhaus Probe Partner sagte dazu: „Solche Zahlungen gab es auch anderswo.“ Uwe Exempel, Sprecher für Innere Sicherheit, widersprach: „Das geht zu weit.“ Das meint auch Rick Beispiel vom Sekretariat für ländliche Entwicklung in Musterland. „Der Name zählt“, sagte Beispiel.',
    want: [
      { text: 'Solche Zahlungen gab es auch anderswo.', speaker: 'Theo Muster', role: 'Vertreter vom Bankhaus Probe Partner' },
      { text: 'Das geht zu weit.', speaker: 'Uwe Exempel', role: 'Sprecher für Innere Sicherheit' },
      { text: 'Der Name zählt', speaker: 'Rick Beispiel', role: 'Vertreter vom Sekretariat für ländliche Entwicklung in Musterland' },
    ],
  },
  {
    name: 'dates: a deadline ("bis zum 17. Mai") is not the day of the statement; a show date in a sentence that only names the speakers is not taken over',
    publishedAt: '2025-09-10',
    given: 'Die Parteien sollen ihre Truppen bis zum 17. Mai abziehen, forderte die Ministerin Eva Probe: „Es gibt keinen Aufschub.“ Die Lage bleibt angespannt. Der Konflikt dauert an.\n\nAm 2. Februar treten Lia Muster und Ida Exempel in Musterstadt auf. „Größer wird es nicht“, schrieb Muster.',
    want: [
      { text: 'Es gibt keinen Aufschub.', speaker: 'Eva Probe', date: null },
      { text: 'Größer wird es nicht', speaker: 'Lia Muster', date: null },
    ],
  },
  {
    name: 'dates: the day of an earlier sentence that opens with the speaker carries over ("X analysierte am Montag …")',
    publishedAt: '2025-04-09',
    given: 'Der Kandidat der Opposition, Tom Beispiel, analysierte die Lage am Montag in einem Gastbeitrag. Die Politik der Regierung bezeichnete er als „Akt des politischen Verbrechens“.',
    want: [{ text: 'Akt des politischen Verbrechens', speaker: 'Tom Beispiel', date: '2025-04-07' }],
  },
  {
    name: 'the day and place the lead gives in the sentence that names the speaker hold for their later quotes; others get none',
    publishedAt: '2025-04-09',
    given: 'Die Ministerin Eva Probe hat heute in Beispielhausen ihren Rücktritt angekündigt. Die Partei ist überrascht.\n\nIhre Gründe nannte sie in einem Brief. „Ich habe keine Kraft mehr“, schrieb Probe.\n\nDie Opposition reagierte gelassen. „Das ist kein Verlust“, sagte der Abgeordnete Uwe Muster.',
    want: [
      { text: 'Ich habe keine Kraft mehr', speaker: 'Eva Probe', date: '2025-04-09', place: 'Beispielhausen' },
      { text: 'Das ist kein Verlust', speaker: 'Uwe Muster', date: null, place: null },
    ],
  },
  {
    name: 'a quote in the opening paragraph was said on the day the lead gives outside any quote, whoever says it; later paragraphs are not dated by it',
    publishedAt: '2025-04-09',
    given: 'Die Verkehrsminister haben sich heute in Musterstadt nicht geeinigt. Der Vorsitzende Jan Probe sagte zum Abschluss: „Wir hatten gute Gespräche.“\n\nDie Gespräche gehen weiter.\n\nDie Gewerkschaft Musterbund warnt: „Das wird schwer.“',
    want: [
      { text: 'Wir hatten gute Gespräche.', speaker: 'Jan Probe', date: '2025-04-09' },
      { text: 'Das wird schwer.', speaker: 'Gewerkschaft Musterbund', date: null },
    ],
  },
  {
    name: 'an organisation the lead names with the day said its later words that day ("heute vom Bundesmustergericht aufgehoben")',
    publishedAt: '2025-04-09',
    given: 'Die Urteile wurden heute vom Bundesmustergericht aufgehoben. Die Kläger sind erleichtert.\n\nDer Fall ist alt.\n\nDas oberste Mustergericht wertete die Zahlungen als „grobe Verschwendung“.',
    want: [{ text: 'grobe Verschwendung', speaker: 'Bundesmustergericht', date: '2025-04-09' }],
  },
  {
    name: 'another speaker in a paragraph shares a day stated in that paragraph, not one the previous speaker carried over from further up',
    publishedAt: '2025-04-09',
    given: 'Der Minister Jan Probe sprach am Montag in Musterstadt. „Wir bleiben hart“, sagte Probe.\n\n„Es droht eine Spaltung“, sagte Probe. Die Bauernsprecherin Eva Muster sprach von „Landraub“.',
    want: [
      { text: 'Wir bleiben hart', speaker: 'Jan Probe', date: '2025-04-07' },
      { text: 'Es droht eine Spaltung', speaker: 'Jan Probe', date: '2025-04-07' },
      { text: 'Landraub', speaker: 'Eva Muster', date: null },
    ],
  },
  {
    name: 'a short sentence after a quote attributes it also when the particle or participle closes a longer clause ("Das räumte X … ein", "Das hat X … eingeräumt"); "so werden X … genannt" names, it does not attribute',
    given: '„Wir bleiben dabei.“ Das räumte die Ministerin Eva Probe zu Beginn der Debatte ein. „Es wird teuer.“ Das hat der Minister Jan Muster am Ende der Debatte eingeräumt. Seit Montag halten „Blau-Hemden“ – so werden die Anhänger der Partei wegen ihrer blauen Hemden genannt – den Platz besetzt.',
    want: [
      { text: 'Wir bleiben dabei.', speaker: 'Eva Probe' },
      { text: 'Es wird teuer.', speaker: 'Jan Muster' },
    ],
  },
  {
    name: 'the day of a sentence that names the speaker dates their later words only when it lies in the week before publication',
    publishedAt: '2019-09-29',
    given: 'Die Show am 2. Februar in Musterstadt bestreiten Lia Probe und Ida Muster.\n\nDie Proben beginnen bald. „Größer wird es nicht“, sagte Probe.',
    want: [{ text: 'Größer wird es nicht', speaker: 'Lia Probe', date: null }],
  },
  {
    name: 'words said on a later occasion ("begründete hinterher") share no day with the words before them, nor with the lead, unless that occasion has its own day',
    publishedAt: '2025-04-09',
    given: 'Der Kandidat Jan Probe verließ am Montag die Sendung. „Das ist unerträglich“, sagte Probe.\n\nProbe begründete hinterher seinen Schritt. „Der Sender hat versagt“, so Probe. „Wir gehen“, fügte er hinzu.\n\nSpäter am Dienstag legte Probe nach. „Ich bleibe dabei“, sagte er.',
    want: [
      { text: 'Das ist unerträglich', speaker: 'Jan Probe', date: '2025-04-07' },
      { text: 'Der Sender hat versagt', speaker: 'Jan Probe', date: null },
      { text: 'Wir gehen', speaker: 'Jan Probe', date: null },
      { text: 'Ich bleibe dabei', speaker: 'Jan Probe', date: '2025-04-08' },
    ],
  },
  {
    name: 'a first name tells "sie" from "er" where no office does',
    given: 'Gabriela Muster und Bernhard Probe trafen sich am Montag. Probe lobte die Einigung. „Wir sind zufrieden“, sagte sie.',
    want: [{ text: 'Wir sind zufrieden', speaker: 'Gabriela Muster' }],
  },
  {
    name: 'a role noun in -e takes the gender of its article when it stands for the person named before ("die 56-jährige Angestellte" is no "Kandidat")',
    given: 'Der Kandidat Jan Probe verließ die Sendung. „Das war nötig“, sagte die 56-jährige Rechtsanwaltsfachangestellte.',
    want: [{ text: 'Das war nötig', speaker: null }],
  },
  {
    name: 'a regnal number is part of the name ("Amalia II."), and a verb before an office is no part of it ("bat Premierminister Key", "haben Bundesministerin X")',
    given: 'Die musterländische Königin Amalia II. bat Premierminister Jan Key, ihr Beileid zu übermitteln. „Ich bin erschüttert“, sagte die musterländische Königin. „Wir helfen“, sagte Key.\n\nAuf der Pressekonferenz haben Bundesministerin Eva Probe und andere gesprochen. Von einem „guten Tag“ sprach Probe.',
    want: [
      { text: 'Ich bin erschüttert', speaker: 'Amalia II', role: 'musterländische Königin' },
      { text: 'Wir helfen', speaker: 'Jan Key', role: 'Premierminister' },
      { text: 'guten Tag', speaker: 'Eva Probe', role: 'Bundesministerin' },
    ],
  },
  {
    name: 'a source named in the genitive ("nach Angaben des Roten Kreuzes") is named in the nominative, with its adjectives; a person after an office keeps the name as written',
    given: 'Nach Angaben des Hamburger Verfassungsschutzes soll es sich um „gezielte Einschüchterung“ handeln. Nach Angaben des Vorsitzenden Thomas Probe sei der Plan „gescheitert“. Nach Angaben des Europäischen Sozialfonds seien die Mittel „seit Monaten restlos verbraucht“.',
    want: [
      { text: 'gezielte Einschüchterung', speaker: 'Hamburger Verfassungsschutz' },
      { text: 'gescheitert', speaker: 'Thomas Probe' },
      { text: 'seit Monaten restlos verbraucht', speaker: 'Europäischer Sozialfonds' },
    ],
  },
  {
    name: 'a short stretch without closing punctuation after a colon whose clause names a title holds the title ("stellte die neue CD vor: „…“"); a sentence after a colon is said',
    given: 'Am Abend stellte der Sänger Jan Probe das neue Album der Band vor: „Zeit für uns“. Über die Tour sagte er: „Wir spielen jeden Abend.“',
    want: [{ text: 'Wir spielen jeden Abend.', speaker: 'Jan Probe' }],
  },
  {
    name: 'a function word stands as a surname after a first name ("Jan Nicht")',
    given: 'Der Polizeisprecher Jan Nicht sprach von einer „Gefahr für Haus und Hof“.',
    want: [{ text: 'Gefahr für Haus und Hof', speaker: 'Jan Nicht' }],
  },
  {
    name: 'a period ("vom 12. Mai bis zum 19. Mai") is no day of a statement',
    publishedAt: '2009-10-01',
    given: 'Die Stiftung Musterbuch veranstaltet vom 12. Mai bis zum 19. Mai eine Lesewoche. Die Initiatorin Eva Probe betont, wie wichtig „kritische und eigenwillige Stimmen“ seien.',
    want: [{ text: 'kritische und eigenwillige Stimmen', speaker: 'Eva Probe', date: null }],
  },
  {
    name: 'when the lead reports the day\'s news (its day is the day of publication), the paragraph after it goes on with that news, at the place the lead gives; not the one after that, nor when the lead\'s day lies before',
    publishedAt: '2025-04-09',
    given: 'Heute demonstrierten in Beispielhausen 7.000 Menschen. Die Polizei war mit vielen Kräften im Einsatz.\n\nDer Organisator Jan Probe erklärte die Demonstration für beendet. „Das ist ein Skandal“, sagte Probe.\n\nDie Polizei zog Bilanz. „Es blieb friedlich“, sagte Polizeisprecher Uwe Muster.',
    want: [
      { text: 'Das ist ein Skandal', speaker: 'Jan Probe', date: '2025-04-09', place: 'Beispielhausen' },
      { text: 'Es blieb friedlich', speaker: 'Uwe Muster', date: null, place: null },
    ],
  },
  {
    name: 'a lead whose day lies before publication dates only its own paragraph',
    publishedAt: '2025-04-09',
    given: 'Am Montag demonstrierten in Musterstadt 7.000 Menschen. Die Polizei war mit vielen Kräften im Einsatz.\n\nDer Organisator Jan Probe erklärte die Demonstration für beendet. „Das ist ein Skandal“, sagte Probe.',
    want: [{ text: 'Das ist ein Skandal', speaker: 'Jan Probe', date: null }],
  },
  {
    name: '", so X weiter:" introduces the quote after the colon; "zumal X betont hatte, …" is a subordinate clause with its subject; two plural nouns are no name ("zu Kernfragen Stellung")',
    given: 'Der Experte Hans Elsner kritisierte die Firma. Auch diese Unwissenheit habe Methode, so Elsner weiter: „Das ist auch anderswo üblich.“ Die Richterin Ute Probe blieb hart, zumal Verteidiger Uwe Muster immer wieder betont hatte, sein Mandant sei nicht „dissozial“. Der Präsident Horst Beispiel nahm zu Kernfragen Stellung. Der Präsident konstatierte eine „Spaltung zwischen Jung und Alt“.',
    want: [
      { text: 'Das ist auch anderswo üblich.', speaker: 'Hans Elsner' },
      { text: 'dissozial', speaker: 'Uwe Muster' },
      { text: 'Spaltung zwischen Jung und Alt', speaker: 'Horst Beispiel' },
    ],
  },
  {
    name: 'a participial attribute between article and surname ("schrieb die in Rom geborene Probe, die … mit der Sängerin Muster …")',
    given: 'Lia Probe und Ida Muster treten gemeinsam auf. „Jetzt ist es noch schöner“, schrieb die in Rom geborene Probe, die das Konzert mit der Sängerin Muster kaum erwarten könne.',
    want: [{ text: 'Jetzt ist es noch schöner', speaker: 'Lia Probe', mention: 'die in Rom geborene Probe' }],
  },
  {
    name: 'without a speech verb, a named person right after the verb is who the sentence is about ("In dem Verfahren sieht X einen „…“")',
    given: 'Der Betriebsratschef Bernd Exempel griff die Kommission an. Der Ministerpräsident Jan Muster sagte dazu nichts. In dem Verfahren sieht Exempel einen „Angriff gegen die eigene Belegschaft der Firma“.',
    want: [{ text: 'Angriff gegen die eigene Belegschaft der Firma', type: 'partial', speaker: 'Bernd Exempel', mention: 'Exempel' }],
  },
  {
    name: 'texts speak for their authors ("einer Erklärung der Außenminister", "dem BVX-Schreiben"); acronyms and short forms take the full name the article spells out',
    given: 'Der Bund der Beispielvereine Deutschland (BBD) und die Vereinigung für Musterbesitz (VMB) protestieren. Sven Probe (SPD) schwieg. In einer Erklärung der EU-Agrarminister hatte es geheißen: „Der Dialog muss weitergehen.“\n\n„Wir fordern ein Verbot“, heißt es in dem BBD-Schreiben an die Polizei. Die Vereinigung stieß ins gleiche Horn: „Das geht nicht.“ „So ist es“, sagte die VMB. „Ja“, sagte die SPD.',
    want: [
      { text: 'Der Dialog muss weitergehen.', speaker: 'EU-Agrarminister' },
      { text: 'Wir fordern ein Verbot', speaker: 'Bund der Beispielvereine Deutschland' },
      { text: 'Das geht nicht.', speaker: 'Vereinigung für Musterbesitz' },
      { text: 'So ist es', speaker: 'Vereinigung für Musterbesitz' },
      { text: 'Ja', speaker: 'SPD' },
    ],
  },
  {
    name: 'a role whose organisation is a run of capitalised words, then the name after a comma ("der Vorsitzende der Musterhilfe Nord, Jan Probe,")',
    given: 'Besorgt äußerte sich der Vorsitzende der Musterhilfe Initiative Nord, Jan Probe, zu den Vorgängen: „Wir befürchten das Schlimmste.“',
    want: [{ text: 'Wir befürchten das Schlimmste.', speaker: 'Jan Probe', role: 'Vorsitzender der Musterhilfe Initiative Nord' }],
  },
  {
    name: 'the object of "zitiert" is the speaker, before or after the quote, a description too ("zitiert einen Augenzeugen", "„…“, zitiert Beispiel-Online den Minister")',
    given: 'Der Musterstädter Anzeiger zitiert einen Augenzeugen so: „Es hat fürchterlich geknallt.“\n\nDer Minister Hans Probe äußerte sich. „Wir handeln jetzt sofort und entschlossen“, zitiert Beispiel-Online den Minister. Ein Sender zitierte Probe mit den Worten: „Ich trete nicht zurück.“',
    want: [
      { text: 'Es hat fürchterlich geknallt.', speaker: null, mention: 'einen Augenzeugen', role: 'Augenzeuge' },
      { text: 'Wir handeln jetzt sofort und entschlossen', speaker: 'Hans Probe', mention: 'den Minister' },
      { text: 'Ich trete nicht zurück.', speaker: 'Hans Probe', mention: 'Probe' },
    ],
  },
  {
    name: 'a lead that announces an event months away does not date what its performers said about it',
    publishedAt: '2025-09-29',
    given: 'Die Halbzeitshow am 2. Februar gestalten Lia Probe und Ida Muster. Das teilten beide mit.\n\n„Größer wird es nicht“, schrieb Probe.',
    want: [{ text: 'Größer wird es nicht', speaker: 'Lia Probe', date: null }],
  },
  {
    name: 'two named people who speak together are named together, each in full ("Eva Muster und Probe prangerten an")',
    given: 'Der Abgeordnete Jan Probe kam. Eva Muster und Probe prangerten an, dass die Ärzte „als Handlanger der Kassen“ dienten.',
    want: [{ text: 'als Handlanger der Kassen', speaker: 'Eva Muster und Jan Probe', mention: 'Eva Muster und Probe', role: null }],
  },
  {
    name: 'reported speech after "In einem Papier des Ministeriums heißt es, …" belongs to the ministry, named in the nominative; a Positionspapier is no person',
    given: 'Die Regierung legte Zahlen vor. In einem Positionspapier des Bundesministeriums der Finanzen heißt es, die Messungen hätten Fortschritte gezeigt. Deshalb sei es „sinnvoll, die geltenden Grenzwerte zu behalten“.',
    want: [{ text: 'sinnvoll, die geltenden Grenzwerte zu behalten', speaker: 'Bundesministerium der Finanzen', mention: 'einem Positionspapier des Bundesministeriums der Finanzen' }],
  },
  {
    name: 'an adverb may stand inside the phrase that names a text ("heißt es in einer gestern versandten Mitteilung")',
    given: '„Ich ziehe meine Bewerbung zurück“, heißt es in einer gestern versandten Mitteilung.',
    want: [{ text: 'Ich ziehe meine Bewerbung zurück', speaker: null, mention: 'einer gestern versandten Mitteilung' }],
  },
  {
    name: 'an office named before its holder goes to the person named next ("Der Bundespräsident konstatierte … . Exempel warb …"); a reflexive pronoun after the auxiliary; "während einer Rede der X" governs X',
    given: 'Der Bundespräsident hat in einem Gespräch Stellung genommen. Der Bundespräsident konstatierte eine zunehmende „Entfremdung zwischen Stadt und Land“. Exempel warb für eine Beteiligung. Den Gewerkschaften sagte Exempel, sie müssten sich bewegen.\n\nDie Abgeordnete Gudrun Probe entschuldigte sich. Bei einer Debatte hatte sich Probe bei einem Beitrag der Abgeordneten Aylin Muster zu der Bemerkung hinreißen lassen: „Sie gehören nicht in dieses Haus.“',
    want: [
      { text: 'Entfremdung zwischen Stadt und Land', speaker: 'Exempel', role: 'Bundespräsident' },
      { text: 'Sie gehören nicht in dieses Haus.', speaker: 'Gudrun Probe' },
    ],
  },
  {
    name: 'after a colon lead-in, "„…“, sagte er" right after the quote gives the mention of its speaker',
    given: 'Beunruhigt äußerte sich auch der Vorsitzende des Vereins, Wolf Beispiel, über die Lage: „Wir rechnen mit dem Schlimmsten“, sagte er gegenüber dem Radio.',
    want: [{ text: 'Wir rechnen mit dem Schlimmsten', speaker: 'Wolf Beispiel', mention: 'er' }],
  },
  {
    name: 'a name in marks followed by its acronym in brackets is no quote, whatever its words ("„Union pour un Mouvement Exemple“ (UMX)")',
    given: 'Alle drei gehören der rechtsgaullistischen „Union pour un Mouvement Exemple“ (UMX) an.',
    want: [],
  },
  {
    name: 'a word quoted as what someone called something, in a sentence with a speech verb, is their word ("wies dies als „Unverschämtheit“ zurück")',
    given: 'Die Justizministerin Beate Probe wies dies am Rande einer Tagung als „Unverschämtheit“ zurück.',
    want: [{ text: 'Unverschämtheit', type: 'partial', speaker: 'Beate Probe', role: 'Justizministerin' }],
  },
  {
    name: 'first names ending like an organisation noun are names ("Montserrat", "Murat"); -loge/-login are roles',
    given: 'Als „glücklichen Zufall“ bezeichnet die Archäologin Montserrat Beispiel den Fund. „Wir sind stolz“, sagte der Virologe Murat Probe.',
    want: [
      { text: 'glücklichen Zufall', speaker: 'Montserrat Beispiel', role: 'Archäologin' },
      { text: 'Wir sind stolz', speaker: 'Murat Probe', role: 'Virologe' },
    ],
  },
  {
    name: 'first names that end like German nouns stay first names (Franz, Dennis, Albrecht, Sergei)',
    given: '„Eins“, sagte Franz Probe. „Zwei“, sagte Dennis Muster. „Drei“, sagte Albrecht Exempel. „Vier“, sagte Sergei Test.',
    want: [
      { text: 'Eins', speaker: 'Franz Probe' },
      { text: 'Zwei', speaker: 'Dennis Muster' },
      { text: 'Drei', speaker: 'Albrecht Exempel' },
      { text: 'Vier', speaker: 'Sergei Test' },
    ],
  },
  {
    name: 'surnames like Meier are no nationality nouns (-ier); an apposition with the name may be closed by an adverb ("…, General Jan Probe heute …")',
    given: 'Auch der ehemalige Trainer Urs Exempel kritisierte, der Schwede habe „nicht den richtigen Ton getroffen“. „Die Lage bleibt gefährlich“, sagte der Oberkommandierende der Streitkräfte, General Jan Probe heute auf einer Pressekonferenz.',
    want: [
      { text: 'nicht den richtigen Ton getroffen', speaker: 'Urs Exempel' },
      { text: 'Die Lage bleibt gefährlich', speaker: 'Jan Probe' },
    ],
  },
  {
    name: 'common surnames that are also offices (Richter, Bauer, König, Kaiser) after a first name are names',
    given: '„Eins“, sagte Hans Richter. „Zwei“, sagte Eva Bauer. „Drei“, sagte Jan König. „Vier“, sagte Bundestrainer Uwe Kaiser.',
    want: [
      { text: 'Eins', speaker: 'Hans Richter', role: null },
      { text: 'Zwei', speaker: 'Eva Bauer', role: null },
      { text: 'Drei', speaker: 'Jan König', role: null },
      { text: 'Vier', speaker: 'Uwe Kaiser', role: 'Bundestrainer' },
    ],
  },
  {
    name: 'a name after "im Landtag" is a person, whose office is held there ("die CDU-Abgeordnete im Landtag Gudrun Probe"); after "für die Tageszeitung" a name is the paper',
    given: 'Nachdem die SPD-Abgeordnete im hessischen Landtag Gudrun Probe mit einer Rede Unmut ausgelöst hatte, bat sie um Entschuldigung. „Es tut mir leid“, sagte Probe.\n\nDer Kandidat Tom Muster schrieb für die britische Tageszeitung The Courier einen Beitrag. Die Regierung bezeichnete er als „Akt der Willkür“.',
    want: [
      { text: 'Es tut mir leid', speaker: 'Gudrun Probe', role: 'SPD-Abgeordnete im hessischen Landtag' },
      { text: 'Akt der Willkür', speaker: 'Tom Muster' },
    ],
  },
  {
    name: '"… als Bundeskanzlerin lobte er …:" is a main clause whose subject follows the verb, not a subordinate clause with "als"',
    given: 'Horst Beispiel sprach. Die Arbeit seit dem Amtsantritt von Eva Muster (SPD) als Bundeskanzlerin lobte er mit den Worten: „Die Regierung handelt pragmatisch.“',
    want: [{ text: 'Die Regierung handelt pragmatisch.', speaker: 'Horst Beispiel', mention: 'er' }],
  },
  {
    name: 'after "Wie X berichtete," a source nearer the quote ("laut der Studie") is whom the words are from',
    given: 'Das Beispiel-Institut (BIX) legte eine Studie vor. Wie die Musterstädter Zeitung berichtete, soll sich laut der BIX-Studie nur jeder zweite Zahler „bessere Bedingungen“ erhoffen.',
    want: [{ text: 'bessere Bedingungen', speaker: 'Beispiel-Institut', mention: 'der BIX-Studie' }],
  },
  {
    name: 'a passive names its speaker as the agent ("Die Pläne wurden vom Innenminister X als „…“ bezeichnet")',
    given: 'Das Gericht bestätigte die Auslieferung. Die Pläne wurden vom Innenminister Jan Probe als „dringend notwendig“ bezeichnet.',
    want: [{ text: 'dringend notwendig', speaker: 'Jan Probe', role: 'Innenminister' }],
  },
  {
    name: 'a text named again speaks for the author given when it was first named ("eine Studie des Ministeriums … Laut dieser Studie …"); an acronym\'s name starts at its initial',
    given: 'Die Presseagentur meldete eine Studie des Bundesbildungsministeriums. Laut dieser Studie seien Kinder aus „einkommensschwachen Familien“ betroffen.\n\nDie Untersuchungen der Hochschul-Beispiel-System GmbH (HBS) zeigen anderes. Laut der HBS-Studie hoffen viele auf „bessere Studienbedingungen“.',
    want: [
      { text: 'einkommensschwachen Familien', speaker: 'Bundesbildungsministerium', mention: 'dieser Studie' },
      { text: 'bessere Studienbedingungen', speaker: 'Hochschul-Beispiel-System GmbH' },
    ],
  },
  {
    name: 'places: "aus Washington verlauten", "Aus Paris hieß es"; an event the lead announces months ahead gives neither day nor place',
    publishedAt: '2025-09-29',
    given: '„Wir unterstützen das Land“, ließ ein Sprecher aus Washington verlauten. Aus Rom hieß es, das sei „ein klarer Verstoß“.\n\nDie Show am 2. Februar in Beispielhausen gestalten Lia Probe und Ida Muster. Das teilten beide mit.\n\n„Größer wird es nicht“, schrieb Probe.',
    want: [
      { text: 'Wir unterstützen das Land', place: 'Washington' },
      { text: 'ein klarer Verstoß', place: 'Rom' },
      { text: 'Größer wird es nicht', speaker: 'Lia Probe', date: null, place: null },
    ],
  },
  {
    name: 'marks listed with marks that hold a title hold one too ("in „A“ oder „B“", "die Modelle „X“ und „Y“"); a list of words someone used stays theirs',
    given: 'Jan Probe spielte früher in vielen Filmen, so zum Beispiel in „Nacht über Musterstadt“ oder „Jeder geht für sich allein“. Als Beispiele nennt der Konzern die Modelle „Tarek“ und „Phalanx“. Eva Muster nannte den Plan „teuer“ und „unsinnig“.',
    want: [
      { text: 'teuer', type: 'partial', speaker: 'Eva Muster' },
      { text: 'unsinnig', type: 'partial', speaker: 'Eva Muster' },
    ],
  },
  {
    name: 'a sentence ends at a period without its space ("sagte der Bischof.Der ältere Bruder …"); kin are roles, and "des Papstes" is "Papst"',
    given: '„Ich danke euch“, sagte der Bischof.Der ältere Bruder des Bischofs, Georg Muster, war eingeweiht. „Mein Bruder braucht jetzt Ruhe.“ Eva Probe, die Sprecherin des Papstes, sagte: „Wir wussten es.“',
    want: [
      { text: 'Ich danke euch', mention: 'der Bischof' },
      { text: 'Mein Bruder braucht jetzt Ruhe.', speaker: 'Georg Muster', role: 'älterer Bruder des Bischofs' },
      { text: 'Wir wussten es.', speaker: 'Eva Probe', role: 'Sprecherin des Papstes' },
    ],
  },
  {
    name: '"strich X heraus" reports speech; "die sich als Irrtum herausstellte" does not',
    given: '„Ich kandidiere als eine Liberale“, strich Jan Probe in Musterstadt heraus. Vor der Sitzung, die sich als Irrtum herausstellte, habe sie ihn umstimmen wollen.',
    want: [{ text: 'Ich kandidiere als eine Liberale', type: 'direct', speaker: 'Jan Probe' }],
  },
  {
    name: 'several quoted words opening in lower case are someone\'s phrase even without a cue ("nur bei einem „begründeten Verdacht auf …“ erlaubt"); "sicherte X zu, dass …" reports speech',
    given: 'Abhörmaßnahmen sind nur bei einem „begründeten Verdacht auf schwere Straftaten“ erlaubt. Den Rückkehrern sicherte Präsident Jan Probe zu, dass sie „in ihrer Heimat immer willkommen bleiben“.',
    want: [
      { text: 'begründeten Verdacht auf schwere Straftaten', type: 'partial', speaker: null },
      { text: 'in ihrer Heimat immer willkommen bleiben', type: 'partial', speaker: 'Jan Probe' },
    ],
  },
  {
    name: '"der Redakteur", "der Ingenieur" are subjects (a noun in -eur is masculine, not a feminine -ur in the genitive like "der Kultur")',
    given: 'Der Feuilletonredakteur Martin Muster kritisiert in der Zeitung, die Kampagne erinnere „fatal an alte Zeiten“. Der Ingenieur Jan Probe sagte: „Das hält.“',
    want: [
      { text: 'fatal an alte Zeiten', speaker: 'Martin Muster', role: 'Feuilletonredakteur' },
      { text: 'Das hält.', speaker: 'Jan Probe', role: 'Ingenieur' },
    ],
  },
  {
    name: 'a fragment in a dass-clause belongs to the subject whose verb governs it ("Der Senat hatte sich erhofft, dass … „…“ würden"), not to the one reported before',
    given: 'Nach Aussagen von Bürgermeister Jan Probe sei die Lage ernst. Der Musterstädter Senat hatte sich erhofft, dass die Einnahmen „in die marode Stadtkasse gehen“ würden.',
    want: [{ text: 'in die marode Stadtkasse gehen', speaker: 'Musterstädter Senat' }],
  },
  {
    name: 'a verb joined by "und" shares its clause\'s subject; a text without author after the quote ("heißt es in einer Erklärung") is by the one the lead-in names; a place inside an attribute before marks ("die in X erscheinende „Zeitung“") is no place of the statement, and the marks after such an attribute hold a name',
    given: 'Der Pfarrer Jan Probe sollte Bischof werden. So berichtete die in Bayern erscheinende „Musterpost“ gestern, Probe sei umstritten. Offenbar gab Probe nun dem Druck nach und bat um die Rücknahme: „Ich bin zu dem Entschluss gekommen“, heißt es in einer Erklärung.',
    want: [{ text: 'Ich bin zu dem Entschluss gekommen', type: 'direct', speaker: 'Jan Probe', mention: 'einer Erklärung', place: null }],
  },
  {
    name: 'a place right after marks that close on a word qualifies the quoted words ("das „korrupte Regime“ in Exempelstadt")',
    given: 'Der Vertreter Musterlands nannte die Beschlüsse eine Ermutigung seines Volkes gegen das „korrupte Regime“ in Exempelstadt.',
    want: [{ text: 'korrupte Regime', place: null }],
  },
  {
    name: '"mit den Worten „…“" introduces a whole utterance as a colon does, after "zitiert X" and at a sentence start',
    given: 'Der Musterbote zitiert den Pfarrer mit den Worten „Der Tag ist nah. Bleibt wachsam.“ Der Außenminister Sergei Probe blieb ruhig: Mit den Worten „Jetzt sprechen endlich alle miteinander“, richtete er den Blick nach vorn.',
    want: [
      { text: 'Der Tag ist nah. Bleibt wachsam.', type: 'direct', mention: 'den Pfarrer', role: 'Pfarrer' },
      { text: 'Jetzt sprechen endlich alle miteinander', type: 'direct', speaker: 'Sergei Probe' },
    ],
  },
  {
    name: 'an organisation named by its head noun is the one compound the article named before with that head ("der oberste Gerichtshof" after "Bundesmustergericht"); two such compounds, or one named only later, leave the head',
    given: 'Das Bundesmustergericht hob das Urteil auf. Das oberste Mustergericht wertete die Zahlungen als „grobe Verschwendung“.\n\nDie Landesregierung und die Bundesregierung stritten. Die Regierung nannte den Plan „unbezahlbar“.\n\nDie Behörde sprach von einem „Fehler“. Später äußerte sich auch die Kreisbehörde.',
    want: [
      { text: 'grobe Verschwendung', speaker: 'Bundesmustergericht' },
      { text: 'unbezahlbar', speaker: 'Regierung' },
      { text: 'Fehler', speaker: 'Behörde' },
    ],
  },
  {
    name: 'an event after "bis" or "seit" is no place of the statement ("befristet bis zum Gipfel in X")',
    given: 'Der Präsident Jan Probe erklärte, dass die Zeit für Gespräche bis zum Klimagipfel in Genf befristet ist. „Dann werden wir entscheiden“, sagte Probe.',
    want: [{ text: 'Dann werden wir entscheiden', speaker: 'Jan Probe', place: null }],
  },
  {
    name: 'a name in marks after a noun that a preposition governs is the one spoken to ("Gegenüber der Agentur „Muster Press“ sagte X:"); after a subject\'s noun it is the subject ("die Wochenzeitung „Probe Welt“ hatte kritisiert")',
    given: 'Gegenüber der Nachrichtenagentur „Muster Press“ sagte Jan Probe, der Leiter des Werks: „Wir wurden alarmiert.“ Die Wochenzeitung „Probe Welt“ hatte im Mai kritisiert, dass sie „zu spät handle“.',
    want: [
      { text: 'Wir wurden alarmiert.', type: 'direct', speaker: 'Jan Probe' },
      { text: 'zu spät handle', type: 'partial', speaker: 'Probe Welt' },
    ],
  },
  {
    name: '"und" after a word cut short by a hyphen joins two words, not two clauses ("die Rolle der Landes- und Kreisvorsitzenden betont:" is the subject\'s)',
    given: 'Der Parteichef Edmund Beispiel sprach in München. Beispiel hatte vor allem die Bedeutung der Orts- und Kreisvorsitzenden betont: „Über alles wird vor Ort entschieden.“',
    want: [{ text: 'Über alles wird vor Ort entschieden.', type: 'direct', speaker: 'Edmund Beispiel' }],
  },
  {
    name: 'a speech verb right after a comma opens its own clause: its subject follows it ("Sie sei „…“ über den Ausgang, sagte die Königin"), unless a name closed by that comma ends the subject ("…, Jan Probe, würdigte X") or an auxiliary opens the clause (", wird X, Chef für Beispiel Authoring, zitiert")',
    given: 'Sie sei „zutiefst enttäuscht“ über den Ausgang, sagte die Königin Eva Muster. Der Vorsitzende der Gewerkschaft, Nachfolgerin des Bundes, Jan Probe, würdigte Karl Beispiel heute als „eine große Persönlichkeit“. Dies sei eine Gelegenheit, im Handel „endlich auf Augenhöhe zu kommen“, wird Ida Exempel, Produktchefin für Beispiel Authoring, zitiert.',
    want: [
      { text: 'zutiefst enttäuscht', type: 'partial', speaker: 'Eva Muster', mention: 'die Königin Eva Muster' },
      { text: 'eine große Persönlichkeit', type: 'partial', speaker: 'Jan Probe' },
      { text: 'endlich auf Augenhöhe zu kommen', type: 'partial', speaker: 'Ida Exempel' },
    ],
  },
  {
    name: 'a relative pronoun opening the clause its verb closes stands for the phrase before its comma ("Jan Probe, der den Sieg als „Fest“ bezeichnete,"); one with no name is the mention itself ("ein Leitartikel, der … als „…“ bezeichnet")',
    given: 'Der Vorsitzende Jan Probe, der den Sieg zunächst als „Fest“ bezeichnete, ordnete eine Prüfung an. Im Blatt erschien ein Leitartikel, der die Wahl als „grobe Verirrung“ bezeichnet, und es gab Kritik.',
    want: [
      { text: 'Fest', speaker: 'Jan Probe', mention: 'der' },
      { text: 'grobe Verirrung', speaker: null, mention: 'ein Leitartikel' },
    ],
  },
  {
    name: 'a verb joined by "und" shares the subject that follows the first verb ("steuerte er am 14. Mai die Fähre … und grüßte mit den Worten:"); the dot of "14." ends no clause',
    given: 'Der Pilot Jan Probe startete früh. Gemeinsam mit seiner Crew steuerte er am 14. Mai die Fähre „Möwe“ in den Hafen und grüßte mit den Worten: „Wir sind sicher angekommen.“',
    want: [{ text: 'Wir sind sicher angekommen.', type: 'direct', speaker: 'Jan Probe', mention: 'er' }],
  },
  {
    name: '"so letztere" is the one named last, and "letztere" is the mention',
    given: 'Die Sängerin Eva Muster und die Schauspielerin Nova Probe standen vor dem Käfig. „Das Leid nimmt kein Ende.“, so letztere.',
    want: [{ text: 'Das Leid nimmt kein Ende.', type: 'direct', speaker: 'Nova Probe', mention: 'letztere' }],
  },
  {
    name: 'one capitalised word the article names nowhere else is the subject of a speech verb right after it when none follows ("Musterpeace gab dazu bekannt:")',
    given: 'Musterpeace gab dazu bekannt: „Wir prüfen alle Schritte.“',
    want: [{ text: 'Wir prüfen alle Schritte.', type: 'direct', speaker: 'Musterpeace' }],
  },
  {
    name: 'an organisation German news names in English is one after its article ("schrieb die Beispiel Institution", "Die Muster Broadcasting Corporation berichtete")',
    given: 'Jan Probe habe wesentlich mitgewirkt, „die Stadt neu zu erfinden“, schrieb die Beispiel Institution. Die Muster Broadcasting Corporation nannte den Plan „verwegen“.',
    want: [
      { text: 'die Stadt neu zu erfinden', speaker: 'Beispiel Institution' },
      { text: 'verwegen', speaker: 'Muster Broadcasting Corporation' },
    ],
  },
  {
    name: 'a sentence opened by "Für X" whose verb reports (Konjunktiv) gives X\'s view ("Für den Theologen Hans Beispiel sei der Rücktritt „…“")',
    given: 'Die Ministerin Eva Muster sprach von einer Zäsur. Für den Theologen Hans Beispiel sei der Schritt „in jeder Hinsicht nachvollziehbar“.',
    want: [{ text: 'in jeder Hinsicht nachvollziehbar', speaker: 'Hans Beispiel', role: 'Theologe' }],
  },
  {
    name: 'a lone surname spelt with one letter more or less than a full name the article gives is that person, named with the spelling the article uses most ("Hubert Probe", then "so Prober", "Prober meint")',
    given: '„Die Digitalisierung wird sichtbar“, sagte der Deutschlandchef der Beispiel AG, Hubert Probe. „Die Regeln werden in Amerika gemacht“, so Prober. Prober meint: „Europa ist stärker.“',
    want: [
      { text: 'Die Digitalisierung wird sichtbar', speaker: 'Hubert Prober', role: 'Deutschlandchef der Beispiel AG' },
      { text: 'Die Regeln werden in Amerika gemacht', speaker: 'Hubert Prober', role: 'Deutschlandchef der Beispiel AG' },
      { text: 'Europa ist stärker.', speaker: 'Hubert Prober' },
    ],
  },
  {
    name: 'an adjective in -isch capitalised in a name ("der Keramischen Industrie", "der Islamischen Republik") makes no person a pronoun can stand for',
    given: 'Kritik kam vom Bundesverband der Keramischen Industrie. „Die Studie ist fahrlässig“, sagte er.',
    want: [{ text: 'Die Studie ist fahrlässig', speaker: null, mention: 'er' }],
  },
  {
    name: 'an office with its organisation ("Der Hauptgeschäftsführer des Verbands") is not taken over by the next person named, who is as often someone else',
    given: 'Der Hauptgeschäftsführer des Verbands sagte: „Die Studie ist grob fahrlässig.“ Eva Muster, die bei der Stiftung arbeitet, widersprach.',
    want: [{ text: 'Die Studie ist grob fahrlässig.', speaker: null, role: 'Hauptgeschäftsführer des Verbands' }],
  },
  {
    name: 'two clauses joined by a comma have a subject each ("X (CDU) wies das zurück, die Sprecherin …, Y (Grüne), erklärte:"); a party in brackets may close the name before the verb\'s comma, an amount in brackets names nobody',
    given: 'Sozialministerin Eva Muster (CDU) wies diesen Vorwurf zurück, die sozialpolitische Sprecherin der Fraktion, Sandra Probe (Grüne), erklärte: „Solche Vergleiche helfen niemandem.“',
    want: [{ text: 'Solche Vergleiche helfen niemandem.', speaker: 'Sandra Probe' }],
  },
  {
    name: '"wollen … wissen" asks ("„…?“, wollen die Demonstranten wissen"); "die Demonstranten" is a group, never the person named last',
    given: 'Der Präsident Jan Probe gewann die Wahl. „Wer zählt unsere Stimmen?“, wollen die Demonstranten vor dem Parlament seit Wochen wissen.',
    want: [{ text: 'Wer zählt unsere Stimmen?', type: 'direct', speaker: null, mention: 'die Demonstranten' }],
  },
  {
    name: 'a full name in the genitive right after a noun ("die Wahlniederlage Jan Probes") is the person without the -s, whom the surname later names',
    given: 'Das wäre mit der Wahlniederlage Jan Probes vergleichbar. Später sagte Probe: „Wir bleiben.“',
    want: [{ text: 'Wir bleiben.', speaker: 'Jan Probe' }],
  },
  {
    name: 'a dateline with its agency ("Musterstadt (dpa) –") is no subject of the sentence it opens',
    given: 'Musterstadt (dpa) – Die Bundesregierung hat den Vorschlag als „völlig unausgegoren“ abgelehnt.',
    want: [{ text: 'völlig unausgegoren', type: 'partial', speaker: 'Bundesregierung' }],
  },
  {
    name: 'a paper named in marks after the verb speaks ("schreibt die „Musterpost“", "schrieb „Die Woche“"); a name in marks opening a sentence without a speech verb does not',
    given: '„Der Plan ist gescheitert“, schreibt die „Musterpost“. „Er war ein Künstler“, schrieb „Die Woche“ in einem Nachruf.\n\nDie „Musterschau for Modern Art“ – auch „Musterschau für moderne Kunst“ – findet seit 1998 in Berlin statt, wird am 27. April eröffnet.',
    want: [
      { text: 'Der Plan ist gescheitert', speaker: 'Musterpost', mention: 'die „Musterpost“' },
      { text: 'Er war ein Künstler', speaker: 'Die Woche', mention: '„Die Woche“' },
    ],
  },
  {
    name: 'who is cited speaks, not who cites them ("X wird von der Zeitung mit den Worten zitiert", "zitiert die „Musterpost“ Probe")',
    given: 'Der Fraktionschef der Grünen, Jan Probe, wird von der Musterzeitung mit den Worten zitiert: „Der Senat ist angeschlagen.“ Später zitierte die „Musterpost“ Probe erneut: „Das wird ihm nachhängen.“',
    want: [
      { text: 'Der Senat ist angeschlagen.', speaker: 'Jan Probe', role: 'Fraktionschef der Grünen' },
      { text: 'Das wird ihm nachhängen.', speaker: 'Jan Probe' },
    ],
  },
  {
    name: '"spricht für" argues for, it reports no words ("Der Kalender spricht für X" is nobody speaking)',
    given: '„Ich kandidiere als Liberaler“, sagte Jan Probe in Musterstadt. „Ich war ein liberaler Bürgermeister.“ Die Umfragen und der Zeitplan sprechen für Probe.',
    want: [{ text: 'Ich kandidiere als Liberaler', speaker: 'Jan Probe' }, { text: 'Ich war ein liberaler Bürgermeister.', speaker: 'Jan Probe' }],
  },
  {
    name: 'two offices joined by "und" in an apposition are both the role ("Jan Probe, Gründer und Geschäftsführer der Firma Beispiel,")',
    given: 'Nun will Jan Probe, Gründer und Geschäftsführer der Firma Beispielwerk, die Ursache suchen. „Wir werden liefern“, sagte Probe.',
    want: [{ text: 'Wir werden liefern', speaker: 'Jan Probe', role: 'Gründer und Geschäftsführer der Firma Beispielwerk' }],
  },
  {
    name: 'a paper named in marks that opens a compound speaks by the compound ("die „Musterblatt“-Zeitung schreibt:"), and an office so compounded still names the person after it',
    given: 'Die „Musterblatt“-Zeitung schreibt: „Das ist ein Skandal.“ Der „Musterblatt“-Redakteur Jan Probe sagte: „Das bleibt so.“',
    want: [{ text: 'Das ist ein Skandal.', speaker: 'Musterblatt-Zeitung' }, { text: 'Das bleibt so.', speaker: 'Jan Probe' }],
  },
  {
    name: 'a relative clause whose antecedent cannot speak as read ("… von Demonstranten, die skandierten:") has the relative pronoun for mention, not someone named further back',
    given: 'Der Präsident Jan Probe lobte die Wahl. Später versammelten sich Hunderte von Demonstranten, die lautstark skandierten: „Wir wollen Neuwahlen!“',
    want: [{ text: 'Wir wollen Neuwahlen!', speaker: null, mention: 'die' }],
  },
];

runCases('German quotes', 'de', CASES);

describe('German reported speech', () => {
  it('"nach Angaben aus X" names where the report comes from: circles, a ministry, a place ("Angaben aus Exempelstadt" is the mention where no speaker can be read)', () => {
    const got = quotesOf('Nach Angaben aus Koalitionskreisen soll am Donnerstag weiter verhandelt werden. Nach Angaben aus dem Ministerium sei der Plan gescheitert. Nach Angaben aus Exempelstadt wurden zwei Häuser zerstört.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.text, q.speaker?.mention?.text, q.speaker?.name]), [
      ['soll am Donnerstag weiter verhandelt werden', 'Koalitionskreisen', null],
      ['sei der Plan gescheitert', 'dem Ministerium', 'Ministerium'],
      ['wurden zwei Häuser zerstört', 'Angaben aus Exempelstadt', null],
    ]);
  });
  it('Konjunktiv II right after a report goes on reporting, where German puts it for a Konjunktiv I that reads as the indicative ("Die Vorräte würden … reichen"); elsewhere it is a hypothesis', () => {
    const got = quotesOf('Die Ministerin Eva Muster sagte, die Lage sei ernst. Die Vorräte würden nur noch zwei Wochen reichen. Das Wetter im Tal war gut. Mehr Regen würde den Bauern helfen.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.text, q.speaker?.name]), [['die Lage sei ernst', 'Eva Muster'], ['Die Vorräte würden nur noch zwei Wochen reichen', 'Eva Muster']]);
  });
  it('a "wie" clause that names the source ends with its verb, whatever adverbials come before it ("Wie ein Sprecher am Sonntag mitteilte, …", "Wie die Polizei … bekannt gab, …")', () => {
    const got = quotesOf('Wie ein Sprecher am Sonntag mitteilte, wurden dabei zwei Beamte leicht verletzt. Wie die Polizei in Musterstadt am Abend bekannt gab, sind die Straßen wieder frei.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.text, q.speaker?.mention?.text]), [['wurden dabei zwei Beamte leicht verletzt', 'ein Sprecher'], ['sind die Straßen wieder frei', 'die Polizei']]);
  });
  it('Konjunktiv after a speech verb is indirect, with its speaker', () => {
    const got = quotesOf('Die Zusammenarbeit laufe gut, sagte Außenminister Abdoulaye Diop.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name]), [['indirect', 'Die Zusammenarbeit laufe gut', 'Abdoulaye Diop']]);
  });
  it('a subject with its appositions before the comma of its verb is no content ("Der Vorsitzende der Gewerkschaft, Nachfolgerin des Bundes, Jan Probe, würdigte …")', () => {
    const got = quotesOf('Der Vorsitzende der Gewerkschaft, Nachfolgerin des Bundes, Jan Probe, würdigte Karl Beispiel heute ausführlich und lange.', { lang: 'de' }, true);
    assert.deepEqual(got, []);
  });
  it('an amount in brackets before the comma of ", sagte X" names nobody: X is the speaker', () => {
    const got = quotesOf('Die Regierung plane einen Fonds von drei Milliarden Kronen (etwa 300 Millionen Euro), sagte Ministerpräsident Jan Beispiel.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.speaker?.name]), [['indirect', 'Jan Beispiel']]);
  });
  it('"nach Auskunft von X", "nach Bewertung von X" name the source like "nach Angaben von X"', () => {
    const got = quotesOf('Die Sonde werde nach Auskunft der BXA im Meer versinken. Das Risiko sei nach Bewertung von Jan Probe gering.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.speaker?.name]), [['indirect', 'BXA'], ['indirect', 'Jan Probe']]);
  });
  it('a speech verb\'s participle before a passive infinitive is no cue ("sollten sorgfältig beurteilt werden, „…“")', () => {
    const got = quotesOf('Die Experten tagten. Die Drohungen des Regimes sollten sorgfältig beurteilt werden, „um ihre Folgen abzuschätzen“.', { lang: 'de' });
    assert.deepEqual(got.map((q) => [q.text, q.cue?.text ?? null]), [['um ihre Folgen abzuschätzen', null]]);
  });
  it('"Wie X mitteilte, …": the source\'s own verb is no part of what it reports; a possessive before the genitive ends the role\'s head ("Mitarbeiterin seines Büros")', () => {
    const got = quotesOf('Wie die Leiterin seines Teams in Beispielstadt, Eva Muster, mitteilte, wurde er am Freitag gefunden.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name, q.role]), [['indirect', 'wurde er am Freitag gefunden', 'Eva Muster', 'Leiterin seines Teams in Beispielstadt']]);
  });
  it('a country in the genitive speaks as the state ("nach Meinung Frankreichs" → Frankreich); a noun after its inflected adjective is no name ("ersten Annahmen zufolge", "geringe Chancen eingeräumt")', () => {
    const got = quotesOf('Dasselbe gelte nach Meinung Frankreichs auch für den Hafen. Der Grund dürfte ersten Annahmen zufolge das Glatteis gewesen sein. Dem Versuch, das verlorene Mandat zurückzugewinnen, werden aber geringe Chancen eingeräumt.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.speaker?.mention?.text ?? null, q.speaker?.name ?? null]), [['Frankreichs', 'Frankreich'], ['ersten Annahmen', null], [null, null]]);
  });
  it('a subordinate clause before ", <verb> X" is no reported content: the verb opens the main clause ("Nachdem …, forderten beide …"); "Die Lage sei ernst, sagte X" still is', () => {
    const got = quotesOf('Nachdem es bei der ersten Runde zu Auseinandersetzungen gekommen war, forderten beide Kandidaten eine Verlängerung des Einsatzes. Die Lage sei ernst, sagte Jan Muster.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null]), [['indirect', 'Die Lage sei ernst', 'Jan Muster']]);
  });
  it('an object before ", <modal> X … <joined speech infinitive>" is no reported content ("Die Vorwürfe …, wollte er … zurückweisen")', () => {
    const got = quotesOf('Jan Probe sprach lange. Die Vorwürfe gegen den Berater Karl Muster, der dem Vorstand angehört hatte, wollte er schon im Frühjahr zurückweisen.', { lang: 'de' }, true);
    assert.deepEqual(got, []);
  });
  it('the text an impersonal verb cites is no reported content ("Im Absatz der Anordnung, die … zugestellt wurde, heißt es, …")', () => {
    const got = quotesOf('Die Bank wehrt sich. Im ersten Absatz der Anordnung, die der Bank zugestellt wurde, heißt es, die Bank dürfe nichts weitergeben.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.mention?.text ?? null]), [['indirect', 'die Bank dürfe nichts weitergeben', 'ersten Absatz der Anordnung']]);
  });
  it('a source formula opening a German sentence runs to its verb, not to the next comma ("Nach eigenen Angaben hat das Unternehmen …, der …" reports no source "hat das Unternehmen …")', () => {
    const got = quotesOf('Die Beispiel AG wächst. Nach eigenen Angaben hat das Unternehmen einen neuen Investor gewonnen, der den Ausbau bezahlt.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => q.speaker?.mention?.text ?? null).filter((m) => m !== null && m.includes('Investor')), []);
  });
  it('"nach" with a report noun names its source: compounded or qualified, the noun itself ("nach Polizeiangaben", "nach eigenen Angaben", "nach Medienberichten weitere …"); with an article or a genitive, what follows ("Nach einer Stellungnahme der Beispiel-Armee", "nach Angaben der Bundesanwaltschaft")', () => {
    const got = quotesOf('Die Lage blieb unruhig. Nach Polizeiangaben versammelten sich rund 800 Menschen am Bahnhof. Neben Jan Probe wurden nach Medienberichten zwei Ordner verletzt. Nach einer Stellungnahme der Beispiel-Armee war das Fahrzeug auf einer Übung. Eine Gefahr bestehe nach Angaben der Feuerwehr nicht mehr.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null]), [
      ['versammelten sich rund 800 Menschen am Bahnhof', 'Polizeiangaben', null],
      ['Neben Jan Probe wurden … zwei Ordner verletzt', 'Medienberichten', null],
      ['war das Fahrzeug auf einer Übung', 'Beispiel-Armee', 'Beispiel-Armee'],
      ['Eine Gefahr bestehe … nicht mehr', 'Feuerwehr', 'Feuerwehr'],
    ]);
  });
  it('a month is no name: "Ende Januar verkündete der Verband, dass …" is the association\'s (was "Januar")', () => {
    const got = quotesOf('Es regnete. Ende Januar verkündete der Verband offiziell, dass man sich beteiligen werde.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.speaker?.mention?.text ?? null]), [['indirect', 'der Verband']]);
  });
  it('a name in marks right after an organisation noun names the organisation ("Die Zeitung „Beispiel Observer“ berichtet", "des Nachrichtenmagazins „Der Spiegel“")', () => {
    const got = quotesOf('Es gab Streit. Die Zeitung „Beispiel Observer“ berichtet jedoch, die Entführer hätten Forderungen gestellt. Nach Informationen des Nachrichtenmagazins „Der Musterspiegel“ hat der Schiedsrichter gestanden.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null]), [
      ['die Entführer hätten Forderungen gestellt', 'Beispiel Observer', 'Die Zeitung „Beispiel Observer“'],
      ['hat der Schiedsrichter gestanden', 'Der Musterspiegel', 'Nachrichtenmagazins „Der Musterspiegel“'],
    ]);
  });
  it('Konjunktiv after a colon is reported by the speech verb before it ("X warnte vor …: Man dürfe …")', () => {
    const got = quotesOf('Fraktionschef Jan Probe warnte vor einem Streit: Man dürfe die Mehrheit nicht leichtfertig aufs Spiel setzen.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null]), [['indirect', 'Man dürfe die Mehrheit nicht leichtfertig aufs Spiel setzen', 'Jan Probe']]);
  });
  it('a direct quote with "so X" is not reported a second time as indirect speech', () => {
    const got = quotesOf('„Ich halte das für einen Fehler“, so Fraktionschefin Eva Muster.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null]), [['direct', 'Ich halte das für einen Fehler', 'Eva Muster']]);
  });
  it('"hieß es aus X" names the source it comes from, and a source is no place ("aus Regierungskreisen", "aus dem Ministerium")', () => {
    const got = quotesOf('„Das nehmen wir nicht hin“, hieß es aus Koalitionskreisen. Aus dem Ministerium hieß es, die Lage sei unter Kontrolle.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.speaker?.mention?.text ?? null, q.place]), [['direct', 'Koalitionskreisen', null], ['indirect', 'dem Ministerium', null]]);
  });
  it('a Konjunktiv sentence after a direct quote goes on reporting its speaker ("„…“, sagte X. Eine Einigung sei nicht in Sicht.")', () => {
    const got = quotesOf('„Wir kommen voran“, sagte Ministerin Eva Muster am Abend. Eine Einigung sei aber noch nicht in Sicht.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null]), [['direct', 'Wir kommen voran', 'Eva Muster'], ['indirect', 'Eine Einigung sei aber noch nicht in Sicht', 'Eva Muster']]);
  });
  it('one word after "so X" is its adverb, no reported content ("…, so X weiter.")', () => {
    const got = quotesOf('Die Forderung sei völlig überzogen, so Generalsekretär Jan Probe weiter.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null]), [['indirect', 'Die Forderung sei völlig überzogen', 'Jan Probe']]);
  });
  it('a reflexive verb of feeling reports the clause before its comma only in Konjunktiv ("…, deshalb freuen sich jetzt viele Kunden über …" reports nothing); "gestanden" is no form of "gestehen"', () => {
    const got = quotesOf('Vor einem Jahr kostete der Liter noch mehr, deshalb freuen sich jetzt viele Kunden über die Preise. Ein Tief, das lange über dem Meer gestanden hatte, habe nun die Küste erreicht, meldet der Wetterdienst.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.text, q.speaker?.mention?.text ?? null]), [['Ein Tief, das lange über dem Meer gestanden hatte, habe nun die Küste erreicht', 'der Wetterdienst']]);
  });
  it('Konjunktiv I of any verb after "man", "er", "es" reports ("Man ermittle …", "er freue sich"); the past ("Er wurde", "er sagte"), adverbs ("es insbesondere") and adjectives ("gibt es vergleichbare Fälle") do not', () => {
    const got = quotesOf('„Wir wissen noch nichts“, sagte Polizeisprecher Jan Probe. Man ermittle in alle Richtungen. Er wurde am Abend abgelöst. In Beispielstadt gibt es vergleichbare Fälle.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null]), [['direct', 'Wir wissen noch nichts', 'Jan Probe'], ['indirect', 'Man ermittle in alle Richtungen', 'Jan Probe']]);
  });
  it('"gemäß X" names a source as "laut X" does', () => {
    const got = quotesOf('Die Baustelle werde gemäß einem Sprecher des Unternehmens bis Montag ruhen.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.text, q.speaker?.mention?.text ?? null]), [['Die Baustelle werde … bis Montag ruhen', 'einem Sprecher des Unternehmens']]);
  });
  it('a sentence that says someone spoke ("nahm zu der Frage Stellung"), not what, is followed by what they said in Konjunktiv', () => {
    const got = quotesOf('Der Minister Jan Probe nahm am Abend zu dem Plan Stellung. Jede Schule könne das Guthaben später einlösen.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.text, q.speaker?.name ?? null]), [['Jede Schule könne das Guthaben später einlösen', 'Jan Probe']]);
  });
  it('"laut X" attributes the rest of the sentence', () => {
    const got = quotesOf('Laut Polizeisprecher Jan Muster wurden drei Personen festgenommen.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name]), [['indirect', 'wurden drei Personen festgenommen', 'Jan Muster']]);
  });
  it('ein Text oder eine Umfrage berichtet, was sie ergab ("Die Studie zeigt, dass …"): der Text ist die Erwähnung und spricht für seinen Urheber', () => {
    const got = quotesOf('Die Lage bleibt unklar. Eine neue Studie des Musterinstituts zeigt, dass jeder dritte Haushalt sparen muss. Die Gäste zeigten, dass sie feiern können.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null]), [
      ['indirect', 'dass jeder dritte Haushalt sparen muss', 'Eine neue Studie des Musterinstituts', 'Musterinstitut'],
    ]);
  });
  it('ein Amt beginnt nicht im Absatz davor: eine Überschrift ohne Punkt ist kein Teil der Rolle („… nicht zu retten⏎⏎Finanzministerin Eva Muster“)', () => {
    const got = quotesOf('Der Haushalt ist kaum zu halten\n\nFinanzministerin Eva Muster sprach am Montag. „Es wird knapp“, sagte Muster.', { lang: 'de' });
    assert.deepEqual(got.map((q) => [q.text, q.speaker?.name ?? null, q.role]), [['Es wird knapp', 'Eva Muster', 'Finanzministerin']]);
  });
  it('eine Schlagzeile „Name: Aussage“ legt die Aussage dem in den Mund, den der Text nennt', () => {
    const text = 'Muster: Der Haushalt ist nicht zu retten\n\nFinanzministerin Eva Muster sprach am Montag in Berlin.';
    const got = quotesOf(text, { lang: 'de', title: 'Muster: Der Haushalt ist nicht zu retten' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null, q.role]), [['indirect', 'Der Haushalt ist nicht zu retten', 'Eva Muster', 'Finanzministerin']]);
  });
  it('ein Name mit Bindestrich und Land nennt die Niederlassung dort („Musterbay-Deutschland erklärte“), obwohl „-land“ auch Substantive endet; ein Wort aus dem Wörterbuch davor macht keinen Namen', () => {
    const got = quotesOf('Die Seite wurde oft besucht. Musterbay-Deutschland erklärte am Abend: „Wir sind zufrieden.“', { lang: 'de' });
    assert.deepEqual(got.map((q) => [q.text, q.speaker?.name ?? null]), [['Wir sind zufrieden.', 'Musterbay-Deutschland']]);
    // (a word the dictionary lists before the hyphen makes no name: "Nord-Deutschland")
    assert.deepEqual(quotesOf('Nord-Deutschland erklärte am Abend: „Es regnet.“', { lang: 'de' }).map((q) => q.speaker?.name ?? null), [null]);
  });
  it('„X sagte, dass …“ berichtet den dass-Satz, im Konjunktiv ohne Hilfsverb („wachse“) wie im Indikativ („gelingt“)', () => {
    const got = quotesOf('Die Lage ist ernst. Jan Muster sagte, dass die Firma bald wachse. Die Ministerin Eva Probe glaubt, dass der Plan gelingt.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null]), [
      ['indirect', 'dass die Firma bald wachse', 'Jan Muster'],
      ['indirect', 'dass der Plan gelingt', 'Eva Probe'],
    ]);
  });
  it('„Demnach …“ eröffnet einen Satz dessen, was eben berichtet wurde, in jedem Modus', () => {
    const got = quotesOf('Das Amt veröffentlichte am Morgen einen Bericht. Demnach wird die Brücke erst im Mai fertig.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text]), [['indirect', 'wird die Brücke erst im Mai fertig']]);
  });
  it('„sich befinden“ sagt, wo etwas ist, und berichtet nichts: „…, sagte X“ danach ist der Bericht', () => {
    const got = quotesOf('Die Lage ist ernst. Die Fähre befindet sich noch vor der Küste, sagte der Hafenmeister Ole Probe.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null]), [['indirect', 'Die Fähre befindet sich noch vor der Küste', 'Ole Probe']]);
  });
  it('„laut musterblog.de“: eine Website, nach ihrer Domain genannt, ist die Quelle und heißt so', () => {
    const got = quotesOf('Die Lage ist ernst. Laut musterblog.de veröffentlichte das Ministerium kürzlich einen Bericht über Missbrauch.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null]), [['indirect', 'veröffentlichte das Ministerium kürzlich einen Bericht über Missbrauch', 'musterblog.de']]);
  });
  it('„nach“ mit einer Studie, einer Analyse, einem Ergebnis, auch mit Adjektiv davor, nennt die Quelle („Nach einer schwedischen Studie …“, „Nach dem vorläufigen Endergebnis …“)', () => {
    const got = quotesOf('Die Forscher legten Zahlen vor. Nach einer schwedischen Studie steigt das Risiko schon bei wenigen Zigaretten. Die Wahl ist vorbei. Nach dem vorläufigen Endergebnis liegt die Partei bei 41 Prozent.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.mention?.text ?? null]), [
      ['indirect', 'steigt das Risiko schon bei wenigen Zigaretten', 'einer schwedischen Studie'],
      ['indirect', 'liegt die Partei bei 41 Prozent', 'dem vorläufigen Endergebnis'],
    ]);
  });
  it('„…, so das Fazit einer Studie des Amtes.“: ein Text mit seinen Attributen schließt den Satz als Quelle ab', () => {
    const got = quotesOf('Die Zahlen liegen vor. Jede dritte Brücke im Land muss saniert werden, so das Fazit einer Studie des Verkehrsamtes.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.mention?.text ?? null]), [['indirect', 'Jede dritte Brücke im Land muss saniert werden', 'das Fazit einer Studie des Verkehrsamtes']]);
  });
  it('„geht davon aus, dass …“ gibt eine Ansicht wieder; „ging aus“ allein berichtet nichts', () => {
    const got = quotesOf('Die Wahl ist vorbei. Die Ministerin Eva Probe geht davon aus, dass ihr Etat reicht. Das Licht im Saal ging aus.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null]), [['indirect', 'dass ihr Etat reicht', 'Eva Probe']]);
  });
  it('„hofft, dass …“, „befürchtet, dass …“ geben eine Ansicht wieder; „erwartet einen Anstieg“ ohne Satz danach nicht', () => {
    const got = quotesOf('Die Lage bleibt ernst. Die Ministerin Eva Probe hofft, dass ihr Etat bis Mai reicht. Der Verband erwartet einen Anstieg der Preise. Jan Muster befürchtet, dass die Brücke bald schließt.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null]), [
      ['indirect', 'dass ihr Etat bis Mai reicht', 'Eva Probe'],
      ['indirect', 'dass die Brücke bald schließt', 'Jan Muster'],
    ]);
  });
  it('„Der Etat reicht nicht. Dies bestätigte X.“: der Satz davor ist, was X sagte; ohne den Verweis am Anfang nicht', () => {
    const got = quotesOf('Die Sitzung dauerte lange. Der Etat reicht nur bis zum Herbst. Dies bestätigte die Ministerin Eva Probe am Abend. Die Brücke bleibt gesperrt. Jan Muster sprach am Abend.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null]), [['indirect', 'Der Etat reicht nur bis zum Herbst', 'Eva Probe']]);
  });
  it('„kündigte an, …anzusprechen“: ein Infinitiv mit eingeschobenem „zu“ schließt den Infinitivsatz wie „zu sprechen“', () => {
    const got = quotesOf('Die Lage ist ernst. Die Ministerin Eva Probe kündigte an, die Frage beim nächsten Treffen offen anzusprechen.', { lang: 'de' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null]), [['indirect', 'die Frage beim nächsten Treffen offen anzusprechen', 'Eva Probe']]);
  });
});
