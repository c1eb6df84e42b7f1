/**
 * Who a name belongs to, from the words around it: news introduces people by a role
 * before the name ("the broker's analyst Jane Roe", "his striker Tobiah Mbeki",
 * "Prosecutor Wilbur Fenn", "the defendant, Kasimir Brodsky") or in an apposition after it
 * ("Dagny Ottesen, a senior analyst at Harcourt Securities," "Kasimir Brodsky, 34,").
 * Either is strong evidence of a person, and the role words become the entity's role.
 *
 * A person noun is one of the general lexicon below (jobs, offices, court and sports
 * roles), a noun compromise tags as an Actor, or a word with a suffix that only makes
 * people ("-ist", "-man", "-woman", "-person", "-ician").
 */
import nlp from 'compromise';

/** General English nouns for people by what they do; not drawn from any one article. */
const PERSON_NOUNS = new Set(
  `
fiddler piper drummer rapper songwriter bandleader
widow widower mother father son daughter wife husband child girl boy sister brother grandmother grandfather aunt uncle
cousin friend neighbour neighbor teenager
spokesman spokeswoman spokesperson minister secretary president chairman chairwoman chair director expert analyst envoy
ambassador leader official correspondent editor professor chief head adviser advisor commander mayor governor senator
researcher economist scientist historian lawyer judge executive founder manager coach captain deputy officer prosecutor
defendant barrister solicitor attorney counsel witness victim juror magistrate sheriff inspector detective constable
sergeant superintendent striker midfielder defender goalkeeper winger player referee chairperson
director-general secretary-general treasurer councillor councilor commissioner regulator auditor accountant banker
trader strategist consultant engineer architect doctor surgeon nurse physician teacher headteacher
principal student pupil resident campaigner activist organiser organizer volunteer curator author writer novelist poet
artist singer musician conductor composer choreographer dancer comedian actor actress presenter host candidate
vice-president vice-chair
colleague employee worker farmer pilot driver representative delegate negotiator
mediator diplomat colonel major lieutenant admiral soldier veteran pastor priest vicar bishop rabbi imam
`
    .trim()
    .split(/\s+/),
);

/** compromise's own dictionary: the words it knows rather than guesses. */
type Model = { model(): { one: { lexicon: Record<string, unknown> } } };
export const LEXICON: Record<string, unknown> = (nlp as unknown as Model).model().one.lexicon;

const PERSON_SUFFIX = /(?:ist|man|woman|person|ician)$/;

/** Role nouns that fit companies as well as people ("ferry operator Bluewater Lines"). */
const ALSO_ORGANISATIONS = new Set(
  `
operator owner provider sponsor manufacturer supplier developer publisher retailer lender insurer carrier broker
investor partner buyer seller maker producer distributor contractor regulator shareholder bidder rival client customer
tenant
landlord employer creditor builder agency member bank group firm company rival subsidiary parent champion holder
`
    .trim()
    .split(/\s+/),
);

/** Public services whose name comes before a rank or office ("Police Inspector", "Fire Chief"). */
const SERVICE_NOUNS = new Set(
  `police fire army navy coastguard coast guard border prison customs ambulance council county city state federal
air`.split(/\s+/),
);

/** True for a public service's name standing before a role ("Police" in "Police Inspector"). */
export function isServiceNoun(word: string): boolean {
  return SERVICE_NOUNS.has(word.toLowerCase());
}

/** Nouns that end the names of buildings and places ("Lister Hall", "Arkwright Building"). */
const PLACE_HEADS = new Set(
  `hall building house centre center tower library museum college school hospital church cathedral chapel stadium
park street road lane avenue bridge square station airport port theatre theater arena gallery market estate`
    .trim()
    .split(/\s+/),
);

/** True for a word that ends a building's or place's name (after a role comes a person, never one of these). */
export function isPlaceHead(word: string): boolean {
  return PLACE_HEADS.has(word.toLowerCase());
}

/** True for a lower-case noun that names a person by role. */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  // "singer-songwriter", "co-founder": a compound names a person when its last part does.
  if (w.includes('-') && !/^\d/.test(w) && isPersonNoun(w.slice(w.lastIndexOf('-') + 1))) return true;
  // "Founders Imelda Cruz and …": the plural of a person noun.
  if (/[^s]s$/.test(w) && w.length > 4 && PERSON_NOUNS.has(w.slice(0, -1))) return true;
  if (ALSO_ORGANISATIONS.has(w)) return false;
  // "a 22-year-old": an age stands for a person.
  if (PERSON_NOUNS.has(w) || (PERSON_SUFFIX.test(w) && w.length > 5) || /^\d+-year-old$/.test(w)) return true;
  const tags: string[] = nlp(w).json()[0]?.terms[0]?.tags ?? [];
  return tags.includes('Actor') || isAgentNoun(w);
}

/**
 * "conductor", "defender", "winner": a noun made from a verb with -er/-or names who does
 * it. The stem must be a verb compromise knows (conduct, defend, win), which keeps out
 * "number", "water" and "order".
 */
