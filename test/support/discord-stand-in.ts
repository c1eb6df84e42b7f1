/**
 * A stand-in Discord on 127.0.0.1 for end-to-end tests and the benchmark: the REST routes
 * briefbot uses (over HTTP, on a random port) and a gateway over WebSocket that speaks
 * just enough of the protocol for the real discord.js `Client` (hello, identify, heartbeat,
 * READY, GUILD_CREATE, dispatches). Every REST request is recorded so tests can read the
 * exact payloads that would have gone to Discord. The payloads it dispatches are built in
 * discord-gateway-payloads.ts, its REST answers in discord-rest-routes.ts.
 *
 * Facts from discord.js 14.28 / @discordjs/ws 1.2 that shape it: the gateway URL comes
 * only from `GET /gateway/bot`; without zlib-sync frames are plain JSON; the client waits
 * for GUILD_CREATE of every guild in READY; INTERACTION_CREATE needs `entitlements` and
 * `authorizing_integration_owners`; a DM MESSAGE_CREATE needs `channel_type: 1`.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  botMessage,
  interactionPayload,
  messageCreatePayload,
  readyPayloads,
  snowflake,
  user,
  type StandInUser,
} from './discord-gateway-payloads.ts';
import { routeRest } from './discord-rest-routes.ts';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body (undefined when empty). */
  body: any;
  authorization?: string;
  /** performance.now() when the request arrived. */
  at: number;
  /** What the stand-in answered (a posted message, with the id Discord gave it). */
  response?: any;
}

export interface InteractionRef {
  id: string;
  token: string;
  /** performance.now() when it was sent over the gateway. */
  sentAt: number;
}

type Override = (request: RecordedRequest) => { status: number; body?: unknown } | undefined;

export class DiscordStandIn {
  readonly token = `stand-in.${Math.random().toString(36).slice(2)}.bot-token-${Date.now()}`;
  readonly applicationId = snowflake();
  readonly bot = user('briefbot', { bot: true, id: this.applicationId });
  /** The role Discord manages for the bot in the guild (tags.bot_id), which the @ picker offers. */
  readonly botRoleId = snowflake();
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly dmChannelId = snowflake();
  readonly requests: RecordedRequest[] = [];
  /** Payloads the client sent over the gateway (identify, heartbeats). */
  readonly gatewayFrames: { op: number; d: any }[] = [];
  override: Override | undefined;
  /** Close the gateway with this code on identify (4014: the Message Content intent is not enabled). */
  refuseIdentify: number | undefined;

  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private sequence = 0;
  private waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];

  private constructor() {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (socket) => this.onSocket(socket));
  }

  static async start(): Promise<DiscordStandIn> {
    const standIn = new DiscordStandIn();
    standIn.server.listen(0, '127.0.0.1');
    await once(standIn.server, 'listening');
    return standIn;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What DISCORD_API_URL is set to. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves with the first recorded request (past or future) that `match` accepts. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 15_000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('stand-in: no matching request arrived')), timeoutMs);
      this.waiters.push({ match, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  /** Every request made for one interaction: its callback and the webhook calls with its token. */
  requestsFor(ref: InteractionRef): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/${ref.token}/`) || r.path.endsWith(`/${ref.token}`));
  }

  dispatch(t: string, d: unknown): void {
    const frame = JSON.stringify({ op: 0, t, s: ++this.sequence, d });
    for (const socket of this.sockets) socket.send(frame);
  }

  /** A slash command from `from` in the guild channel (or in a DM with `dm`). */
  slash(
    name: string,
    options: { name: string; type: number; value: unknown; focused?: boolean }[],
    from = user('reader'),
    opts: { dm?: boolean; manager?: boolean; autocomplete?: boolean } = {},
  ): InteractionRef {
    return this.interaction(opts.autocomplete ? 4 : 2, { id: snowflake(), name, type: 1, options }, from, opts);
  }

  /** A press on a button of `message` (which carries the original's flags: 64 for ephemeral). */
  button(
    customId: string,
    message: { flags?: number; embeds?: unknown[]; components?: unknown[] } = {},
    from = user('reader'),
    opts: { dm?: boolean } = {},
  ): InteractionRef {
    const original = botMessage(this, opts.dm ? this.dmChannelId : this.channelId, { ...message }, message.flags ?? 0);
    return this.interaction(3, { custom_id: customId, component_type: 2 }, from, opts, { message: original });
  }

  /**
   * A message posted by `from`; `mention` puts the bot in `mentions` as Discord does for
   * `<@id>`, and `<@&id>` in the content fills `mention_roles`. `replyTo` makes it a reply
   * (without a ping unless `mentionsBot`) to a message, as Discord sends one.
   */
  messageCreate(
    content: string,
    from = user('reader'),
    opts: { dm?: boolean; mentionsBot?: boolean; replyTo?: { id: string; author: StandInUser } } = {},
  ): { id: string; sentAt: number } {
    const { id, payload } = messageCreatePayload(this, content, from, opts);
    const sentAt = performance.now();
    this.dispatch('MESSAGE_CREATE', payload);
    return { id, sentAt };
  }

  private interaction(
    type: number,
    data: unknown,
    from: StandInUser,
    opts: { dm?: boolean; manager?: boolean },
    extra: object = {},
  ): InteractionRef {
    const { id, token, payload } = interactionPayload(this, type, data, from, opts, extra);
    const sentAt = performance.now();
    this.dispatch('INTERACTION_CREATE', payload);
    return { id, token, sentAt };
  }

  private onSocket(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: any };
      this.gatewayFrames.push(frame);
      if (frame.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (frame.op === 2) {
        if (frame.d?.token !== this.token) return void socket.close(4004, 'Authentication failed.');
        if (this.refuseIdentify) return void socket.close(this.refuseIdentify, 'Disallowed intent(s).');
        this.ready(socket);
      }
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
  }

  private ready(socket: WebSocket): void {
    const send = (t: string, d: unknown) => socket.send(JSON.stringify({ op: 0, t, s: ++this.sequence, d }));
    for (const [t, d] of readyPayloads(this)) send(t, d);
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const text = Buffer.concat(chunks).toString('utf8');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname.replace(/^\/api\/v10/, '')),
      query: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
      authorization: req.headers.authorization,
      at: performance.now(),
    };
    this.requests.push(request);
    const { status, body } = this.override?.(request) ?? routeRest(this, request);
    request.response = body;
    // A 204 has no body and, as from Discord, no content-type (discord.js would parse one).
    res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
    for (const waiter of this.waiters.filter((w) => w.match(request))) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(request);
    }
  }
}
