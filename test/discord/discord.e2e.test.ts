/**
 * The real discord.js client against the stand-in Discord: what people do (slash commands,
 * autocomplete, mentions, DMs, buttons) and what goes out on the wire. The always-deferred
 * mode is in discord-deferred.e2e.test.ts, start-up refusals in discord-startup.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedChars, LIMITS, renderReply } from '../../src/adapters/discord/render.ts';
import type { ReplyIncoming } from '../../src/core/incoming.ts';
import { reply } from '../../src/core/reply.ts';
import { user } from '../support/discord-gateway-payloads.ts';
import type { InteractionRef } from '../support/discord-stand-in.ts';
import { answerTo, buttonsOf, EPHEMERAL, STRING, textOf } from './answers.ts';
import { hugeCard, startHarness, type Harness } from './harness.ts';

describe('Discord adapter end to end', () => {
  let h: Harness;
  /** What the core was asked, in order. */
  const seen: ReplyIncoming[] = [];
  beforeAll(async () => {
    h = await startHarness({ wrapCore: (core) => ({ ...core, handle: (i) => (seen.push(i), core.handle(i)) }) });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('logs in through the gateway with the intents it needs', () => {
    const identify = h.standIn.gatewayFrames.find((f) => f.op === 2)!;
    const GUILDS = 1,
      GUILD_MESSAGES = 1 << 9,
      DIRECT_MESSAGES = 1 << 12,
      MESSAGE_CONTENT = 1 << 15;
    expect(identify.d.intents).toBe(GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT);
    expect(h.adapter.client.isReady()).toBe(true);
  });

  it('answers /brief Kerry privately with a sourced card and both buttons', async () => {
    const ref = h.standIn.slash('brief', [{ name: 'topic', type: STRING, value: 'Kerry' }]);
    const answer = await answerTo(h.standIn, ref);
    expect(answer).toMatchObject({ callbackType: 4, ephemeral: true });
    const [message] = answer.messages;
    expect(message.embeds[0].title).toMatch(/Kerry/);
    expect(message.embeds[0].description).toMatch(/¶\d+/);
    expect(message.embeds.at(-1).footer.text).toMatch(
      /^Kerry meets Putin in Moscow .* · 15 December 2015\npage 1 of \d$/,
    );
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(buttonsOf(message).some((id) => id.startsWith('briefbot:share:'))).toBe(true);
  });

  it('lets only people with Manage Channels in the channel (or anyone in a DM) manage it', async () => {
    const asked = async (ref: InteractionRef) => {
      await answerTo(h.standIn, ref);
      return seen.filter((i) => i.type === 'command').at(-1)!;
    };
    const manager = await asked(h.standIn.slash('help', [], user('editor'), { manager: true }));
    expect(manager).toMatchObject({
      platform: 'discord',
      user: { name: 'editor' },
      channel: { id: h.standIn.channelId, isDirect: false },
      canManageChannel: true,
    });
    expect((await asked(h.standIn.slash('help', [], user('reader')))).canManageChannel).toBe(false);
    expect(await asked(h.standIn.slash('help', [], user('dmer'), { dm: true }))).toMatchObject({
      channel: { id: h.standIn.dmChannelId, isDirect: true },
      canManageChannel: true,
    });
    const sent = h.standIn.messageCreate(`<@${h.standIn.bot.id}> help`);
    await h.standIn.waitForRequest((r) => r.body?.message_reference?.message_id === sent.id);
    expect(seen.filter((i) => i.type === 'mention').at(-1)).toMatchObject({
      text: 'help',
      canManageChannel: false,
      channel: { isDirect: false },
    });
  });

  it('offers at most 25 fuzzy choices for "Ker"', async () => {
    const ref = h.standIn.slash(
      'brief',
      [{ name: 'topic', type: STRING, value: 'Ker', focused: true }],
      user('typist'),
      { autocomplete: true },
    );
    const callback = await h.standIn.waitForRequest((r) => r.path === `/interactions/${ref.id}/${ref.token}/callback`);
    expect(callback.body.type).toBe(8);
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.value)).toContain('John Kerry');
  });

  it('answers a mention as a reply to it, in the channel, without pinging the asker', async () => {
    const sent = h.standIn.messageCreate(`<@${h.standIn.bot.id}> who is Mark Toner?`);
    const post = await h.standIn.waitForRequest(
      (r) => r.method === 'POST' && r.body?.message_reference?.message_id === sent.id,
    );
    expect(post.path).toBe(`/channels/${h.standIn.channelId}/messages`);
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(textOf(post.body)).toMatch(/Toner/);
    expect(post.body.flags ?? 0).toBe(0);
  });

  it('answers a DM in the DM, with no mention needed', async () => {
    const sent = h.standIn.messageCreate('who is Mark Toner?', user('dmer'), { dm: true });
    const post = await h.standIn.waitForRequest((r) => r.body?.message_reference?.message_id === sent.id);
    expect(post.path).toBe(`/channels/${h.standIn.dmChannelId}/messages`);
    expect(textOf(post.body)).toMatch(/Toner/);
  });

  it('ignores other bots and server messages that do not mention it', async () => {
    const fromBot = h.standIn.messageCreate(
      `<@${h.standIn.bot.id}> who is Mark Toner?`,
      user('otherbot', { bot: true }),
    );
    const unaddressed = h.standIn.messageCreate('who is Mark Toner?');
    // A later message that is answered proves the earlier two were processed (the gateway is ordered).
    const marker = h.standIn.messageCreate(`<@${h.standIn.bot.id}> help`);
    await h.standIn.waitForRequest((r) => r.body?.message_reference?.message_id === marker.id);
    const answered = h.standIn.requests.filter((r) =>
      [fromBot.id, unaddressed.id].includes(r.body?.message_reference?.message_id),
    );
    expect(answered).toEqual([]);
  });

  it('"Share in channel" posts the answer publicly in the channel', async () => {
    const asked = await answerTo(
      h.standIn,
      h.standIn.slash('brief', [{ name: 'topic', type: STRING, value: 'Kerry' }]),
    );
    const share = buttonsOf(asked.messages[0]).find((id) => id.startsWith('briefbot:share:'))!;
    const answer = await answerTo(
      h.standIn,
      h.standIn.button(share, { flags: EPHEMERAL, ...asked.messages[0] }, user('sharer')),
    );
    expect(answer.ephemeral).toBe(false);
    expect(answer.messages[0].embeds[0].title).toBe(asked.messages[0].embeds[0].title);
    expect(buttonsOf(answer.messages[0]).some((id) => id.startsWith('briefbot:share:'))).toBe(false);
    expect(answer.messages[0].embeds.at(-1).footer.text).toMatch(/Shared by sharer/);
  });

  it('"Show more" sends the next page, private when the page before was private', async () => {
    const first = await answerTo(h.standIn, h.standIn.slash('pages', []));
    expect(first.messages[0].embeds[0].title).toBe('Page 1');
    const more = buttonsOf(first.messages[0]).find((id) => id.startsWith('briefbot:more:'))!;
    const second = await answerTo(h.standIn, h.standIn.button(more, { flags: EPHEMERAL }));
    expect(second).toMatchObject({ ephemeral: true });
    expect(second.messages[0].embeds[0].title).toBe('Page 2');

    const next = buttonsOf(second.messages[0]).find((id) => id.startsWith('briefbot:more:'))!;
    const third = await answerTo(h.standIn, h.standIn.button(next, { flags: 0 }));
    expect(third.ephemeral).toBe(false);
    expect(third.messages[0].embeds[0].title).toBe('Page 3');
    expect(buttonsOf(third.messages[0])).toEqual([]);
  });

  it('answers a stale or foreign button privately instead of failing', async () => {
    const expired = await answerTo(h.standIn, h.standIn.button('briefbot:more:gone', { flags: 0 }));
    expect(expired.ephemeral).toBe(true);
    expect(textOf(expired.messages[0])).toMatch(/expired/);
    const foreign = await answerTo(h.standIn, h.standIn.button('someone-else:thing', { flags: 0 }));
    expect(foreign.ephemeral).toBe(true);
    expect(textOf(foreign.messages[0])).toMatch(/not one I know/);
  });

  it('delivers an answer over every limit in messages Discord accepts, losing nothing', async () => {
    const expected = renderReply(reply(hugeCard())).messages;
    expect(expected.length).toBeGreaterThan(2);
    const answer = await answerTo(h.standIn, h.standIn.slash('huge', []), expected.length);
    expect(answer.messages).toHaveLength(expected.length);
    for (const m of answer.messages) {
      expect(m.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
      expect(m.embeds.reduce((n: number, e: any) => n + embedChars(e), 0)).toBeLessThanOrEqual(LIMITS.charsPerMessage);
      expect(m.flags).toBe(EPHEMERAL);
      expect(m.allowed_mentions.parse).toEqual([]);
    }
    const all = answer.messages.map(textOf).join(' ');
    for (const word of ['body0', 'body2499', 'f0w0', 'f39w299', 'Article number 29 with a long title'])
      expect(all).toContain(word);
  });

  it('echoes @everyone and role mentions with allowed_mentions.parse empty', async () => {
    const asked = await answerTo(
      h.standIn,
      h.standIn.slash('ask', [{ name: 'question', type: STRING, value: '@everyone who is Mark Toner?' }]),
    );
    expect(asked.messages[0].allowed_mentions).toEqual({ parse: [], replied_user: false });
    const echoed = await answerTo(
      h.standIn,
      h.standIn.slash('brief', [{ name: 'topic', type: STRING, value: '@everyone @here <@&123>' }]),
    );
    expect(textOf(echoed.messages[0])).toContain('@everyone @here <@&123>');
    expect(echoed.messages[0].allowed_mentions).toEqual({ parse: [], replied_user: false });
    // In a message, @everyone and roles are markup: removed before the core reads the words.
    const sent = h.standIn.messageCreate(`<@${h.standIn.bot.id}> brief @everyone <@&123> Lavrov`);
    const post = await h.standIn.waitForRequest((r) => r.body?.message_reference?.message_id === sent.id);
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(post.body.embeds[0].title).toMatch(/Lavrov/);
    expect(textOf(post.body)).not.toContain('@everyone');
  });

  it('answers a throwing handler with a private apology and an id, and keeps working', async () => {
    const failed = await answerTo(h.standIn, h.standIn.slash('boom', []));
    expect(failed.ephemeral).toBe(true);
    expect(textOf(failed.messages[0])).toMatch(/error id [0-9a-f]{8}/);
    expect(h.logs.some((l) => l.includes('boom: the handler failed'))).toBe(true);

    const after = await answerTo(
      h.standIn,
      h.standIn.slash('brief', [{ name: 'topic', type: STRING, value: 'Lavrov' }]),
    );
    expect(after.messages[0].embeds[0].title).toMatch(/Lavrov/);
  });

  it('posts digests and reminders with send(), mentions inert', async () => {
    await h.adapter.send(
      h.standIn.channelId,
      reply(
        { kind: 'digest', title: 'Daily digest @everyone', blocks: [], fields: [], citations: [], buttons: [] },
        'channel',
      ),
    );
    const post = await h.standIn.waitForRequest((r) => r.method === 'POST' && textOf(r.body).includes('Daily digest'));
    expect(post.path).toBe(`/channels/${h.standIn.channelId}/messages`);
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('never writes the token to the log, even at trace level', () => {
    expect(h.logs.length).toBeGreaterThan(10);
    const secret = h.standIn.token.split('.').at(-1)!;
    expect(h.logs.filter((l) => l.includes(secret))).toEqual([]);
    expect(h.standIn.requests.filter((r) => r.path.includes(h.standIn.token))).toEqual([]);
  });
});
