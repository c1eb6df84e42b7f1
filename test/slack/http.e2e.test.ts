/**
 * The real Bolt app in HTTP mode against the stand-in Slack: signed requests in, Web API
 * calls and response_url posts out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/adapters/slack/text.ts';
import type { SlackBlock } from '../../src/adapters/slack/render.ts';
import { card, reply, text } from '../../src/core/reply.ts';
import { LONG_LENGTH, longText } from '../support/slack-fixtures.ts';
import { SIGNING_SECRET, startSlack, type Harness } from '../support/slack-harness.ts';
import { blockActions, eventCallback, formBody, postToApp, slashCommand } from '../support/slack-app-requests.ts';
import type { ResponseCall } from '../support/slack-stand-in.ts';

const FORM = 'application/x-www-form-urlencoded';
let h: Harness;

beforeAll(async () => {
  h = await startSlack();
});
afterAll(async () => {
  await h?.close();
});

/** Sends a signed slash command and waits for what arrives on its response_url. */
async function command(command: string, text: string): Promise<ResponseCall> {
  const fields = slashCommand(h.standIn, { command, text });
  const res = await postToApp(h.appUrl, formBody(fields), FORM, SIGNING_SECRET);
  expect(res.status).toBe(200);
  const id = fields.response_url!.split('/').pop()!;
  return h.standIn.waitFor<ResponseCall>('response', (r) => r.id === id);
}

const event = (e: Record<string, unknown>, id?: string) =>
  postToApp(h.appUrl, JSON.stringify(eventCallback(e, id)), 'application/json', SIGNING_SECRET);
const blocksOf = (body: Record<string, unknown>) => body.blocks as SlackBlock[];
const buttons = (body: Record<string, unknown>) =>
  blocksOf(body).flatMap((b) => (b.type === 'actions' ? b.elements : []));

describe('Slack over HTTP (Events API, slash commands, interactivity)', () => {
  it('answers a signed /brief ephemerally, with header, fields, citations and buttons', async () => {
    const { body } = await command('/brief', 'Kerry');
    expect(body.response_type).toBe('ephemeral');
    expect(typeof body.text).toBe('string');
    expect(body.text).toContain('Kerry (page 1)');
    const blocks = blocksOf(body);
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Kerry (page 1)', emoji: true } });
    expect(blocks.some((b) => b.type === 'section' && 'fields' in b && b.fields.length === 2)).toBe(true);
    const contexts = blocks.flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : []));
    expect(contexts).toContain('Sources: Kerry meets Putin in Moscow (¶10)');
    expect(buttons(body).map((b) => b.action_id)).toEqual(['briefbot:more', 'briefbot:share']);
  });

  it('refuses a forged signature and a stale timestamp with 401, and answers neither', async () => {
    const before = h.standIn.responses.length;
    const forged = await postToApp(
      h.appUrl,
      formBody(slashCommand(h.standIn, { command: '/brief', text: 'Kerry' })),
      FORM,
      'not-the-secret',
    );
    const stale = await postToApp(
      h.appUrl,
      formBody(slashCommand(h.standIn, { command: '/brief', text: 'Kerry' })),
      FORM,
      SIGNING_SECRET,
      Math.floor(Date.now() / 1000) - 10 * 60,
    );
    // Correctly signed, but dated 10 minutes ahead: a replay waiting to happen, refused too.
    const future = await postToApp(
      h.appUrl,
      formBody(slashCommand(h.standIn, { command: '/brief', text: 'Kerry' })),
      FORM,
      SIGNING_SECRET,
      Math.floor(Date.now() / 1000) + 10 * 60,
    );
    // A little ahead (clock skew within the window) is fine.
    const skewed = await postToApp(
      h.appUrl,
      formBody(slashCommand(h.standIn, { command: '/help' })),
      FORM,
      SIGNING_SECRET,
      Math.floor(Date.now() / 1000) + 60,
    );
    expect(forged.status).toBe(401);
    expect(stale.status).toBe(401);
    expect(future.status).toBe(401);
    expect(skewed.status).toBe(200);
    // A valid command sent afterwards is answered; the refused ones never were.
    await command('/help', '');
    await h.standIn.waitFor('response', () => h.standIn.responses.length >= before + 2);
    expect(h.standIn.responses.length).toBe(before + 2);
  });

  it('answers /brief with no text with help, not an error', async () => {
    const { body } = await command('/brief', '');
    expect(body.response_type).toBe('ephemeral');
    expect(blocksOf(body)[0]).toMatchObject({ type: 'header', text: { text: 'Help: /brief' } });
  });

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

  it('"Share in channel" posts the answer for everyone; "Show more" posts the next page ephemerally', async () => {
    const first = await command('/brief', 'Kerry');
    const [more, share] = buttons(first.body);

    const shareAction = blockActions(h.standIn, share!, { ephemeral: true });
    const shareRes = await postToApp(
      h.appUrl,
      formBody({ payload: JSON.stringify(shareAction) }),
      FORM,
      SIGNING_SECRET,
    );
    expect(shareRes.status).toBe(200);
    const shared = await h.standIn.waitFor<ResponseCall>(
      'response',
      (r) => r.id === String(shareAction.response_url).split('/').pop(),
    );
    expect(shared.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(JSON.stringify(shared.body.blocks)).toContain('Shared by ana');
    expect(buttons(shared.body).map((b) => b.action_id)).not.toContain('briefbot:share');

    const moreAction = blockActions(h.standIn, more!, { ephemeral: true });
    await postToApp(h.appUrl, formBody({ payload: JSON.stringify(moreAction) }), FORM, SIGNING_SECRET);
    const next = await h.standIn.waitFor<ResponseCall>(
      'response',
      (r) => r.id === String(moreAction.response_url).split('/').pop(),
    );
    expect(next.body.response_type).toBe('ephemeral');
    expect(blocksOf(next.body)[0]).toMatchObject({ type: 'header', text: { text: 'Kerry (page 2)' } });
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

  it('splits an answer far over the limits across sections and messages, losing nothing', async () => {
    const fields = slashCommand(h.standIn, { command: '/brief', text: 'long' });
    await postToApp(h.appUrl, formBody(fields), FORM, SIGNING_SECRET);
    const id = fields.response_url!.split('/').pop()!;
    const expectedMessages = Math.ceil((1 + Math.ceil(LONG_LENGTH / LIMITS.sectionText)) / LIMITS.blocksPerMessage);
    await h.standIn.waitFor<ResponseCall>(
      'response',
      () => h.standIn.responses.filter((r) => r.id === id).length >= expectedMessages,
    );
    const parts = h.standIn.responses.filter((r) => r.id === id);
    const sections: string[] = [];
    for (const part of parts) {
      const blocks = blocksOf(part.body);
      expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
      expect(String(part.body.text).length).toBeGreaterThan(0);
      for (const b of blocks) if (b.type === 'section' && 'text' in b) sections.push(b.text.text);
    }
    expect(parts.length).toBeGreaterThan(1);
    for (const s of sections) expect(s.length).toBeLessThanOrEqual(LIMITS.sectionText);
    const joined = sections.join(' ');
    expect(joined).toBe(longText());
  });

  it('turns a failing command into a short ephemeral apology with an id', async () => {
    const { body } = await command('/boom', '');
    expect(body.response_type).toBe('ephemeral');
    expect(String(body.text)).toMatch(/error id [0-9a-f]{8}/);
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
