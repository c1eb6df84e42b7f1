/**
 * The same conversation over Socket Mode: the real Bolt app opens a connection through
 * `apps.connections.open` with the app token, gets `hello`, and acks envelopes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBlock } from '../../src/adapters/slack/render.ts';
import { APP_TOKEN, startSlack, type Harness } from '../support/slack-harness.ts';
import { blockActions, eventCallback, slashCommand } from '../support/slack-app-requests.ts';
import type { ApiCall, ResponseCall } from '../support/slack-stand-in.ts';

let h: Harness;

beforeAll(async () => {
  h = await startSlack({ socketMode: true });
  await h.standIn.connected();
});
afterAll(async () => {
  await h?.close();
});

const buttons = (body: Record<string, unknown>) =>
  (body.blocks as SlackBlock[]).flatMap((b) => (b.type === 'actions' ? b.elements : []));
const idOf = (url: unknown) => String(url).split('/').pop();

describe('Slack over Socket Mode', () => {
  it('opens the connection with the app token, not the bot token', () => {
    expect(h.adapter.mode).toBe('socket');
    const open = h.standIn.callsOf('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.authorization).toBe(`Bearer ${APP_TOKEN}`);
  });

  it('acks a slash command envelope and answers on its response_url', async () => {
    const fields = slashCommand(h.standIn, { command: '/brief', text: 'Kerry' });
    const ack = await h.standIn.envelope('slash_commands', fields);
    expect(ack).toHaveProperty('envelope_id');
    const { body } = await h.standIn.waitFor<ResponseCall>('response', (r) => r.id === idOf(fields.response_url));
    expect(body.response_type).toBe('ephemeral');
    expect(body.blocks).toContainEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Kerry (page 1)', emoji: true },
    });

    const share = buttons(body).find((b) => b.action_id === 'briefbot:share')!;
    const pressed = blockActions(h.standIn, share, { ephemeral: true });
    await h.standIn.envelope('interactive', pressed);
    const shared = await h.standIn.waitFor<ResponseCall>('response', (r) => r.id === idOf(pressed.response_url));
    expect(shared.body.response_type).toBe('in_channel');
  });

  it('answers a mention in its thread, once even when the envelope is retried', async () => {
    const payload = eventCallback(
      {
        type: 'app_mention',
        user: 'U1',
        text: '<@UBOT> when is the New York meeting?',
        ts: '1450170100.000100',
        channel: 'C20',
      },
      'EvSOCKET1',
    );
    await h.standIn.envelope('events_api', payload);
    const posted = await h.standIn.waitFor<ApiCall>(
      'call',
      (c) => c.method === 'chat.postMessage' && c.args.channel === 'C20',
    );
    expect(posted.args.thread_ts).toBe('1450170100.000100');
    expect(posted.authorization).toContain('xoxb-');

    await h.standIn.envelope('events_api', payload, { retry_attempt: 1, retry_reason: 'timeout' });
    await h.standIn.envelope(
      'events_api',
      eventCallback({
        type: 'message',
        channel_type: 'im',
        user: 'U1',
        text: 'and a DM',
        ts: '1450170101.000100',
        channel: 'D20',
      }),
    );
    await h.standIn.waitFor<ApiCall>('call', (c) => c.method === 'chat.postMessage' && c.args.channel === 'D20');
    expect(h.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C20')).toHaveLength(1);
  });
});
