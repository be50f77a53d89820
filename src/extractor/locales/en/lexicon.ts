// English word lists. Source: written for this project from English grammar (closed classes)
// and the reporting verbs and titles of US and UK news; open classes are matched by endings.
import { remembered } from '../shared/remembered.js';

export const STOPWORDS = new Set(('the of and to a in is that for it on was with as he be by at from his have are this not but '
  + 'had they or an were which their has been will said would who she her all there we more one can if its about when '
  + 'also what than so no up out into them only could other then these some may after over our new because very').split(' '));

// Number words: one to ninety-nine and the large units.
const UNITS = 'one two three four five six seven eight nine'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
export const NUMBER_WORDS = new Set([...UNITS, ...'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' '), ...TENS,
  ...TENS.flatMap((t) => UNITS.map((u) => `${t}-${u}`)), ...'hundred hundreds thousand thousands million millions billion billions dozen dozens'.split(' ')]);
// (number words open descriptions like quantifiers: "Twenty-four percent said", "the two lawmakers")
export const DETERMINERS = new Set([...'the a an his her its their our this that these those one another some many several most each few any multiple numerous'.split(' '), ...NUMBER_WORDS]);
// ("“…,” it said": "it" speaks for a text or an organisation, never for a person; see resolve)
export const PRONOUNS = new Map<string, 'm' | 'f' | 'n' | 'p'>([['he', 'm'], ['she', 'f'], ['they', 'p'], ['it', 'n']]);
// ("Someone called it …", "Others shouted, “…”", "“…,” I said": someone not named, or the writer)
export const UNNAMED_PRONOUNS = new Set(['someone', 'somebody', 'others', 'i']);
export const PHRASE_BREAKERS = new Set(('in on at to for with by from of about after before during since until into as and or '
  + 'but that which who whom when while where because if than then also still later earlier today yesterday tomorrow now '
  + 'recently previously told said says added wrote is was are were has had have do does did will would could should may might '
  + 'in an interview last this next on said according '
  // sentence adverbs, connectives and question words: capitalised only where they open a sentence ("However, …",
  // "Meanwhile Example said", "Despite Example's …"); quantifiers are left out, they open
  // descriptions that speak ("Several Democrats", "The two lawmakers")
  + 'however perhaps instead meanwhile despite indeed thus nevertheless nonetheless moreover furthermore finally yet '
  + 'already again often sometimes rather certainly clearly obviously apparently specifically ultimately initially '
  + 'eventually unfortunately fortunately notably similarly likewise otherwise overall like unlike following '
  + 'why whatever whoever whenever wherever '
  // ("Neither Jan Example nor …": a correlative opens no name)
  + 'neither either nor').split(' '));
export const ABBREVIATIONS = new Set(('mr mrs ms dr prof sen rep gov gen lt col sgt capt st jr sr inc co corp ltd vs etc '
  + 'u.s u.k u.n d.c jan feb mar apr aug sept sep oct nov dec pres rev hon atty supt').split(' '));
export const ORDINAL_HEADS = /^$/u; // English writes ordinals without a period

const ROLE = /^(president|senator|sen|representative|rep|governor|gov|mayor|secretary|minister|spokesman|spokeswoman|spokesperson|chairman|chairwoman|chair|director|chief|officer|leader|candidate|nominee|adviser|advisor|aide|strategist|manager|analyst|expert|professor|economist|official|ambassador|general|judge|justice|attorney|lawyer|commissioner|ceo|founder|executive|member|lawmaker|congressman|congresswoman|speaker|pollster|consultant|campaign|chancellor|premier|king|queen|pope|prince|head|editor|reporter|columnist|host|author|researcher|scientist|activist|organizer|delegate|voter|supporter|critic|donor|treasurer|deputy|vice|sheriff|commander|colonel|captain|sergeant|lieutenant|detective|inspector|prosecutor|superintendent|administrator|coordinator|fellow|dean|pastor|rev|reverend|bishop|cardinal|rabbi|imam|dr|mr|mrs|ms|miss|businessman|businesswoman|surgeon|neurosurgeon|doctor|billionaire|millionaire|mogul|veteran|student|teacher|worker|resident|operative|insider|source|friend|neighbor|neighbour|witness|father|mother|wife|husband|son|daughter|sister|brother|contender|rival|opponent|challenger|incumbent|hopeful|front-runner|frontrunner|surrogate|ally|backer|historian|demographer|scholar|observer|commentator|protester|protestor|demonstrator|marcher|attendee|follower|politician|legislator|diplomat|envoy|negotiator|investigator|agent|soldier|employee|staffer|volunteer|owner|partner|president-elect|vp|introducer|mate|woman|man|actor|actress|comedian|singer|rapper|musician|anchor|anchorman|anchorwoman|correspondent|moderator|pundit|assemblyman|assemblywoman|assemblymember|councilman|councilwoman|councilmember|alderman|selectman|lieutenant-governor)s?$/iu;
const ORGANISATION = /^(police|government|administration|department|ministry|campaign|committee|party|court|agency|company|corporation|bureau|office|council|commission|association|union|house|senate|congress|pentagon|white|fbi|cia|nasa|network|newspaper|paper|times|post|journal|news|magazine|institute|foundation|university|group|organization|organisation|board|team|crowd|audience|public|non-profit|nonprofit|charity|firm|bank|court|jury|panel|coalition|alliance|movement|school|college|academy|gazette|center|centre|club|church|hospital|clinic|partnership|initiative|fund|trust|outlet|station|channel|broadcaster|publication)$/iu;

