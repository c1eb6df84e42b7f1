/**
 * A message to the bot that asks nothing: thanks ("thanks!", "cheers, great") or a greeting
 * ("hi", "morning all"). Read as a question, it was answered with whatever sentence shares a
 * word ("@briefbot thanks" quoted a photo caption about Syrians thanking Moscow). The bot says
 * "You're welcome" to thanks and how to ask to a greeting (a mention gets the help card). The word
 * lists are data.
 */
import { card, reply, type Reply } from './reply.ts';

/** Words of thanks. */
const THANKS = new Set(['thanks', 'thank', 'thx', 'ty', 'ta', 'cheers', 'appreciated', 'appreciate']);
/** Words of greeting. */
const GREETINGS = new Set(['hi', 'hello', 'hey', 'heya', 'hiya', 'yo', 'morning', 'afternoon', 'evening', 'howdy']);
/** Words that go with either and ask nothing more ("thank you so much", "hi there all", "ok great"). */
const FILLER = new Set(
  (
    'you so much very a lot lots again all there everyone folks team ok okay great cool nice perfect brilliant ' +
    'lovely awesome good bot briefbot for that this'
  ).split(' '),
);

export type SmallTalk = 'thanks' | 'greeting';

/** What a message is when it is nothing but thanks or a greeting; undefined for anything else. */
export function smallTalk(text: string): SmallTalk | undefined {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length === 0 || words.length > 8 || /\?/.test(text)) return undefined;
  if (!words.every((w) => THANKS.has(w) || GREETINGS.has(w) || FILLER.has(w))) return undefined;
  if (words.some((w) => THANKS.has(w))) return 'thanks';
  return words.some((w) => GREETINGS.has(w)) ? 'greeting' : undefined;
}

/** The reply to small talk: not an answer, so nothing is found. */
export function smallTalkReply(talk: SmallTalk): Reply {
  const title = talk === 'thanks' ? "You're welcome." : 'Hi! Ask me anything about the loaded articles.';
  return reply(card({ kind: 'info', title }), 'ephemeral', false);
}
