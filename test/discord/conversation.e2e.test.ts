/**
 * Discord as people use it in a server, end to end (the real discord.js client, the real
 * commands and the seed article, the stand-in Discord): the bot's managed role counts as a
 * mention, and a reply to one of its answers is a follow-up that carries the topic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../support/discord-stand-in.ts';
import { user } from '../support/discord-gateway-payloads.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const answerTo = (id: string) =>
  h.standIn.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === id);
const title = (r: RecordedRequest) => String(r.body.embeds[0].title);

describe('Discord in a server', () => {
  it("answers a mention of the bot's managed role", async () => {
    const sent = h.standIn.messageCreate(`<@&${h.standIn.botRoleId}> who is Mark Toner?`);
    const post = await answerTo(sent.id);
    expect(title(post)).toBe('Mark Toner');
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('ignores a mention of any other role', async () => {
    const other = h.standIn.messageCreate('<@&123456789> who is Mark Toner?');
    const marker = h.standIn.messageCreate(`<@${h.standIn.bot.id}> help`);
    await answerTo(marker.id);
    expect(h.standIn.requests.filter((r) => r.body?.message_reference?.message_id === other.id)).toEqual([]);
  });

  it("answers a reply to its answer without a mention, with the answer's topic carried", async () => {
    const asker = user('reader');
    const first = await answerTo(
      h.standIn.messageCreate(`<@${h.standIn.bot.id}> quick question: what is planned in New York?`, asker).id,
    );
    expect(title(first)).toBe('New York');
    const answerId = String(first.response.id);
    // The adapter records the thread just after posting; wait for it rather than race it.
    const ref = { platform: 'discord' as const, channelId: h.standIn.channelId, threadId: answerId };
    await expect.poll(() => h.core.thread(ref)).toEqual({ topics: ['New York', 'Meetings on Syria in New York'] });

    const followUp = h.standIn.messageCreate('when is that?', asker, {
      replyTo: { id: answerId, author: h.standIn.bot },
    });
    const second = await answerTo(followUp.id);
    expect(title(second)).toBe('When: Friday 18 December 2015');

    // A reply to someone else's message is not for the bot, nor is small talk under its answer.
    const chat = h.standIn.messageCreate('when is that?', user('other'), {
      replyTo: { id: followUp.id, author: asker },
    });
    const thanks = h.standIn.messageCreate('thanks!', asker, { replyTo: { id: answerId, author: h.standIn.bot } });
    const marker = h.standIn.messageCreate(`<@${h.standIn.bot.id}> help`);
    await answerTo(marker.id);
    expect(
      h.standIn.requests.filter((r) => [chat.id, thanks.id].includes(r.body?.message_reference?.message_id)),
    ).toEqual([]);
  });
});