// Texts and media that news quote as a source: "the ad says", "according to the report".
const SOURCE = /^(statement|report|letter|ad|advert|advertisement|article|complaint|lawsuit|suit|filing|tweet|post|email|e-mail|memo|study|survey|poll|release|editorial|piece|message|note|op-ed|column|speech|video|footage|platform|document|transcript|indictment|ruling|opinion|resolution|petition|blog|website|analysis|audit|review|book|memoir)s?$/iu;

// Occasions of speech: "at a rally in Iowa", "during a visit to Moscow".
const EVENT = /^(visit|trip|speech|address|rally|conference|meeting|summit|event|appearance|hearing|interview|debate|forum|ceremony|convention|town-hall|stop|fundraiser|briefing)s?$/iu;

export const isRoleNoun = remembered((w) => ROLE.test(w) || (/ies$/u.test(w) && ROLE.test(singular(w))));

/** The singular of a regular plural noun ("witnesses" → "witness", "protesters" → "protester"). */
export function singular(w: string): string {
  if (/ies$/u.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z)es$/u.test(w)) return w.slice(0, -2);
  if (/[^s]s$/u.test(w)) return w.slice(0, -1);
  return w;
}
export const isEventNoun = (w: string) => EVENT.test(w);
export const isSourceNoun = remembered((w) => SOURCE.test(w));
// ("two news agencies", "three outlets": plurals too, but not those that are verbs as often: "The
// dispute centers on …", "X courts voters", "Y banks on …")
const VERB_PLURALS = /^(?:centers|centres|trusts|funds|houses|courts|banks|boards|teams|posts|clubs|schools|papers|presses|unions|alliances|partners|panels|offices)$/iu;
export const isOrganisationNoun = remembered((w) => ORGANISATION.test(w) || (/[^s]s$/iu.test(w) && !VERB_PLURALS.test(w) && ORGANISATION.test(singular(w))));
// English capitalises names, not nouns: days and months are the capitalised words that are not names.
// Closed classes that open a sentence, capitalised only there ("Both have promised", "Within the
// campaign", "Regardless, the department said", "Given his comments"): quantifiers and indefinite
// pronouns, prepositions, conjunctions and adverbs that are no sentence adverbs in -ly.
const OPENERS = new Set(('both any all none others someone somebody anyone anybody everyone everybody nobody '
  + 'multiple numerous various half such '
  + 'within among amid amidst without behind beyond under toward towards throughout alongside absent across against around above '
  + 'below beneath besides between inside outside near past through upon via per given including regarding concerning amongst '
  + 'though although unless whether lest regardless therefore whereas once soon ever never always just only almost even here there '
  + 'how what where early late somewhere anywhere everywhere nowhere elsewhere meanwhile').split(' '));
// Adverbs in -ly that open sentences ("Shortly after …", "Ironically, …"): six letters or more
// with an adverb's ending (-ally, -tly, -ely, -ngly, -arly, …; -ily after three letters), which
// names in -ly lack ("Kelly", "Connolly", "Daly", "Emily", "Sicily")
const SENTENCE_ADVERB = /^\p{Lu}(?=\p{Ll}{5,}$)\p{Ll}*(?:(?:al|t|e|ng|c|ar|ss|n|ft|d|b|p|s)ly|\p{Ll}{3}ily)$/u;
// Adjectives that date an office and open a description, capitalised where they open a sentence
// ("Former Republican presidential candidate Jo Example said", "Outgoing Governor Example")
const OFFICE_ADJECTIVES = new Set('former outgoing incoming acting retired longtime interim'.split(' '));
const isOpener = (w: string) => OPENERS.has(w.toLowerCase()) || OFFICE_ADJECTIVES.has(w.toLowerCase()) || SENTENCE_ADVERB.test(w);

