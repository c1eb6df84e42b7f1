/**
 * Stage 2 of answering, "question → frame": the only code that reads question text. A
 * frame says what kind of answer is wanted (a person, a date, a place, a number, a reason,
 * what someone said, yes or no, a description) as the mention types that can give it, who
 * is speaking when the question is about speech, and the content terms with their kind:
 * names and numbers must be found, other words weigh by rarity.
 */
import type { Lexicon } from '../../knowledge/lexicon/lexicon.ts';
import { parse, type Token } from '../../knowledge/nlp.ts';
import { foldKey, keysOf, type MentionType } from '../../knowledge/reading.ts';
import {
  acceptedTypes,
  answerKind,
  askingClauseAt,
  causeVerb,
  moneyNoun,
  pricedVerb,
  SPEECH_ASK,
  askedNounAt,
  questionWordAt,
  typeNounAt,
  typeOf,
  whichNamed,
  type Asks,
} from './answer-kind.ts';
import { questionOpening } from './opening.ts';
import { AMOUNT_TYPES, askedCurrency, askedDimension, degreeNoun } from './fits.ts';
import { cleanQuestion } from './clean.ts';
import type { Dictionary } from './typos.ts';
import { isName, isTitle, nameRuns } from './question-names.ts';
import { aboutArticle, formOf } from './forms.ts';
import { countedNouns } from './counted.ts';
import { questionRoles, type QuestionRoles } from './roles.ts';
import { asksThingAge } from './thing-age.ts';
import { AHEAD_WORDS, asksAhead } from './ahead.ts';
import { asksEarlier, EARLIER_WORDS } from './earlier.ts';

export type { Asks } from './answer-kind.ts';

export interface FrameTerm {
  key: string;
  /** The word as asked. */
  word: string;
  /** `name` and `number` terms must appear near the answer; `word`s weigh by rarity. */
  kind: 'name' | 'number' | 'word';
  /** Keys the term meets through the lexicon. */
  related: readonly string[];
  /** Its token position in the question (or in the subject of a fixed form), to tell which words sit side by side. */
  at: number;
  /** A word that says little of what the question is about ("generally", "get", "new"): it weighs less. */
  light: boolean;
  /** A word of a preamble before the asking clause ("the quake in peru?? when did it hit"): it finds the story. */
  story: boolean;
}

export interface Frame {
  /** The question as read, after markup and openers were dropped. */
  text: string;
  asks: Asks;
  /** Mention types that can answer; empty when any sentence that covers the question can. */
  accepts: readonly MentionType[];
  terms: FrameTerm[];
  /** Folded names in the question (runs of proper nouns or capitalised words). */
  names: string[];
  /** Who is speaking, for "what did X say". */
  speaker?: string;
  /** "Who said …", "who warned …": the one speaking answers. */
  saidBy: boolean;
  /** What to describe, for "who is X" / "what is X" / "tell me about X". */
  subject?: string;
  /** The folded question, to tell the question's own words from an answer. */
  folded: string;
  /** The question is about the article itself: its date, source, author or headline. */
  aboutArticle?: 'published' | 'source' | 'author' | 'headline' | 'summary';
  /** "What time …": a clock time is asked, not only a day. */
  wantsHour: boolean;
  /** "What happens next?": what is to come is asked; the words that say so are no words to find. */
  ahead: boolean;
  /** "Has this happened before?": what happened before is asked (`earlier.ts`). */
  earlier: boolean;
  /** Keys of the question's words of order and degree ("after") with their opposites' keys ("before"). */
  order: { key: string; opposites: readonly string[] }[];
  /** Token positions of what "how many" counts ("how many passengers"): an amount answers only with it. */
  counted: number[];
  /** Who the question says did the asked verb, or had it done to them ("who did X marry"). */
  roles?: QuestionRoles;
  /** Token position of the noun "what"/"which" asks a kind of ("what breed"): the answer may qualify it. */
  askedNoun?: number;
  /** Each token's part of speech by position, as the terms' `at` counts: a verb's subject is no noun's modifier. */
  tags: readonly string[];
  /** The tense the question is asked in, from its auxiliaries and verbs. */
  tense: 'past' | 'present' | 'future';
  /** "How far", "how heavy": what a measure that answers must measure (`fits.ts`). */
  dimension?: string;
  /** "How much is that in dollars?": the currency a sum that answers must be in, when its own is written. */
  currency?: string;
}

