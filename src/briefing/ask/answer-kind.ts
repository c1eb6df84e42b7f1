/**
 * What kind of answer a question wants, read from its first words: "who" a person, "when"
 * a date or time, "how many" an amount, "what year" a time (the lexicon types the noun),
 * "which charity" a name; and the mention types that can give each kind. Part of stage 2
 * (question → frame), apart so that `frame.ts` reads as the frame's assembly.
 */
import type { Lexicon } from '../../knowledge/lexicon/lexicon.ts';
import type { Token } from '../../knowledge/nlp.ts';
import type { MentionType } from '../../knowledge/reading.ts';

export type Asks =
  | 'person'
  | 'place'
  | 'time'
  | 'duration'
  | 'quantity'
  | 'measure'
  | 'age'
  | 'money'
  | 'percent'
  /** "What was the score?": a result as sport and votes write it ("3-2"). */
  | 'score'
  | 'reason'
  | 'speech'
  | 'yes-no'
  | 'named'
  | 'describe'
  | 'manner'
  | 'thing';

const AUX = new Set([
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'can',
  'could',
  'will',
  'would',
  'has',
  'have',
  'had',
  'should',
  'shall',
  'may',
  'might',
  'must',
]);
/** The mention types that can answer each kind of question, best first. */
export const ACCEPTS: Record<Asks, MentionType[]> = {
  person: ['person', 'organisation', 'group', 'name'],
  place: ['place', 'name', 'organisation'],
  time: ['date', 'time'],
  // "How long is the villa?" asks a length, and a sentence may give one where it gives no time; a
  // date ("by March 2026") tells no length of time.
  duration: ['duration', 'measure'],
  quantity: ['number', 'money', 'percent', 'duration', 'measure'],
  score: ['score', 'number'],
  // "How far did he fall?" is answered by a distance, not by a count ("two falls").
  measure: ['measure'],
  age: ['age'],
  money: ['money', 'percent', 'number'],
  percent: ['percent', 'number'],
  reason: [],
  speech: [],
  'yes-no': [],
  named: ['organisation', 'person', 'place', 'group', 'name'],
  describe: [],
  manner: [],
  thing: [],
};
/**
 * What a count is never answered by: "how many people does it employ" is no "7%", "how many
 * warehouses" no "£150 million". The counted noun's own unit still answers ("how many days").
 */
const NO_COUNT = new Set<MentionType>(['money', 'percent']);

/**
 * The mention types that answer: a sum only, when money is asked ("how much is she paid?"); a clock time first
 * for "what time"; no sum nor share for a count ("how many warehouses"); a date for a thing's
 * age.
 */
export function acceptedTypes(
  asks: Asks,
  asked: { money: boolean; wantsHour: boolean; counted: boolean; thing?: boolean },
): readonly MentionType[] {
  if (asked.money) return ['money'];
  // "How old is the lighthouse?": when it was built (`thing-age.ts`).
  if (asked.thing && asks === 'age') return ['date'];
  if (asked.wantsHour && asks === 'time') return ['time', 'date'];
  return asked.counted ? ACCEPTS[asks].filter((t) => !NO_COUNT.has(t)) : ACCEPTS[asks];
}

const HOW = new Map<string, Asks>([
  ['many', 'quantity'],
  ['much', 'money'],
  ['long', 'duration'],
  ['old', 'age'],
  ['far', 'measure'],
  ['deep', 'measure'],
  ['wide', 'measure'],
  ['often', 'quantity'],
  ['large', 'quantity'],
  ['big', 'quantity'],
  ['tall', 'measure'],
  ['hot', 'measure'],
  ['cold', 'measure'],
  ['warm', 'measure'],
  ['high', 'measure'],
  ['heavy', 'measure'],
  ['fast', 'quantity'],
  ['thick', 'measure'],
]);
export const SPEECH_ASK = new RegExp(
  String.raw`\b(say|said|says|think|thinks|thought|tell|told|claim|claimed|view|views|position|stance|opinion` +
    String.raw`|react|reaction|respond|response|comment|comments|commented|argue|argued|mention|mentions|mentioned)\b`,
  'i',
);

/**
 * Where the noun naming the answer's type sits after "what"/"which" ("what year", "which
 * final score", "what was the price"): the first noun, past a copula and its article and at
 * most two adjectives, when the lexicon types it.
 */
