/**
 * `briefbot start` (what `npm start` runs): every configured platform in one process, or
 * the shell chat when no platform tokens are set. Stops cleanly on Ctrl-C or SIGTERM, when
 * the shell chat is left, and on an unhandled error (logged through the logger, so the
 * secret scrubber sees it, then the same clean shutdown with exit code 1).
 */
import { buildBot, configuredAdapters, type Bot } from '../app.ts';
import { createShellAdapter, SHELL_CHANNEL, type ShellAdapter } from '../adapters/shell/shell.ts';
import type { ChatAdapter } from '../core/adapter.ts';
import { KnowledgeLoadError } from '../knowledge/holder.ts';
import { formatProblem } from '../knowledge/load.ts';
import { watchKnowledge } from '../knowledge/watch.ts';
import { createScheduler, type Scheduler } from '../scheduling/scheduler.ts';
import { cronTrigger, triggerSecondsFor } from '../scheduling/trigger.ts';
import { StoreOpenError } from '../storage/errors.ts';
import { openConversationState, openStore } from '../storage/open-store.ts';
import { cliContext } from './context.ts';
import { startPlatforms, type StartedPlatforms } from './start-platforms.ts';
import { EXIT, type CliIo, type GlobalFlags } from './io.ts';
import { UsageError } from './main.ts';

export async function run(args: string[], io: CliIo, flags: GlobalFlags): Promise<number> {
  if (args.length > 0) throw new UsageError(`start takes no arguments (got "${args[0]!.slice(0, 40)}")`);
  const { config, clock, log } = cliContext(flags, (c) => !c.SLACK_BOT_TOKEN && !c.DISCORD_TOKEN);
  let crashed = false;
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const onSignal = () => stop();
  const onFatal = (error: unknown) => {
    log.fatal({ err: error }, 'unhandled error: shutting down');
    crashed = true;
    stop();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.on('unhandledRejection', onFatal);
  process.on('uncaughtException', onFatal);
  // Time travel (--now) is for demos: it runs on a store in memory, so a demo never fills
  // the real ledger with 2015 deliveries and can be run again and again from a clean slate.
  const databasePath = flags.now ? ':memory:' : config.DATABASE_PATH;
  const databaseUrl = flags.now ? undefined : config.DATABASE_URL;
  if (flags.now)
    io.err(
      `briefbot: clock set to ${flags.now.toISOString()}${flags.speed === 1 ? '' : ` running ×${flags.speed}`}; ` +
        'subscriptions are kept in memory for this run only',
    );
  let store;
  try {
    store = await openStore({
      databaseUrl,
      databasePath,
      onIdleError: (error) => log.warn({ err: error }, 'database connection lost; reconnecting'),
    });
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    io.err(`briefbot: ${error.message}; not starting`);
    return EXIT.broken;
  }
  // Buttons and thread topics live beside the subscriptions: the same SQLite file, or the
  // same PostgreSQL database (own tables), so every instance sharing it sees them.
  let conversations;
  try {
    conversations = await openConversationState({ databaseUrl, databasePath });
  } catch (error) {
    await store.close();
    const where = error instanceof StoreOpenError ? '' : ` in ${databasePath}`;
    io.err(`briefbot: cannot keep button and thread state${where}: ${(error as Error).message}; not starting`);
    return EXIT.broken;
  }
  let bot;
  try {
    bot = await buildBot({ config, clock, log, store, conversations });
  } catch (error) {
    await store.close();
    await conversations.close();
    if (!(error instanceof KnowledgeLoadError)) throw error;
    io.err(
      `briefbot: ${error.message}; not starting:\n${error.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
    return EXIT.broken;
  }
  const adapters: ChatAdapter[] = await configuredAdapters(bot, config, log);
  const shell =
    adapters.length === 0
      ? createShellAdapter({
          core: bot.core,
          input: process.stdin,
          output: process.stdout,
          interactive: process.stdin.isTTY === true,
        })
      : undefined;
  if (shell) adapters.push(shell);
  // Digests and reminders go through the platforms running now: a platform still retrying its
  // start is left alone (its deliveries wait, unclaimed), and the scheduler is rebuilt when it starts.
  let scheduler: Scheduler | undefined;
  const schedule = (running: ChatAdapter[]) => {
    const next = createScheduler({
      store,
      clock,
      log,
      adapters: running,
      knowledge: () => bot.knowledge.current(),
      graceMs: config.GRACE_WINDOW_HOURS * 3_600_000,
      trigger: cronTrigger(triggerSecondsFor(flags.speed)),
    });
    next.start();
    void next.tick().catch((error) => log.error({ err: error }, 'scheduler tick failed'));
    return next;
  };
  let platforms: StartedPlatforms;
  let closing = false;
  let rebuilt = Promise.resolve();
  const onStarted = () => {
    rebuilt = rebuilt.then(async () => {
      await scheduler?.stop();
      scheduler = closing ? undefined : schedule(platforms.started());
    });
  };
  try {
    platforms = await startPlatforms(adapters, { log, onStarted });
  } catch (error) {
    await bot.store.close();
    throw error;
  }
  if (shell && flags.now) await subscribeDemo(bot, shell);
  clock.run();
  // Digests and reminders: node-cron triggers, the store decides what is due; faster under --speed.
  scheduler ??= schedule(platforms.started());
  const knowledge = bot.knowledge;
  // Hot reload: packs added, changed or removed under knowledge/ take effect without a restart.
  const watcher = watchKnowledge(knowledge, {
    onReload: ({ packs }) => log.info({ packs }, 'knowledge reloaded'),
    onProblems: (problems) =>
      log.warn(
        { problems: problems.map(formatProblem) },
        'broken knowledge pack: serving its last good version (run `briefbot validate`)',
      ),
  });
  await Promise.race([stopped, shell?.closed ?? new Promise<never>(() => {})]);
  closing = true;
  platforms.stop();
  await rebuilt;
  watcher.close();
  await scheduler?.stop();
  for (const adapter of adapters)
    await adapter.stop().catch((error) => log.warn({ err: error, platform: adapter.platform }, 'stop failed'));
  await bot.store.close();
  await bot.conversations.close();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  // Everything is closed; a handle some library left open must not keep the process alive.
  setTimeout(() => process.exit(), 2_000).unref();
  return crashed ? EXIT.broken : EXIT.ok;
}

/**
 * A time-travel demo in the shell subscribes the shell to a 09:00 digest and to reminders
 * before the clock runs on, exactly as if the person had typed the two commands, so the
 * first digest and reminders arrive without a race against a fast clock.
 */
async function subscribeDemo(bot: Bot, shell: ShellAdapter): Promise<void> {
  const origin = {
    platform: 'shell' as const,
    user: { id: 'local', name: 'you' },
    channel: { id: SHELL_CHANNEL, isDirect: true },
    canManageChannel: true,
  };
  for (const [name, text] of [
    ['digest', 'on 09:00'],
    ['reminders', 'on'],
  ] as const) {
    await shell.send(SHELL_CHANNEL, await bot.core.handle({ ...origin, type: 'command-text', name, text }));
  }
}
