/**
 * Sends digests and reminders on time, once. Each tick asks "what fell due between the
 * last tick and now?" (by the injected clock, never wall time), claims each delivery in
 * the store before sending it, sends it through the adapter of the channel's platform,
 * and marks it sent or failed. The trigger (node-cron in production) only says when to
 * look.
 *
 * Rules, in one place:
 * - A delivery is claimed (unique key) before it is sent: two schedulers on one database
 *   never both send it. A crash between claim and send leaves it claimed and unsent:
 *   at most once wins over at least once.
 * - After downtime (the first tick reads the last tick from the store), what fell due
 *   within the grace window is sent once and marked late; anything older is recorded as
 *   skipped and logged, never sent.
 * - A failed send is marked failed and retried on later ticks, up to `maxAttempts` in all,
 *   while it is still within the grace window; a retry is marked late.
 * - A channel whose platform is not running now is left alone (nothing claimed), so the
 *   process that runs that platform still delivers it.
 * - A reminder for an event that is already over is skipped.
 */
import type { Logger } from 'pino';
import type { ChatAdapter } from '../core/adapter.ts';
import type { Clock } from '../core/clock.ts';
import type { Platform } from '../core/incoming.ts';
import type { Reply } from '../core/reply.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { ChannelSettings, DeliveryKey, Store } from '../storage/store.ts';
import { digestReply, reminderReply } from './cards.ts';
import { dueItems, planCache, type DueItem } from './plan.ts';
import type { Trigger } from './trigger.ts';

export interface SchedulerOptions {
  store: Store;
  /** Read afresh every tick: packs hot-reload. */
  knowledge: () => KnowledgeBase;
  clock: Clock;
  log: Logger;
  /** The started adapters; each channel is delivered through the one of its platform. */
  adapters: readonly ChatAdapter[];
  /** How late a missed delivery may still go out (config.GRACE_WINDOW_HOURS). */
  graceMs: number;
  /** When to tick; without one, only explicit `tick()` calls run. */
  trigger?: Trigger;
  /** Send attempts per delivery, the first included (default 3). */
  maxAttempts?: number;
  /** Sends in flight at once (default 8). */
  concurrency?: number;
}

export interface TickReport {
  at: Date;
  sent: number;
  failed: number;
  skipped: number;
  /** True when a tick was already running and this one did nothing. */
  busy?: boolean;
}

export interface Scheduler {
  start(): void;
  /** Stops the trigger and waits for a tick in progress. */
  stop(): Promise<void>;
  /** Looks for due deliveries now and sends them; what the trigger calls. */
  tick(): Promise<TickReport>;
}

