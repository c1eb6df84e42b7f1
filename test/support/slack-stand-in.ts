/**
 * A stand-in Slack on 127.0.0.1 for end-to-end tests: the Web API (`POST /api/{method}`,
 * form or JSON bodies, as @slack/web-api sends them), `response_url` endpoints, and the
 * Socket Mode WebSocket (`apps.connections.open` → ws → `hello` → envelopes → acks). It
 * records every call so tests can wait for what the real Bolt app did. What Slack sends
 * the app (requests signed as Slack signs them, slash commands, events, button presses)
 * is built in slack-app-requests.ts.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface ApiCall {
  method: string;
  /** Arguments with `blocks` and other JSON-string fields parsed back into values. */
  args: Record<string, unknown>;
  authorization?: string;
}

export interface ResponseCall {
  id: string;
  body: Record<string, unknown>;
}

type ApiHandler = (args: Record<string, unknown>) => Record<string, unknown>;

const BOT = {
  user_id: 'UBOT',
  bot_id: 'BBOT',
  team_id: 'T1',
  team: 'Stand-in',
  user: 'briefbot',
  url: 'https://stand-in.slack.test/',
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseArgs(raw: string, contentType = ''): Record<string, unknown> {
  if (contentType.includes('json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? safeParse(value) : value;
  }
  return args;
}

function safeParse(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export class SlackStandIn extends EventEmitter {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseCall[] = [];
  readonly acks: Record<string, unknown>[] = [];
  private readonly handlers = new Map<string, ApiHandler>();
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private ts = 1_450_000_000;

  constructor() {
    super();
    this.server = createServer(
      (req, res) =>
        void this.route(req).then(
          ([status, body]) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
          (error: unknown) => res.writeHead(500).end(String(error)),
        ),
    );
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('message', (data) => {
        const ack = JSON.parse(String(data)) as Record<string, unknown>;
        this.acks.push(ack);
        this.emit('ack', ack);
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
      this.emit('socket');
    });
    this.on('error', () => {});
  }

  /** Starts listening on a random port of 127.0.0.1. */
  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** What to give the app as SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A fresh `response_url` on the stand-in. */
  responseUrl(): string {
    return `${this.url}/response/${randomBytes(4).toString('hex')}`;
  }

  /** Replaces the answer to one Web API method. */
  answer(method: string, handler: ApiHandler): void {
    this.handlers.set(method, handler);
  }

  private async route(req: IncomingMessage): Promise<[number, unknown]> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.url);
    const api = /^\/api\/(.+)$/.exec(url.pathname);
    if (api) {
      const method = api[1]!;
      const call: ApiCall = {
        method,
        args: parseArgs(raw, req.headers['content-type']),
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      };
      this.calls.push(call);
      this.emit('call', call);
      return [200, this.apiAnswer(call)];
    }
    const response = /^\/response\/(.+)$/.exec(url.pathname);
    if (response) {
      const call: ResponseCall = { id: response[1]!, body: JSON.parse(raw) as Record<string, unknown> };
      this.responses.push(call);
      this.emit('response', call);
      return [200, { ok: true }];
    }
    return [404, { ok: false, error: 'unknown_path' }];
  }

  private apiAnswer(call: ApiCall): Record<string, unknown> {
    const custom = this.handlers.get(call.method);
    if (custom) return custom(call.args);
    switch (call.method) {
      case 'auth.test':
        return { ok: true, ...BOT };
      case 'apps.connections.open':
        return { ok: true, url: `${this.url.replace(/^http/, 'ws')}/socket` };
      case 'chat.postMessage':
        return { ok: true, channel: call.args.channel, ts: `${this.ts++}.000100`, message: { text: call.args.text } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${this.ts++}.000200` };
      case 'users.info':
        return { ok: true, user: { id: call.args.user, is_admin: false, is_owner: false } };
      default:
        return { ok: true };
    }
  }

  /** Resolves with the first recorded item (past or future) that matches; rejects after `timeoutMs`. */
  async waitFor<T>(kind: 'call' | 'response' | 'ack', match: (item: T) => boolean, timeoutMs = 15_000): Promise<T> {
    const past = (kind === 'call' ? this.calls : kind === 'response' ? this.responses : this.acks) as unknown as T[];
    const found = past.find(match);
    if (found) return found;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off(kind, listener);
        reject(new Error(`stand-in Slack: no matching ${kind} within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (item: T) => {
        if (!match(item)) return;
        clearTimeout(timer);
        this.off(kind, listener);
        resolve(item);
      };
      this.on(kind, listener);
    });
  }

  /** Web API calls of `method` made so far. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until a Socket Mode client has connected. */
  async connected(timeoutMs = 15_000): Promise<void> {
    if (this.sockets.size > 0) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('stand-in Slack: no socket connection')), timeoutMs);
      this.once('socket', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Sends a Socket Mode envelope and resolves with the app's ack `{ envelope_id, payload }`. */
  async envelope(
    type: 'slash_commands' | 'events_api' | 'interactive',
    payload: unknown,
    extra: Record<string, unknown> = {},
  ): Promise<Record<string, unknown>> {
    const envelope_id = randomBytes(8).toString('hex');
    const message = JSON.stringify({
      envelope_id,
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      ...extra,
    });
    const acked = this.waitFor<Record<string, unknown>>('ack', (a) => a.envelope_id === envelope_id);
    for (const socket of this.sockets) socket.send(message);
    return acked;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
