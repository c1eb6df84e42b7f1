/**
 * Bolt wiring: listeners for slash commands, mentions, DMs and button presses. Each one
 * acknowledges first (Slack's 3-second rule is the adapter's business, not the core's),
 * then parses, asks the core, renders and delivers. A failure anywhere in that chain
 * reaches the person as a short ephemeral apology with an id; the log gets the detail.
 */
import type { App, RespondFn, types } from '@slack/bolt';
import type { Logger } from 'pino';
import { worthPosting, type Core } from '../../core/core.ts';
import { errorId } from '../../core/errors.ts';
import { apologyReply, type Reply } from '../../core/reply.ts';
import type { SeenEvents } from './dedupe.ts';
import {
  actionIncoming,
  commandIncoming,
  isDirectChannel,
  isPersonMessage,
  mentionIncoming,
  threadReplyOf,
  type BlockActionsPayload,
  type MessageEventPayload,
} from './parse.ts';
import type { ManageCheck } from './permissions.ts';
import { ACTION_PREFIX, renderReply, type SlackMessage } from './render.ts';

export interface WiringDeps {
  core: Core;
  log: Logger;
  manage: ManageCheck;
  seen: SeenEvents;
}

type Blocks = (types.KnownBlock | types.Block)[];
type Client = App['client'];

/** The renderer's blocks are Block Kit JSON; Bolt's types are wider, so convert once here. */
const payload = (m: SlackMessage) => ({ text: m.text, blocks: m.blocks as unknown as Blocks });

/** The apology a person sees when something failed in the adapter itself. */
export const apology = apologyReply;

/** Runs `work`; on failure logs under a fresh id and tries to tell the person. */
async function guard(
  log: Logger,
  where: string,
  tell: (r: Reply) => Promise<unknown>,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    const id = errorId();
    log.error({ err: error, errorId: id, where }, 'slack handler failed');
    await tell(apology(id)).catch((e: unknown) => log.warn({ err: e, errorId: id }, 'could not deliver the apology'));
  }
}

async function respondAll(respond: RespondFn, r: Reply, visibility = r.visibility, extra: object = {}): Promise<void> {
  const response_type = visibility === 'channel' ? 'in_channel' : 'ephemeral';
  for (const m of renderReply(r)) await respond({ response_type, ...extra, ...payload(m) });
}

/** Posts in a channel (in a thread when `thread_ts` is given); ephemeral replies to `user` only. */
export async function postAll(
  client: Client,
  channel: string,
  r: Reply,
  where: { user?: string; thread_ts?: string; visibility?: Reply['visibility'] } = {},
): Promise<void> {
  const thread = where.thread_ts ? { thread_ts: where.thread_ts } : {};
  for (const m of renderReply(r)) {
    if ((where.visibility ?? r.visibility) === 'ephemeral' && where.user && !isDirectChannel(channel)) {
      await client.chat.postEphemeral({ channel, user: where.user, ...thread, ...payload(m) });
    } else {
      await client.chat.postMessage({ channel, ...thread, ...payload(m) });
    }
  }
}

export function registerHandlers(app: App, deps: WiringDeps): void {
  const { core, log, manage, seen } = deps;

  app.command(/^\/.+/, async ({ command, ack, respond, client }) => {
    await ack();
    await guard(
      log,
      'slash command',
      (r) => respondAll(respond, r),
      async () => {
        const canManage = await manage(
          client,
          command.user_id,
          isDirectChannel(command.channel_id, command.channel_name),
        );
        const r = await core.handle(commandIncoming(command, core.deps.commands, canManage));
        await respondAll(respond, r);
      },
    );
  });

  /**
   * A mention in a channel is answered in a thread under it; a DM in the DM; a follow-up
   * in its thread. The thread is remembered with the answer's topics for the next one.
   */
  const answerMessage = async (
    event: MessageEventPayload,
    eventId: string | undefined,
    botUserId: string | undefined,
    client: Client,
    followUp = false,
  ) => {
    if (eventId && seen.seen(eventId)) {
      log.debug({ eventId }, 'event already answered; ignoring the retry');
      return;
    }
    const isDirect = event.channel_type === 'im' || isDirectChannel(event.channel);
    const thread_ts = isDirect ? event.thread_ts : (event.thread_ts ?? event.ts);
    const where = { user: event.user, ...(thread_ts ? { thread_ts } : {}) };
    await guard(
      log,
      `${event.type} event`,
      (r) => postAll(client, event.channel, r, where),
      async () => {
        const canManage = await manage(client, event.user ?? '', isDirect);
        const incoming = mentionIncoming(event, botUserId, canManage, followUp);
        const r = await core.handle(incoming);
        if (!worthPosting(incoming, r)) return;
        await postAll(client, event.channel, r, where);
        if (incoming.type !== 'mention' || !incoming.thread) return;
        await core
          .remember({ platform: 'slack', channelId: event.channel, threadId: incoming.thread }, r)
          .catch((error: unknown) => log.warn({ err: error }, 'could not remember the thread'));
      },
    );
  };

  app.event('app_mention', async ({ event, body, context, client }) => {
    const mention = event as unknown as MessageEventPayload;
    // Another app's bot mentioning briefbot is not answered: two bots would talk forever.
    if (!isPersonMessage(mention)) return;
    await answerMessage(mention, body.event_id, context.botUserId, client);
  });

  app.event('message', async ({ event, body, context, client }) => {
    const message = event as unknown as MessageEventPayload;
    if (message.channel_type === 'im' && isPersonMessage(message)) {
      return answerMessage(message, body.event_id, context.botUserId, client);
    }
    // A reply in a thread under the bot's message, or in a thread the bot answered in.
    const threadId = threadReplyOf(message, context.botUserId);
    if (!threadId) return;
    const ours = message.parent_user_id !== undefined && message.parent_user_id === context.botUserId;
    if (!ours && !(await core.thread({ platform: 'slack', channelId: message.channel, threadId }))) return;
    await answerMessage(message, body.event_id, context.botUserId, client, true);
  });

  app.action({ action_id: new RegExp(`^${ACTION_PREFIX}`) }, async ({ ack, body, respond, client }) => {
    await ack();
    const pressed = body as unknown as BlockActionsPayload;
    const tell = (r: Reply) => respondAll(respond, r, 'ephemeral', { replace_original: false });
    await guard(log, 'button', tell, async () => {
      const channelId = pressed.channel?.id ?? pressed.container?.channel_id ?? '';
      const incoming = actionIncoming(pressed, await manage(client, pressed.user.id, isDirectChannel(channelId)));
      if (!incoming || incoming.type !== 'action') return;
      const r = await core.handle(incoming);
      const wasEphemeral = pressed.container?.is_ephemeral ?? false;
      if (r.card.kind === 'error' || (r.visibility === 'ephemeral' && incoming.action === 'share')) return tell(r);
      if (incoming.action === 'share') return respondAll(respond, r, 'channel', { replace_original: false });
      // "Show more": the next part goes where the first was, ephemeral if that was.
      if (wasEphemeral) return respondAll(respond, r, 'ephemeral', { replace_original: false });
      const thread_ts = pressed.container?.thread_ts ?? pressed.message?.thread_ts ?? pressed.message?.ts;
      await postAll(client, channelId, r, { visibility: 'channel', ...(thread_ts ? { thread_ts } : {}) });
    });
  });

  app.error(async (error) => {
    log.error({ err: error }, 'bolt reported an error');
  });
}