const COMPOUND_ADJECTIVE = /-(?:born|based|bred|era|style|trained|educated|language|speaking|linked|backed|led|owned|funded|run|affiliated|aligned|leaning|controlled|made|type|like|related|friendly|focused|centered|centred|oriented|sponsored|allied|raised)$/u;
export const isCommonNoun = (w: string) => isOpener(w) || /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Republican|Republicans|Democrat|Democrats|Democratic|American|Americans|GOP|Presidential|Congressional|Gubernatorial|Senatorial|I|But|And|The|In|On|At|It|This|That|He|She|They|We|You|If|When|As|So|Yet|Still|Even|Also)$/u.test(w) || /^\p{N}/u.test(w)
  // ("Some folks I've talked to said": the first person, contracted, names no one)
  // (nor do contracted pronouns and negations: "They’re", "We’ve", "Don't")
  || /^(?:I|We|They|You|He|She|It|That|There|Who)['’](ve|m|d|ll|re)$/u.test(w) || /^\p{Lu}\p{Ll}*n['’]t$/u.test(w)
  // ("South Korean-born Jo Example", "Texas-based …", "Ivy League-trained": a compound adjective)
  || COMPOUND_ADJECTIVE.test(w);

export function genderOf(w: string): 'm' | 'f' | null {
  const l = w.toLowerCase();
  if (/^(mrs|ms|miss|spokeswoman|chairwoman|congresswoman|queen|princess|sister|mother|wife|daughter)$/u.test(l)) return 'f';
  if (/^(mr|spokesman|chairman|congressman|king|prince|brother|father|husband|son)$/u.test(l)) return 'm';
  return null;
}

// Last words of the names of places, buildings, events and institutions that are no people
// ("Wall Street", "Atlantic City", "Aral Sea", "Trump Tower", "Super Bowl", "Islamic State",
// "Federal Reserve", "United Nations"). Written for this project from US news.
export const PLACE_HEADS = /^(?:Street|Avenue|Road|Boulevard|Square|Plaza|City|County|Sea|Ocean|Bay|River|Lake|Valley|Mountains?|Islands?|Shoal|Coast|Tower|Towers|Arena|Center|Centre|Stadium|Hall|Park|Airport|Bridge|Building|Bowl|East|State|States|Nations|Reserve|Security|Corps|Patriots|United|Europe|Asia|Africa|America|Americas)$/u;

export const COUNTERPART_NOUNS = new Set(['counterpart']);
export const CAPITAL_NOUNS = new Set(['capital']);
export const PLACE_PREPOSITIONS = new Set(['in']);
export const NON_PLACES = new Set(('January February March April May June July August September October November December '
  + 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday English Spanish French Congress Washington\'s '
  // labels that open a text as a dateline does ("EXCLUSIVE – …")
  + 'Exclusive Update Updated Breaking Analysis Opinion Commentary Editorial Watch Live Video Review Interview').split(' '));
export const NAME_CUES = new Set('so-called dubbed nicknamed named titled called aka codenamed short translated'.split(' '));
export const TITLE_NOUNS = new Set(('book novel film movie series show album song title slogan motto campaign operation program '
  + 'programme newspaper magazine column article headline hashtag term word phrase brand website app bill act').split(' '));
/** Nouns for words used as words: "the term “…”" (see termNouns in types.ts). */
export const TERM_NOUNS = new Set('term word phrase expression label slogan motto hashtag name nickname'.split(' '));
export const REPORTED_SPEECH_MARKERS = new Set<string>();
export const COMPLEMENTISERS = new Set(['that']);

/** Titles of address only; they make no role (hand-written, the usual English forms). */
export const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'messrs']);

// Abbreviated titles in full, for roles: "Sen. Jane Example" → role "Senator".
export const TITLE_ABBREVIATIONS = new Map(Object.entries({
  sen: 'Senator', rep: 'Representative', gov: 'Governor', gen: 'General', lt: 'Lieutenant', col: 'Colonel',
  sgt: 'Sergeant', capt: 'Captain', prof: 'Professor', dr: 'Doctor', pres: 'President', supt: 'Superintendent',
}));
