import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, secretValues } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';

describe('config', () => {
  it('applies defaults and treats empty values as unset', () => {
    const config = loadConfig({ LOG_LEVEL: '', SLACK_PORT: '' }, false);
    expect(config.KNOWLEDGE_DIR).toBe('knowledge');
    expect(config.SLACK_PORT).toBe(3000);
    expect(config.LOG_LEVEL).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names the bad variable and never echoes a secret', () => {
    expect(() => loadConfig({ SLACK_PORT: 'abc' }, false)).toThrow(/SLACK_PORT/);
    expect(() => loadConfig({ DEFAULT_TIMEZONE: 'Mars/Olympus' }, false)).toThrow(/DEFAULT_TIMEZONE/);
    let message = '';
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-very-secret-1234' }, false);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/SLACK_APP_TOKEN .* or SLACK_SIGNING_SECRET/);
    expect(message).not.toContain('very-secret');
  });

  it('takes a PostgreSQL DATABASE_URL, refuses anything else without echoing it, and treats it as a secret', () => {
    const url = 'postgres://bot:pw-123456@db.internal:5432/briefbot';
    const config = loadConfig({ DATABASE_URL: url }, false);
    expect(config.DATABASE_URL).toBe(url);
    expect(secretValues(config)).toContain(url);
    expect(loadConfig({}, false).DATABASE_URL).toBeUndefined();
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:hunter2@h/db' }, false)).toThrow(
      /DATABASE_URL: must be a PostgreSQL URL/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:hunter2@h/db' }, false)).not.toThrow(/hunter2/);
  });
});

describe('logger', () => {
  it('scrubs configured secrets wherever they appear, and redacts token fields', () => {
    const config = loadConfig(
      {
        DISCORD_TOKEN: 'MTIz.discord-secret-token',
        SLACK_BOT_TOKEN: 'xoxb-slack-secret',
        SLACK_APP_TOKEN: 'xapp-1-secret',
      },
      false,
    );
    const lines: string[] = [];
    const log = createLogger({ secrets: secretValues(config), destination: { write: (l) => lines.push(l) } });
    log.error(
      { err: new Error('401 for https://x/api?token=xoxb-slack-secret') },
      'call failed with MTIz.discord-secret-token',
    );
    log.info({ token: 'anything', headers: { authorization: 'Bot abc' } }, 'request');
    const all = lines.join('');
    expect(all).not.toContain('xoxb-slack-secret');
    expect(all).not.toContain('MTIz.discord-secret-token');
    expect(all).not.toContain('Bot abc');
    expect(all).toContain('[secret]');
  });
});
