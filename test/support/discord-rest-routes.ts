/**
 * The REST side of the stand-in Discord: what it answers to each route briefbot calls
 * (interaction callbacks and webhooks, the gateway URL, the application, command
 * registration, channel messages and typing), given one recorded request.
 *
 * Kept apart from discord-stand-in.ts so that the routes Discord would serve read as one
 * table, away from the server plumbing that records requests and wakes the waiters.
 */
import { botMessage, snowflake, type StandInIds } from './discord-gateway-payloads.ts';
import type { RecordedRequest } from './discord-stand-in.ts';

/** The stand-in's answer to `r`: 401 without the bot token (except the token-bearing webhooks), 404 off the map. */
export function routeRest(
  standIn: StandInIds & { token: string },
  r: RecordedRequest,
): { status: number; body?: unknown } {
  const { method, path } = r;
  const authorised = r.authorization === `Bot ${standIn.token}`;
  const denied = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
  let m: RegExpExecArray | null;
  if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204 };
  if ((m = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.exec(path))) {
    if (method === 'PATCH') return { status: 200, body: botMessage(standIn, standIn.channelId, r.body) };
    if (method === 'DELETE') return { status: 204 };
  }
  if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path))
    return { status: 200, body: botMessage(standIn, standIn.channelId, r.body) };
  if (!authorised) return denied;
  if (method === 'GET' && path === '/gateway/bot') {
    return {
      status: 200,
      body: {
        url: `ws://127.0.0.1:${standIn.port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      },
    };
  }
  if (method === 'GET' && path === '/applications/@me')
    return { status: 200, body: { id: standIn.applicationId, name: 'briefbot', bot: standIn.bot, flags: 0 } };
  if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
    return {
      status: 200,
      body: (r.body as object[]).map((c) => ({
        ...c,
        id: snowflake(),
        application_id: standIn.applicationId,
        version: snowflake(),
      })),
    };
  }
  if ((m = /^\/channels\/(\d+)\/messages$/.exec(path)) && method === 'POST')
    return { status: 200, body: botMessage(standIn, m[1]!, r.body) };
  if (/^\/channels\/\d+\/typing$/.test(path) && method === 'POST') return { status: 204 };
  return { status: 404, body: { message: '404: Not Found', code: 0 } };
}
