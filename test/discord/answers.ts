/**
 * How the Discord end-to-end tests read an answer off the stand-in's recorded requests:
 * the interaction callback, then the edits and follow-ups that complete it, whether the
 * answer was given at once or deferred. Shared by discord.e2e.test.ts and
 * discord-deferred.e2e.test.ts, which drive the same client in the two modes.
 */
import type { DiscordStandIn, InteractionRef, RecordedRequest } from '../support/discord-stand-in.ts';

export const EPHEMERAL = 64;
export const STRING = 3;

export interface Answer {
  /** How the interaction was first acknowledged: 4 (answer) or 5 (deferred). */
  callbackType: number;
  ephemeral: boolean;
  /** Every message body of the answer, in order. */
  messages: any[];
}

/** Waits for the whole answer to an interaction, whichever way it was given. */
export async function answerTo(standIn: DiscordStandIn, ref: InteractionRef, count = 1): Promise<Answer> {
  const mine = (r: RecordedRequest) => r.path.includes(`/${ref.token}`);
  const callback = await standIn.waitForRequest((r) => mine(r) && r.path.endsWith('/callback'));
  const isFollowUp = (r: RecordedRequest) => mine(r) && r.method === 'POST' && !r.path.endsWith('/callback');
  const isEdit = (r: RecordedRequest) => mine(r) && r.method === 'PATCH';
  if (callback.body.type === 4) {
    for (let n = 1; n < count; n++) await standIn.waitForRequest(() => standIn.requests.filter(isFollowUp).length >= n);
    const rest = standIn.requests.filter(isFollowUp).map((r) => r.body);
    return {
      callbackType: 4,
      ephemeral: (callback.body.data.flags & EPHEMERAL) !== 0,
      messages: [callback.body.data, ...rest],
    };
  }
  const first = await standIn.waitForRequest((r) => isEdit(r) || isFollowUp(r));
  const ephemeral = isEdit(first)
    ? (callback.body.data?.flags & EPHEMERAL) !== 0
    : (first.body.flags & EPHEMERAL) !== 0;
  const needed = isEdit(first) ? count - 1 : count;
  for (let n = 1; n <= needed; n++) await standIn.waitForRequest(() => standIn.requests.filter(isFollowUp).length >= n);
  const followUps = standIn.requests.filter(isFollowUp).map((r) => r.body);
  return { callbackType: 5, ephemeral, messages: isEdit(first) ? [first.body, ...followUps] : followUps };
}

export const textOf = (message: any) => JSON.stringify(message.embeds ?? []);
export const buttonsOf = (message: any): string[] =>
  (message.components ?? []).flatMap((row: any) => row.components.map((b: any) => b.custom_id));
