/** Slack payloads → Incoming, from payloads shaped like the ones Slack sends. */
import { describe, expect, it } from 'vitest';
import { actionIncoming, commandIncoming, decodeSlackText, isPersonMessage, mentionIncoming, stripBotMention } from '../../src/adapters/slack/parse.ts';
import { testCommands } from '../support/slack-fixtures.ts';

const slash = { command: '/brief', text: 'John Kerry', user_id: 'U1', user_name: 'ana', channel_id: 'C1', channel_name: 'general' };

describe('commandIncoming', () => {
  it('turns a slash command into command-text with its origin', () => {
    expect(commandIncoming(slash, testCommands, true)).toEqual({
      platform: 'slack',
      type: 'command-text',
      name: 'brief',
      text: 'John Kerry',
      user: { id: 'U1', name: 'ana' },
      channel: { id: 'C1', isDirect: false, name: 'general' },
      canManageChannel: true,
    });
  });

  it('runs help for the command when its required text is missing', () => {
    expect(commandIncoming({ ...slash, text: '  ' }, testCommands, false)).toMatchObject({ type: 'command-text', name: 'help', text: 'brief' });
    // A command whose options are all optional runs as typed.
    expect(commandIncoming({ ...slash, command: '/help', text: '' }, testCommands, false)).toMatchObject({ name: 'help', text: '' });
  });

  it('knows a DM by its channel id or name', () => {
    expect(commandIncoming({ ...slash, channel_id: 'D1', channel_name: 'directmessage' }, testCommands, true).channel.isDirect).toBe(true);
  });
});

describe('decodeSlackText', () => {
  it('turns Slack markup into plain text and keeps specials literal', () => {
    expect(decodeSlackText('ask <@U2|bob> in <#C1|general> about <https://x.org/a|this> &amp; <!channel> &lt;b&gt;')).toBe('ask @bob in #general about this (https://x.org/a) & <!channel> <b>');
  });
});

describe('mentions and DMs', () => {
  it('strips the bot mention, wherever it is', () => {
    expect(stripBotMention('<@UBOT> when is <@UBOT|briefbot> the meeting?', 'UBOT')).toBe('when is   the meeting?');
    const incoming = mentionIncoming({ type: 'app_mention', user: 'U1', text: '<@UBOT> who is <@U2>?', channel: 'C1', ts: '1.2' }, 'UBOT', true);
    expect(incoming).toMatchObject({ type: 'mention', text: 'who is @U2?', channel: { id: 'C1', isDirect: false } });
  });

  it('answers people, not bots, edits or join notices', () => {
    const base = { type: 'message', user: 'U1', text: 'hi', channel: 'D1', ts: '1.2', channel_type: 'im' };
    expect(isPersonMessage(base)).toBe(true);
    expect(isPersonMessage({ ...base, bot_id: 'B1' })).toBe(false);
    expect(isPersonMessage({ ...base, subtype: 'message_changed' })).toBe(false);
    expect(mentionIncoming(base, 'UBOT', true).channel.isDirect).toBe(true);
  });
});

describe('actionIncoming', () => {
  const body = { user: { id: 'U1', username: 'ana' }, channel: { id: 'C1', name: 'general' }, container: { is_ephemeral: true }, actions: [{ action_id: 'briefbot:pick:2', value: 'k1' }] };

  it('reads the action and value of a briefbot button', () => {
    expect(actionIncoming(body, true)).toMatchObject({ type: 'action', action: 'pick', value: 'k1', user: { id: 'U1', name: 'ana' }, channel: { id: 'C1' } });
  });

  it('ignores buttons that are not briefbot\'s', () => {
    expect(actionIncoming({ ...body, actions: [{ action_id: 'someone-else', value: 'x' }] }, true)).toBeUndefined();
  });
});
