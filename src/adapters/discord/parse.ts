/**
 * Discord events → `Incoming`, the only shape the core understands. The functions read
 * plain fields through the small `*Like` interfaces below (which discord.js objects
 * satisfy), so recorded payloads can be replayed in unit tests without a client.
 */
import { PermissionFlagsBits } from 'discord.js';
import type { AutocompleteIncoming, Incoming, OptionValue, Origin } from '../../core/incoming.ts';
import { cleanMessage, type CleanedMessage, type MarkupRule } from '../../core/markup.ts';

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
  mentions: {
    users: { has(id: string): boolean };
    roles?: { has(id: string): boolean };
    /** The author of the message this one replies to (discord.js sets it with or without a ping). */
    repliedUser?: { id: string } | null;
  };
  /** The message this one replies to. */
  reference?: { messageId?: string | undefined } | null;
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

/** Where the bot stands in a server: its user id and, when it has one, its managed role. */
export interface BotIdentity {
  id: string;
  /** The role Discord creates for the bot (offered by the @ picker); mentioning it mentions the bot. */
  roleId?: string | undefined;
}

/**
 * Discord's markup, read as neutral `Markup` (see core/markup.ts): user, role and channel
 * mentions, `@everyone`/`@here`, custom emoji, timestamps, command mentions and links
 * (a masked link keeps its label).
 */
export function discordRules(bot?: BotIdentity): MarkupRule[] {
  return [
    { pattern: /<@!?(\d+)>/g, read: (m) => ({ kind: m[1] === bot?.id ? 'self' : 'user' }) },
    { pattern: /<@&(\d+)>/g, read: (m) => ({ kind: m[1] === bot?.roleId ? 'self' : 'role' }) },
    { pattern: /<#\d+>/g, read: () => ({ kind: 'channel' }) },
    { pattern: /@(?:everyone|here)\b/g, read: () => ({ kind: 'broadcast' }) },
    { pattern: /<a?:\w+:\d+>|<t:-?\d+(?::[tTdDfFR])?>|<\/[\w -]+:\d+>/g, read: () => ({ kind: 'noise' }) },
    { pattern: /\[([^\]\n]+)\]\(<?https?:\/\/[^)\s]+>?\)/g, read: (m) => ({ kind: 'label', label: m[1] }) },
    { pattern: /<?https?:\/\/[^\s>]+>?/g, read: () => ({ kind: 'label' }) },
  ];
}

/** A message's content, cleaned for the core; says whether the bot or someone else was mentioned. */
export function cleanDiscordText(content: string, bot?: BotIdentity): CleanedMessage {
  return cleanMessage(content, discordRules(bot));
}

/** DMs are one conversation each: a DM that replies to nothing continues its main line. */
export const MAIN_LINE = 'main';

/**
 * A message the bot should answer: any DM; a server message that mentions the bot by name
 * or by its managed role (not @everyone, not another role); or a reply to one of the bot's
 * messages that mentions no one else (a follow-up: `thread` is the bot message replied
 * to). Bots, including this one, are ignored so that two bots cannot talk forever.
 */
export function messageIncoming(
  m: MessageLike,
  bot: BotIdentity | string,
  canManageChannel: boolean,
): Of<'mention'> | undefined {
  const me: BotIdentity = typeof bot === 'string' ? { id: bot } : bot;
  if (m.author.bot || m.author.id === me.id || m.system) return undefined;
  const isDirect = m.guildId === null;
  const cleaned = cleanDiscordText(m.content, me);
  const byRole = me.roleId !== undefined && (m.mentions.roles?.has(me.roleId) ?? false);
  const mentioned = m.mentions.users.has(me.id) || byRole || cleaned.mentionsSelf;
  const repliesToBot = m.mentions.repliedUser?.id === me.id && m.reference?.messageId !== undefined;
  const followUp = !isDirect && !mentioned && repliesToBot && !cleaned.mentionsOthers;
  if (!isDirect && !mentioned && !followUp) return undefined;
  const thread = repliesToBot ? m.reference!.messageId : isDirect ? MAIN_LINE : undefined;
  return {
    platform: 'discord',
    user: userOf(m.author),
    channel: { id: m.channelId, isDirect },
    canManageChannel: isDirect || canManageChannel,
    type: 'mention',
    text: cleaned.text,
    ...(thread ? { thread } : {}),
    ...(followUp ? { followUp: true } : {}),
  };
}

/** Subcommand options nest; briefbot has none today, but a nested value is still a value. */
function flatten(options: readonly CommandOptionLike[]): CommandOptionLike[] {
  return options.flatMap((o) => [o, ...flatten(o.options ?? [])]);
}
