import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandPayload } from '../../src/adapters/discord/registration.ts';
import { run } from '../../src/cli/deploy.ts';
import { loadConfig } from '../../src/config.ts';
import { defineCommand, type AnyCommand } from '../../src/core/command.ts';
import { loadCommands } from '../../src/core/registry.ts';
import { card, reply } from '../../src/core/reply.ts';
import { DiscordStandIn } from '../support/discord-stand-in.ts';

const typed = defineCommand({
  name: 'remind',
  description: 'Typed options of every kind',
  options: [
    {
      name: 'when',
      type: 'string',
      description: 'Lead',
      required: true,
      choices: [
        { name: 'a day before', value: 'day' },
        { name: 'an hour before', value: 'hour' },
      ],
    },
    { name: 'hours', type: 'integer', description: 'Hours', minValue: 1, maxValue: 48 },
    { name: 'quiet', type: 'boolean', description: 'Quietly' },
  ],
  run: () => reply(card({ kind: 'info', title: 'ok' })),
});
const hidden = defineCommand({
  name: 'secret',
  description: 'Not registered',
  hidden: true,
  options: [],
  run: () => reply(card({ kind: 'info', title: 'x' })),
});

describe('Discord command registration', () => {
  it('generates a chat-input command for every visible command in commands/', async () => {
    const commands = await loadCommands();
    const payload = commandPayload(commands);
    expect(payload.map((c) => c.name)).toEqual(commands.filter((c) => !c.hidden).map((c) => c.name));
    const brief = payload.find((c) => c.name === 'brief')!;
    expect(brief).toMatchObject({
      type: 1,
      description: commands.find((c) => c.name === 'brief')!.description,
      contexts: [0, 1],
    });
    expect(brief.options).toEqual([
      { type: 3, name: 'topic', description: expect.any(String), required: true, autocomplete: true, max_length: 200 },
    ]);
  });

  it('types options: choices, integer bounds, booleans; hidden commands stay out', () => {
    const [remind, ...others] = commandPayload([typed, hidden] as AnyCommand[]);
    expect(others).toEqual([]);
    expect(remind!.options).toEqual([
      {
        type: 3,
        name: 'when',
        description: 'Lead',
        required: true,
        choices: [
          { name: 'a day before', value: 'day' },
          { name: 'an hour before', value: 'hour' },
        ],
      },
      { type: 4, name: 'hours', description: 'Hours', required: false, min_value: 1, max_value: 48 },
      { type: 5, name: 'quiet', description: 'Quietly', required: false },
    ]);
  });
});

describe('briefbot deploy discord', () => {
  let standIn: DiscordStandIn;
  let dir: string;
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) };
  const config = (extra: Record<string, string> = {}) =>
    loadConfig(
      {
        DISCORD_TOKEN: standIn.token,
        DISCORD_API_URL: `${standIn.apiUrl}/`,
        DATABASE_PATH: join(dir, 'briefbot.db'),
        ...extra,
      },
      false,
    );
  const puts = () => standIn.requests.filter((r) => r.method === 'PUT');

  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
    dir = mkdtempSync(join(tmpdir(), 'briefbot-deploy-'));
  });
  afterAll(async () => {
    await standIn.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers guild commands once, then skips the request while nothing changed', async () => {
    const commands = await loadCommands();
    expect(await run(['discord', '--guild', standIn.guildId], io, undefined, { config: config(), commands })).toBe(0);
    expect(puts()).toHaveLength(1);
    expect(puts()[0]!.path).toBe(`/applications/${standIn.applicationId}/guilds/${standIn.guildId}/commands`);
    expect(puts()[0]!.body).toEqual(JSON.parse(JSON.stringify(commandPayload(commands))));
    expect(puts()[0]!.authorization).toBe(`Bot ${standIn.token}`);
    expect(out.at(-1)).toMatch(/^Registered \d+ commands for server \d+: \/ask/);

    expect(await run([`discord`, `--guild=${standIn.guildId}`], io, undefined, { config: config(), commands })).toBe(0);
    expect(puts()).toHaveLength(1);
    expect(out.at(-1)).toMatch(/^Unchanged/);

    expect(
      await run(['discord', '--guild', standIn.guildId], io, undefined, {
        config: config(),
        commands: [...commands, typed],
      }),
    ).toBe(0);
    expect(puts()).toHaveLength(2);
    expect(
      await run(['discord', '--guild', standIn.guildId, '--force'], io, undefined, {
        config: config(),
        commands: [...commands, typed],
      }),
    ).toBe(0);
    expect(puts()).toHaveLength(3);
  });

  it('registers global commands without a guild, and takes DISCORD_GUILD_ID as the default guild', async () => {
    const commands = await loadCommands();
    expect(await run(['discord'], io, undefined, { config: config(), commands })).toBe(0);
    expect(puts().at(-1)!.path).toBe(`/applications/${standIn.applicationId}/commands`);
    const guild = '123456789012345678';
    expect(await run(['discord'], io, undefined, { config: config({ DISCORD_GUILD_ID: guild }), commands })).toBe(0);
    expect(puts().at(-1)!.path).toBe(`/applications/${standIn.applicationId}/guilds/${guild}/commands`);
  });

  it('says clearly what is wrong, and never prints the token', async () => {
    expect(await run(['discord', '--guild', 'general'], io, undefined, { config: config() })).toBe(2);
    expect(err.at(-1)).toMatch(/--guild must be a server id/);
    expect(await run(['slack'], io, undefined, { config: config() })).toBe(2);
    expect(
      await run(['discord'], io, undefined, { config: loadConfig({ DATABASE_PATH: join(dir, 'x.db') }, false) }),
    ).toBe(1);
    expect(err.at(-1)).toMatch(/set DISCORD_TOKEN/);
    const wrong = 'wrong.token.value-123456';
    expect(await run(['discord'], io, undefined, { config: config({ DISCORD_TOKEN: wrong }), commands: [typed] })).toBe(
      1,
    );
    expect(err.at(-1)).toMatch(/refused DISCORD_TOKEN \(401\)/);
    expect([...out, ...err].join('\n')).not.toContain(wrong);
    expect([...out, ...err].join('\n')).not.toContain(standIn.token);
  });
});