const LAST_TICK = 'scheduler.lastTick';
/** After a long downtime, look back at most this far (beyond the grace window) for misses to log. */
const MAX_LOOKBACK_MS = 7 * 86_400_000;

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { store, clock, log, graceMs, maxAttempts = 3, concurrency = 8 } = options;
  const adapters = new Map<Platform, ChatAdapter>(options.adapters.map((a) => [a.platform, a]));
  const cache = planCache();
  let lastTick: Date | undefined;
  let markedSeen: KnowledgeBase | undefined;
  /** When each pack was first seen, read once per tick for all of its digests (one row per pack). */
  let packsSeen: Promise<Map<string, Date>> | undefined;
  let startedAt: Date | undefined;
  let running: Promise<TickReport> | undefined;
  let trigger: { stop(): void } | undefined;

  /** Where the window of this tick starts: the last tick, in memory or (after a restart) in the store. */
  async function windowStart(now: Date): Promise<Date> {
    const floor = new Date(now.getTime() - graceMs - MAX_LOOKBACK_MS);
    const saved = lastTick ?? parseDate(await store.getState(LAST_TICK));
    // A clock that moved backwards (a demo's --now) starts afresh at the grace window.
    if (!saved || saved > now) return new Date(now.getTime() - graceMs);
    return saved < floor ? floor : saved;
  }

  async function runTick(): Promise<TickReport> {
    const now = clock.now();
    startedAt ??= now;
    const kb = options.knowledge();
    // Packs change only with a reload (a new knowledge base): record sightings once per knowledge base.
    if (kb !== markedSeen) {
      await store.markPacksSeen(
        kb.packs.map((p) => p.id),
        now,
      );
      markedSeen = kb;
    }
    packsSeen = undefined;
    const from = await windowStart(now);
    const graceStart = new Date(now.getTime() - graceMs);
    const report: TickReport = { at: now, sent: 0, failed: 0, skipped: 0 };
    if (cache.digests.size > 50_000) cache.digests.clear();
    cache.dates.clear();
    cache.due.clear();

    const channels = new Map<string, ChannelSettings>();
    const jobs: (() => Promise<void>)[] = [];
    for (const channel of await store.subscribedChannels()) {
      if (!adapters.has(channel.platform)) continue;
      channels.set(refKey(channel), channel);
      for (const item of dueItems(channel, kb, from, now, cache)) {
        const over = item.kind === 'reminder' && item.slot.end <= now;
        if (item.dueAt <= graceStart || over) {
          if (await store.recordSkipped(item.key, item.dueAt, now)) {
            report.skipped++;
            log.warn(
              {
                ...item.key,
                dueAt: item.dueAt.toISOString(),
                reason: over ? 'event over' : 'older than the grace window',
              },
              'delivery skipped',
            );
          }
          continue;
        }
        if (!(await store.claimDelivery(item.key, item.dueAt, now))) continue;
        jobs.push(() => deliver(channel, item, kb, item.dueAt < startedAt!, report));
      }
    }

    for (const failed of await store.failedDeliveries(graceStart, maxAttempts)) {
      const channel = channels.get(refKey(failed));
      if (!channel) continue;
      const item = dueItems(channel, kb, new Date(failed.dueAt.getTime() - 1), failed.dueAt, cache).find((i) =>
        sameKey(i.key, failed),
      );
      if (!item || (item.kind === 'reminder' && item.slot.end <= now)) continue;
      if (!(await store.reclaimFailed(failed, maxAttempts, now))) continue;
      jobs.push(() => deliver(channel, item, kb, true, report));
    }

    await runPool(jobs, concurrency);
    lastTick = now;
    await store.setState(LAST_TICK, now.toISOString());
    if (report.sent + report.failed + report.skipped > 0) log.info(report, 'scheduler tick');
    return report;
  }

  async function deliver(
    channel: ChannelSettings,
    item: DueItem,
    kb: KnowledgeBase,
    late: boolean,
    report: TickReport,
  ): Promise<void> {
    const now = clock.now();
    try {
      await adapters.get(channel.platform)!.send(channel.channelId, await build(channel, item, kb, now, late));
      await store.finishDelivery(item.key, { status: 'sent', late, at: now });
      report.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await store.finishDelivery(item.key, { status: 'failed', late, at: now, error: message });
      report.failed++;
      log.warn({ ...item.key, err: error }, 'delivery failed; will retry within the grace window');
    }
  }

  async function build(
    channel: ChannelSettings,
    item: DueItem,
    kb: KnowledgeBase,
    now: Date,
    late: boolean,
  ): Promise<Reply> {
    const lateAt = late ? { dueAt: item.dueAt } : undefined;
    if (item.kind === 'reminder')
      return reminderReply({ slot: item.slot, timeZone: channel.timeZone, now, late: lateAt });
    return digestReply({
      kb,
      timeZone: channel.timeZone,
      date: item.date,
      now,
      late: lateAt,
      lastDigestAt: await store.lastDigestAt(channel),
      packsSeen: await (packsSeen ??= store.packsSeen()),
    });
  }

  const scheduler: Scheduler = {
    start() {
      // Whatever fell due before this instant was missed by an earlier run: it goes out marked late.
      startedAt ??= clock.now();
      if (trigger || !options.trigger) return;
      trigger = options.trigger(() => {
        void scheduler.tick().catch((error) => log.error({ err: error }, 'scheduler tick failed'));
      });
    },
    async stop() {
      trigger?.stop();
      trigger = undefined;
      await running?.catch(() => undefined);
    },
    async tick() {
      if (running) return { at: clock.now(), sent: 0, failed: 0, skipped: 0, busy: true };
      running = runTick();
      try {
        return await running;
      } finally {
        running = undefined;
      }
    },
  };
  return scheduler;
}

function refKey(ref: { platform: string; channelId: string }): string {
  return `${ref.platform}\u0000${ref.channelId}`;
}

function sameKey(a: DeliveryKey, b: DeliveryKey): boolean {
  return (
    a.platform === b.platform &&
    a.channelId === b.channelId &&
    a.kind === b.kind &&
    a.subject === b.subject &&
    a.lead === b.lead
  );
}

function parseDate(text: string | undefined): Date | undefined {
  const at = text ? new Date(text) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : undefined;
}

/** Runs `jobs` with at most `limit` in flight; each job handles its own errors. */
async function runPool(jobs: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
}