function isAgentNoun(word: string): boolean {
  const m = /^([a-z]{3,})(?:er|or)$/.exec(word);
  // A word compromise already knows ("water", "summer") is what it says it is.
  if (!m || Object.hasOwn(LEXICON, word)) return false;
  const stem = m[1]!;
  const stems = [stem, `${stem}e`, /(.)\1$/.test(stem) ? stem.slice(0, -1) : ''].filter(Boolean);
  return stems.some((s) => nlp(s).verbs().length > 0);
}

/** Nouns that, right before a name, say it is an organisation ("fuel poverty charity Warm Homes Now"). */
const ORGANISATION_NOUNS = new Set(
  `
charity company firm group organisation organization agency club bank retailer operator broker lender insurer carrier
union party council authority regulator watchdog airline carmaker manufacturer supplier developer publisher broadcaster
newspaper website startup start-up business chain brand label team side school hospital university trust fund campaign
`
    .trim()
    .split(/\s+/),
);

/** True when the word right before a name is an organisation noun. */
export function organisationBefore(before: string): boolean {
  const last = /([\p{Ll}-]+)\s+$/u.exec(before)?.[1];
  return last !== undefined && ORGANISATION_NOUNS.has(last);
}

/** Words that may stand inside a role before its head noun ("chief financial", "the club's head"). */
const MODIFIER = /^(?:[\p{Ll}-]+|\p{Lu}[\p{L}&.-]*|of|and|&)$/u;
const STOP = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'said',
  'says',
  'told',
  'and',
  'but',
  'with',
  'by',
  'to',
  'from',
  'in',
  'on',
  'at',
  'for',
  'that',
  'as',
  'was',
  'is',
  'who',
  'when',
  'while',
]);

/**
 * The role written just before a name ("… the broker's analyst " → "analyst", "Health
 * minister " → "Health minister", "the defendant, " → "defendant"), when its last word is
 * a person noun. Possessives ("the broker's") say whose, not what, and stay out.
 */
