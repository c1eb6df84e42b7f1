/**
 * Discord events → `Incoming`, the only shape the core understands. The functions read
 * plain fields through the small `*Like` interfaces below (which discord.js objects
 * satisfy), so recorded payloads can be replayed in unit tests without a client.
 */
import { PermissionFlagsBits } from 'discord.js';
import type { AutocompleteIncoming, Incoming, OptionValue, Origin } from '../../core/incoming.ts';

type Of<T extends Incoming['type']> = Extract<Incoming, { type: T }>;
import { ACTIONS, type ButtonAction } from '../../core/reply.ts';

/** Every button the bot makes has this custom_id prefix; others' buttons are not ours. */
export const CUSTOM_ID_PREFIX = 'briefbot';

export interface UserLike {
  id: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
}

/** What every interaction has (a `BaseInteraction` fits). */
export interface InteractionLike {
  user: UserLike;
  channelId: string | null;
  guildId: string | null;
  /** The member's permissions in the channel, overwrites applied; null outside a server. */
  memberPermissions: { has(permission: bigint): boolean } | null;
}

export interface CommandOptionLike {
  name: string;
  value?: string | number | boolean;
  focused?: boolean;
  options?: readonly CommandOptionLike[];
}

export interface CommandInteractionLike extends InteractionLike {
  commandName: string;
  options: { data: readonly CommandOptionLike[] };
}

export interface ButtonInteractionLike extends InteractionLike {
  customId: string;
}

export interface MessageLike {
  content: string;
  author: UserLike;
  channelId: string;
  guildId: string | null;
  system?: boolean;
  mentions: { users: { has(id: string): boolean } };
}

/** `briefbot:<action>:<value>`: at most 9 + 6 + 80 characters, inside Discord's 100. */
export function customId(action: ButtonAction, value: string): string {
  return `${CUSTOM_ID_PREFIX}:${action}:${value}`;
}

export function parseCustomId(id: string): { action: ButtonAction; value: string } | undefined {
  const match = /^briefbot:([a-z]+):(.{1,80})$/s.exec(id);
  const action = match?.[1] as ButtonAction | undefined;
  if (!match || !action || !ACTIONS.includes(action)) return undefined;
  return { action, value: match[2]! };
}

/** Who and where. In a DM the person manages their own conversation. */
export function interactionOrigin(i: InteractionLike): Origin {
  const isDirect = i.guildId === null;
  return {
    platform: 'discord',
    user: userOf(i.user),
    channel: { id: i.channelId ?? i.user.id, isDirect },
    canManageChannel: isDirect || (i.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false),
  };
}

function userOf(user: UserLike): Origin['user'] {
  return { id: user.id, name: user.globalName || user.username };
}

/** A slash command: options arrive typed by Discord; the core still validates them. */
export function commandIncoming(i: CommandInteractionLike): Of<'command'> {
  const options: Record<string, OptionValue> = {};
  for (const option of flatten(i.options.data)) {
    if (option.value !== undefined) options[option.name] = option.value;
  }
  return { ...interactionOrigin(i), type: 'command', name: i.commandName, options };
}

/** The option being typed and what has been typed so far. */
export function autocompleteIncoming(i: CommandInteractionLike): AutocompleteIncoming {
  const focused = flatten(i.options.data).find((o) => o.focused);
  return {
    ...interactionOrigin(i),
    type: 'autocomplete',
    command: i.commandName,
    option: focused?.name ?? '',
    partial: focused?.value === undefined ? '' : String(focused.value),
  };
}

/** A press on one of our buttons, or undefined for a custom_id we did not make. */
export function actionIncoming(i: ButtonInteractionLike): Of<'action'> | undefined {
  const parsed = parseCustomId(i.customId);
  return parsed && { ...interactionOrigin(i), type: 'action', ...parsed };
}

/**
 * A message the bot should answer: any DM, or a server message that mentions the bot by
 * name (not @everyone, not a role). Bots, including this one, are ignored so that two
 * bots cannot talk to each other forever.
 */
export function messageIncoming(m: MessageLike, botId: string, canManageChannel: boolean): Of<'mention'> | undefined {
  if (m.author.bot || m.author.id === botId || m.system) return undefined;
  const isDirect = m.guildId === null;
  const mentioned = m.mentions.users.has(botId) || mentionPattern(botId).test(m.content);
  if (!isDirect && !mentioned) return undefined;
  return {
    platform: 'discord',
    user: userOf(m.author),
    channel: { id: m.channelId, isDirect },
    canManageChannel: isDirect || canManageChannel,
    type: 'mention',
    text: stripBotMention(m.content, botId),
  };
}

/** Removes `<@id>` and `<@!id>` of the bot wherever they are, leaving the question. */
export function stripBotMention(content: string, botId: string): string {
  return content.replace(new RegExp(mentionPattern(botId).source, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

function mentionPattern(botId: string): RegExp {
  return new RegExp(`<@!?${botId.replace(/\D/g, '')}>`);
}

/** Subcommand options nest; briefbot has none today, but a nested value is still a value. */
function flatten(options: readonly CommandOptionLike[]): CommandOptionLike[] {
  return options.flatMap((o) => [o, ...flatten(o.options ?? [])]);
}
