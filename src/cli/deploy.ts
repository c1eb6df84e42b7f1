/**
 * `briefbot deploy discord [--guild <id>] [--force]`: registers every command in
 * `commands/` with Discord in one request. With `--guild` (or DISCORD_GUILD_ID) the
 * commands are guild commands, which appear at once: the way to try the bot. Without,
 * they are global. Nothing is sent when the payload equals the one Discord last accepted
 * from this machine (a hash kept beside the database, in `data/` by default); `--force`
 * sends it anyway, say after someone edited the commands in the developer portal.
 */
import { dirname } from 'node:path';
import { deployCommands } from '../adapters/discord/registration.ts';
import { loadConfig, type Config } from '../config.ts';
import type { AnyCommand } from '../core/command.ts';
import { loadCommands } from '../core/registry.ts';

export interface DeployIo {
  out(s: string): void;
  err(s: string): void;
}

/** Injected by tests; the CLI reads the environment and `commands/`. */
export interface DeployDeps {
  config?: Config;
  commands?: AnyCommand[];
}

const USAGE = 'Usage: briefbot deploy discord [--guild <server id>] [--force]';

export async function run(args: string[], io: DeployIo, _flags?: unknown, deps: DeployDeps = {}): Promise<number> {
  const rest = [...args];
  const platform = rest.shift();
  let guild: string | undefined;
  let force = false;
  while (rest.length > 0) {
    const arg = rest.shift()!;
    const [flag, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    if (flag === '--guild') guild = inline ?? rest.shift();
    else if (flag === '--force') force = true;
    else return usage(io, `unknown option "${arg.slice(0, 40)}"`);
  }
  if (platform !== 'discord')
    return usage(
      io,
      platform ? `cannot deploy to "${platform.slice(0, 20)}" (only discord needs it)` : 'name the platform',
    );
  const config = deps.config ?? loadConfig();
  guild ??= config.DISCORD_GUILD_ID;
  if (guild !== undefined && !/^\d{17,20}$/.test(guild)) {
    return usage(
      io,
      '--guild must be a server id (17-20 digits: Server Settings → Widget, ' +
        'or right-click the server with Developer Mode on → Copy Server ID)',
    );
  }
  if (!config.DISCORD_TOKEN) {
    io.err(
      'briefbot deploy: set DISCORD_TOKEN (Developer Portal → your application → Bot → Reset Token) ' +
        'in the environment or .env',
    );
    return 1;
  }
  const commands = deps.commands ?? (await loadCommands());
  try {
    const result = await deployCommands({
      token: config.DISCORD_TOKEN,
      apiUrl: config.DISCORD_API_URL,
      guildId: guild,
      commands,
      stateDir: dirname(config.DATABASE_PATH),
      force,
    });
    const where = guild ? `server ${guild}` : 'every server (global commands can take a while to appear)';
    const names = commands
      .filter((c) => !c.hidden)
      .map((c) => `/${c.name}`)
      .join(', ');
    io.out(
      result.status === 'updated'
        ? `Registered ${result.count} commands for ${where}: ${names}`
        : `Unchanged: Discord already has these ${result.count} commands for ${where}; ` +
            'nothing sent (--force sends anyway)',
    );
    return 0;
  } catch (error) {
    io.err(`briefbot deploy: ${explain(error)}`);
    return 1;
  }
}

function usage(io: DeployIo, why: string): number {
  io.err(`briefbot deploy: ${why}\n${USAGE}`);
  return 2;
}

/** A refusal from Discord in words a person can act on. The token is never part of it. */
function explain(error: unknown): string {
  const status = (error as { status?: number }).status;
  if (status === 401) return 'Discord refused DISCORD_TOKEN (401): copy the bot token again from the Developer Portal';
  if (status === 403)
    return 'Discord refused (403): is the bot in that server, invited with the applications.commands scope?';
  if (status === 404) return 'Discord does not know that server or application (404): check --guild / DISCORD_GUILD_ID';
  const message = error instanceof Error ? error.message : String(error);
  return status ? `Discord answered ${status}: ${message}` : `could not reach Discord: ${message}`;
}