export function typeNounAt(tokens: readonly Token[], whAt: number, lexicon: Lexicon): number | undefined {
  if (whAt < 0 || !['what', 'which'].includes(tokens[whAt]!.text.toLowerCase())) return undefined;
  // "what year", "which final score", and "what was the final score": a copula and an article may come first.
  let i = whAt + 1;
  const copula = tokens[i]?.lemma === 'be';
  if (copula && tokens[i + 1]?.pos === 'DET') i += 2;
  // "what was Corvane's turnover", "what is their budget": an owner before the noun.
  else if (tokens[i]?.lemma === 'be') i = pastOwner(tokens, i + 1);
  for (const end = i + 3; i < end && i < tokens.length; i++) {
    const t = tokens[i]!;
    // "What is the mayor paid": after a copula, a noun before a verb is its subject, not the kind asked.
    if (copula && tokens[i + 1]?.pos === 'VERB') return undefined;
    // "What is the fine": the model tags a noun that ends the question after its article an adjective.
    const ends = t.pos === 'ADJ' && ['PUNCT', 'ADP', 'SCONJ', 'ADV', undefined].includes(tokens[i + 1]?.pos);
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || ends) return lexicon.answerType(t.lemma) ? i : undefined;
    if (t.pos !== 'ADJ') return undefined;
  }
  return undefined;
}

/** Past an owner at `i` ("Corvane's", "the firm's", "their"), else `i` unchanged less one step back. */
function pastOwner(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.pos === 'PRON' && OWNERS.has(tokens[i]!.text.toLowerCase())) return i + 1;
  let j = tokens[i]?.pos === 'DET' ? i + 1 : i;
  while (tokens[j]?.pos === 'PROPN' || (tokens[j]?.pos === 'NOUN' && tokens[j + 1]?.text === "'s")) j++;
  return j > i && ["'s", "'"].includes(tokens[j]?.text ?? '') ? j + 1 : i - 1;
}

const OWNERS = new Set(['its', 'their', 'his', 'her', 'our', 'your', 'my']);

/** Nouns after "which" that ask for a sort of thing, not one named thing ("which kind of …"). */
const SORTS = new Set(['kind', 'type', 'sort', 'way', 'part', 'form', 'aspect', 'method', 'one', 'ones']);

/**
 * "Which charity …", "which construction company …": "which" and a noun pick one named thing
 * out of its kind, so the answer is a name; "which kind of …" asks for no name.
 */
export function whichNamed(tokens: readonly Token[], whAt: number): Asks | undefined {
  if (tokens[whAt]?.text.toLowerCase() !== 'which') return undefined;
  let i = whAt + 1;
  while (tokens[i]?.pos === 'ADJ') i++;
  const noun = tokens[i];
  // One named thing: "which parties …" may be answered by kinds of party as often as by names.
  const singular = noun?.text.toLowerCase() === noun?.lemma;
  return noun?.pos === 'NOUN' && singular && !SORTS.has(noun.lemma) ? 'named' : undefined;
}

/**
 * "What did the restoration cost?", "what did Halcyon pay for Pinwheel?": "what" is the object of
 * a verb of money, so a sum is asked. Spent "on" something (the question's last word), what it
 * was spent on is asked.
 */
export function pricedVerb(tokens: readonly Token[], whAt: number, lexicon: Lexicon): Asks | undefined {
  // "What did …", "what will …": "what was the name of the firm paid …" asks no sum.
  const aux = tokens[whAt + 1];
  if (tokens[whAt]?.text.toLowerCase() !== 'what' || aux?.pos !== 'AUX' || aux.lemma === 'be') return undefined;
  // The model often tags a chat question's verb a noun ("what did halcyon pay for …"): a noun of
  // money after no article or preposition ("with the money") that ends the question or goes on
  // with "for" or "to" stands for the verb.
  const ends = (i: number) =>
    !['DET', 'ADP'].includes(tokens[i - 1]?.pos ?? '') &&
    [undefined, '?', 'for', 'to'].includes(tokens[i + 1]?.text.toLowerCase());
  const verb = tokens.findIndex(
    (t, i) =>
      i > whAt + 1 && (t.pos === 'VERB' || (t.pos === 'NOUN' && ends(i))) && lexicon.answerType(t.lemma) === 'money',
  );
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  const on = words.at(-1)?.text.toLowerCase() === 'on';
  return verb > 0 && !on ? 'money' : undefined;
}

