/**
 * Two bot instances on one database through a simulated day of 1,000 channels: both tick
 * at the same instants (their claims race), one is killed at noon, the other carries on.
 * Every digest and reminder due that day must be sent exactly once: none doubled, none
 * lost. Run on one PostgreSQL (a real server, test/support/postgres.ts) and on one SQLite
 * file; each instance has its own connection and its own platform adapters.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatAdapter } from '../../src/core/adapter.ts';
import { manualClock } from '../../src/core/clock.ts';
import type { Platform } from '../../src/core/incoming.ts';
import { silentLogger } from '../../src/log.ts';
import { dueItems } from '../../src/scheduling/plan.ts';
import { createScheduler } from '../../src/scheduling/scheduler.ts';
import { openPostgresStore } from '../../src/storage/postgres-store.ts';
import { openSqliteStore } from '../../src/storage/sqlite-store.ts';
import type { ChannelSettings, Store } from '../../src/storage/store.ts';
import type { PackInput } from '../../src/knowledge/schema.ts';
import { startPostgres, type TestPostgres } from '../support/postgres.ts';
import { DEMO_PACK, knowledge, type Sent } from './fixtures.ts';

const MINUTE = 60_000;
const DAY_START = new Date('2015-12-17T00:00:00Z');
const DAY_END = new Date('2015-12-18T00:00:00Z');
const KILL_AT = new Date('2015-12-17T12:00:00Z');
const TICK = 5 * MINUTE;
const CHANNELS = 1_000;
const ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Moscow',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Australia/Sydney',
];

/** Timed and day events around the simulated day, so 1d, 1h and morning reminders all fall in it. */
const DAY_PACK: PackInput = {
  ...DEMO_PACK,
  id: 'day-pack',
  events: [
    {
      id: 'briefing',
      title: 'Noon briefing',
      date: '2015-12-17T15:00',
      precision: 'time',
      phrase: 'at 3pm on Thursday',
      summary: 'A briefing.',
      paragraphs: [2],
    },
    {
      id: 'dinner',
      title: 'Evening dinner',
      date: '2015-12-17T22:00',
      precision: 'time',
      phrase: 'at 10pm on Thursday',
      summary: 'A dinner.',
      paragraphs: [2],
    },
    {
      id: 'vote',
      title: 'Morning vote',
      date: '2015-12-18T10:00',
      precision: 'time',
      phrase: 'at 10am on Friday',
      summary: 'A vote.',
      paragraphs: [3],
    },
    {
      id: 'call',
      title: 'Late call',
      date: '2015-12-18T23:00',
      precision: 'time',
      phrase: 'at 11pm on Friday',
      summary: 'A call.',
      paragraphs: [3],
    },
    {
      id: 'hearing',
      title: 'Hearing',
      date: '2015-12-17',
      precision: 'day',
      phrase: 'on Thursday',
      summary: 'A hearing.',
      paragraphs: [4],
    },
  ],
};

function channels(): ChannelSettings[] {
  return Array.from({ length: CHANNELS }, (_, i) => ({
    platform: i % 2 === 0 ? 'slack' : 'discord',
    channelId: `C${i}`,
    timeZone: ZONES[i % ZONES.length]!,
    digest: { time: `${String(i % 24).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`, since: DAY_START },
    reminders: { leads: i % 3 === 0 ? [60] : [1440, 60], since: DAY_START },
  }));
}

interface DayResult {
  expected: number;
  sent: number;
  doubled: number;
  lost: number;
  sentByBAfterKill: number;
  dueAfterKill: number;
  sentByAAfterKill: number;
  sentByBBeforeKill: number;
}

