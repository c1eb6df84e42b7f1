/**
 * What the conversation adds to a sentence's score. People ask about a story in the order they read it
 * ("how many came to the meeting?", then "how long did it go on?"), as conversational question-answering sets
 * find, and a follow-up's answer goes on from what was just said: it is near the last answer, and its other
 * words of the question stand in the sentences around it.
 */
import type { Reading } from '../../knowledge/reading.ts';
import type { Candidate } from './match.ts';

/** The last answer's sentence in the conversation's story. */
export type Last = { pack: string; at: number };

/**
 * What a sentence adds for standing where a follow-up's answer usually stands from the last answer's. Readers go
 * on through the story: the same sentence ("how old is she?" about the woman it named) gets `SAME`, the next one
 * `AFTER`, and each further one that times `DECAY`, up to `AHEAD` sentences on; one or two before it get little
 * (`BEFORE`, falling with the square of the distance). In the tuned sets' conversations the next answer stood in
 * the same sentence 167 times of 595, in the very next 215, two to four on 145, and before it 41.
 *
 * The bonus first given was symmetric (0.2 for the same sentence, halved one away, a third two away; held out
 * +36 right against none). This one, against it, as conversations with thirty-five sets loaded: clean held out
 * (sets 11 to 31 and 33) 1,467 → 1,503 right, 1,151 → 1,183 first quote, 347 → 351 unanswerable refused; the
 * sixth to ninth 313 → 323; tuned 870 → 874, 758 → 766, 327 → 333. Tried: the next sentence above the same one
 * (0.3 and 0.25, decay 0.7): 1,497, but then a pronoun's person lost to the sentence after ("how much did he
 * win?" answered with the runner-up's prize); a decay of 0.7 or 0.8: 1,498 to 1,500; four or ten sentences on
 * instead of six: 1,497 and 1,503. Asked one by one, nothing changes: there is no last answer. The sets' questions
 * were written in the order a reader would chat, which mostly follows the article: a real conversation may gain less.
 */
const SAME = 0.3;
const AFTER = 0.25;
const DECAY = 0.85;
const AHEAD = 6;
const BEFORE = 0.05;
const BEHIND = 2;

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

/**
 * A story with no last answer in this conversation (every story, for a question asked on its own) is read from the
 * top: news puts its main facts first, so its sentences get this share of the bonus they would get after an answer
 * from the headline, which opens each pack's text. Against none, thirty-five sets: one by one, clean held out 953 →
 * 961 right, 654 → 657 first quote, 207 → 206 refused, tuned 777 → 782; as conversations, clean held out 1,503
 * → 1,521, 1,183 → 1,199, 351 → 353, tuned 874 → 876. (0.5: one by one held out unchanged, tuned +11, as
 * conversations +22, but a three-sentence story's "who's vandermeer's CEO?" then answered with the other firm's chief
 * executive, from the sentence next to Vandermeer's; 0.75: −12 and +24; 1: −25 and +16; given only when the
 * conversation has no last answer anywhere: less.)
 */
const UNREAD = 0.25;

/**
 * The bonus a sentence gets for where it stands: after the last answer and going on from it, in the conversation's
 * story; near the top, in a story the conversation has no answer in.
 */
export function storyPrior(candidate: Candidate, last: Last | undefined): number {
  const apart = sentencesAfter(candidate.reading, last);
  if (apart === undefined) return UNREAD * nearLast(candidate.reading.at - 1);
  return nearLast(apart) + NEXT_DOOR * nextDoorShare(candidate);
}

/**
 * How many sentences after the last answer's a follow-up's answer is looked for whatever words it holds (`recent.ts`)
 * and needs less of the question's words (`abstain.ts`, `onward`): most answers that go on from the last stand
 * within three sentences of it.
 */
export const ONWARD = 3;

/** How many sentences after the last answer's the sentence stands (negative: before it), if in its story. */
export function sentencesAfter(reading: Reading, last: Last | undefined): number | undefined {
  return last && reading.pack.id === last.pack ? reading.at - last.at : undefined;
}

/** The bonus for standing `apart` sentences after the last answer's (before it, when negative). */
export function nearLast(apart: number): number {
  if (apart === 0) return SAME;
  if (apart > 0) return apart > AHEAD ? 0 : AFTER * DECAY ** (apart - 1);
  return -apart > BEHIND ? 0 : BEFORE / apart ** 2;
}

/** The share of the question's weight the sentence meets only in a sentence beside it. */
function nextDoorShare(c: Candidate): number {
  const total = c.matches.reduce((sum, m) => sum + m.term.weight, 0);
  if (total === 0) return 0;
  const beside = c.matches.filter((m) => m.as === 'neighbour' || m.as === 'context');
  return beside.reduce((sum, m) => sum + m.term.weight, 0) / total;
}
