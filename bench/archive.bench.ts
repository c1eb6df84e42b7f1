/**
 * Archive benchmark (issue 12), scheduling and `/events` part: synthetic archives of
 * 1,000 and 10,000 packs (bench/synthetic-archive.ts, re-dated so that articles span two
 * years, each with 12 events of mixed precision in six timezones) and 1,000 subscribed
 * channels (digest + reminders, six timezones) on a SQLite file. Reports the event index
 * build, the scheduler tick (first, idle, and over a simulated day of one-minute ticks that
 * sends every digest and reminder) and `/events` through the core (first call, then steady).
 *
 * The scheduler and `/events` read only a knowledge base's packs and events, so the
 * archive is handed to them without building the search indexes (the persisted knowledge
 * index, measured separately, is the other half of issue 12).
 * Run: `node --expose-gc --import tsx bench/archive.bench.ts [1000,10000]`; numbers are printed, never asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ChatAdapter } from '../src/core/adapter.ts';
import { manualClock } from '../src/core/clock.ts';
import type { Platform } from '../src/core/incoming.ts';
import { loadCommands } from '../src/core/registry.ts';
import type { KnowledgeBase, LoadedPack, PackEvent } from '../src/knowledge/knowledge-base.ts';
import type { Event } from '../src/knowledge/schema.ts';
import { silentLogger } from '../src/log.ts';
import { eventIndex } from '../src/scheduling/event-index.ts';
import { createScheduler } from '../src/scheduling/scheduler.ts';
import { openSqliteStore } from '../src/storage/sqlite-store.ts';
import { channelOrigin, emptyKnowledge, testCore } from '../test/support/core-harness.ts';
import { syntheticArchive } from './synthetic-archive.ts';

const CHANNELS = 1_000;
const ZONES = ['UTC', 'Europe/London', 'Europe/Moscow', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'];
const NOW = new Date('2026-01-15T00:00:00Z');
const DAY = 86_400_000;
const MINUTE = 60_000;
const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const stats = (times: number[]) => {
  const s = [...times].sort((a, b) => a - b);
  return `p50 ${ms(percentile(s, 50))}, p99 ${ms(percentile(s, 99))}, max ${ms(s.at(-1)!)}`;
};

/** A deterministic generator (mulberry32), so every run measures the same archive. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Articles published over the two years before NOW; events from a month before to four months after each. */
function redate(packs: LoadedPack[]): LoadedPack[] {
  const rnd = random(3);
  const iso = (t: number) => new Date(t).toISOString();
  return packs.map((pack, n) => {
    const published = NOW.getTime() - 730 * DAY + Math.floor((n / packs.length) * 730 * DAY);
    const template = pack.data.events[0]!;
    const events: Event[] = Array.from({ length: 12 }, (_, i) => {
      const at = iso(published + Math.floor((rnd() * 150 - 30) * DAY));
      const roll = rnd();
      const dated =
        roll < 0.4
          ? {
              date: `${at.slice(0, 11)}${String(Math.floor(rnd() * 24)).padStart(2, '0')}:00`,
              precision: 'time' as const,
            }
          : roll < 0.8
            ? { date: at.slice(0, 10), precision: 'day' as const }
            : roll < 0.9
              ? { date: at.slice(0, 7), precision: 'month' as const }
              : { date: at.slice(0, 4), precision: 'year' as const };
      return { ...template, id: `event-${i}`, title: `${template.title} (${i})`, ...dated };
    });
    const data = { ...pack.data, published: iso(published).slice(0, 10), timezone: ZONES[n % ZONES.length]!, events };
    return { ...pack, data };
  });
}

async function measure(count: number): Promise<void> {
  let t0 = performance.now();
  const packs = redate(syntheticArchive(count));
  const events: PackEvent[] = packs.flatMap((pack) => pack.data.events.map((event) => ({ pack, event })));
  const kb: KnowledgeBase = {
    ...emptyKnowledge,
    packs,
    pack: (id) => packs.find((p) => p.id === id),
    events: () => events,
  };
  console.log(`\n${count} packs, ${events.length} events (generated in ${ms(performance.now() - t0)})`);

  t0 = performance.now();
  const index = eventIndex(kb);
  console.log(
    `  event index build: ${ms(performance.now() - t0)} (${index.dated.length} dated, ${index.timed.length} timed)`,
  );

  // /events through the core, as a person would ask for it.
  const { core } = testCore(await loadCommands(), kb, NOW);
  const ask = async (text: string) => {
    const t = performance.now();
    await core.handle({ ...channelOrigin, type: 'command-text', name: 'events', text });
    return performance.now() - t;
  };
  for (const when of ['upcoming', 'past', 'all']) {
    const times: number[] = [];
    for (let i = 0; i < 30; i++) times.push(await ask(when));
    console.log(`  /events ${when}: ${stats(times)}`);
  }

  // The scheduler: 1,000 channels on a SQLite file, a day of one-minute ticks.
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-archive-bench-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  const since = NOW;
  for (let i = 0; i < CHANNELS; i++) {
    const time = `${String(6 + (i % 4)).padStart(2, '0')}:${['00', '15', '30', '45'][i % 4]}`;
    await store.saveChannel({
      platform: i % 2 === 0 ? 'slack' : 'discord',
      channelId: `C${i}`,
      timeZone: ZONES[i % ZONES.length]!,
      digest: { time, since },
      reminders: { leads: [1440, 60], since },
    });
  }
  let delivered = 0;
  const adapter = (platform: Platform): ChatAdapter => ({
    platform,
    start: async () => {},
    stop: async () => {},
    send: async () => void delivered++,
  });
  const clock = manualClock(NOW);
  const scheduler = createScheduler({
    store,
    knowledge: () => kb,
    clock,
    log: silentLogger(),
    adapters: [adapter('slack'), adapter('discord')],
    graceMs: 6 * 3_600_000,
  });
  scheduler.start();
  const tick = async () => {
    const t = performance.now();
    await scheduler.tick();
    return performance.now() - t;
  };
  console.log(`  first tick (marks ${count} packs seen): ${ms(await tick())}`);
  const day: number[] = [];
  const perTick: number[] = [];
  for (let i = 0; i < 1440; i++) {
    clock.advance(MINUTE);
    const before = delivered;
    day.push(await tick());
    perTick.push(delivered - before);
  }
  const busiest = Math.max(...perTick);
  const summary = `${delivered} deliveries (busiest tick ${busiest})`;
  console.log(`  a day of 1-minute ticks, ${CHANNELS} channels: ${summary}; per tick ${stats(day)}`);
  const quiet: number[] = [];
  const empty = day.filter((_, i) => perTick[i] === 0);
  console.log(`  ticks that sent nothing during the day (${empty.length}): ${stats(empty)}`);
  for (let i = 0; i < 60; i++) {
    clock.advance(1);
    quiet.push(await tick());
  }
  console.log(`  planning only (a tick whose window is 1 ms): ${stats(quiet)}`);
  global.gc?.();
  console.log(`  heap ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}`);
  await scheduler.stop();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

console.log(`archive benchmark: scheduling and /events, Node ${process.version}`);
for (const count of sizes) await measure(count);
