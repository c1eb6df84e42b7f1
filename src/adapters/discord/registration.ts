/**
 * Application commands from the definitions in `commands/`: the same files that the core
 * runs, so what Discord offers cannot drift from what the bot understands. `deploy`
 * registers them in one bulk PUT (guild commands appear at once and suit testing; global
 * ones reach every server and DMs) and skips the request when the payload is the one it
 * sent last time: a SHA-256 of the payload is kept per application and scope in
 * `<stateDir>/discord-commands.<application>.<scope>.sha256`, written only after Discord
 * accepted the PUT. `force` sends it anyway (after someone edited commands elsewhere).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  REST,
  Routes,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { AnyCommand, OptionDefinition } from '../../core/command.ts';

export type CommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The bulk-overwrite body: every visible command, options typed, usable in servers and the bot's DMs. */
export function commandPayload(commands: readonly AnyCommand[]): CommandJson[] {
  return commands
    .filter((c) => !c.hidden)
    .map((c) => ({
      type: ApplicationCommandType.ChatInput,
      name: c.name,
      description: c.description,
      options: c.options.map(optionJson),
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
    }));
}

function optionJson(o: OptionDefinition): APIApplicationCommandBasicOption {
  const base = { name: o.name, description: o.description, required: o.required ?? false };
  switch (o.type) {
    case 'boolean':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    case 'integer':
      return {
        ...base,
        type: ApplicationCommandOptionType.Integer,
        ...(o.choices ? { choices: o.choices.map((ch) => ({ name: ch.name, value: Number(ch.value) })) } : {}),
        ...(o.autocomplete && !o.choices ? { autocomplete: true } : {}),
        ...(o.minValue !== undefined ? { min_value: o.minValue } : {}),
        ...(o.maxValue !== undefined ? { max_value: o.maxValue } : {}),
      } as APIApplicationCommandBasicOption;
    case 'string':
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        ...(o.choices ? { choices: o.choices.map((ch) => ({ name: ch.name, value: String(ch.value) })) } : {}),
        ...(o.autocomplete && !o.choices ? { autocomplete: true } : {}),
        ...(o.maxLength !== undefined ? { max_length: Math.min(o.maxLength, 6000) } : {}),
      } as APIApplicationCommandBasicOption;
  }
}

export interface DeployOptions {
  token: string;
  /** DISCORD_API_URL: a REST proxy or a test stand-in; discord.com when unset. */
  apiUrl?: string;
  /** Register in this server only (appears at once); global otherwise. */
  guildId?: string;
  commands: readonly AnyCommand[];
  /** Where the hash of the last accepted payload is kept. */
  stateDir: string;
  force?: boolean;
}

export interface DeployResult {
  status: 'updated' | 'unchanged';
  applicationId: string;
  scope: string;
  count: number;
}

/** A REST client for discord.js's `rest` option and for `deploy`; the token goes only into the Authorization header. */
export function restOptions(apiUrl: string | undefined): { api?: string } {
  return apiUrl ? { api: apiUrl.replace(/\/+$/, '') } : {};
}

export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const rest = new REST(restOptions(options.apiUrl)).setToken(options.token);
  const application = (await rest.get(Routes.currentApplication())) as { id: string };
  const payload = commandPayload(options.commands);
  const scope = options.guildId ? `guild-${options.guildId}` : 'global';
  const hashFile = join(options.stateDir, `discord-commands.${application.id}.${scope}.sha256`);
  const hash = createHash('sha256').update(JSON.stringify(payload)).digest('hex');
  const result = { applicationId: application.id, scope, count: payload.length };
  if (!options.force && existsSync(hashFile) && readFileSync(hashFile, 'utf8').trim() === hash) {
    return { ...result, status: 'unchanged' };
  }
  const route = options.guildId
    ? Routes.applicationGuildCommands(application.id, options.guildId)
    : Routes.applicationCommands(application.id);
  await rest.put(route, { body: payload });
  mkdirSync(options.stateDir, { recursive: true });
  writeFileSync(hashFile, `${hash}\n`);
  return { ...result, status: 'updated' };
}