/**
 * "What caused the outage?", "what led to the strike?": "what" is the doer of a verb of cause, so
 * the cause is asked, as "why did it happen" asks it.
 */
export function causeVerb(tokens: readonly Token[], whAt: number, lexicon: Lexicon): Asks | undefined {
  const verb = tokens[whAt + 1];
  const what = tokens[whAt]?.text.toLowerCase() === 'what';
  return what && verb?.pos === 'VERB' && lexicon.isReasonCue(verb.lemma) ? 'reason' : undefined;
}

export function moneyNoun(token: Token | undefined, lexicon: Lexicon): boolean {
  return token?.pos === 'NOUN' && lexicon.answerType(token.lemma) === 'money';
}

export function typeOf(tokens: readonly Token[], at: number, lexicon: Lexicon): Asks {
  return lexicon.answerType(tokens[at]!.lemma) as Asks;
}

export function answerKind(lower: readonly string[], whAt: number, text: string, typed?: Asks, opens = false): Asks {
  if (whAt < 0) return AUX.has(lower[0] ?? '') ? 'yes-no' : 'thing';
  const wh = lower[whAt]!;
  const next = lower[whAt + 1] ?? '';
  if (whAt > 0 && AUX.has(lower[0]!) && wh !== 'how' && !opens) return 'yes-no';
  if (wh === 'who' || wh === 'whom' || wh === 'whose') return 'person';
  if (wh === 'when') return 'time';
  if (wh === 'where') return 'place';
  if (wh === 'why') return 'reason';
  // "How long ago did she join?" asks when: "in 2014".
  if (wh === 'how' && next === 'long' && lower[whAt + 2] === 'ago') return 'time';
  if (wh === 'how') return HOW.get(next) ?? 'manner';
  if (typed) return typed;
  if (/^what (did|does|do|has|have|had|would|will)\b/i.test(lower.slice(whAt).join(' ')) && SPEECH_ASK.test(text))
    return 'speech';
  return 'thing';
}

/**
 * The noun a "what"/"which" question asks a kind of ("what breed", "which type of engine"):
 * its token position. The answer often stands right before it in the sentence ("Jersey cattle").
 */
export function askedNounAt(tokens: readonly Token[], whAt: number): number | undefined {
  if (whAt < 0 || !['what', 'which'].includes(tokens[whAt]!.text.toLowerCase())) return undefined;
  let i = whAt + 1;
  while (tokens[i]?.pos === 'ADJ') i++;
  // "what type of engine": the sort word only says a kind is asked; the noun after "of" is what.
  if (SORTS.has(tokens[i]?.lemma ?? '') && tokens[i + 1]?.text.toLowerCase() === 'of') i += 2;
  if (tokens[i]?.pos !== 'NOUN') return undefined;
  // "what price index": the last noun of a compound is the one asked about.
  while (tokens[i + 1]?.pos === 'NOUN') i++;
  return i;
}

/**
 * Where the asking clause opens: past a preamble that names the story ("the train crash in poland?? how many
 * died", "ok so the corella hack, how many ppl got hit"), whose words find the story, not the answer in it.
 */
export function askingClauseAt(tokens: readonly Token[], whAt: number): number {
  const broken = tokens.slice(0, Math.max(whAt, 0)).some((t) => t.pos === 'PUNCT' && /^[?!.,:;–—-]+$/.test(t.text));
  return broken ? whAt : 0;
}

/** The question words. */
export const WH: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'what',
  'which',
  'when',
  'where',
  'why',
  'how',
]);

/**
 * Where the question word stands: the first wh-word, unless it opens a relative clause after a
 * noun ("the bank manager who stole …, what did he get?") and another wh-word asks the question.
 */
export function questionWordAt(tokens: readonly Token[], lower: readonly string[]): number {
  const at = lower.map((w, i) => (WH.has(w) ? i : -1)).filter((i) => i >= 0);
  const relative = (i: number) => i > 0 && ['NOUN', 'PROPN'].includes(tokens[i - 1]!.pos) && lower[i] !== 'how';
  return at.find((i, n) => !relative(i) || n === at.length - 1) ?? -1;
}
