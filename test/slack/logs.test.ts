/**
 * Tokens never reach the log: the real app at debug level, against a stand-in that echoes
 * the tokens back in its error answers (as a misbehaving proxy might), with the logger
 * built the way `npm start` builds it.
 */
import { LogLevel } from '@slack/bolt';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { boltLogger } from '../../src/adapters/slack/bolt-logger.ts';
import { createLogger } from '../../src/log.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, startSlack } from '../support/slack-harness.ts';
import { eventCallback } from '../support/slack-app-requests.ts';
import type { ApiCall } from '../support/slack-stand-in.ts';

const SECRETS = [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET];

describe('secrets in logs', () => {
  it('keeps the bot token, app token and signing secret out of every log line', async () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'debug', secrets: SECRETS, destination: { write: (l) => void lines.push(l) } });
    const h = await startSlack({ socketMode: true, log });
    try {
      await h.standIn.connected();
      h.standIn.answer('chat.postMessage', () => ({
        ok: false,
        error: 'invalid_auth',
        echoed: { bot: BOT_TOKEN, app: APP_TOKEN, secret: SIGNING_SECRET },
      }));
      await h.standIn.envelope(
        'events_api',
        eventCallback({
          type: 'app_mention',
          user: 'U1',
          text: '<@UBOT> hello',
          ts: '1450170200.000100',
          channel: 'C30',
        }),
      );
      await h.standIn.waitFor<ApiCall>('call', (c) => c.method === 'chat.postEphemeral' && c.args.channel === 'C30');
    } finally {
      await h.close();
    }
    const output = lines.join('');
    expect(output).toContain('slack handler failed');
    // The tokens did reach the logger (in the echoed error), and were replaced.
    expect(output).toContain('[secret]');
    for (const secret of SECRETS) expect(output).not.toContain(secret);
    for (const secret of SECRETS) expect(output).not.toContain(secret.slice(5));
  });

  it("scrubs Bolt's own lines even when pino was built without the secrets", () => {
    const lines: string[] = [];
    const bare = pino({ level: 'debug' }, { write: (l: string) => void lines.push(l) });
    const logger = boltLogger(bare, SECRETS, LogLevel.DEBUG);
    logger.error(
      'request failed for',
      { headers: { Authorization: `Bearer ${BOT_TOKEN}` } },
      new Error(`bad ${APP_TOKEN}`),
    );
    logger.debug(`body: token=${BOT_TOKEN}`);
    logger.setLevel(LogLevel.WARN);
    logger.info('dropped below the level');
    const output = lines.join('');
    expect(lines).toHaveLength(2);
    for (const secret of SECRETS) expect(output).not.toContain(secret);
    expect(output).toContain('Bearer [secret]');
  });
});
