/**
 * Start-up checks of the platforms: unreachable, hung or refusing, each fails within the
 * time limit naming the URL and the cause, and says whether a retry can help; `start`
 * then retries with backoff while the other platforms serve (fake timers).
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { discordAdapter } from '../../src/adapters/discord/index.ts';
import { buildSlackAdapter } from '../../src/adapters/slack/index.ts';
import { startPlatforms } from '../../src/cli/start-platforms.ts';
import { loadConfig } from '../../src/config.ts';
import { PlatformStartError, type ChatAdapter } from '../../src/core/adapter.ts';
import { recordingLogger } from '../scheduling/fixtures.ts';
import { testCore } from '../support/slack-fixtures.ts';
import { SlackStandIn } from '../support/slack-stand-in.ts';
import { silentLogger } from '../../src/log.ts';

const TOKEN = 'xoxb-1111-2222-startuptoken';

/**
 * A server that drops every connection at once: the platform is unreachable. (A closed
 * port would do too, but another test running in parallel may take it meanwhile.)
 */
async function droppingServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** A server that accepts connections and never answers. */
async function silentServer(): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((s) => sockets.add(s));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/`;
  return {
    server,
    url,
    close: () => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), server.close(() => r()))),
  };
}

const slack = (apiUrl: string, startTimeoutMs = 10_000) =>
  buildSlackAdapter(
    {
      core: testCore(),
      log: silentLogger(),
      config: loadConfig(
        { SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: 'x'.repeat(20), SLACK_PORT: '0', SLACK_API_URL: apiUrl },
        false,
      ),
    },
    { retries: 0, startTimeoutMs },
  );

async function failure(start: () => Promise<void>): Promise<{ error: PlatformStartError; ms: number }> {
  const t = Date.now();
  const error = await start().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlatformStartError);
  return { error: error as PlatformStartError, ms: Date.now() - t };
}

describe('Slack start-up check', () => {
  it('unreachable: fails at once with the URL and the cause, retryable', async () => {
    const dropping = await droppingServer();
    const url = `http://127.0.0.1:${dropping.port}/api/`;
    try {
      const { error, ms } = await failure(() => slack(url).start());
      expect(error.message).toContain(url);
      expect(error.message).toMatch(
        /^cannot reach Slack's Web API at .*\((other side closed|.*ECONNRESET.*|socket hang up)\): check the network/,
      );
      expect(error.retryable).toBe(true);
      expect(ms).toBeLessThan(10_000);
    } finally {
      await dropping.close();
    }
  });

  it('hung: gives up after its timeout (10 s by default; 300 ms here) naming the URL', async () => {
    const hung = await silentServer();
    try {
      const { error, ms } = await failure(() => slack(hung.url, 300).start());
      expect(error.message).toBe(
        `cannot reach Slack's Web API at ${hung.url} (no answer within 0.3 s): ` +
          'check the network, a firewall or proxy, and SLACK_API_URL',
      );
      expect(error.retryable).toBe(true);
      expect(ms).toBeLessThan(5_000);
    } finally {
      await hung.close();
    }
  });

  it('a refused token: says which setting to fix, and is not retried', async () => {
    const standIn = await new SlackStandIn().start();
    standIn.answer('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    try {
      const { error } = await failure(() => slack(standIn.apiUrl).start());
      expect(error.message).toMatch(/refused SLACK_BOT_TOKEN \(invalid_auth\): copy the Bot User OAuth Token/);
      expect(error.message).not.toContain(TOKEN);
      expect(error.retryable).toBe(false);
    } finally {
      await standIn.close();
    }
  });
});

describe('Discord start-up check', () => {
  it('unreachable: fails within the time limit with the URL and the cause, retryable', async () => {
    const dropping = await droppingServer();
    const url = `http://127.0.0.1:${dropping.port}/api`;
    try {
      const config = loadConfig({ DISCORD_TOKEN: 'MTIz.abc.def-startup', DISCORD_API_URL: url }, false);
      const adapter = discordAdapter({ core: testCore(), log: silentLogger(), config }, { startTimeoutMs: 3_000 });
      const { error, ms } = await failure(() => adapter.start());
      expect(error.message).toMatch(
        new RegExp(`^Discord login failed: cannot reach Discord at ${url} \\(.+\\): check the network`),
      );
      expect(error.retryable).toBe(true);
      expect(ms).toBeLessThan(10_000);
    } finally {
      await dropping.close();
    }
  }, 20_000);
});

describe('start: retry with backoff while the others serve', () => {
  afterEach(() => vi.useRealTimers());

  it('starts the reachable platform at once and the other after 30 s and 60 s of backoff', async () => {
    vi.useFakeTimers();
    const { log, lines } = recordingLogger();
    const started: string[] = [];
    let slackFailures = 2;
    const adapter = (platform: 'slack' | 'discord', start: () => Promise<void>): ChatAdapter => ({
      platform,
      start,
      stop: async () => {},
      send: async () => {},
    });
    const slackAdapter = adapter('slack', async () => {
      if (slackFailures-- > 0) throw new PlatformStartError('cannot reach Slack at http://x/api/ (ECONNREFUSED)', true);
      started.push('slack');
    });
    const discord = adapter('discord', async () => void started.push('discord'));
    const late: string[] = [];
    const platforms = await startPlatforms([slackAdapter, discord], {
      log,
      onStarted: (a) => void late.push(a.platform),
    });
    expect(started).toEqual(['discord']);
    // The scheduler delivers through the running platforms only: Slack's deliveries wait, unclaimed.
    expect(platforms.started().map((a) => a.platform)).toEqual(['discord']);
    expect(lines.find((l) => l.platform === 'slack')).toMatchObject({
      msg: 'platform did not start; retrying later while the others serve',
      retryInS: 30,
      error: expect.stringContaining('ECONNREFUSED'),
    });
    await vi.advanceTimersByTimeAsync(29_000);
    expect(started).toEqual(['discord']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lines.filter((l) => l.platform === 'slack').at(-1)).toMatchObject({ retryInS: 60, attempt: 2 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(started).toEqual(['discord', 'slack']);
    expect(late).toEqual(['slack']);
    expect(platforms.started().map((a) => a.platform)).toEqual(['slack', 'discord']);
    platforms.stop();
  });

  it('a refused setting stops start-up (and stops what did start)', async () => {
    const stopped: string[] = [];
    const ok: ChatAdapter = {
      platform: 'discord',
      start: async () => {},
      stop: async () => void stopped.push('discord'),
      send: async () => {},
    };
    const refused: ChatAdapter = {
      platform: 'slack',
      start: async () => Promise.reject(new PlatformStartError('refused SLACK_BOT_TOKEN', false)),
      stop: async () => {},
      send: async () => {},
    };
    await expect(startPlatforms([refused, ok], { log: silentLogger() })).rejects.toThrow('refused SLACK_BOT_TOKEN');
    expect(stopped).toEqual(['discord']);
  });
});
