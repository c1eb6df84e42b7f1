/**
 * Starts the real Slack adapter (a real Bolt `App`) against a fresh stand-in Slack, with
 * random ports on 127.0.0.1, and stops both in the right order (the app first, so the
 * Socket Mode client does not try to reconnect to a closed stand-in).
 */
import type { Logger } from 'pino';
import type { Core } from '../../src/core/core.ts';
import { loadConfig } from '../../src/config.ts';
import { buildSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/index.ts';
import { silentLogger } from '../../src/log.ts';
import { testCore } from './slack-fixtures.ts';
import { SlackStandIn } from './slack-stand-in.ts';

export const BOT_TOKEN = 'xoxb-1111-2222-standinbottoken';
export const APP_TOKEN = 'xapp-1-A1-3333-standinapptoken';
export const SIGNING_SECRET = 'standin-signing-secret-0123456789';

export interface Harness {
  standIn: SlackStandIn;
  adapter: SlackAdapter;
  /** Base URL of the app's HTTP receiver (HTTP mode only). */
  appUrl: string;
  close(): Promise<void>;
}

export async function startSlack(
  options: { socketMode?: boolean; log?: Logger; env?: Record<string, string>; core?: Core } = {},
): Promise<Harness> {
  const standIn = await new SlackStandIn().start();
  const log = options.log ?? silentLogger();
  const config = loadConfig(
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_PORT: '0',
      SLACK_API_URL: standIn.apiUrl,
      ...(options.socketMode ? { SLACK_APP_TOKEN: APP_TOKEN } : {}),
      ...options.env,
    },
    false,
  );
  const adapter = buildSlackAdapter({ core: options.core ?? testCore(log), config, log }, { retries: 0 });
  try {
    await adapter.start();
  } catch (error) {
    await standIn.close();
    throw error;
  }
  return {
    standIn,
    adapter,
    appUrl: `http://127.0.0.1:${adapter.port() ?? 0}`,
    async close() {
      await adapter.stop();
      await standIn.close();
    },
  };
}
