/**
 * Slack payloads → `Incoming`, pure. Only the fields briefbot reads are typed here, so the
 * tests can feed recorded payloads without Bolt. Slack's own markup in user text
 * (`<@U123|ana>`, `<!channel>`, `<!subteam^S1|@team>`, `<#C1|general>`, `<https://…|label>`,
 * `:emoji:`, `&lt;`) is read here and cleaned by the shared core/markup.ts: the core reads
 * words, and the renderer escapes again on the way out.
 */
import type { AnyCommand } from '../../core/command.ts';
import type { Origin, ReplyIncoming } from '../../core/incoming.ts';
import { cleanMessage, type CleanedMessage, type MarkupRule } from '../../core/markup.ts';
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
  /** Set on a message from an app's bot user (with or without `bot_id`). */
  bot_profile?: unknown;
  /** In a thread: who posted its parent. */
  parent_user_id?: string;
}

/** The fields of a `block_actions` payload that briefbot reads. */
export interface BlockActionsPayload {
  user: { id: string; name?: string; username?: string };
  channel?: { id: string; name?: string };
  container?: { channel_id?: string; is_ephemeral?: boolean; message_ts?: string; thread_ts?: string };
  message?: { ts?: string; thread_ts?: string };
  actions: readonly { action_id: string; value?: string }[];
}

/**
 * Slack's markup, read as neutral `Markup`. Each entry is one of Slack's documented
 * forms; `botUserId` makes the bot's own mention `self`. Order matters only where forms
 * overlap (a date's fallback text is read before other `<!…>` specials).
 */
export function slackRules(botUserId?: string): MarkupRule[] {
  return [
    { pattern: /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g, read: (m) => ({ kind: m[1] === botUserId ? 'self' : 'user' }) },
    { pattern: /<!subteam\^[A-Z0-9]+(?:\|[^>]*)?>/g, read: () => ({ kind: 'role' }) },
    { pattern: /<!(?:channel|here|everyone)(?:\|[^>]*)?>/g, read: () => ({ kind: 'broadcast' }) },
    { pattern: /<!date\^[^|>]*\|([^>]*)>/g, read: (m) => ({ kind: 'label', label: m[1] }) },
    { pattern: /<![^>]*>/g, read: () => ({ kind: 'noise' }) },
    { pattern: /<#[CG][A-Z0-9]+(?:\|[^>]*)?>/g, read: () => ({ kind: 'channel' }) },
    {
      pattern: /<(?:https?|mailto|tel|ftp):[^|>]*(?:\|([^>]*))?>/g,
      read: (m) => ({ kind: 'label', ...(m[1] ? { label: m[1] } : {}) }),
    },
    // Emoji come as shortcodes (`:wave:`, `:+1::skin-tone-2:`); a time such as 10:30:00 is no emoji.
    { pattern: /(?<![\w:]):[a-z0-9_+'-]+:(?::skin-tone-\d:)?(?!\w)/g, read: () => ({ kind: 'noise' }) },
  ];
}

/** The three entities Slack escapes in message text. */
const decodeEntities = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A message's text, cleaned for the core; says whether the bot or someone else was mentioned. */
export function cleanSlackText(text: string, botUserId?: string): CleanedMessage {
  return cleanMessage(text, slackRules(botUserId), decodeEntities);
}

/** Slack's markup in a command's text → plain text. */
export function decodeSlackText(text: string): string {
  return cleanSlackText(text).text;
}

/** DMs have ids starting with D; Slack also names the channel "directmessage" in commands. */
export const isDirectChannel = (id: string, name?: string) => id.startsWith('D') || name === 'directmessage';

/**
 * A slash command. `/brief` with no text runs `/help brief` instead of failing on the
 * missing topic, when a help command is loaded.
 */
export function commandIncoming(
  body: SlashCommandPayload,
  commands: readonly AnyCommand[],
  canManageChannel: boolean,
): ReplyIncoming {
  const origin: Origin = {
    platform: 'slack',
    user: { id: body.user_id, ...(body.user_name ? { name: body.user_name } : {}) },
    channel: {
      id: body.channel_id,
      isDirect: isDirectChannel(body.channel_id, body.channel_name),
      ...(body.channel_name ? { name: body.channel_name } : {}),
    },
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

/**
 * A message that may be answered: from a person, not an edit or a join notice. Any bot's
 * message is ignored (its `bot_id`, a bot profile, `bot_message`), this app's and every
 * other app's, so two bots can never answer each other forever.
 */
export function isPersonMessage(event: MessageEventPayload): boolean {
  const fromBot = Boolean(event.bot_id || event.bot_profile || event.subtype);
  return !fromBot && typeof event.user === 'string' && typeof event.text === 'string';
}

/** DMs are one conversation each; in a channel, the conversation is the thread. */
const MAIN_LINE = 'main';

/**
 * The thread a message in a channel belongs to, when it is a reply there that only a
 * follow-up reading could answer: in a thread, no mention of the bot (`app_mention`
 * answers those) and none of anyone else (then it is addressed to them).
 */
export function threadReplyOf(event: MessageEventPayload, botUserId: string | undefined): string | undefined {
  if (!isPersonMessage(event) || event.channel_type === 'im' || isDirectChannel(event.channel)) return undefined;
  if (!event.thread_ts || event.thread_ts === event.ts) return undefined;
  const cleaned = cleanSlackText(event.text ?? '', botUserId);
  return cleaned.mentionsSelf || cleaned.mentionsOthers ? undefined : event.thread_ts;
}

/**
 * An `@briefbot …` mention in a channel, a direct message to the bot, or (`followUp`) a
 * reply in a thread the bot answered in.
 */
export function mentionIncoming(
  event: MessageEventPayload,
  botUserId: string | undefined,
  canManageChannel: boolean,
  followUp = false,
): ReplyIncoming {
  const isDirect = event.channel_type === 'im' || isDirectChannel(event.channel);
  const thread = isDirect ? (event.thread_ts ?? MAIN_LINE) : (event.thread_ts ?? event.ts);
  return {
    platform: 'slack',
    type: 'mention',
    text: cleanSlackText(event.text ?? '', botUserId).text,
    user: { id: event.user ?? 'unknown' },
    channel: { id: event.channel, isDirect },
    canManageChannel,
    thread,
    ...(followUp ? { followUp: true } : {}),
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
    channel: {
      id: channelId,
      isDirect: isDirectChannel(channelId, body.channel?.name),
      ...(body.channel?.name ? { name: body.channel.name } : {}),
    },
    canManageChannel,
  };
}
