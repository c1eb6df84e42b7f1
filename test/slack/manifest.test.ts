/** The app manifest and `briefbot manifest slack`. */
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { slackManifest, type SlackManifest } from '../../src/adapters/slack/manifest.ts';
import { run } from '../../src/cli/manifest.ts';
import { loadCommands } from '../../src/core/registry.ts';
import { testCommands } from '../support/slack-fixtures.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

describe('slackManifest', () => {
  it('lists every visible command with its description and usage hint, Socket Mode on', () => {
    const m = slackManifest(testCommands);
    expect(m.features.slash_commands.find((c) => c.command === '/brief')).toEqual({
      command: '/brief',
      description: 'A short, sourced briefing on a topic',
      usage_hint: '<topic>',
      should_escape: false,
    });
    expect(m.features.slash_commands.find((c) => c.command === '/help')?.usage_hint).toBe('[command]');
    expect(m.oauth_config.scopes.bot).toEqual([
      'commands',
      'app_mentions:read',
      'chat:write',
      'im:history',
      'im:read',
      'im:write',
      'users:read',
      'channels:history',
      'groups:history',
      'mpim:history',
    ]);
    // Channel messages arrive so that a reply in the bot's thread is read as a follow-up.
    expect(m.settings.event_subscriptions.bot_events).toEqual([
      'app_mention',
      'message.im',
      'message.channels',
      'message.groups',
      'message.mpim',
    ]);
    expect(m.settings).toMatchObject({ interactivity: { is_enabled: true }, socket_mode_enabled: true });
  });

  it('points everything at the request URL in HTTP mode', () => {
    const m = slackManifest(testCommands, { requestUrl: 'https://bot.example.org/slack/events' });
    expect(m.settings.socket_mode_enabled).toBe(false);
    expect(m.settings.event_subscriptions.request_url).toBe('https://bot.example.org/slack/events');
    expect(m.features.slash_commands.every((c) => c.url === 'https://bot.example.org/slack/events')).toBe(true);
  });
});

describe('briefbot manifest slack', () => {
  it('prints YAML generated from commands/, and JSON with --json', async () => {
    const names = (await loadCommands()).filter((c) => !c.hidden).map((c) => `/${c.name}`);
    const yaml = capture();
    expect(await run(['slack'], yaml.io)).toBe(0);
    const fromYaml = load(yaml.out.join('')) as SlackManifest;
    expect(fromYaml.features.slash_commands.map((c) => c.command)).toEqual(names);
    const json = capture();
    expect(await run(['slack'], json.io, { json: true })).toBe(0);
    expect(JSON.parse(json.out.join(''))).toEqual(fromYaml);
  });

  it('refuses an unknown platform or option with usage and exit code 2', async () => {
    for (const args of [[], ['discord'], ['slack', '--frobnicate'], ['slack', '--url', 'not a url']]) {
      const c = capture();
      expect(await run(args, c.io)).toBe(2);
      expect(c.err.join('')).toContain('Usage: briefbot manifest slack');
      expect(c.out).toHaveLength(0);
    }
  });
});
