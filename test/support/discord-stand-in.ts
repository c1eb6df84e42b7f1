/**
 * A stand-in Discord on 127.0.0.1 for end-to-end tests and the benchmark: the REST routes
 * briefbot uses (over HTTP, on a random port) and a gateway over WebSocket that speaks
 * just enough of the protocol for the real discord.js `Client` (hello, identify, heartbeat,
 * READY, GUILD_CREATE, dispatches). Every REST request is recorded so tests can read the
 * exact payloads that would have gone to Discord.
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

export interface StandInUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: '0';
  avatar: null;
  bot?: boolean;
}

export interface InteractionRef {
  id: string;
  token: string;
  /** performance.now() when it was sent over the gateway. */
  sentAt: number;
}

type Override = (request: RecordedRequest) => { status: number; body?: unknown } | undefined;

let next = 1_150_000_000_000_000_000n;
export const snowflake = (): string => String(next++);

const PERMISSIONS = {
  view: 1n << 10n,
  send: 1n << 11n,
  embed: 1n << 14n,
  history: 1n << 16n,
  manageChannels: 1n << 4n,
};
const MEMBER_PERMISSIONS = PERMISSIONS.view | PERMISSIONS.send | PERMISSIONS.embed | PERMISSIONS.history;

export function user(name: string, extra: Partial<StandInUser> = {}): StandInUser {
  return { id: snowflake(), username: name, global_name: name, discriminator: '0', avatar: null, ...extra };
}

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
    const original = this.message(opts.dm ? this.dmChannelId : this.channelId, { ...message }, message.flags ?? 0);
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
    const id = snowflake();
    const mentionsBot = opts.mentionsBot ?? content.includes(`<@${this.bot.id}>`);
    const roles = [...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]!);
    const channelId = opts.dm ? this.dmChannelId : this.channelId;
    const reply = opts.replyTo
      ? {
          type: 19,
          message_reference: {
            type: 0,
            message_id: opts.replyTo.id,
            channel_id: channelId,
            ...(opts.dm ? {} : { guild_id: this.guildId }),
          },
          referenced_message: { ...this.message(channelId, {}), id: opts.replyTo.id, author: opts.replyTo.author },
        }
      : {};
    const base = {
      id,
      type: 0,
      content,
      author: from,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: mentionsBot ? [this.bot] : [],
      mention_roles: roles,
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: 0,
      ...reply,
    };
    const where = opts.dm
      ? { channel_id: this.dmChannelId, channel_type: 1 }
      : {
          channel_id: this.channelId,
          channel_type: 0,
          guild_id: this.guildId,
          member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
        };
    const sentAt = performance.now();
    this.dispatch('MESSAGE_CREATE', { ...base, ...where });
    return { id, sentAt };
  }

  private interaction(
    type: number,
    data: unknown,
    from: StandInUser,
    opts: { dm?: boolean; manager?: boolean },
    extra: object = {},
  ): InteractionRef {
    const id = snowflake();
    const token = `interaction-token-${id}`;
    const permissions = String(MEMBER_PERMISSIONS | (opts.manager ? PERMISSIONS.manageChannels : 0n));
    const where = opts.dm
      ? {
          channel: { id: this.dmChannelId, type: 1, recipients: [from] },
          channel_id: this.dmChannelId,
          user: from,
          context: 1,
        }
      : {
          guild_id: this.guildId,
          channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: 'general', permissions },
          channel_id: this.channelId,
          member: {
            user: from,
            roles: [],
            permissions,
            joined_at: new Date().toISOString(),
            deaf: false,
            mute: false,
            flags: 0,
          },
          guild_locale: 'en-GB',
          context: 0,
        };
    const sentAt = performance.now();
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      data,
      ...where,
      ...extra,
      app_permissions: String(MEMBER_PERMISSIONS),
      locale: 'en-GB',
      entitlements: [],
      authorizing_integration_owners: {},
      attachment_size_limit: 10_485_760,
    });
    return { id, token, sentAt };
  }

  private message(channelId: string, body: any, flags = 0): Record<string, unknown> {
    return {
      id: snowflake(),
      channel_id: channelId,
      type: 0,
      content: body.content ?? '',
      author: this.bot,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      pinned: false,
      flags: body.flags ?? flags,
      application_id: this.applicationId,
    };
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
    send('READY', {
      v: 10,
      user: this.bot,
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: `session-${snowflake()}`,
      resume_gateway_url: `ws://127.0.0.1:${this.port}`,
      application: { id: this.applicationId, flags: 0 },
      shard: [0, 1],
    });
    send('GUILD_CREATE', {
      id: this.guildId,
      name: 'Newsroom',
      owner_id: snowflake(),
      unavailable: false,
      large: false,
      member_count: 2,
      joined_at: new Date().toISOString(),
      roles: [
        {
          id: this.guildId,
          name: '@everyone',
          permissions: String(MEMBER_PERMISSIONS),
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
        {
          id: this.botRoleId,
          name: 'briefbot',
          permissions: String(MEMBER_PERMISSIONS),
          position: 1,
          color: 0,
          hoist: false,
          managed: true,
          mentionable: true,
          flags: 0,
          tags: { bot_id: this.bot.id },
        },
      ],
      channels: [{ id: this.channelId, type: 0, name: 'general', position: 0, permission_overwrites: [] }],
      members: [],
      emojis: [],
      stickers: [],
      threads: [],
      presences: [],
      voice_states: [],
      features: [],
      stage_instances: [],
      guild_scheduled_events: [],
    });
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
    const { status, body } = this.override?.(request) ?? this.route(request);
    request.response = body;
    // A 204 has no body and, as from Discord, no content-type (discord.js would parse one).
    res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
    for (const waiter of this.waiters.filter((w) => w.match(request))) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(request);
    }
  }

  private route(r: RecordedRequest): { status: number; body?: unknown } {
    const { method, path } = r;
    const authorised = r.authorization === `Bot ${this.token}`;
    const denied = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    let m: RegExpExecArray | null;
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    if ((m = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.exec(path))) {
      if (method === 'PATCH') return { status: 200, body: this.message(this.channelId, r.body) };
      if (method === 'DELETE') return { status: 204 };
    }
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path))
      return { status: 200, body: this.message(this.channelId, r.body) };
    if (!authorised) return denied;
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        status: 200,
        body: {
          url: `ws://127.0.0.1:${this.port}`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      };
    }
    if (method === 'GET' && path === '/applications/@me')
      return { status: 200, body: { id: this.applicationId, name: 'briefbot', bot: this.bot, flags: 0 } };
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return {
        status: 200,
        body: (r.body as object[]).map((c) => ({
          ...c,
          id: snowflake(),
          application_id: this.applicationId,
          version: snowflake(),
        })),
      };
    }
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(path)) && method === 'POST')
      return { status: 200, body: this.message(m[1]!, r.body) };
    if (/^\/channels\/\d+\/typing$/.test(path) && method === 'POST') return { status: 204 };
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }
}
