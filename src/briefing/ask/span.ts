/**
 * Which mention of the quoted sentence is the answer, for the card's headline and its bold
 * span ("Who: Edward the Confessor"). The sentence may hold several of the asked types: the
 * answer is one of the best type the question accepts (a person before any other name for
 * "who"), and among those the one nearest the question's words, the rarest counting most.
 * (The nearest to any one word of the question, whatever its type, headed 91 of the tuned sets'
 * 130 cards with the answer; this way 99, and 52 of 69 on the held-out sets against 51.
 * Favouring the side of the verb the question asks about cost SQuAD two.) The mention chosen then grows to the whole
 * answer the sentence writes (`whole-answer.ts`). Measured by `npm run eval`'s "bold answer right" (of the answers
 * whose first quote holds the gold, those whose bold is the asked answer), thirty-seven sets one by one: 726 of 916
 * before, 798 with the whole answer and the clock time first (held out from the eleventh set 312 → 353 of 409; as
 * one conversation 589 → 687 of 802). A softer order of types (a nearer organisation before a person for "who")
 * lost 1 to 13 of those as conversations, whatever its step.
 */
import type { Mention } from '../../knowledge/reading.ts';
import type { Frame } from './frame.ts';
import type { Candidate } from './match.ts';
import { wholeAnswer } from './whole-answer.ts';

export function answerSpan(frame: Frame, c: Candidate): Mention | undefined {
  let best: { mention: Mention; rank: number; near: number } | undefined;
  const used = new Set(c.matches.flatMap((m) => m.at));
  const end = rangeEnd(frame);
  for (const mention of c.answers) {
    // "Who runs meridional?": "Caixa Meridional", a thing the question names part of, comes after any other.
    const own = frame.asks === 'person' && mention.type !== 'person' && rangeOf(mention).some((i) => used.has(i));
    // "What time does the parade set off?": a clock time ("2pm") before a part of the day ("Sunday afternoon").
    const clock = frame.wantsHour && mention.type === 'time' && /\d/.test(mention.text) ? CLOCK : 0;
    const rank = (own ? frame.accepts.length : typeRank(frame, mention)) - clock;
    const near = closeness(c, mention) + (end && wordBefore(c, mention) === end ? 1 : 0);
    if (!best || rank < best.rank || (rank === best.rank && near > best.near)) best = { mention, rank, near };
  }
  return best && wholeAnswer(c.reading, best.mention);
}

/**
 * "How much is it going up to?", "from what?": the question asks one end of a range ("from MK90,000 to
 * MK126,000"), the one its last "to" or "from" (or one before the question word) names.
 */
function rangeEnd(frame: Frame): 'to' | 'from' | undefined {
  const end =
    /\b(to|from)(?: (?:what|how much|how many))?$/.exec(frame.folded) ??
    /\b(to|from) (?:what|how)\b/.exec(frame.folded);
  return end?.[1] as 'to' | 'from' | undefined;
}

/** The word before a mention in its sentence, lower-cased. */
function wordBefore(c: Candidate, m: Mention): string | undefined {
  const text = c.reading.sentence.text;
  const at = text.indexOf(m.text);
  return at < 0 ? undefined : /(\p{L}+)\W*$/u.exec(text.slice(0, at))?.[1]?.toLowerCase();
}

/** How far a clock time moves up the types' ranks when the hour is asked: before any other time, not before a name. */
const CLOCK = 0.5;

/**
 * The rank of the mention's type in what the question accepts; a type it takes by other means comes
 * last. A name holding the noun asked for ("which river" → "River Hadden") comes first.
 */
export function typeRank(frame: Frame, m: Mention): number {
  const asked = frame.asks === 'named' ? frame.terms.find((t) => t.at === frame.askedNoun)?.word.toLowerCase() : '';
  if (asked && m.key.split(' ').includes(asked)) return -1;
  const rank = frame.accepts.indexOf(m.type);
  return rank < 0 ? frame.accepts.length : rank;
}

/** How near the mention stands to the question's words in the sentence, each weighted by its rarity: 0..1. */
function closeness(c: Candidate, m: Mention): number {
  const found = c.matches.filter((t) => t.at.length > 0);
  // A preamble's words ("the train crash in poland??") place the story, not the answer ("how many died").
  const weight = (t: (typeof found)[number]) => t.term.weight * (t.term.story ? STORY : 1);
  const total = found.reduce((sum, t) => sum + weight(t), 0);
  if (total === 0) return 0;
  return found.reduce((sum, t) => sum + weight(t) / (1 + Math.min(...t.at.map((p) => apart(c, m, p)))), 0) / total;
}

/** What a preamble's word counts for in placing the answer, as a share of its rarity. */
const STORY = 0.25;

/** What a clause break between a word and a mention counts for, in tokens. */
const BREAK = 2;

/**
 * How far a word stands from a mention, a clause break between them counting as more words: in "at least seven
 * people were killed and 64 injured", 64 stands nearer "killed" but counts the injured.
 */
function apart(c: Candidate, m: Mention, p: number): number {
  const [from, to] = p < m.start ? [p, m.start] : [m.end, p];
  return tokensApart(m, p) + BREAK * c.reading.voice.breaks.filter((b) => b > from && b < to).length;
}

/** The token positions a mention covers. */
export function rangeOf(m: Mention): number[] {
  return Array.from({ length: m.end - m.start + 1 }, (_, i) => m.start + i);
}

/** How many tokens apart a token position and a mention stand (0 inside it). */
export function tokensApart(m: Mention, p: number): number {
  return p < m.start ? m.start - p : p > m.end ? p - m.end : 0;
}
