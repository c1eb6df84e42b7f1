/**
 * The Discord adapter: a discord.js client that turns interactions and messages into
 * `Incoming`, asks the core, and answers with rendered embeds. It runs whenever
 * `DISCORD_TOKEN` is set. Mentions never ping (`allowedMentions: { parse: [] }` is the
 * client default and is set on every payload besides), handler failures become apologies,
 * and the token goes only to discord.js, never to a log line.
 *
 * @example
 * ```ts
 * const adapter = createDiscordAdapter({ core, config, log });
 * await adapter?.start();
 * ```
 */
import {
  Client,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  PermissionFlagsBits,
  Routes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type Interaction,
  type Message,
} from 'discord.js';
import type { Logger } from 'pino';
import { PlatformStartError, type AdapterDeps, type AdapterFactory, type ChatAdapter } from '../../core/adapter.ts';
import { worthPosting, type Core } from '../../core/core.ts';
import { card, reply, text, type Reply, type Visibility } from '../../core/reply.ts';
import { actionIncoming, autocompleteIncoming, commandIncoming, MAIN_LINE, messageIncoming } from './parse.ts';
import { restOptions } from './registration.ts';
import { renderReply } from './render.ts';
import { answerInteraction, answerMessage, safeError } from './respond.ts';

export interface DiscordAdapterOptions {
  /** Answer at once when the core is this fast, defer otherwise. 0 always defers. */
  deferAfterMs?: number;
  /** How long logging in may take before start-up gives up (10 s by default). */
  startTimeoutMs?: number;
}

/** The Discord adapter; `client` is exposed for tests and the benchmark, not for commands. */
export interface DiscordAdapter extends ChatAdapter {
  readonly client: Client;
}

/** Builds the adapter when `DISCORD_TOKEN` is set. */
export const createDiscordAdapter: AdapterFactory = (deps) =>
  deps.config.DISCORD_TOKEN ? discordAdapter(deps) : undefined;

export function discordAdapter(
  { core, config, log: parentLog }: AdapterDeps,
  options: DiscordAdapterOptions = {},
): DiscordAdapter {
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('DISCORD_TOKEN is not set');
  const log = parentLog.child({ platform: 'discord' });
  const answer = { log, deferAfterMs: options.deferAfterMs ?? 1_000 };
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      GatewayIntentBits.MessageContent,
    ],
    // DM channels are not cached until used; without this partial, DMs would be dropped.
    partials: [Partials.Channel],
    rest: restOptions(config.DISCORD_API_URL),
    allowedMentions: { parse: [], repliedUser: false },
  });
  watchClient(client, log);

  client.on(Events.InteractionCreate, (interaction) => {
    onInteraction(interaction, core, answer).catch((error: unknown) =>
      log.error({ error: safeError(error) }, 'discord interaction handler failed'),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    onMessage(message, client, core, log).catch((error: unknown) =>
      log.error({ error: safeError(error) }, 'discord message handler failed'),
    );
  });

  let stopped = false;
  return {
    platform: 'discord',
    client,
    async start() {
      // A refused login (bad token, intents not enabled) closes the gateway for good and
      // would leave login() waiting forever: race it against that close.
      const refused = new Promise<never>((_, reject) =>
        client.once(Events.ShardDisconnect, (event) => reject(new PlatformStartError(closeReason(event.code), false))),
      );
      refused.catch(() => undefined);
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      // Unreachable Discord: fail within the timeout naming the URL and the cause, and let start retry later.
      const timeoutMs = options.startTimeoutMs ?? 10_000;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
      });
      try {
        await Promise.race([client.login(token).then(() => ready), refused, late]);
      } catch (error) {
        await client.destroy().catch(() => undefined);
        throw startError(error, config.DISCORD_API_URL ?? 'https://discord.com/api');
      } finally {
        clearTimeout(timer);
      }
      log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord connected');
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
    },
    async send(channelId, reply) {
      for (const body of renderReply(reply).messages) {
        await client.rest.post(Routes.channelMessages(channelId), { body });
      }
    },
  };
}

/** "Discord login failed: …" with the URL and the cause; a refused token is not worth retrying. */
function startError(error: unknown, url: string): PlatformStartError {
  const failed = (message: string, retryable: boolean) =>
    new PlatformStartError(`Discord login failed: ${message}`, retryable, { cause: error });
  if (error instanceof PlatformStartError) return failed(error.message, false);
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.code === 'TokenInvalid' || /invalid token|401/i.test(e.message ?? '')) {
    return failed(`Discord at ${url} refused DISCORD_TOKEN: copy the bot token again from the Developer Portal`, false);
  }
  const cause = e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
  const check = 'check the network, a firewall or proxy, and DISCORD_API_URL';
  return failed(`cannot reach Discord at ${url} (${cause}): ${check}`, true);
}

/** What an unrecoverable gateway close means, in the terms of the developer portal. */
function closeReason(code: number): string {
  if (code === GatewayCloseCodes.DisallowedIntents) {
    return (
      'Discord refused the Message Content intent (close code 4014): in the Developer Portal, ' +
      'open your application → Bot → Privileged Gateway Intents and turn on "Message Content Intent"'
    );
  }
  if (code === GatewayCloseCodes.AuthenticationFailed)
    return 'Discord refused DISCORD_TOKEN (close code 4004): copy the bot token again from the Developer Portal';
  return `the gateway closed the connection for good (close code ${code})`;
}

