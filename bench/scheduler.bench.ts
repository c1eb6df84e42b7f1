/**
 * Scheduler benchmark: 1,000 subscribed channels (digest + reminders, six timezones, two
 * platforms) on a SQLite file, against the seed pack plus a pack with timed events.
 * Reports the time per tick (p50/p99/max) when nothing is due and across a whole day of
 * one-minute ticks that send every digest and reminder, and the heap and RSS.
 * Run: `npx tsx bench/scheduler.bench.ts` (numbers are printed, never asserted).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ChatAdapter } from '../src/core/adapter.ts';
import { manualClock } from '../src/core/clock.ts';
import type { Platform } from '../src/core/incoming.ts';
import { createKnowledgeBase } from '../src/knowledge/create-knowledge-base.ts';
import { loadPacks } from '../src/knowledge/load.ts';
import { silentLogger } from '../src/log.ts';
import { createScheduler } from '../src/scheduling/scheduler.ts';
import { openSqliteStore } from '../src/storage/sqlite-store.ts';
import { DEMO_PACK, loadedPack } from '../test/scheduling/fixtures.ts';

const CHANNELS = 1_000;
const ZONES = ['UTC', 'Europe/London', 'Europe/Moscow', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'];
const MINUTE = 60_000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(3)} ms`;

const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
const store = openSqliteStore(join(dir, 'bench.db'));
const { packs } = loadPacks('knowledge');
const kb = createKnowledgeBase([...packs, loadedPack(DEMO_PACK)]);
const start = new Date('2015-12-14T00:00:00Z');
const clock = manualClock(start);
for (let i = 0; i < CHANNELS; i++) {
  const time = `${String(6 + (i % 4)).padStart(2, '0')}:${['00', '15', '30', '45'][i % 4]}`;
  await store.saveChannel({
    platform: i % 2 === 0 ? 'slack' : 'discord',
    channelId: `C${i}`,
    timeZone: ZONES[i % ZONES.length]!,
    digest: { time, since: new Date(start.getTime() - 86_400_000) },
    reminders: { leads: [1440, 60], since: new Date(start.getTime() - 86_400_000) },
  });
}
let delivered = 0;
const adapter = (platform: Platform): ChatAdapter => ({
  platform,
  start: async () => {},
  stop: async () => {},
  send: async () => void delivered++,
});
const scheduler = createScheduler({
  store,
  knowledge: () => kb,
  clock,
  log: silentLogger(),
  adapters: [adapter('slack'), adapter('discord')],
  graceMs: 6 * 3_600_000,
});
scheduler.start();

async function measure(ticks: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < ticks; i++) {
    clock.advance(MINUTE);
    const t0 = performance.now();
    await scheduler.tick();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
await measure(1); // first tick: marks packs seen, fills the caches
const day = await measure(1440);
const deliveredInDay = delivered;
// Reminders and digests are all sent now; an hour of quiet ticks measures the idle cost.
const quiet = await measure(60);
global.gc?.();
const memory = process.memoryUsage();

console.log(
  `scheduler, ${CHANNELS} channels (${ZONES.length} timezones, digest + reminders each), ` +
    `SQLite file, Node ${process.version}`,
);
console.log(
  `  a day of 1-minute ticks: ${day.length} ticks, ${deliveredInDay} deliveries; ` +
    `per tick p50 ${ms(percentile(day, 50))}, p99 ${ms(percentile(day, 99))}, max ${ms(day.at(-1)!)}`,
);
console.log(`  idle ticks (nothing due): p50 ${ms(percentile(quiet, 50))}, p99 ${ms(percentile(quiet, 99))}`);
console.log(
  `  heap used ${mb(memory.heapUsed)} (+${mb(memory.heapUsed - heapBefore)} over the run), rss ${mb(memory.rss)}`,
);
await scheduler.stop();
await store.close();
rmSync(dir, { recursive: true, force: true });
