/**
 * December 2015 in milliseconds: a channel subscribed on 13 December gets a digest each
 * morning and exactly the expected reminders, at the expected instants, through the 19th.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/log.ts';
import { createScheduler } from '../../src/scheduling/scheduler.ts';
import { intervalTrigger } from '../../src/scheduling/trigger.ts';
import { openSqliteStore } from '../../src/storage/sqlite-store.ts';
import type { Store } from '../../src/storage/store.ts';
import { DEMO_PACK, describe as line, fakeAdapter, knowledge, type Sent } from './fixtures.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/**
 * Ticks every 15 minutes (production: every minute): every due instant here is on a
 * quarter hour, so deliveries still land exactly on time, and fake timers step through
 * the week faster. A tick only asks "what fell due since the last one?", so its period
 * changes when a delivery goes out, never whether it does.
 */
const TICK = 15 * MINUTE;
const SUBSCRIBED = new Date('2015-12-13T12:00:00Z');

let store: Store;
beforeEach(() => {
  vi.useFakeTimers({ now: SUBSCRIBED });
  store = openSqliteStore(':memory:');
});
afterEach(async () => {
  await store.close();
  vi.useRealTimers();
});

async function subscribe(timeZone = 'UTC', channelId = 'C1') {
  await store.saveChannel({
    platform: 'slack',
    channelId,
    timeZone,
    digest: { time: '08:00', since: SUBSCRIBED },
    reminders: { leads: [1440, 60], since: SUBSCRIBED },
  });
}