/** Runs the day with two instances on stores from `open`, and counts what went out against what was due. */
async function simulateDay(open: () => Promise<Store>): Promise<DayResult> {
  const kb = knowledge(DEMO_PACK, DAY_PACK);
  const clock = manualClock(DAY_START);
  const [storeA, storeB] = [await open(), await open()];
  for (const c of channels()) await storeA.saveChannel(c);
  const sentA: Sent[] = [];
  const sentB: Sent[] = [];
  // Each send is stamped with the simulated time it happened.
  const adapter = (platform: Platform, sent: Sent[]): ChatAdapter => ({
    platform,
    start: async () => {},
    stop: async () => {},
    send: async (channelId, reply) => void sent.push({ platform, channelId, at: clock.now().toISOString(), reply }),
  });
  const instance = (store: Store, sent: Sent[]) =>
    createScheduler({
      store,
      clock,
      knowledge: () => kb,
      log: silentLogger(),
      graceMs: 6 * 60 * MINUTE,
      adapters: [adapter('slack', sent), adapter('discord', sent)],
    });
  const [a, b] = [instance(storeA, sentA), instance(storeB, sentB)];
  a.start();
  b.start();
  let aAlive = true;
  let n = 0;
  for (let at = DAY_START.getTime() + TICK; at <= DAY_END.getTime(); at += TICK, n++) {
    clock.set(new Date(at));
    if (aAlive && at > KILL_AT.getTime()) {
      // Killed between two ticks: no stop(), its connection simply goes away.
      aAlive = false;
      await storeA.close();
    }
    // Both tick at once, each going first on alternate ticks, so their claims really race.
    const ticks = aAlive ? [a, b] : [b];
    await Promise.all((n % 2 === 0 ? ticks : ticks.reverse()).map((s) => s.tick()));
  }

  // What was due: the planner's items for the day; what went out: the sends and the ledger.
  let expected = 0;
  let lost = 0;
  let doubled = 0;
  let dueAfterKill = 0;
  const sends = new Map<string, number>();
  for (const s of [...sentA, ...sentB]) sends.set(s.channelId, (sends.get(s.channelId) ?? 0) + 1);
  const seen = new Set<string>();
  for (const s of [...sentA, ...sentB]) {
    const id = `${s.channelId} ${JSON.stringify(s.reply)}`;
    if (seen.has(id)) doubled++;
    seen.add(id);
  }
  for (const c of channels()) {
    const due = dueItems(c, kb, DAY_START, DAY_END);
    const ledger = await storeB.deliveries(c);
    const sentKeys = new Set(ledger.filter((d) => d.status === 'sent').map((d) => `${d.kind} ${d.subject} ${d.lead}`));
    expected += due.length;
    dueAfterKill += due.filter((d) => d.dueAt > KILL_AT).length;
    lost += due.filter(({ key }) => !sentKeys.has(`${key.kind} ${key.subject} ${key.lead}`)).length;
    // More sends than sent rows in the ledger is a doubled delivery, whatever its content.
    doubled += Math.max(0, (sends.get(c.channelId) ?? 0) - sentKeys.size);
  }
  await storeB.close();
  const afterKill = (s: Sent) => new Date(s.at).getTime() > KILL_AT.getTime();
  return {
    expected,
    sent: sentA.length + sentB.length,
    doubled,
    lost,
    dueAfterKill,
    sentByBAfterKill: sentB.filter(afterKill).length,
    sentByAAfterKill: sentA.filter(afterKill).length,
    sentByBBeforeKill: sentB.filter((s) => !afterKill(s)).length,
  };
}

function expectExactlyOnce(result: DayResult): void {
  // The day is busy: a digest per channel and several reminders each.
  expect(result.expected).toBeGreaterThan(3 * CHANNELS);
  expect(result).toMatchObject({ doubled: 0, lost: 0, sent: result.expected, sentByAAfterKill: 0 });
  // The survivor carried on: everything due after the kill went out from it.
  expect(result.sentByBAfterKill).toBe(result.dueAfterKill);
  expect(result.dueAfterKill).toBeGreaterThan(CHANNELS);
  // Before the kill both won claims: the race was real.
  expect(result.sent - result.sentByBAfterKill - result.sentByBBeforeKill).toBeGreaterThan(100);
  expect(result.sentByBBeforeKill).toBeGreaterThan(100);
}

describe('two instances through a simulated day of 1,000 channels', () => {
  let server: TestPostgres;
  let dir: string;
  beforeAll(async () => {
    server = await startPostgres();
    dir = mkdtempSync(join(tmpdir(), 'briefbot-two-'));
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('on one PostgreSQL: every digest and reminder exactly once, the survivor carrying on after a kill', async () => {
    const url = await server.createDatabase();
    expectExactlyOnce(await simulateDay(() => openPostgresStore(url, { poolSize: 2 })));
  }, 180_000);

  it('on one SQLite file: every digest and reminder exactly once, the survivor carrying on after a kill', async () => {
    const path = join(dir, 'shared.db');
    expectExactlyOnce(await simulateDay(async () => openSqliteStore(path)));
  }, 180_000);
});
