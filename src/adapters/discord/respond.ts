/**
 * How an answer reaches the person, and within Discord's deadlines. An interaction must be
 * acknowledged within 3 seconds: when the core answers quickly the answer itself is the
 * acknowledgement (one request); otherwise the interaction is deferred with the expected
 * visibility and the answer edited in, and an answer whose visibility differs from the
 * guess replaces the placeholder rather than showing up in the wrong place. Any failure
 * here becomes an ephemeral apology with an id, never an unhandled rejection.
 */
import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type Message } from 'discord.js';
import type { Logger } from 'pino';
import { errorId } from '../../core/errors.ts';
import { apologyReply, type Reply, type Visibility } from '../../core/reply.ts';
import { renderReply, type DiscordMessage } from './render.ts';

export type AnswerableInteraction = ChatInputCommandInteraction | ButtonInteraction;

/** discord.js options for one rendered body (reply, edit, send); mentions never ping. */
export function messageOptions(m: DiscordMessage) {
  return { embeds: m.embeds, components: m.components, allowedMentions: { parse: [], repliedUser: false } };
}

/** The same for a new interaction response, which alone can be made private. */
export function interactionOptions(m: DiscordMessage, ephemeral: boolean) {
  return { ...messageOptions(m), ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) };
}

/** The card shown when something failed in the adapter itself (the core words its own failures). */
export const apology = apologyReply;

/** Resolves with the value if `promise` settles within `ms`, else with undefined. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  if (ms <= 0) return undefined;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

export interface AnswerOptions {
  log: Logger;
  /** Answer directly when the core is at least this fast; defer otherwise (0: always defer). */
  deferAfterMs: number;
}

/** Answers an interaction with `pending` (the core's reply), deferring when it is slow. */
export async function answerInteraction(
  i: AnswerableInteraction,
  pending: Promise<Reply>,
  guess: Visibility,
  { log, deferAfterMs }: AnswerOptions,
): Promise<void> {
  // Awaited below, possibly after deferring: mark it handled now, or a quick failure would
  // count as an unhandled rejection and take the process down.
  pending.catch(() => undefined);
  try {
    const quick = await within(pending, deferAfterMs);
    if (quick) {
      const { messages, ephemeral } = renderReply(quick);
      const [first, ...rest] = messages;
      await i.reply(interactionOptions(first!, ephemeral));
      for (const m of rest) await i.followUp(interactionOptions(m, ephemeral));
      return;
    }
    await i.deferReply(guess === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
    const { messages, ephemeral } = renderReply(await pending);
    const [first, ...rest] = messages;
    if (ephemeral === (guess === 'ephemeral')) {
      await i.editReply(messageOptions(first!));
    } else {
      // The placeholder cannot change visibility: remove it and answer where the reply belongs.
      await i.deleteReply();
      await i.followUp(interactionOptions(first!, ephemeral));
    }
    for (const m of rest) await i.followUp(interactionOptions(m, ephemeral));
  } catch (error) {
    await apologise(i, error, log);
  }
}

async function apologise(i: AnswerableInteraction, error: unknown, log: Logger): Promise<void> {
  const id = errorId();
  log.error(
    { error: safeError(error), errorId: id, interaction: i.isButton() ? 'button' : i.commandName },
    'discord interaction failed',
  );
  try {
    const [first] = renderReply(apology(id)).messages;
    const options = interactionOptions(first!, true);
    if (!i.deferred && !i.replied) await i.reply(options);
    else if (i.deferred && !i.replied && i.ephemeral) await i.editReply(messageOptions(first!));
    else {
      // A public placeholder would show the apology to everyone: replace it with a private one.
      if (i.deferred && !i.replied) await i.deleteReply().catch(() => undefined);
      await i.followUp(options);
    }
  } catch (again) {
    log.error({ error: safeError(again), errorId: id }, 'discord apology failed too');
  }
}

/**
 * Answers a message as a reply to it (no ping to the asker); long answers continue in the
 * channel. Resolves with the ids of the messages posted (empty when none was, or when
 * `post` declined the reply), so a reply to any of them can be read as a follow-up.
 */
export async function answerMessage(
  message: Message,
  pending: Promise<Reply>,
  log: Logger,
  post: (r: Reply) => boolean = () => true,
): Promise<string[]> {
  let answered = false;
  const posted: string[] = [];
  try {
    const r = await pending;
    if (!post(r)) return posted;
    const [first, ...rest] = renderReply(r).messages;
    posted.push((await message.reply(messageOptions(first!))).id);
    answered = true;
    for (const m of rest) posted.push(await sendInChannel(message, m));
    return posted;
  } catch (error) {
    const id = errorId();
    log.error({ error: safeError(error), errorId: id }, 'discord message answer failed');
    if (answered) return posted;
    const [first] = renderReply(apology(id)).messages;
    await message
      .reply(messageOptions(first!))
      .catch((again: unknown) => log.error({ error: safeError(again), errorId: id }, 'discord apology failed too'));
    return posted;
  }
}

async function sendInChannel(message: Message, m: DiscordMessage): Promise<string> {
  if (!message.channel.isSendable()) throw new Error(`cannot send in channel ${message.channelId}`);
  return (await message.channel.send(messageOptions(m))).id;
}

/**
 * An error fit for the log: interaction tokens (in webhook URLs) are credentials for 15
 * minutes, so they are masked; the bot token is scrubbed by the logger itself.
 */
export function safeError(error: unknown): Record<string, unknown> {
  const mask = (s: string) => s.replace(/(\/webhooks\/\d+\/|\/interactions\/\d+\/)[^/?\s]+/g, '$1[token]');
  if (!(error instanceof Error)) return { message: mask(String(error)) };
  const extra = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  return {
    type: error.name,
    message: mask(error.message),
    stack: mask(error.stack ?? ''),
    ...(extra.code !== undefined ? { code: extra.code } : {}),
    ...(extra.status !== undefined ? { status: extra.status } : {}),
    ...(typeof extra.method === 'string' ? { method: extra.method } : {}),
    ...(typeof extra.url === 'string' ? { url: mask(extra.url) } : {}),
  };
}
