/**
 * What the conversation adds to a sentence's score. People ask about a story in the order they read it
 * ("how many came to the meeting?", then "how long did it go on?"), as conversational question-answering sets
 * find, and a follow-up's answer goes on from what was just said: it is near the last answer, and its other
 * words of the question stand in the sentences around it.
 */
import type { Candidate } from './match.ts';

/** The last answer's sentence in the conversation's story. */
export type Last = { pack: string; at: number };

/**
 * What a sentence in or next to the last answer's adds to its score, at most this many sentences away, the
 * nearest most. As conversations, against none: held out (sets 11 to 26) +36 right, +46 first quote, +5
 * unanswerable refused; tuned +14, +12, +3; probes +8 right. (0.1: about half that; 0.3: held out +5 more, tuned
 * −10; one sentence away at most: held out −10; four: about the same as two.) The held-out questions were
 * written in the order a reader would chat, which mostly follows the article: a real conversation may gain less.
 */
const NEAR_LAST = 0.2;
const NEAR_SPAN = 2;

/**
 * What a sentence of the conversation's story adds for each share of the question's weight it meets only in
 * the sentences beside it. Found by fitting a ranking model (softmax over each question's candidates: the rules'
 * scores, the position, length and kind of match of each sentence) to the tuned sets' conversations: this
 * feature took the largest weight the rules lacked, 0.18 of their scale. On thirty-one sets as conversations,
 * against none: held out (sets 11 to 29) +12 right, +5 first quote, +1 unanswerable refused; alone +6, +4, +1;
 * tuned +3, −4, −1 (SQuAD asked as a conversation, which it was not written as); probes +1. 0.08: +4 right;
 * 0.15: +9; 0.35 and 0.5: as 0.25. Such a sentence covers little of the question itself, so it may still be
 * refused: the bar (`abstain.ts`) is not lowered for it. Given to every sentence of a question asked on its own
 * (no story is the conversation's): held out +3 right, but a sentence beside the one that names what is asked
 * then outranks it ("who speaks for the action group?"), so only the conversation's story gets it.
 */
const NEXT_DOOR = 0.25;

/** The bonus a sentence of the conversation's story gets for standing near the last answer and going on from it. */
export function storyPrior(candidate: Candidate, last: Last | undefined): number {
  const { reading } = candidate;
  if (!last || reading.pack.id !== last.pack) return 0;
  const apart = Math.abs(reading.at - last.at);
  return (apart > NEAR_SPAN ? 0 : NEAR_LAST / (1 + apart)) + NEXT_DOOR * nextDoorShare(candidate);
}

/** The share of the question's weight the sentence meets only in a sentence beside it. */
function nextDoorShare(c: Candidate): number {
  const total = c.matches.reduce((sum, m) => sum + m.term.weight, 0);
  if (total === 0) return 0;
  const beside = c.matches.filter((m) => m.as === 'neighbour' || m.as === 'context');
  return beside.reduce((sum, m) => sum + m.term.weight, 0) / total;
}
