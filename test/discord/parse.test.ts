import { describe, expect, it } from 'vitest';
import {
  actionIncoming,
  autocompleteIncoming,
  commandIncoming,
  customId,
  messageIncoming,
  parseCustomId,
  type CommandInteractionLike,
  type MessageLike,
} from '../../src/adapters/discord/parse.ts';

const BOT = '1150000000000000001';
const MANAGE_CHANNELS = 1n << 4n;
const perms = (bits: bigint) => ({ has: (p: bigint) => (bits & p) === p });
const ann = { id: '42', username: 'ann', globalName: 'Ann' };

// Recorded shape of a guild /brief interaction as discord.js exposes it (fields the parser reads).
const guildCommand: CommandInteractionLike = {
  user: ann,
  channelId: '700',
  guildId: '600',
  memberPermissions: perms(MANAGE_CHANNELS),
  commandName: 'brief',
  options: { data: [{ name: 'topic', value: 'Kerry' }] },
};

const message = (content: string, extra: Partial<MessageLike> = {}): MessageLike => ({
  content,
  author: ann,
  channelId: '700',
  guildId: '600',
  mentions: { users: new Set(content.includes(`<@${BOT}>`) ? [BOT] : []) },
  ...extra,
});

describe('Discord parsing', () => {
  it('turns a slash command into a typed command from its origin', () => {
    expect(commandIncoming(guildCommand)).toEqual({
      platform: 'discord',
      user: { id: '42', name: 'Ann' },
      channel: { id: '700', isDirect: false },
      canManageChannel: true,
      type: 'command',
      name: 'brief',
      options: { topic: 'Kerry' },
    });
  });

  it('may manage a channel only with Manage Channels there; in a DM always', () => {
    expect(commandIncoming({ ...guildCommand, memberPermissions: perms(1n << 11n) }).canManageChannel).toBe(false);
    const dm = commandIncoming({ ...guildCommand, guildId: null, memberPermissions: null });
    expect(dm.channel.isDirect).toBe(true);
    expect(dm.canManageChannel).toBe(true);
  });

  it('reads the focused option of an autocomplete', () => {
    const i = { ...guildCommand, options: { data: [{ name: 'topic', value: 'Ker', focused: true }] } };
    expect(autocompleteIncoming(i)).toMatchObject({
      type: 'autocomplete',
      command: 'brief',
      option: 'topic',
      partial: 'Ker',
    });
  });

  it('round-trips button ids and refuses ids that are not ours', () => {
    const id = customId('share', 'AbC_12-x');
    expect(id).toBe('briefbot:share:AbC_12-x');
    expect(parseCustomId(id)).toEqual({ action: 'share', value: 'AbC_12-x' });
    expect(parseCustomId('briefbot:delete:x')).toBeUndefined();
    expect(parseCustomId('other:more:x')).toBeUndefined();
    expect(parseCustomId(`briefbot:more:${'x'.repeat(81)}`)).toBeUndefined();
    expect(actionIncoming({ ...guildCommand, customId: 'briefbot:more:k1' })).toMatchObject({
      type: 'action',
      action: 'more',
      value: 'k1',
    });
    expect(actionIncoming({ ...guildCommand, customId: 'nope' })).toBeUndefined();
  });

  it('answers a server message only when the bot itself is mentioned, with the mention stripped', () => {
    expect(messageIncoming(message(`<@${BOT}> who is Mark Toner?`), BOT, false)).toMatchObject({
      type: 'mention',
      text: 'who is Mark Toner?',
      canManageChannel: false,
    });
    expect(
      messageIncoming(message(`hey <@!${BOT}>, when is the meeting?`, { mentions: { users: new Set() } }), BOT, true),
    ).toMatchObject({ text: 'hey, when is the meeting?', canManageChannel: true });
    expect(messageIncoming(message('<@&555> who is Mark Toner?'), BOT, false)).toBeUndefined();
    expect(messageIncoming(message('@everyone who is Mark Toner?'), BOT, false)).toBeUndefined();
    expect(messageIncoming(message('<@123> who is Mark Toner?'), BOT, false)).toBeUndefined();
  });

  it('answers every DM, and never a bot, itself included', () => {
    expect(messageIncoming(message('who is Mark Toner?', { guildId: null }), BOT, false)).toMatchObject({
      channel: { id: '700', isDirect: true },
      canManageChannel: true,
    });
    expect(messageIncoming(message(`<@${BOT}> hi`, { author: { ...ann, bot: true } }), BOT, false)).toBeUndefined();
    expect(
      messageIncoming(message('hi', { guildId: null, author: { id: BOT, username: 'briefbot' } }), BOT, false),
    ).toBeUndefined();
  });

  it('strips every form of the bot mention', () => {
    expect(messageIncoming(message(`<@${BOT}>   brief <@!${BOT}> Kerry`), BOT, false)?.text).toBe('brief Kerry');
  });

  it("takes a mention of the bot's managed role for a mention of the bot", () => {
    const bot = { id: BOT, roleId: '777' };
    const viaRole = message('<@&777> who is Mark Toner?', { mentions: { users: new Set(), roles: new Set(['777']) } });
    expect(messageIncoming(viaRole, bot, false)).toMatchObject({ type: 'mention', text: 'who is Mark Toner?' });
    expect(messageIncoming(message('<@&778> who is Mark Toner?'), bot, false)).toBeUndefined();
  });

  it('answers a reply to a bot message as a follow-up in that thread, unless it addresses someone else', () => {
    const reply = (content: string) =>
      message(content, { mentions: { users: new Set(), repliedUser: { id: BOT } }, reference: { messageId: '900' } });
    expect(messageIncoming(reply('when is that?'), BOT, false)).toMatchObject({
      text: 'when is that?',
      thread: '900',
      followUp: true,
    });
    expect(messageIncoming(reply('<@42> look at this'), BOT, false)).toBeUndefined();
    const toSomeoneElse = message('when is that?', {
      mentions: { users: new Set(), repliedUser: { id: '42' } },
      reference: { messageId: '901' },
    });
    expect(messageIncoming(toSomeoneElse, BOT, false)).toBeUndefined();
  });
});
