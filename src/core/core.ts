/**
 * The core: one function from `Incoming` to `Reply`, the same for Slack, Discord, the
 * shell and the CLI. It routes to commands, turns free text into a question, runs button
 * presses, adds the "Show more" and "Share in channel" buttons, and is the one place where
 * failures become answers: a `UserError` is told as is, anything else becomes an apology
 * with an id while the log gets the stack.
 */
import type { AnyCommand } from './command.ts';
import type { CoreDeps } from './context.ts';
import type { Continuation } from './continuations.ts';
import { errorId, UserError } from './errors.ts';
import type { AutocompleteIncoming, Choice, OptionValue, ReplyIncoming } from './incoming.ts';
import { cleanText, readableText } from './input.ts';
import { parseCommandText, validateOptions } from './parse-options.ts';
import { dropPreamble, looksLikeQuestion } from './preamble.ts';
import { recentArticles } from './recent-article.ts';
import { smallTalk } from './small-talk.ts';
import { apologyReply, card, reply, text, type Reply } from './reply.ts';
import { memoryConversationState, type ThreadContext, type ThreadRef } from '../storage/conversation-state.ts';

export interface Core {
  handle(incoming: ReplyIncoming): Promise<Reply>;
  autocomplete(incoming: AutocompleteIncoming): Promise<Choice[]>;
  /** What a thread the bot answered in was about; undefined when the bot has not answered there (lately). */
  thread(ref: ThreadRef): Promise<ThreadContext | undefined>;
  /** Records that `reply` was posted in thread `ref`, so follow-ups there are answered with its topics. */
  remember(ref: ThreadRef, reply: Reply): Promise<void>;
  readonly deps: CoreDeps;
}

const ASK_AGAIN = 'Ask again and I will answer afresh.';

/** How long a thread's topic is carried into its follow-ups. */
export const THREAD_TTL_MS = 3 * 24 * 3600_000;

/** Whether a reply should be posted at all: a follow-up nobody addressed to the bot gets only found answers. */
export function worthPosting(incoming: ReplyIncoming, r: Reply): boolean {
  return !(incoming.type === 'mention' && incoming.followUp && !r.found);
}

/** The command that free text (a mention, a DM, a shell line) is routed to. */
const QUESTION_COMMAND = 'ask';