describe('a week of December 2015', () => {
  const digestAndReminders =
    'sends a digest each morning and each reminder once, on time; nothing for past, week, month or year events';
  it(digestAndReminders, async () => {
    await subscribe();
    const sent: Sent[] = [];
    const scheduler = createScheduler({
      store,
      knowledge: () => knowledge(),
      clock: systemClock,
      log: silentLogger(),
      adapters: [fakeAdapter('slack', sent)],
      graceMs: 6 * HOUR,
      trigger: intervalTrigger(TICK),
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(new Date('2015-12-20T00:00:00Z').getTime() - SUBSCRIBED.getTime());
    await scheduler.stop();

    expect(sent.map(line).sort()).toEqual([
      '2015-12-14T08:00:00.000Z digest Monday 14 December 2015',
      '2015-12-15T07:00:00.000Z Reminder: Talks in Moscow',
      '2015-12-15T08:00:00.000Z digest Tuesday 15 December 2015',
      '2015-12-16T06:00:00.000Z Reminder: Talks in Moscow',
      '2015-12-16T08:00:00.000Z digest Wednesday 16 December 2015',
      '2015-12-17T08:00:00.000Z digest Thursday 17 December 2015',
      '2015-12-17T09:00:00.000Z Reminder: Summit in New York',
      '2015-12-18T08:00:00.000Z digest Friday 18 December 2015',
      '2015-12-18T09:00:00.000Z Reminder: Summit in New York',
      '2015-12-19T08:00:00.000Z digest Saturday 19 December 2015',
    ]);
    expect(sent.every((s) => s.channelId === 'C1' && s.reply.visibility === 'channel')).toBe(true);
    expect(
      (await store.deliveries({ platform: 'slack', channelId: 'C1' })).map((d) => `${d.subject} ${d.lead} ${d.status}`),
    ).toEqual([
      '2015-12-14  sent',
      'demo-pack/talks 1d sent',
      '2015-12-15  sent',
      'demo-pack/talks 1h sent',
      '2015-12-16  sent',
      '2015-12-17  sent',
      'demo-pack/summit morning-1d sent',
      '2015-12-18  sent',
      'demo-pack/summit morning-of sent',
      '2015-12-19  sent',
    ]);
  });

  it('says what, when (channel time and how long from now), where, who, and cites the paragraph', async () => {
    await subscribe('America/New_York');
    const sent: Sent[] = [];
    const scheduler = createScheduler({
      store,
      knowledge: () => knowledge(),
      clock: systemClock,
      log: silentLogger(),
      adapters: [fakeAdapter('slack', sent)],
      graceMs: 6 * HOUR,
      trigger: intervalTrigger(TICK),
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(new Date('2015-12-15T08:00:00Z').getTime() - SUBSCRIBED.getTime());
    await scheduler.stop();
    const reminder = sent.find((s) => s.reply.card.kind === 'reminder')!;
    expect(reminder.at).toBe('2015-12-15T07:00:00.000Z');
    expect(reminder.reply.card.fields).toEqual([
      { label: 'When', value: 'Wednesday 16 December 2015, 02:00 EST (in 24 hours)' },
      { label: 'Where', value: 'Moscow' },
      { label: 'Who', value: 'Ann Lee, Bob Ray' },
    ]);
    expect(reminder.reply.card.citations).toEqual([{ packId: 'demo-pack', packTitle: 'Demo article', paragraph: 2 }]);
    // The digest is the New York morning: 08:00 EST = 13:00 UTC (subscribed at 07:00 EST on the 13th).
    expect(sent.filter((s) => s.reply.card.kind === 'digest').map((s) => s.at)).toEqual([
      '2015-12-13T13:00:00.000Z',
      '2015-12-14T13:00:00.000Z',
    ]);
  });

  const digestContents =
    'lists the week ahead, the new articles and the key points in the digest; ' +
    'a pack added by hot reload is new the next day';
  it(digestContents, async () => {
    await subscribe();
    const sent: Sent[] = [];
    let kb = knowledge();
    const scheduler = createScheduler({
      store,
      knowledge: () => kb,
      clock: systemClock,
      log: silentLogger(),
      adapters: [fakeAdapter('slack', sent)],
      graceMs: 6 * HOUR,
      trigger: intervalTrigger(TICK),
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(new Date('2015-12-14T12:00:00Z').getTime() - SUBSCRIBED.getTime());
    kb = knowledge(DEMO_PACK, {
      ...DEMO_PACK,
      id: 'second-pack',
      title: 'Second article',
      events: [],
      keyPoints: [{ text: 'Fresh point.', paragraphs: [1] }],
    });
    await vi.advanceTimersByTimeAsync(
      new Date('2015-12-16T12:00:00Z').getTime() - new Date('2015-12-14T12:00:00Z').getTime(),
    );
    await scheduler.stop();
    const [first, second, third] = sent.filter((s) => s.reply.card.kind === 'digest').map((s) => s.reply.card);
    const texts = (c: typeof first) => c!.blocks.map((b) => ('items' in b ? b.items.join(' | ') : b.text));
    expect(texts(first)).toContain('In the knowledge base');
    expect(texts(first).join('\n')).toContain(
      'Wednesday 16 December 2015, 07:00 UTC (in 47 hours) — Talks in Moscow, Moscow ¶2',
    );
    expect(texts(first).join('\n')).not.toContain('Statement on Friday');
    expect(texts(second)).toContain('New since the last digest');
    expect(texts(second).join('\n')).toContain('Second article (example.org, 2015-12-13)');
    expect(texts(second).join('\n')).toContain('Fresh point. ¶1');
    expect(texts(third).join('\n')).toContain('No new articles.');
  });

  it('leaves alone a channel whose platform is not running', async () => {
    await subscribe('UTC', 'C-slack');
    await store.saveChannel({
      platform: 'discord',
      channelId: 'D1',
      timeZone: 'UTC',
      digest: { time: '08:00', since: SUBSCRIBED },
    });
    const sent: Sent[] = [];
    const scheduler = createScheduler({
      store,
      knowledge: () => knowledge(),
      clock: systemClock,
      log: silentLogger(),
      adapters: [fakeAdapter('slack', sent)],
      graceMs: 6 * HOUR,
      trigger: intervalTrigger(TICK),
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    await scheduler.stop();
    expect(sent.map((s) => s.channelId)).toEqual(['C-slack']);
    expect(await store.deliveries({ platform: 'discord', channelId: 'D1' })).toEqual([]);
  });

  const failedSends =
    'marks a failed send failed, retries it on a later tick as late, and stops after the attempts run out';
  it(failedSends, async () => {
    await subscribe();
    const sent: Sent[] = [];
    let failures = 1;
    const scheduler = createScheduler({
      store,
      knowledge: () => knowledge(),
      clock: systemClock,
      log: silentLogger(),
      graceMs: 6 * HOUR,
      trigger: intervalTrigger(TICK),
      adapters: [fakeAdapter('slack', sent, () => failures-- > 0)],
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(new Date('2015-12-14T09:00:00Z').getTime() - SUBSCRIBED.getTime());
    expect(sent.map(line)).toEqual(['2015-12-14T08:15:00.000Z digest Monday 14 December 2015 (late)']);
    expect(await store.deliveries({ platform: 'slack', channelId: 'C1' })).toMatchObject([
      { subject: '2015-12-14', status: 'sent', attempts: 2, late: true },
    ]);

    failures = 100;
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    await scheduler.stop();
    expect(
      (await store.deliveries({ platform: 'slack', channelId: 'C1' })).find((d) => d.subject === '2015-12-15'),
    ).toMatchObject({ status: 'failed', attempts: 3 });
    expect(sent).toHaveLength(1);
  });
});
