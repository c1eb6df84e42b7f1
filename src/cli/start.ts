/**
 * `briefbot start` (what `npm start` runs): every configured platform in one process, or
 * the shell chat when no platform tokens are set. Stops cleanly on Ctrl-C or SIGTERM.
 */
import { buildBot, configuredAdapters, type Bot } from '../app.ts';
import { createShellAdapter, SHELL_CHANNEL, type ShellAdapter } from '../adapters/shell/shell.ts';
import type { ChatAdapter } from '../core/adapter.ts';
import { KnowledgeLoadError } from '../knowledge/holder.ts';
import { formatProblem } from '../knowledge/load.ts';
import { watchKnowledge } from '../knowledge/watch.ts';
import { createScheduler } from '../scheduling/scheduler.ts';
import { cronTrigger, triggerSecondsFor } from '../scheduling/trigger.ts';
import { StoreOpenError } from '../storage/errors.ts';
import { openStore } from '../storage/open-store.ts';
import { cliContext } from './context.ts';
import { EXIT, type CliIo, type GlobalFlags } from './io.ts';
import { UsageError } from './main.ts';

export async function run(args: string[], io: CliIo, flags: GlobalFlags): Promise<number> {
  if (args.length > 0) throw new UsageError(`start takes no arguments (got "${args[0]!.slice(0, 40)}")`);
  const { config, clock, log } = cliContext(flags, (c) => !c.SLACK_BOT_TOKEN && !c.DISCORD_TOKEN);
  // Time travel (--now) is for demos: it runs on a store in memory, so a demo never fills
  // the real ledger with 2015 deliveries and can be run again and again from a clean slate.
  const databasePath = flags.now ? ':memory:' : config.DATABASE_PATH;
  const databaseUrl = flags.now ? undefined : config.DATABASE_URL;
  if (flags.now) io.err(`briefbot: clock set to ${flags.now.toISOString()}${flags.speed === 1 ? '' : ` running ×${flags.speed}`}; subscriptions are kept in memory for this run only`);
  let store;
  try {
    store = await openStore({
      databaseUrl, databasePath, onIdleError: (error) => log.warn({ err: error }, 'database connection lost; reconnecting'),
    });
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    io.err(`briefbot: ${error.message}; not starting`);
    return EXIT.broken;
  }
  let bot;
  try {
    bot = await buildBot({ config, clock, log, store });
  } catch (error) {
    await store.close();
    if (!(error instanceof KnowledgeLoadError)) throw error;
    io.err(`briefbot: ${error.message}; not starting:\n${error.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    return EXIT.broken;
  }
  const adapters: ChatAdapter[] = await configuredAdapters(bot, config, log);
  const shell = adapters.length === 0 ? createShellAdapter({ core: bot.core, input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true }) : undefined;
  if (shell) adapters.push(shell);
  for (const adapter of adapters) {
    await adapter.start();
    log.info({ platform: adapter.platform }, 'platform started');
  }
  if (shell && flags.now) await subscribeDemo(bot, shell);
  clock.run();
  // Digests and reminders: node-cron triggers, the store decides what is due; faster under --speed.
  const knowledge = bot.knowledge;
  const scheduler = createScheduler({
    store, clock, log, adapters, knowledge: () => knowledge.current(),
    graceMs: config.GRACE_WINDOW_HOURS * 3_600_000, trigger: cronTrigger(triggerSecondsFor(flags.speed)),
  });
  scheduler.start();
  void scheduler.tick().catch((error) => log.error({ err: error }, 'scheduler tick failed'));
  // Hot reload: packs added, changed or removed under knowledge/ take effect without a restart.
  const watcher = watchKnowledge(knowledge, {
    onReload: ({ packs }) => log.info({ packs }, 'knowledge reloaded'),
    onProblems: (problems) => log.warn({ problems: problems.map(formatProblem) }, 'broken knowledge pack: serving its last good version (run `briefbot validate`)'),
  });
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await Promise.race([stopped, shell?.closed ?? new Promise<never>(() => {})]);
  watcher.close();
  await scheduler.stop();
  for (const adapter of adapters) await adapter.stop().catch((error) => log.warn({ err: error, platform: adapter.platform }, 'stop failed'));
  await bot.store.close();
  return EXIT.ok;
}

/**
 * A time-travel demo in the shell subscribes the shell to a 09:00 digest and to reminders
 * before the clock runs on, exactly as if the person had typed the two commands, so the
 * first digest and reminders arrive without a race against a fast clock.
 */
async function subscribeDemo(bot: Bot, shell: ShellAdapter): Promise<void> {
  const origin = { platform: 'shell' as const, user: { id: 'local', name: 'you' }, channel: { id: SHELL_CHANNEL, isDirect: true }, canManageChannel: true };
  for (const [name, text] of [['digest', 'on 09:00'], ['reminders', 'on']] as const) {
    await shell.send(SHELL_CHANNEL, await bot.core.handle({ ...origin, type: 'command-text', name, text }));
  }
}