/** The client's own troubles go to the log; an `error` event without a listener would kill the process. */
function watchClient(client: Client, log: Logger): void {
  client.on(Events.Error, (error) => log.error({ error: safeError(error) }, 'discord client error'));
  client.on(Events.ShardError, (error, shard) => log.warn({ error: safeError(error), shard }, 'discord gateway error'));
  client.on(Events.Warn, (message) => log.warn({ discord: message }, 'discord warning'));
  client.on(Events.Debug, (message) => log.trace({ discord: message }, 'discord debug'));
  client.on(Events.ShardDisconnect, (event, shard) =>
    log.error({ code: event.code, shard }, 'discord gateway closed for good'),
  );
  client.rest.on('rateLimited', (info) =>
    log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'discord rate limit'),
  );
}

async function onInteraction(
  interaction: Interaction,
  core: Core,
  answer: { log: Logger; deferAfterMs: number },
): Promise<void> {
  if (interaction.isAutocomplete()) return suggest(interaction, core, answer.log);
  if (interaction.isChatInputCommand()) {
    // Slash-command answers are private by default; the core may say otherwise.
    return answerInteraction(interaction, core.handle(commandIncoming(interaction)), 'ephemeral', answer);
  }
  if (interaction.isButton()) return press(interaction, core, answer);
}

async function press(
  interaction: ButtonInteraction,
  core: Core,
  answer: { log: Logger; deferAfterMs: number },
): Promise<void> {
  const incoming = actionIncoming(interaction);
  if (!incoming) {
    const unknown = reply(
      card({
        kind: 'error',
        title: 'Not quite',
        blocks: [
          text(
            'That button is not one I know (perhaps from an older version of me). Ask again and I will answer afresh.',
          ),
        ],
      }),
      'ephemeral',
      false,
    );
    return answerInteraction(interaction, Promise.resolve(unknown), 'ephemeral', answer);
  }
  if (incoming.action === 'share') return answerInteraction(interaction, core.handle(incoming), 'channel', answer);
  // The next page goes where the page before it was: privately if that one was private.
  const wasEphemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  const where: Visibility = wasEphemeral ? 'ephemeral' : 'channel';
  return answerInteraction(
    interaction,
    core.handle(incoming).then((r) => placed(r, where)),
    where,
    answer,
  );
}

/** Puts a next page beside its predecessor; errors stay private, and a public page needs no "Share". */
function placed(answer: Reply, where: Visibility): Reply {
  if (answer.card.kind === 'error' || answer.visibility === where) return answer;
  const buttons = where === 'channel' ? answer.card.buttons.filter((b) => b.action !== 'share') : answer.card.buttons;
  return { ...answer, visibility: where, card: { ...answer.card, buttons } };
}

/** Up to 25 suggestions; names and values longer than Discord's 100 characters are left out. */
async function suggest(interaction: AutocompleteInteraction, core: Core, log: Logger): Promise<void> {
  const incoming = autocompleteIncoming(interaction);
  const choices = await core.autocomplete(incoming);
  const fitting = choices
    .filter((c) => c.name.length >= 1 && c.name.length <= 100 && c.value.length >= 1 && c.value.length <= 100)
    .slice(0, 25);
  await interaction
    .respond(fitting)
    .catch((error: unknown) => log.warn({ error: safeError(error) }, 'discord autocomplete answer failed'));
}

/**
 * Answers a mention, a DM or a reply to one of the bot's messages, then remembers what each
 * posted message was about: a reply to it is a follow-up that carries those topics.
 */
async function onMessage(message: Message, client: Client, core: Core, log: Logger): Promise<void> {
  const botId = client.user?.id;
  if (!botId) return;
  // The role Discord made for the bot: the @ picker offers it, and people use it to mention the bot.
  const roleId = message.guild?.roles.botRoleFor(botId)?.id;
  const incoming = messageIncoming(message, { id: botId, roleId }, canManage(message));
  if (!incoming) return;
  let answer: Reply | undefined;
  const pending = core.handle(incoming).then((r) => (answer = r));
  const posted = await answerMessage(message, pending, log, (r) => worthPosting(incoming, r));
  if (!answer || posted.length === 0) return;
  const threads = incoming.channel.isDirect ? [...posted, MAIN_LINE] : posted;
  for (const threadId of threads) {
    await core
      .remember({ platform: 'discord', channelId: incoming.channel.id, threadId }, answer)
      .catch((error: unknown) => log.warn({ error: safeError(error) }, 'could not remember the thread'));
  }
}

/** Manage Channels in this channel, overwrites applied; false when it cannot be worked out. */
function canManage(message: Message): boolean {
  if (!message.inGuild() || !message.member) return false;
  try {
    return message.channel.permissionsFor(message.member)?.has(PermissionFlagsBits.ManageChannels) ?? false;
  } catch {
    return false;
  }
}
