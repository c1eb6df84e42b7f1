/**
 * Slack payloads → `Incoming`, pure. Only the fields briefbot reads are typed here, so the
 * tests can feed recorded payloads without Bolt. Slack's own markup in user text
 * (`<@U123|ana>`, `<#C1|general>`, `<https://…|label>`, `&lt;`) is turned back into plain
 * text: the core reads words, and the renderer escapes again on the way out.
 */
import type { AnyCommand } from '../../core/command.ts';
import type { Origin, ReplyIncoming } from '../../core/incoming.ts';
import { actionOf } from './render.ts';

/** The fields of a slash command payload that briefbot reads. */
export interface SlashCommandPayload {
  command: string;
  text?: string;
  user_id: string;
  user_name?: string;
  channel_id: string;
  channel_name?: string;
}

/** The fields of an `app_mention` or `message` event that briefbot reads. */
export interface MessageEventPayload {
  type: string;
  user?: string;
  text?: string;
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
  subtype?: string;
  bot_id?: string;
}

/** The fields of a `block_actions` payload that briefbot reads. */
export interface BlockActionsPayload {
  user: { id: string; name?: string; username?: string };
  channel?: { id: string; name?: string };
  container?: { channel_id?: string; is_ephemeral?: boolean; message_ts?: string; thread_ts?: string };
  message?: { ts?: string; thread_ts?: string };
  actions: readonly { action_id: string; value?: string }[];
}

/** Slack's markup in user text → plain text. `<!channel>`-style specials stay literal (and inert). */
export function decodeSlackText(text: string): string {
  return text
    .replace(/<@([A-Z0-9]+)\|([^>]+)>/g, '@$2')
    .replace(/<@([A-Z0-9]+)>/g, '@$1')
    .replace(/<#([A-Z0-9]+)\|([^>]*)>/g, (_, id: string, name: string) => `#${name || id}`)
    .replace(/<#([A-Z0-9]+)>/g, '#$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<((?:https?|mailto):[^|>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Removes every mention of the bot itself (`<@UBOT>` or `<@UBOT|briefbot>`). */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.replace(/^\s*<@[A-Z0-9]+(?:\|[^>]*)?>\s*/, '');
  return text.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ').trim();
}

/** DMs have ids starting with D; Slack also names the channel "directmessage" in commands. */
export const isDirectChannel = (id: string, name?: string) => id.startsWith('D') || name === 'directmessage';

/**
 * A slash command. `/brief` with no text runs `/help brief` instead of failing on the
 * missing topic, when a help command is loaded.
 */
export function commandIncoming(body: SlashCommandPayload, commands: readonly AnyCommand[], canManageChannel: boolean): ReplyIncoming {
  const origin: Origin = {
    platform: 'slack',
    user: { id: body.user_id, ...(body.user_name ? { name: body.user_name } : {}) },
    channel: { id: body.channel_id, isDirect: isDirectChannel(body.channel_id, body.channel_name), ...(body.channel_name ? { name: body.channel_name } : {}) },
    canManageChannel,
  };
  const name = body.command.replace(/^\//, '').toLowerCase();
  const text = decodeSlackText(body.text ?? '').trim();
  const command = commands.find((c) => c.name === name);
  const needsText = command?.options.some((o) => o.required) ?? false;
  if (text === '' && needsText && name !== 'help' && commands.some((c) => c.name === 'help')) {
    return { ...origin, type: 'command-text', name: 'help', text: name };
  }
  return { ...origin, type: 'command-text', name, text };
}

/** A message that should be answered: not from a bot, not an edit or a join notice. */
export function isPersonMessage(event: MessageEventPayload): boolean {
  return !event.bot_id && !event.subtype && typeof event.user === 'string' && typeof event.text === 'string';
}

/** An `@briefbot …` mention in a channel, or a direct message to the bot. */
export function mentionIncoming(event: MessageEventPayload, botUserId: string | undefined, canManageChannel: boolean): ReplyIncoming {
  const isDirect = event.channel_type === 'im' || isDirectChannel(event.channel);
  return {
    platform: 'slack',
    type: 'mention',
    text: decodeSlackText(stripBotMention(event.text ?? '', botUserId)),
    user: { id: event.user ?? 'unknown' },
    channel: { id: event.channel, isDirect },
    canManageChannel,
  };
}

/** A press of one of briefbot's buttons, or undefined for any other action. */
export function actionIncoming(body: BlockActionsPayload, canManageChannel: boolean): ReplyIncoming | undefined {
  const pressed = body.actions[0];
  const action = pressed && actionOf(pressed.action_id);
  const channelId = body.channel?.id ?? body.container?.channel_id;
  if (!pressed || !action || !channelId) return undefined;
  const name = body.user.username ?? body.user.name;
  return {
    platform: 'slack',
    type: 'action',
    action,
    value: pressed.value ?? '',
    user: { id: body.user.id, ...(name ? { name } : {}) },
    channel: { id: channelId, isDirect: isDirectChannel(channelId, body.channel?.name), ...(body.channel?.name ? { name: body.channel.name } : {}) },
    canManageChannel,
  };
}
