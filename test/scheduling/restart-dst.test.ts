/**
 * Restarts and daylight saving: a second scheduler on the same SQLite file sends nothing
 * twice, catches up what fell due within the grace window (marked late) and skips and
 * logs what is older; a daily digest fires once a day at local time across DST changes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../src/core/clock.ts';
import { localTime } from '../../src/core/zoned-time.ts';
import { silentLogger } from '../../src/log.ts';
import { createScheduler } from '../../src/scheduling/scheduler.ts';
import { intervalTrigger } from '../../src/scheduling/trigger.ts';
import { openSqliteStore } from '../../src/storage/sqlite-store.ts';
import type { Store } from '../../src/storage/store.ts';
import { describe as line, fakeAdapter, knowledge, recordingLogger, type Sent } from './fixtures.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const until = (iso: string) => new Date(iso).getTime() - Date.now();

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-sched-'));
  vi.useFakeTimers({ now: new Date('2015-12-13T12:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

function instance(store: Store, sent: Sent[], log = silentLogger()) {
  return createScheduler({
    store,
    knowledge: () => knowledge(),
    clock: systemClock,
    log,
    adapters: [fakeAdapter('slack', sent)],
    graceMs: 6 * HOUR,
    trigger: intervalTrigger(15 * MINUTE),
  });
}

describe('restart on the same database', () => {
  it('sends nothing twice, catches up within the grace window (late) and skips and logs older misses', async () => {
    const path = join(dir, 'bot.db');
    const sent: Sent[] = [];
    let store = openSqliteStore(path);
    await store.saveChannel({
      platform: 'slack',
      channelId: 'C1',
      timeZone: 'UTC',
      digest: { time: '08:00', since: new Date() },
      reminders: { leads: [1440, 60], since: new Date() },
    });
    const first = instance(store, sent);
    first.start();
    await vi.advanceTimersByTimeAsync(until('2015-12-14T10:00:00Z'));
    await first.stop();
    await store.close();

    // Down from 14 Dec 10:00 to 16 Dec 06:30; the grace window reaches back to 00:30.
    vi.setSystemTime(new Date('2015-12-16T06:30:00Z'));
    store = openSqliteStore(path);
    const { log, lines } = recordingLogger();
    const second = instance(store, sent, log);
    second.start();
    await second.tick();
    await vi.advanceTimersByTimeAsync(until('2015-12-20T00:00:00Z'));
    await second.stop();

    expect(sent.map(line)).toEqual([
      '2015-12-14T08:00:00.000Z digest Monday 14 December 2015',
      '2015-12-16T06:30:00.000Z Reminder: Talks in Moscow (late)',
      '2015-12-16T08:00:00.000Z digest Wednesday 16 December 2015',
      '2015-12-17T08:00:00.000Z digest Thursday 17 December 2015',
      '2015-12-17T09:00:00.000Z Reminder: Summit in New York',
      '2015-12-18T08:00:00.000Z digest Friday 18 December 2015',
      '2015-12-18T09:00:00.000Z Reminder: Summit in New York',
      '2015-12-19T08:00:00.000Z digest Saturday 19 December 2015',
    ]);
    expect(sent.find((s) => s.reply.card.kind === 'reminder')!.reply.card.blocks[0]).toEqual({
      type: 'text',
      text: expect.stringContaining('Late: this was due Wednesday 16 December 2015, 06:00 UTC'),
    });
    const skipped = lines.filter((l) => l.msg === 'delivery skipped').map((l) => `${l.subject} ${l.lead}`);
    expect(skipped.sort()).toEqual(['2015-12-15 ', 'demo-pack/talks 1d']);
    const ledger = await store.deliveries({ platform: 'slack', channelId: 'C1' });
    expect(ledger.filter((d) => d.status === 'skipped').map((d) => d.subject)).toEqual([
      'demo-pack/talks',
      '2015-12-15',
    ]);
    expect(ledger.filter((d) => d.late).map((d) => `${d.subject} ${d.lead}`)).toEqual(['demo-pack/talks 1h']);
    await store.close();
  });

  it('skips (and logs) a caught-up reminder whose event is already over', async () => {
    const store = openSqliteStore(join(dir, 'bot.db'));
    await store.saveChannel({
      platform: 'slack',
      channelId: 'C1',
      timeZone: 'UTC',
      reminders: { leads: [60], since: new Date() },
    });
    vi.setSystemTime(new Date('2015-12-16T08:30:00Z')); // the talks ran 07:00-08:00; the 1h reminder was due at 06:00
    const sent: Sent[] = [];
    const { log, lines } = recordingLogger();
    const scheduler = instance(store, sent, log);
    scheduler.start();
    await scheduler.tick();
    await scheduler.stop();
    expect(sent).toEqual([]);
    expect(lines.filter((l) => l.msg === 'delivery skipped').map((l) => l.reason)).toEqual(['event over']);
    await store.close();
  });

  it('two schedulers ticking on one file at the same time deliver each item once', async () => {
    const path = join(dir, 'bot.db');
    const sentA: Sent[] = [];
    const sentB: Sent[] = [];
    const a = openSqliteStore(path);
    const b = openSqliteStore(path);
    await a.saveChannel({
      platform: 'slack',
      channelId: 'C1',
      timeZone: 'UTC',
      digest: { time: '08:00', since: new Date() },
      reminders: { leads: [1440, 60], since: new Date() },
    });
    const [one, two] = [instance(a, sentA), instance(b, sentB)];
    one.start();
    two.start();
    await vi.advanceTimersByTimeAsync(until('2015-12-20T00:00:00Z'));
    await Promise.all([one.stop(), two.stop()]);
    const all = [...sentA, ...sentB].map(line);
    expect(all).toHaveLength(10);
    expect(new Set(all).size).toBe(10);
    await a.close();
    await b.close();
  });
});

describe('daylight saving time (2026)', () => {
  async function digestsOver(timeZone: string, time: string, fromIso: string, toIso: string): Promise<Sent[]> {
    vi.setSystemTime(new Date(fromIso));
    const store = openSqliteStore(':memory:');
    await store.saveChannel({ platform: 'discord', channelId: 'D1', timeZone, digest: { time, since: new Date() } });
    const sent: Sent[] = [];
    const scheduler = createScheduler({
      store,
      knowledge: () => knowledge(),
      clock: systemClock,
      log: silentLogger(),
      adapters: [fakeAdapter('discord', sent)],
      graceMs: 6 * HOUR,
      trigger: intervalTrigger(15 * MINUTE),
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(until(toIso));
    await scheduler.stop();
    await store.close();
    return sent;
  }
  const local = (s: Sent, zone: string) => {
    const l = localTime(new Date(s.at), zone);
    return (
      `${l.year}-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')} ` +
      `${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`
    );
  };

  for (const [zone, spring, autumn] of [
    ['America/New_York', '2026-03-08', '2026-11-01'],
    ['Europe/London', '2026-03-29', '2026-10-25'],
  ] as const) {
    it(`fires an 08:00 digest once a day at local 08:00 in ${zone} across both transitions`, async () => {
      for (const change of [spring, autumn]) {
        const start = new Date(`${change}T00:00:00Z`).getTime() - 4 * 86_400_000;
        const sent = await digestsOver(
          zone,
          '08:00',
          new Date(start).toISOString(),
          new Date(start + 8 * 86_400_000).toISOString(),
        );
        const times = sent.map((s) => local(s, zone));
        expect(times).toHaveLength(8);
        expect(times.every((t) => t.endsWith(' 08:00'))).toBe(true);
        expect(new Set(times.map((t) => t.slice(0, 10))).size).toBe(8);
        expect(times.map((t) => t.slice(0, 10))).toContain(change);
      }
    });
  }

  const springAndFall =
    'fires a 02:30 digest once on the spring-forward day (02:30 does not exist: it goes at 03:30) ' +
    'and once on the day that repeats 01:30';
  it(springAndFall, async () => {
    const spring = await digestsOver('America/New_York', '02:30', '2026-03-06T12:00:00Z', '2026-03-10T12:00:00Z');
    expect(spring.map((s) => local(s, 'America/New_York'))).toEqual([
      '2026-03-07 02:30',
      '2026-03-08 03:30',
      '2026-03-09 02:30',
      '2026-03-10 02:30',
    ]);
    const autumn = await digestsOver('America/New_York', '01:30', '2026-10-31T12:00:00Z', '2026-11-02T12:00:00Z');
    expect(autumn.map((s) => `${s.at} ${local(s, 'America/New_York')}`)).toEqual([
      '2026-11-01T05:30:00.000Z 2026-11-01 01:30', // the first 01:30 (EDT), not the second (EST)
      '2026-11-02T06:30:00.000Z 2026-11-02 01:30',
    ]);
  });
});
