/**
 * The Slack adapter: a Bolt `App` in Socket Mode when `SLACK_APP_TOKEN` is set (no public
 * URL needed: the default for a team's internal app), else in HTTP mode on `SLACK_PORT`
 * with `SLACK_SIGNING_SECRET`. `SLACK_API_URL` points the Web API client elsewhere
 * (GovSlack, a test stand-in). Built without touching the network; `start()` checks the
 * token (`auth.test`) and connects.
 *
 * @example
 * ```ts
 * const slack = createSlackAdapter({ core, config, log });
 * await slack?.start();
 * ```
 */
import { App, HTTPReceiver } from '@slack/bolt';
import { secretValues } from '../../config.ts';
import type { AdapterDeps, AdapterFactory, ChatAdapter } from '../../core/adapter.ts';
import type { Reply } from '../../core/reply.ts';
import { postAll, registerHandlers } from './app.ts';
import { boltLevelOf, boltLogger } from './bolt-logger.ts';
import { seenEvents } from './dedupe.ts';
import { refuseFutureRequests } from './freshness.ts';
import { manageCheck } from './permissions.ts';
import { checkSlack } from './preflight.ts';

export interface SlackAdapter extends ChatAdapter {
  /** Socket Mode or HTTP mode, as chosen by the settings. */
  readonly mode: 'socket' | 'http';
  /** The port the HTTP receiver listens on once started (useful with SLACK_PORT=0). */
  port(): number | undefined;
}

export interface SlackAdapterOptions {
  /** Web API retries; tests set 0 so a refused call fails at once. Bolt's default otherwise. */
  retries?: number;
  /** How long the start-up check (`auth.test`) may take (10 s by default). */
  startTimeoutMs?: number;
}

/** Builds the adapter; `createSlackAdapter` is this behind the "is a token set?" check. */
export function buildSlackAdapter(deps: AdapterDeps, options: SlackAdapterOptions = {}): SlackAdapter {
  const { config, core } = deps;
  const log = deps.log.child({ platform: 'slack' });
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error('SLACK_BOT_TOKEN is not set');
  const mode = config.SLACK_APP_TOKEN ? 'socket' : 'http';
  const logLevel = boltLevelOf(log);
  const logger = boltLogger(log, secretValues(config), logLevel);
  // HTTP mode: Bolt's own receiver, with requests dated in the future refused before it reads them.
  const receiver =
    mode === 'http'
      ? new HTTPReceiver({ signingSecret: config.SLACK_SIGNING_SECRET ?? '', logger, logLevel })
      : undefined;
  if (receiver) receiver.requestListener = refuseFutureRequests(receiver.requestListener, log);
  const app = new App({
    token,
    logger,
    logLevel,
    deferInitialization: true,
    clientOptions: {
      ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
      ...(options.retries !== undefined ? { retryConfig: { retries: options.retries } } : {}),
    },
    ...(mode === 'socket' ? { socketMode: true, appToken: config.SLACK_APP_TOKEN } : { receiver }),
  });
  registerHandlers(app, {
    core,
    log,
    manage: manageCheck(config.SLACK_MANAGE_POLICY, core.deps.clock, log),
    seen: seenEvents(core.deps.clock),
  });

  let state: 'new' | 'starting' | 'started' | 'stopped' = 'new';
  let port: number | undefined;
  return {
    platform: 'slack',
    mode,
    port: () => port,
    async start() {
      if (state !== 'new') return;
      state = 'starting';
      let server: unknown;
      try {
        // Fails within the timeout naming the URL and the cause, instead of retrying for half an hour.
        await checkSlack(token, config.SLACK_API_URL, options.startTimeoutMs);
        await app.init();
        server = await app.start(config.SLACK_PORT);
      } catch (error) {
        state = 'new';
        throw error;
      }
      const address = mode === 'http' ? (server as { address?: () => unknown }).address?.() : undefined;
      if (address && typeof address === 'object' && 'port' in address) port = Number(address.port);
      state = 'started';
      log.info({ mode, ...(port !== undefined ? { port } : {}) }, 'slack adapter started');
    },
    async stop() {
      if (state !== 'started') return;
      state = 'stopped';
      await app.stop();
      log.info('slack adapter stopped');
    },
    async send(channelId: string, reply: Reply) {
      await postAll(app.client, channelId, reply, { visibility: 'channel' });
    },
  };
}

/** Slack runs whenever `SLACK_BOT_TOKEN` is set, beside any other configured platform. */
export const createSlackAdapter: AdapterFactory = (deps) =>
  deps.config.SLACK_BOT_TOKEN ? buildSlackAdapter(deps) : undefined;
