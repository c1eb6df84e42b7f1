/**
 * The real Bolt app in HTTP mode against the stand-in Slack, events: mentions and DMs
 * answered (in a thread, in the DM), bots, edits and retries ignored, mention markup made
 * inert, "Show more" under a mention, posts to a channel with send(), and the apology when
 * posting fails. Slash commands are in http-commands.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { card, reply, text } from '../../src/core/reply.ts';
import { blockActions, eventCallback, formBody, postToApp } from '../support/slack-app-requests.ts';
import { SIGNING_SECRET } from '../support/slack-harness.ts';
import { blocksOf, buttons, event, FORM, h, useHttpSlack } from './http-suite.ts';

useHttpSlack();

describe('Slack over HTTP (Events API, slash commands, interactivity)', () => {
  it('answers a mention in a thread under it, and a DM in the DM', async () => {
    await event({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> when is the New York meeting?',
      ts: '1450170000.000100',
      channel: 'C1',
      event_ts: '1450170000.000100',
    });
    const posted = await h.standIn.waitFor<{ method: string; args: Record<string, unknown> }>(
      'call',
      (c) => c.method === 'chat.postMessage' && c.args.thread_ts === '1450170000.000100',
    );
    expect(posted.args.channel).toBe('C1');
    expect(JSON.stringify(posted.args.blocks)).toContain('You asked: when is the New York meeting?');

    await event({
      type: 'message',
      channel_type: 'im',
      user: 'U1',
      text: 'who is Lavrov?',
      ts: '1450170001.000100',
      channel: 'D1',
      event_ts: '1450170001.000100',
    });
    const dm = await h.standIn.waitFor<{ method: string; args: Record<string, unknown> }>(
      'call',
      (c) => c.method === 'chat.postMessage' && c.args.channel === 'D1',
    );
    expect(dm.args.thread_ts).toBeUndefined();
    expect(JSON.stringify(dm.args.blocks)).toContain('You asked: who is Lavrov?');
  });

  it('ignores bot messages and message subtypes in DMs', async () => {
    await event({
      type: 'message',
      channel_type: 'im',
      bot_id: 'B9',
      user: 'U9',
      text: 'I am a bot',
      ts: '1450170002.000100',
      channel: 'D2',
    });
    await event({
      type: 'message',
      channel_type: 'im',
      subtype: 'message_changed',
      user: 'U1',
      text: 'edited',
      ts: '1450170003.000100',
      channel: 'D2',
    });
    await event({
      type: 'message',
      channel_type: 'im',
      user: 'U1',
      text: 'marker question',
      ts: '1450170004.000100',
      channel: 'D2',
    });
    await h.standIn.waitFor<{ method: string; args: Record<string, unknown> }>(
      'call',
      (c) => c.method === 'chat.postMessage' && c.args.channel === 'D2',
    );
    expect(h.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'D2')).toHaveLength(1);
  });

  it('answers an event retried with the same event_id once', async () => {
    const e = {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> retried question',
      ts: '1450170005.000100',
      channel: 'C5',
    };
    await event(e, 'EvRETRY1');
    await h.standIn.waitFor<{ method: string; args: Record<string, unknown> }>(
      'call',
      (c) => c.method === 'chat.postMessage' && c.args.channel === 'C5',
    );
    const retry = await postToApp(
      h.appUrl,
      JSON.stringify(eventCallback(e, 'EvRETRY1')),
      'application/json',
      SIGNING_SECRET,
      undefined,
      { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    );
    expect(retry.status).toBe(200);
    // A later, different event is answered; by then the retry has been handled too.
    await event({ ...e, text: '<@UBOT> after the retry', ts: '1450170006.000100', channel: 'C6' });
    await h.standIn.waitFor<{ method: string; args: Record<string, unknown> }>(
      'call',
      (c) => c.method === 'chat.postMessage' && c.args.channel === 'C6',
    );
    expect(h.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C5')).toHaveLength(1);
  });

  it('removes <!channel>, <!subteam^…> and user mentions from a question, and keeps typed markup inert', async () => {
    const text = '<@UBOT> will <!channel> &lt;!here&gt; and <!subteam^S1|@ops> and <!everyone> <@U2|bob> meet?';
    await event({ type: 'app_mention', user: 'U1', text, ts: '1450170007.000100', channel: 'C7' });
    const posted = await h.standIn.waitFor<{ method: string; args: Record<string, unknown> }>(
      'call',
      (c) => c.method === 'chat.postMessage' && c.args.channel === 'C7',
    );
    const sent = JSON.stringify(posted.args.blocks) + String(posted.args.text);
    expect(sent).toContain('You asked: will &lt;!here&gt; and and meet?');
    expect(sent).not.toMatch(/channel|everyone|ops|bob/);
    expect(sent).not.toMatch(/<[!@#]/);
    expect(posted.args.link_names).toBeUndefined();
  });

  it('"Show more" under a mention answer posts the next page in the same thread, for everyone', async () => {
    await event({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> brief Kerry',
      ts: '1450170010.000100',
      channel: 'C10',
    });
    const first = await h.standIn.waitFor<{ method: string; args: Record<string, unknown> }>(
      'call',
      (c) => c.method === 'chat.postMessage' && c.args.channel === 'C10',
    );
    const more = buttons(first.args).find((b) => b.action_id === 'briefbot:more')!;
    expect(buttons(first.args).map((b) => b.action_id)).not.toContain('briefbot:share');
    const pressed = blockActions(h.standIn, more, {
      channel: 'C10',
      ephemeral: false,
      ts: '1450170011.000100',
      thread_ts: '1450170010.000100',
    });
    await postToApp(h.appUrl, formBody({ payload: JSON.stringify(pressed) }), FORM, SIGNING_SECRET);
    const next = await h.standIn.waitFor<{ method: string; args: Record<string, unknown> }>(
      'call',
      (c) => c.method === 'chat.postMessage' && c.args.channel === 'C10' && c !== first,
    );
    expect(next.args.thread_ts).toBe('1450170010.000100');
    expect(blocksOf(next.args)[0]).toMatchObject({ type: 'header', text: { text: 'Kerry (page 2)' } });
  });

  it('send() posts a digest or reminder in the channel for everyone, not in a thread', async () => {
    await h.adapter.send(
      'C50',
      reply(
        card({ kind: 'digest', title: 'Daily digest <!here>', blocks: [text('Friday: New York meeting')] }),
        'channel',
      ),
    );
    const posted = h.standIn.callsOf('chat.postMessage').find((c) => c.args.channel === 'C50');
    expect(posted?.args.thread_ts).toBeUndefined();
    expect(posted?.args.text).toContain('Daily digest &lt;!here&gt;');
    expect(blocksOf(posted!.args)[0]).toMatchObject({ type: 'header' });
  });

  it('apologises ephemerally when posting the answer itself fails', async () => {
    h.standIn.answer('chat.postMessage', (args) =>
      args.channel === 'C9' ? { ok: false, error: 'channel_not_found' } : { ok: true, ts: '1.2' },
    );
    await event({ type: 'app_mention', user: 'U1', text: '<@UBOT> hello?', ts: '1450170009.000100', channel: 'C9' });
    const sorry = await h.standIn.waitFor<{ method: string; args: Record<string, unknown> }>(
      'call',
      (c) => c.method === 'chat.postEphemeral' && c.args.channel === 'C9',
    );
    expect(sorry.args).toMatchObject({ user: 'U1', thread_ts: '1450170009.000100' });
    expect(String(sorry.args.text)).toMatch(/error id [0-9a-f]{8}/);
  });
});
