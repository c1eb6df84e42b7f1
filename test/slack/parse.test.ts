/** Slack payloads → Incoming, from payloads shaped like the ones Slack sends. */
import { describe, expect, it } from 'vitest';
import {
  actionIncoming,
  commandIncoming,
  decodeSlackText,
  isPersonMessage,
  mentionIncoming,
  threadReplyOf,
} from '../../src/adapters/slack/parse.ts';
import { testCommands } from '../support/slack-fixtures.ts';

const slash = {
  command: '/brief',
  text: 'John Kerry',
  user_id: 'U1',
  user_name: 'ana',
  channel_id: 'C1',
  channel_name: 'general',
};

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
    expect(commandIncoming({ ...slash, text: '  ' }, testCommands, false)).toMatchObject({
      type: 'command-text',
      name: 'help',
      text: 'brief',
    });
    // A command whose options are all optional runs as typed.
    expect(commandIncoming({ ...slash, command: '/help', text: '' }, testCommands, false)).toMatchObject({
      name: 'help',
      text: '',
    });
  });

  it('knows a DM by its channel id or name', () => {
    expect(
      commandIncoming({ ...slash, channel_id: 'D1', channel_name: 'directmessage' }, testCommands, true).channel
        .isDirect,
    ).toBe(true);
  });
});

describe('decodeSlackText', () => {
  it("reads each of Slack's forms: dates by their fallback, emoji shortcodes gone, times kept", () => {
    expect(decodeSlackText('meet <!date^1450426800^{date_short}|Dec 18> at 10:30:00 :wave::skin-tone-2: :+1:')).toBe(
      'meet Dec 18 at 10:30:00',
    );
    expect(decodeSlackText('<mailto:ana@x.org|Ana> or <mailto:bo@x.org> &lt;3')).toBe('Ana or <3');
    expect(decodeSlackText('&gt; quoted\n&gt; twice')).toBe('quoted twice');
  });

  it('removes mentions and specials, keeps link labels, decodes entities', () => {
    expect(
      decodeSlackText('ask <@U2|bob> in <#C1|general> about <https://x.org/a|this> &amp; <!channel> &lt;b&gt;'),
    ).toBe('ask in about this & <b>');
  });
});

describe('mentions and DMs', () => {
  it('strips the bot mention and every other mention, wherever they are', () => {
    const incoming = mentionIncoming(
      {
        type: 'app_mention',
        user: 'U1',
        text: '<@UBOT> when is <@UBOT|briefbot> the <@U2> meeting?',
        channel: 'C1',
        ts: '1.2',
      },
      'UBOT',
      true,
    );
    expect(incoming).toMatchObject({
      type: 'mention',
      text: 'when is the meeting?',
      channel: { id: 'C1', isDirect: false },
      thread: '1.2',
    });
  });

  it('ignores every bot, this one and other apps', () => {
    const base = { type: 'app_mention', user: 'U9', text: '<@UBOT> hi', channel: 'C1', ts: '1.2' };
    expect(isPersonMessage(base)).toBe(true);
    expect(isPersonMessage({ ...base, bot_id: 'B2' })).toBe(false);
    expect(isPersonMessage({ ...base, bot_profile: { id: 'B2', app_id: 'A2' } })).toBe(false);
    expect(isPersonMessage({ ...base, subtype: 'bot_message' })).toBe(false);
  });

  it('takes a thread reply for a follow-up only when it addresses nobody else', () => {
    const reply = { type: 'message', user: 'U1', text: 'when is that?', channel: 'C1', ts: '2.0', thread_ts: '1.0' };
    expect(threadReplyOf(reply, 'UBOT')).toBe('1.0');
    expect(threadReplyOf({ ...reply, thread_ts: undefined }, 'UBOT')).toBeUndefined();
    expect(threadReplyOf({ ...reply, text: '<@UBOT> when is that?' }, 'UBOT')).toBeUndefined();
    expect(threadReplyOf({ ...reply, text: '<@U2> did you see this?' }, 'UBOT')).toBeUndefined();
    expect(threadReplyOf({ ...reply, bot_id: 'B9' }, 'UBOT')).toBeUndefined();
    expect(mentionIncoming(reply, 'UBOT', false, true)).toMatchObject({
      thread: '1.0',
      followUp: true,
      text: 'when is that?',
    });
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
  const body = {
    user: { id: 'U1', username: 'ana' },
    channel: { id: 'C1', name: 'general' },
    container: { is_ephemeral: true },
    actions: [{ action_id: 'briefbot:pick:2', value: 'k1' }],
  };

  it('reads the action and value of a briefbot button', () => {
    expect(actionIncoming(body, true)).toMatchObject({
      type: 'action',
      action: 'pick',
      value: 'k1',
      user: { id: 'U1', name: 'ana' },
      channel: { id: 'C1' },
    });
  });

  it("ignores buttons that are not briefbot's", () => {
    expect(actionIncoming({ ...body, actions: [{ action_id: 'someone-else', value: 'x' }] }, true)).toBeUndefined();
  });
});