export function roleBefore(before: string): string | undefined {
  const words = before.replace(/,\s*$/, '').trimEnd().split(/\s+/);
  // "The mayor of Mangawhero, Huia Rangihau", "The MP for Westmorland Fells, Anjali Deshmukh":
  // the role's head is the noun before "of"/"for" and its place.
  const of = Math.max(words.lastIndexOf('of'), words.lastIndexOf('for'));
  const place =
    of > 0 && words.length - of <= 4 && words.slice(of + 1).every((w) => /^(?:\p{Lu}[\p{L}'’-]*|the)$/u.test(w));
  const end = place && before.trimEnd().endsWith(',') ? of - 1 : words.length - 1;
  const head = words[end] ?? '';
  const acronym = ROLE_ACRONYMS.has(head) && before.trimEnd().endsWith(',');
  if (!acronym && (!/^\p{Ll}/u.test(head) || !isPersonNoun(head))) return undefined;
  const role = [head];
  for (let i = end - 1; i >= 0 && role.length < 5; i--) {
    const w = words[i]!;
    if (STOP.has(w.toLowerCase()) || /['’]s?$|[,;:.]$/.test(w) || !MODIFIER.test(w)) break;
    role.unshift(w);
  }
  return [...role, ...words.slice(end + 1)].join(' ');
}

/** Offices written as capitals that an apposition may follow ("Brackwell's Labour MP, Catriona Bell,"). */
const ROLE_ACRONYMS = new Set(['MP', 'MEP', 'MSP', 'MLA', 'MS', 'TD', 'CEO', 'CFO', 'COO', 'CTO']);

/** Words that open a clause, not a role, after a name's comma. */
const BARE_STOP = new Set(['or', 'where', 'which', 'whose', 'whom', 'then', 'now', 'also', 'not', 'only', 'once']);

/**
 * What may open an apposition: a determiner ("a senior analyst at …"), an owner's
 * possessive ("Lumenrise's head of developer relations"), or nothing before a lower-case
 * role ("founder of the robotics startup …").
 */
const APPOSITION = new RegExp(
  String.raw`^\s*(?:,|–|—|\s-)\s*((?:an?|the|his|her|its|their)\s+([^,.;–—()]{2,90})` +
    String.raw`|(?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*['’]s\s+([^,.;–—()]{2,90})` +
    String.raw`|(\p{Ll}[^,.;–—()]{1,90}))`,
  'u',
);

/**
 * An apposition right after a name: ", a senior analyst at Harcourt Securities" gives the
 * role; ", 34," (an age) says only that this is a person.
 */
export function roleAfter(after: string): { role?: string; person: boolean } {
  // "Graham Ellery, 58, a retired surveyor": an age, and the apposition after it may say the role.
  const aged = /^\s*,\s*(?:aged\s+)?\d{1,3}\s*([,)])/.exec(after);
  if (aged)
    return { role: aged[1] === ',' ? roleAfter(after.slice(aged[0].length - 1)).role : undefined, person: true };
  const m = APPOSITION.exec(after);
  if (!m) return { person: false };
  // The head is the last word before a preposition that attaches the role to an organisation.
  const core = (m[2] ?? m[3] ?? m[4]!).split(/\s+(?:at|of|for|with|from|in|to|on|who|which|and)\s+/)[0]!;
  const words = core.trim().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (!isPersonNoun(head)) return { person: false };
  // Bare, it must be a role alone ("founder of …"), not a clause ("and the minister said").
  if (m[4] && (words.length > 4 || words.some((w) => STOP.has(w) || BARE_STOP.has(w) || !/^[\p{Ll}-]+$/u.test(w))))
    return { person: false };
  // "a retired surveyor from Leicester": where someone is from is no part of the role.
  return {
    role: m[1]!
      .trim()
      .replace(/^(?:an?|the)\s+/i, '')
      .replace(/\s+from\s+.+$/, ''),
    person: true,
  };
}

const WHO_AFTER = /^\s*,\s*(?:who|whose)\b/;

/**
 * Votes for a person from the clause after a name: "X, who chairs …" (who is for people)
 * and "X as the captain" / "X will play a widow" (cast as a person noun) count two. (A verb
 * of speech does not: firms "said" as often as people in the news.)
 */
export function personByClause(after: string, before = ''): number {
  if (WHO_AFTER.test(after)) return 2;
  // "from Punjab as the eldest son": after a place's preposition the role is the subject's.
  if (/\b(?:from|in|at|to|of|into|near)\s+(?:the\s+)?$/i.test(before)) return 0;
  // "Tariq Haddad as the captain", "Keiko Tanabe will play a widow": cast as a person.
  const cast = CAST.exec(after);
  return cast && isPersonNoun(cast[1]!) ? 2 : 0;
}

const CAST_VERB = String.raw`(?:will\s+|to\s+)?(?:play|plays|played|playing|portray|portrays|portrayed)`;
const CAST = new RegExp(
  String.raw`^\s+(?:as\s+the|${CAST_VERB}\s+(?:a|an|the|his|her))\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\b` +
    String.raw`(?:\s+(?:who|of|in|at|to|and|,)|[,.;]|$)`,
  'u',
);

/** Words of bodies and states that "X Y of the …" may be named with ("Democratic Republic of the …"). */
const STATE_WORDS = new Set(['republic', 'kingdom', 'states', 'islands', 'emirates', 'federation', 'commonwealth']);

/** True for a word that makes a name an institution's or a state's rather than a person's. */
export function isInstitutionWord(word: string): boolean {
  const w = word.toLowerCase();
  return ORGANISATION_NOUNS.has(w) || PLACE_HEADS.has(w) || STATE_WORDS.has(w) || ALSO_ORGANISATIONS.has(w);
}

/** Words that make a capitalised name an organisation's ("… Ventures", "… Council"). */
export const ORG_WORDS = new RegExp(
  String.raw`\b(` +
    'Ministry|Department|Council|Centre|Center|Institute|Academy|Agency|Administration|Office|House|Committee|' +
    'Commission|Union|Bank|Party|University|College|Court|Parliament|Congress|Senate|Organi[sz]ation|Association|' +
    'Foundation|Company|Corporation|Inc|Ltd|Group|Fund|Service|Times|Post|News|Network|Press|Kremlin|Pentagon|' +
    'Board|Authority|Assembly|Government|Cabinet|School|Hospital|Club|Society|Federation|League|Alliance|' +
    'Coalition|Forum|Summit|Conference|Cathedral|Church|Chapel|Abbey|Infirmary|Hospice|plc|PLC|LLC|GmbH|AG|' +
    'Securities|Mining|Holdings|Capital|Partners|Energy|Motors|Airlines?|Airways|Systems|Technologies|' +
    'Pharmaceuticals?|Insurance|Trust|Industries|Logistics|Labs|Media|Studios|Ventures|Investments|Properties|' +
    'Foods|Telecom|Railways?|Rovers|Wanderers|Athletic|FC|AFC|Tribunal|Police|Constabulary|Prosecution|' +
    'Utilities|Brewery|Festival|Orchestra|Theatre|Museum|Gallery|Library|Trust|Bakery|Bakehouse|Café|Cafe|' +
    'Restaurant|Bistro|Bookshop|Books|Stores|Interactive|Entertainment|Health|Healthcare|Digital|Software|Games|' +
    'Gaming|Payments|Homes|Buses|Coaches|Marine|Shipping|Lines|Chambers|Exchange|Philharmonic|Choir|Awards|' +
    'Electric|Consulting|Solutions|Biotech|Robotics|Analytics|Aggregates|Construction|Developments|Retail|Team|' +
    'Marathon|Championships?|Cup|Trophy|Shield|Olympics' +
    String.raw`)\b`,
);
