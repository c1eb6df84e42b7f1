/**
 * The small interface every chat platform implements (Slack, Discord, the shell). The
 * required part is four members; anything more is a platform's own business. Adapters
 * are thin: parse a platform event into `Incoming`, call the core, render the `Reply`.
 */
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Core } from './core.ts';
import type { Platform } from './incoming.ts';
import type { Reply } from './reply.ts';

export interface ChatAdapter {
  readonly platform: Platform;
  /** Connects and starts receiving; resolves once ready. */
  start(): Promise<void>;
  /** Disconnects; safe to call twice. */
  stop(): Promise<void>;
  /** Posts a reply in a channel unprompted: digests and reminders come this way. */
  send(channelId: string, reply: Reply): Promise<void>;
}

export interface AdapterDeps {
  core: Core;
  config: Config;
  log: Logger;
}

/** Builds an adapter when its settings are present; returns undefined otherwise. */
export type AdapterFactory = (deps: AdapterDeps) => ChatAdapter | undefined;

/**
 * A platform could not start. The message names the URL, the cause and what to check.
 * `retryable` says whether trying again later may help (the network, the platform being
 * down) or not (a token refused): `start` retries the first kind with backoff while the
 * other platforms serve, and stops on the second.
 */
export class PlatformStartError extends Error {
  override readonly name = 'PlatformStartError';
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
