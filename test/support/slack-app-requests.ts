/**
 * What Slack sends to the app in HTTP mode and over Socket Mode, built as Slack builds it:
 * the request signature and a signed POST to `/slack/events`, slash command fields, Events
 * API envelopes and `block_actions` payloads.
 *
 * Kept apart from slack-stand-in.ts, which plays the Slack servers the app calls, because
 * these go the other way (Slack to the app) and tests build them without a server.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { SlackStandIn } from './slack-stand-in.ts';

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:{timestamp}:{body}`. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPost {
  status: number;
  text: string;
}

/**
 * POSTs `body` to the app's `/slack/events` as Slack would. `signWith` and `timestamp`
 * let a test forge or age the request.
 */
export async function postToApp(
  appUrl: string,
  body: string,
  contentType: string,
  signWith: string,
  timestamp = Math.floor(Date.now() / 1000),
  headers: Record<string, string> = {},
): Promise<SignedPost> {
  const res = await fetch(`${appUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(signWith, timestamp, body),
      ...headers,
    },
    body,
  });
  return { status: res.status, text: await res.text() };
}

/** A slash command payload as Slack sends it (form fields). */
export function slashCommand(
  standIn: SlackStandIn,
  fields: { command: string; text?: string; user_id?: string; channel_id?: string; channel_name?: string },
): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T1',
    team_domain: 'stand-in',
    channel_id: fields.channel_id ?? 'C1',
    channel_name: fields.channel_name ?? 'general',
    user_id: fields.user_id ?? 'U1',
    user_name: 'ana',
    command: fields.command,
    text: fields.text ?? '',
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: standIn.responseUrl(),
    trigger_id: 'trigger.1',
  };
}

export const formBody = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** An Events API envelope (`event_callback`) around `event`. */
export function eventCallback(
  event: Record<string, unknown>,
  eventId = `Ev${randomBytes(5).toString('hex').toUpperCase()}`,
): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_450_000_000,
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
  };
}

/** A `block_actions` payload for a press of `button` on a message. */
export function blockActions(
  standIn: SlackStandIn,
  button: { action_id: string; value: string },
  where: { channel?: string; ephemeral?: boolean; ts?: string; thread_ts?: string } = {},
): Record<string, unknown> {
  const channel = where.channel ?? 'C1';
  return {
    type: 'block_actions',
    team: { id: 'T1', domain: 'stand-in' },
    user: { id: 'U1', username: 'ana', name: 'ana', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: where.ts ?? '1450000000.000100',
      channel_id: channel,
      is_ephemeral: where.ephemeral ?? true,
      ...(where.thread_ts ? { thread_ts: where.thread_ts } : {}),
    },
    trigger_id: 'trigger.2',
    channel: { id: channel, name: 'general' },
    ...(where.ephemeral === false
      ? { message: { ts: where.ts ?? '1450000000.000100', ...(where.thread_ts ? { thread_ts: where.thread_ts } : {}) } }
      : {}),
    response_url: standIn.responseUrl(),
    actions: [
      {
        type: 'button',
        action_id: button.action_id,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x' },
        value: button.value,
        action_ts: '1450000001.000000',
      },
    ],
  };
}