/** Words for the time of asking. */
const NOW = new Set(['now', 'currently', 'presently']);
/** Words that lean on "now" ("right now", "just now") and go with it. */
const NOW_LEAD = new Set(['right', 'just']);
/** Phrases that say "until now" or "now": "how much has it cost so far" asks what it has cost. */
const NOW_PHRASES = ['so far', 'thus far', 'to date', 'at present', 'at the moment'].map((p) => p.split(' '));

/** Reads a question into a frame. */
export function readQuestion(question: string, lexicon: Lexicon, dictionary?: Dictionary): Frame {
  const typed = (t: Token) => lexicon.answerType(t.lemma) ?? '';
  const text = cleanQuestion(question, dictionary);
  const { tokens } = parse(text);
  const lower = tokens.map((t) => t.text.toLowerCase());
  const whAt = questionWordAt(tokens, lower);
  const form = nounForm(formOf(text));
  const typeAt = typeNounAt(tokens, whAt, lexicon);
  const { opens, embedding } = questionOpening(tokens, whAt, lexicon);
  // "How much notice", "how much land": an amount of what the noun names; "how much money": a sum.
  const much = lower[whAt] === 'how' && lower[whAt + 1] === 'much' && tokens[whAt + 2]?.pos === 'NOUN';
  const sum = much && moneyNoun(tokens[whAt + 2], lexicon);
  // "What did the restoration cost?": a sum, as "how much did it cost" asks.
  const paid = pricedVerb(tokens, whAt, lexicon);
  // "How high did prices go?", "how big was the share?": a price is a sum and a share a percentage, however high.
  const measured = degreeNoun(tokens, lower, whAt);
  const typedAs =
    typeAt === undefined
      ? (whichNamed(tokens, whAt) ?? paid ?? causeVerb(tokens, whAt, lexicon))
      : typeOf(tokens, typeAt, lexicon);
  const kind =
    form?.form.asks ??
    (measured && AMOUNT_TYPES.has(typed(measured)) ? (typed(measured) as Asks) : undefined) ??
    (much && !sum ? 'quantity' : answerKind(lower, whAt, text, typedAs, opens));
  // "How many euros did it cost?", "what's that in dollars?": a sum, in the currency named (`fits.ts`).
  const named = askedCurrency(lower, whAt);
  const currency = named && ['money', 'quantity', 'thing'].includes(kind) ? named : undefined;
  const asks = currency ? 'money' : kind;
  const subject = form && (asks === 'person' || asks === 'thing' || asks === 'describe') ? form.subject : undefined;
  const speaker = asks === 'speech' ? speakerOf(tokens, whAt) : undefined;
  const [dropped, lightAt] = [new Set<number>(), new Set<number>()];
  currency?.at.forEach((i) => dropped.add(i));
  if (embedding !== undefined) dropped.add(embedding);
  if (whAt >= 0) {
    dropped.add(whAt);
    // "how many", "how long" and "what year" only say what kind of answer: "long" in "a long-debated
    // reform" is no duration (a held-out set: one more answer right, no refusal lost).
    const next = lower[whAt + 1] ?? '';
    if (lower[whAt] === 'how' && ['many', 'much', 'old', 'long', 'far'].includes(next)) dropped.add(whAt + 1);
    // "how much money": the noun says the kind of answer again, and only an amount of money gives it.
    if (sum) dropped.add(whAt + 2);
    // "what was the loss": a noun of a measured thing stays a word to find, as profit is no loss; a place's
    // noun, a light one: "which village was worst hit" meets "the village of Castel Ruvo" (held out +1, probes +1).
    else if (lower[whAt] !== 'how' && typeAt !== undefined && !lexicon.isMeasure(tokens[typeAt]!.lemma))
      (typed(tokens[typeAt]!) === 'place' ? lightAt : dropped).add(typeAt);
    // "What are two examples of …", "which three ministers …": how many answers are wanted, no fact to find.
    const count = ['are', 'were'].includes(next) ? whAt + 2 : whAt + 1;
    if (tokens[count]?.pos === 'NUM' && /^[a-z]+$/.test(lower[count] ?? '')) dropped.add(count);
  }
  const ahead = asksAhead(text);
  const earlier = !ahead && asksEarlier(text);
  // "What happens next?", "has this happened before?": the words that ask it are no words to find.
  const asking = ahead ? AHEAD_WORDS : earlier ? EARLIER_WORDS : undefined;
  if (asking) lower.forEach((w, i) => asking.has(w) && dropped.add(i));
  // "who's the farmer in the story": the article itself, no word for one of its sentences to hold.
  lower.forEach((w, i) => /^stor(?:y|ies)$/.test(w) && /^(?:the|this)$/.test(lower[i - 1] ?? '') && dropped.add(i));
  // "Where is Kerry now?": the time of asking, no word for a sentence to hold.
  lower.forEach((w, i) => {
    if (NOW.has(w)) {
      dropped.add(i);
      if (NOW_LEAD.has(lower[i - 1] ?? '')) dropped.add(i - 1);
    }
    const phrase = NOW_PHRASES.find((p) => p.every((word, j) => lower[i + j] === word));
    phrase?.forEach((_, j) => dropped.add(i + j));
  });
  // A form's words only say how to answer: the terms are the subject's ("tell me about X").
  const fixed = form?.form.asks !== undefined;
  const source = fixed ? parse(form!.subject).tokens : tokens;
  const kept = source.map((t, i) => (!fixed && dropped.has(i) ? { ...t, pos: 'PUNCT' } : t));
  const { keys, positions } = keysOf(kept, lexicon);
  const terms: FrameTerm[] = [];
  const opensAt = fixed ? 0 : askingClauseAt(tokens, whAt);
  keys.forEach((key, i) => {
    const t = kept[positions[i]!]!;
    if (isTitle(kept, positions[i]!) || (asks === 'speech' && lexicon.isSpeechVerb(t.lemma))) return;
    // "When will the meetings take place?", "where was it held?": the event's words are the question's.
    if ((asks === 'time' || asks === 'place') && (lexicon.isEventVerb(t.lemma) || lexicon.isEventVerb(key))) return;
    if (terms.some((x) => x.key === key)) return;
    // "who's the guy in charge", "how old is the woman": a word that only says "a person" is no word to find,
    // unless it is counted ("how many men") or qualifies another ("the women's race").
    const owner = /^['’]s?$/.test(kept[positions[i]! + 1]?.text ?? '');
    if (lexicon.isLight(t.lemma) && lexicon.answerType(t.lemma) === 'person' && asks !== 'quantity' && !owner) return;
    // "on one child": one is mostly "a"; a number the answer must hold is two or more, or written in digits.
    const number = (t.pos === 'NUM' || /\d/.test(t.text)) && key !== lexicon.key('one');
    const kind = number ? 'number' : isName(t, positions[i]!) ? 'name' : 'word';
    const light = kind === 'word' && (t.pos === 'ADV' || lexicon.isLight(t.lemma) || lightAt.has(positions[i]!));
    // An acronym is never the word it stems like ("US", "use"); "Marry" typed in capitals still is "marry".
    const acronym = kind === 'name' && /^\p{Lu}{2,}$/u.test(t.text);
    const related = acronym ? lexicon.relatedAcronym(key) : lexicon.related(key);
    terms.push({ key, word: t.text, kind, related, at: positions[i]!, light, story: positions[i]! < opensAt });
  });
  const wantsHour = /\b(?:what|which) (?:time|hour)\b/i.test(text);
  const counted = fixed || currency ? [] : countedNouns(tokens, whAt);
  const said = asks === 'person' && saidBy(tokens, whAt, lexicon);
  return {
    text,
    asks,
    accepts: acceptedTypes(asks, {
      money: sum || !!currency || priced(asks, tokens, lexicon, typeAt) || (asks === paid && paid !== undefined),
      wantsHour,
      counted: counted.length > 0,
      thing: asksThingAge(tokens, whAt),
    }),
    terms,
    names: nameRuns(source),
    speaker,
    saidBy: said,
    subject,
    folded: foldKey(text),
    aboutArticle: aboutArticle(
      text,
      asks,
      terms.map((t) => t.word),
    ),
    askedNoun: fixed ? undefined : askedNounAt(tokens, whAt),
    tense: tenseOf(tokens),
    dimension: askedDimension(lower, whAt),
    currency: currency?.currency,
    tags: source.map((t) => t.pos),
    // "Who said the branch office thing": a quotation often comes before its "said", so word order tells no roles.
    roles: fixed || whAt < 0 || said ? undefined : questionRoles(tokens, whAt),
    counted,
    order: tokens
      .filter((t, i) => lexicon.isOrderWord(t.text.toLowerCase()) && !dropped.has(i))
      .map((t) => lexicon.key(t.text.toLowerCase()))
      .map((key) => ({ key, opposites: lexicon.opposites(key) })),
    wantsHour,
    ahead,
    earlier,
  };
}

/** Words that open a clause under the main one, whichever part of speech the model gives them. */
const SUBORDINATORS = new Set(['before', 'after', 'until', 'unless', 'if', 'because', 'while', 'once', 'so']);

/**
 * "How much is she paid?", "how much did it cost?", "what was the price?": a word of money,
 * however the model tags it ("how much will parking cost" has "cost" a noun), asks for a sum,
 * never a share nor a bare count ("three instalments", "a five-year contract"); "how much did
 * ridership drop?" may be answered by one ("by a third", "8%"). Only the question's main clause
 * counts: "how much must usage drop before the regulator changes prices" asks a share.
 */
function priced(asks: Asks, tokens: readonly Token[], lexicon: Lexicon, typeAt: number | undefined): boolean {
  if (asks !== 'money') return false;
  const clause = tokens.findIndex((t, i) => i > 0 && (t.pos === 'SCONJ' || SUBORDINATORS.has(t.lemma)));
  const main = clause < 0 ? tokens : tokens.slice(0, clause);
  return typeAt !== undefined || main.some((t) => lexicon.answerType(t.lemma) === 'money');
}

/**
 * "Who said", "who has warned", "who described …": a verb of speech right after "who". One
 * that speaks "for" someone is their spokesperson, asked by role ("who speaks for the union").
 */
function saidBy(tokens: readonly Token[], whAt: number, lexicon: Lexicon): boolean {
  return [1, 2].some(
    (k) =>
      tokens[whAt + k]?.pos === 'VERB' &&
      lexicon.isSpeechVerb(tokens[whAt + k]!.lemma) &&
      tokens[whAt + k + 1]?.text.toLowerCase() !== 'for',
  );
}

/**
 * "Who is X" holds when X is a thing named, not a clause: "what is the mayor paid" and "what's
 * the max grant a business can get" ask about a verb's object, and read as questions, not forms.
 */
function nounForm(form: ReturnType<typeof formOf>): ReturnType<typeof formOf> {
  if (form?.form.name !== 'who-is') return form;
  return parse(form.subject).tokens.some((t) => t.pos === 'VERB') ? undefined : form;
}

function tenseOf(tokens: readonly Token[]): Frame['tense'] {
  const lower = tokens.map((t) => t.text.toLowerCase());
  if (lower.some((w) => w === 'will' || w === "'ll" || w === 'next' || w === 'upcoming')) return 'future';
  if (lower.some((w) => ['did', 'was', 'were', 'had', 'last', 'ago'].includes(w))) return 'past';
  if (tokens.some((t) => t.pos === 'VERB' && /ed$/.test(t.text.toLowerCase()) && t.lemma !== t.text.toLowerCase()))
    return 'past';
  return 'present';
}

/** The name between "what did" and the speech verb: "what did [the Russian Foreign Ministry] say". */
function speakerOf(tokens: readonly Token[], whAt: number): string | undefined {
  const verb = tokens.findIndex((t, i) => i > whAt + 1 && SPEECH_ASK.test(t.text));
  if (verb < 0) return undefined;
  const words = tokens.slice(whAt + 2, verb).filter((t) => t.pos !== 'DET');
  // "What do doctors think?": a group news reports the stance of ("doctors were divided") without quoting anyone.
  if (words.length > 0 && words.every((t) => t.pos === 'NOUN' && t.lemma !== t.text.toLowerCase())) return undefined;
  const name = words
    .map((t) => t.text)
    .join(' ')
    .replace(/'s$/, '')
    .trim();
  return name === '' ? undefined : name;
}
