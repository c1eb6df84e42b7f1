/**
 * Text normalisation shared by every index: folding (case, diacritics, quotes, dashes),
 * tokenising, stop words, common abbreviations and a light stemmer. Queries and documents
 * go through the same functions, so a query term and a document term meet whenever they
 * fold to the same stem ("negotiations" and "negotiation", "lasted" and "last").
 *
 * @example
 * ```ts
 * terms("How long did the Sochi meeting last?"); // ['long', 'sochi', 'meet', 'last']
 * ```
 */
import { plainLetters } from './plain-letters.ts';

/** Lower case, no diacritics, straight quotes, plain hyphens, folded spaces. */
export function fold(value: string): string {
  return plainLetters(value)
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Upper-case abbreviations that must survive lower-casing: "US" is the country, not the
 * pronoun "us". Applied to the raw text before folding.
 */
const CASED_ABBREVIATIONS: [RegExp, string][] = [
  [/\bU\.?S\.?A?\b(?!\w)/g, ' usa '],
  [/\bU\.?K\.?\b(?!\w)/g, ' uk '],
  [/\bU\.?N\.?\b(?!\w)/g, ' un '],
];

/**
 * Abbreviations expanded to the words an article may use instead. Word tables are Maps:
 * a plain object would answer "constructor" or "__proto__" with Object.prototype's members.
 */
const EXPANSIONS = new Map<string, string[]>(
  Object.entries({
    ny: ['new', 'york'],
    nyc: ['new', 'york'],
    fm: ['foreign', 'minister'],
    dc: ['washington'],
    un: ['united', 'nations'],
    uk: ['united', 'kingdom'],
    eu: ['european', 'union'],
  }),
);

/** Words that carry no topic: articles, pronouns, auxiliaries, common prepositions. */
export const STOP_WORDS = new Set(
  (
    'a an the and or but if then than so as of at by for with about against between into through during before after ' +
    'above below to from up down in out on off over under again further once here there ' +
    'all any both each few several more most ' +
    'other some such no nor not only own same too very can will just should would could may might must shall ' +
    'i me my myself we our ours you your yours he him his himself she her hers it its itself they them their theirs ' +
    'this that these those am is are was were be been being have has had having do does did doing ' +
    "what which who whom whose when where why how s t d ll m re ve don't won't can't isn't aren't wasn't weren't " +
    "didn't doesn't hasn't haven't hadn't wouldn't shouldn't couldn't it's that's what's who's when's where's " +
    "how's there's here's let's i'm you're we're they're i've you've we've they've i'd you'd he'd she'd we'd they'd " +
    'also us yet still even ever much many whether while until unless upon via per ' +
    // Chat's short forms of the words above: "how many jobs r going", "did u see", "im asking".
    'r u ur ya im hes shes whos whats wheres hows'
  ).split(' '),
);

/** Irregular forms that no suffix rule reaches. */
const IRREGULAR = new Map<string, string>(
  Object.entries({
    met: 'meet',
    said: 'say',
    says: 'say',
    held: 'hold',
    gave: 'give',
    given: 'give',
    took: 'take',
    taken: 'take',
    went: 'go',
    gone: 'go',
    won: 'win',
    spoke: 'speak',
    spoken: 'speak',
    led: 'lead',
    came: 'come',
    made: 'make',
    told: 'tell',
    thought: 'think',
    brought: 'bring',
    began: 'begin',
    begun: 'begin',
    left: 'leave',
    saw: 'see',
    seen: 'see',
    knew: 'know',
    known: 'know',
    ran: 'run',
    got: 'get',
    sought: 'seek',
    fought: 'fight',
    struck: 'strike',
    stricken: 'strike',
    chose: 'choose',
    chosen: 'choose',
    wrote: 'write',
    written: 'write',
    going: 'go',
    doing: 'do',
    being: 'be',
    meeting: 'meet',
    meetings: 'meet',
    united: 'unite',
    news: 'news',
    russian: 'russia',
    russians: 'russia',
    american: 'usa',
    americans: 'usa',
    america: 'usa',
    syrian: 'syria',
    syrians: 'syria',
    ukrainian: 'ukraine',
    turkish: 'turkey',
    iraqi: 'iraq',
    italian: 'italy',
    favours: 'favor',
    favour: 'favor',
    favors: 'favor',
    focusing: 'focus',
    focussing: 'focus',
    focussed: 'focus',
    focused: 'focus',
  }),
);

/**
 * Near-synonyms common in news writing, folded onto one word so that a question in other
 * words than the article's still meets it ("propose" finds "suggested").
 */
const SYNONYMS: Record<string, string> = {
  propose: 'suggest',
  proposal: 'suggest',
  recommend: 'suggest',
  suggestion: 'suggest',
  stop: 'prevent',
  block: 'prevent',
  hinder: 'prevent',
  obstacle: 'prevent',
  barrier: 'prevent',
  hurdle: 'prevent',
  impediment: 'prevent',
  obstruct: 'prevent',
  react: 'response',
  reaction: 'response',
  respond: 'response',
  begin: 'start',
  commence: 'start',
  launch: 'start',
  discuss: 'meet',
  discussion: 'meet',
  participate: 'join',
  participation: 'join',
  claim: 'say',
  comment: 'say',
  remark: 'say',
  strike: 'attack',
  assault: 'attack',
  raid: 'attack',
  deal: 'agreement',
  agree: 'agreement',
  accord: 'agreement',
  pact: 'agreement',
  treaty: 'agreement',
  fight: 'struggle',
  combat: 'struggle',
  battle: 'struggle',
  tackle: 'struggle',
  talk: 'meet',
  summit: 'meet',
  see: 'meet',
  visit: 'meet',
  sit: 'meet',
  analyst: 'expert',
  specialist: 'expert',
  swift: 'quick',
  fast: 'quick',
  rapid: 'quick',
  soon: 'quick',
  organization: 'group',
  counterpart: 'opposite',
  centre: 'center',
  defence: 'defense',
  programme: 'program',
  attendee: 'attend',
};

/**
 * A light suffix stemmer (a few Porter-style steps, no dictionary). It only has to be
 * consistent between queries and documents, not linguistically exact.
 */
export function stem(word: string): string {
  const base = suffixStem(word);
  return synonymStems().get(base) ?? base;
}

let synonymMap: Map<string, string> | undefined;

/** The synonym table keyed by stems, so every inflection of a word finds its group. */
function synonymStems(): Map<string, string> {
  synonymMap ??= new Map(Object.entries(SYNONYMS).map(([from, to]) => [suffixStem(from), suffixStem(to)]));
  return synonymMap;
}

function suffixStem(word: string): string {
  const irregular = IRREGULAR.get(word);
  // "struck" → "strike" → "strik", as "strike" itself stems; "news" stays "news".
  if (irregular) return irregular === word ? irregular : suffixStem(irregular);
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  // British and American spellings meet: organisation/organization, recognise/recognize.
  w = w.replace(/is(ation|ations|e|es|ed|ing)$/, 'iz$1');
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ys)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && /[aeiouy]/.test(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length);
      if (/([bdfgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (/[ts]ion$/.test(w) && w.length > 6) w = w.slice(0, -3);
  if (w.endsWith('ee') && w.length >= 7) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Raw word tokens of `value`, folded, with cased abbreviations kept apart from pronouns. */
export function words(value: string): string[] {
  let v = value;
  for (const [pattern, replacement] of CASED_ABBREVIATIONS) v = v.replace(pattern, replacement);
  const folded = fold(v).replace(/'s\b/g, '').replace(/-/g, ' ');
  const out: string[] = [];
  for (const token of folded.match(/[\p{L}\p{N}']+/gu) ?? []) {
    const clean = token.replace(/^'+|'+$/g, '');
    if (!clean) continue;
    const expanded = EXPANSIONS.get(clean);
    if (expanded) out.push(...expanded);
    else out.push(clean);
  }
  return out;
}

/** Content terms: words without stop words, stemmed. Duplicates kept (term frequency). */
export function terms(value: string): string[] {
  return words(value)
    .filter((w) => !STOP_WORDS.has(w) && w.length > 0)
    .map(stem);
}

/** Folded, punctuation-free form used for exact comparisons of short fields. */
export function key(value: string): string {
  return words(value).join(' ');
}

/**
 * Orders strings by code point: ISO dates, folder names and ties between names need only a
 * stable order, and the first `localeCompare` call costs 6 ms of ICU set-up in every one-shot
 * command.
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