export function createCore(deps: CoreDeps): Core {
  const byName = new Map(deps.commands.map((c) => [c.name, c]));
  const conversations = deps.conversations ?? memoryConversationState();
  const recent = recentArticles(deps.clock);
  const find = (name: string): AnyCommand => {
    const command = byName.get(name.toLowerCase().replace(/^\//, ''));
    if (!command)
      throw new UserError(
        'unknown-command',
        `I don't know /${cleanText(name).slice(0, 40)}. Try /help for the list of commands.`,
      );
    return command;
  };

  async function run(
    incoming: ReplyIncoming,
    command: AnyCommand,
    options: Record<string, OptionValue>,
    page: number,
    carried?: ThreadContext,
    saved?: Continuation,
  ): Promise<Reply> {
    const kb = deps.knowledge();
    // A button's next page ranks as its first did: with the article of the conversation then, not now.
    const recentArticle = saved ? saved.article : recent.get(incoming);
    const recentAt = saved ? saved.articleAt : recent.at(incoming);
    // Outside a thread, the topics of this person's last answer here fill in a follow-up with
    // nothing of its own to find ("how old is he?"), as a thread's do.
    const topics = carried ?? (saved ? undefined : recent.topics(incoming));
    const context = {
      ...deps,
      kb,
      options: options as never,
      incoming,
      page,
      ...(topics ? { carried: topics } : {}),
      ...(recentArticle ? { recentArticle } : {}),
      // A button's next page leaves them out: it never ranks with a jump they would refuse (recent.ts).
      ...(saved ? {} : { visitedArticles: recent.visited(incoming) }),
      ...(recentArticle && recentAt !== undefined ? { recentAt } : {}),
    };
    const result = await command.run(context);
    // The article this person's next questions here are likely about, though they may not name it.
    if (result.found && result.article) recent.note(incoming, result.article, result.topics, result.at);
    else if (result.movedTo) recent.note(incoming, result.movedTo);
    else if (result.leaning) recent.lean(incoming, result.leaning);
    const near = recentArticle
      ? { article: recentArticle, ...(recentAt !== undefined ? { articleAt: recentAt } : {}) }
      : {};
    return withButtons(result, { command: command.name, options, page, ...near }, incoming);
  }

  /** "Show more" for a next page; "Share in channel" on an ephemeral answer outside a DM. */
  function withButtons(result: Reply, at: Continuation, incoming: ReplyIncoming): Reply {
    const buttons = [...result.card.buttons];
    if (result.hasMore)
      buttons.push({ action: 'more', label: 'Show more', value: deps.continuations.put({ ...at, page: at.page + 1 }) });
    if (
      result.visibility === 'ephemeral' &&
      result.found &&
      !incoming.channel.isDirect &&
      incoming.platform !== 'cli'
    ) {
      buttons.push({ action: 'share', label: 'Share in channel', value: deps.continuations.put(at), style: 'primary' });
    }
    return { ...result, card: { ...result.card, buttons } };
  }

  async function route(incoming: ReplyIncoming): Promise<Reply> {
    switch (incoming.type) {
      case 'command': {
        const command = find(incoming.name);
        return run(incoming, command, validateOptions(command, incoming.options), 1);
      }
      case 'command-text': {
        const command = find(incoming.name);
        // `/brief` alone is a request for help with /brief, not a mistake.
        if (cleanText(incoming.text) === '' && command.options.some((o) => o.required) && byName.has('help')) {
          return run(incoming, find('help'), { command: command.name }, 1);
        }
        return run(incoming, command, parseCommandText(command, incoming.text), 1);
      }
      case 'mention': {
        const said = dropPreamble(readableText(incoming.text, 'message'));
        if (said === '') return run(incoming, find('help'), {}, 1).then(inChannel);
        // "@briefbot brief Kerry" or "@briefbot /events" runs the command; anything else is a question.
        const [first = '', ...rest] = said.split(/\s+/);
        const named = byName.get(first.replace(/^\//, '').toLowerCase());
        if (named && (first.startsWith('/') || named.name !== QUESTION_COMMAND)) {
          return run(incoming, named, parseCommandText(named, rest.join(' ')), 1).then(inChannel);
        }
        const ask = find(QUESTION_COMMAND);
        // Unaddressed small talk under an answer ("thanks!") is not read as a question at all.
        if (incoming.followUp && !looksLikeQuestion(said)) {
          return reply(card({ kind: 'info', title: 'Not a question' }), 'channel', false);
        }
        // "@briefbot hi": the help card (thanks is answered by the ask command itself).
        if (smallTalk(said) === 'greeting' && byName.has('help'))
          return run(incoming, find('help'), {}, 1).then(inChannel);
        const where = incoming.thread ? threadOf(incoming, incoming.thread) : undefined;
        const carried = where ? await conversations.thread(where, deps.clock.now()) : undefined;
        const topics = carried && carried.topics.length > 0 ? carried : undefined;
        return run(incoming, ask, parseCommandText(ask, said), 1, topics).then(inChannel);
      }
      case 'action':
        return runAction(incoming);
    }
  }

  async function runAction(incoming: Extract<ReplyIncoming, { type: 'action' }>): Promise<Reply> {
    const found = await deps.continuations.get(incoming.value);
    if (found.status === 'expired') {
      throw new UserError('expired', `That button has expired (buttons last a week). ${ASK_AGAIN}`);
    }
    if (found.status !== 'found') {
      throw new UserError('expired', `That button has expired or is not one I know. ${ASK_AGAIN}`);
    }
    const saved = found.value;
    const command = find(saved.command);
    if (incoming.action === 'share') {
      const shared = await run(incoming, command, saved.options, saved.page, undefined, saved);
      const buttons = shared.card.buttons.filter((b) => b.action !== 'share');
      const by = incoming.user.name ? `Shared by ${incoming.user.name}` : undefined;
      return {
        ...shared,
        visibility: 'channel',
        card: { ...shared.card, buttons, footer: [shared.card.footer, by].filter(Boolean).join(' · ') || undefined },
      };
    }
    if (incoming.action === 'more' || incoming.action === 'pick')
      return run(incoming, command, saved.options, saved.page, undefined, saved);
    throw new UserError('bad-input', 'That button does nothing I know of.');
  }

  return {
    deps,
    async handle(incoming) {
      try {
        const r = await route(incoming);
        await deps.continuations.flush();
        return r;
      } catch (error) {
        return failure(error, incoming);
      }
    },
    thread: (ref) => conversations.thread(ref, deps.clock.now()),
    async remember(ref, r) {
      const now = deps.clock.now();
      // An answer about nothing in particular keeps the thread on its earlier topic.
      const topics = r.topics?.length ? r.topics : ((await conversations.thread(ref, now))?.topics ?? []);
      await conversations.putThread(ref, { topics: topics.slice(0, 10) }, new Date(now.getTime() + THREAD_TTL_MS));
    },
    async autocomplete(incoming) {
      try {
        const partial = cleanText(incoming.partial).slice(0, 100);
        return deps.knowledge().suggest(partial, 25);
      } catch (error) {
        deps.log.error({ err: error, command: incoming.command }, 'autocomplete failed');
        return [];
      }
    },
  };

  function failure(error: unknown, incoming: ReplyIncoming): Reply {
    if (error instanceof UserError) {
      return reply(card({ kind: 'error', title: 'Not quite', blocks: [text(error.message)] }), 'ephemeral', false);
    }
    const id = errorId();
    deps.log.error({ err: error, errorId: id, platform: incoming.platform, type: incoming.type }, 'handler failed');
    return apologyReply(id);
  }
}

const threadOf = (incoming: ReplyIncoming, threadId: string): ThreadRef => ({
  platform: incoming.platform,
  channelId: incoming.channel.id,
  threadId,
});

/** Answers to a mention are for the whole conversation, not only the asker. */
function inChannel(r: Reply): Reply {
  return {
    ...r,
    visibility: 'channel',
    card: { ...r.card, buttons: r.card.buttons.filter((b) => b.action !== 'share') },
  };
}
