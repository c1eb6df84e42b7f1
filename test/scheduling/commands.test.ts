/**
 * `/digest`, `/reminders` and `/events` through the core, on an in-memory SQLite store:
 * bad input gets a clear answer and changes nothing; a refusal is private and says why;
 * a change is announced in the channel and stored.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import digest from '../../commands/digest.ts';
import events from '../../commands/events.ts';
import reminders from '../../commands/reminders.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createCore, type Core } from '../../src/core/core.ts';
import type { Origin } from '../../src/core/incoming.ts';
import type { Reply } from '../../src/core/reply.ts';
import { silentLogger } from '../../src/log.ts';
import { renderText } from '../../src/render/text.ts';
import { openSqliteStore } from '../../src/storage/sqlite-store.ts';
import type { Store } from '../../src/storage/store.ts';
import { DEMO_PACK, knowledge } from './fixtures.ts';

const origin: Origin = {
  platform: 'discord',
  user: { id: 'u1', name: 'Ann' },
  channel: { id: 'chan-1', isDirect: false },
  canManageChannel: true,
};
const ref = { platform: 'discord' as const, channelId: 'chan-1' };
let store: Store;
let core: Core;

beforeEach(() => {
  store = openSqliteStore(':memory:');
  const clock = manualClock(new Date('2015-12-14T08:55:00Z'));
  core = createCore({
    knowledge: () => knowledge(),
    clock,
    store,
    log: silentLogger(),
    commands: [digest, reminders, events],
    continuations: memoryContinuations(clock),
    defaultTimeZone: 'UTC',
  });
});

const say = (line: string, who: Partial<Origin> = {}): Promise<Reply> => {
  const [, name = '', text = ''] = /^\/(\S+)\s*(.*)$/.exec(line)!;
  return core.handle({ ...origin, ...who, type: 'command-text', name, text });
};

describe('/digest', () => {
  it('turns the digest on with a time and timezone, announces it in the channel, and stores it', async () => {
    const r = await say('/digest on 09:30 Europe/London');
    expect(r.visibility).toBe('channel');
    expect(renderText(r)).toContain(
      'every day at 09:30 (Europe/London); next: Monday 14 December 2015, 09:30 GMT (in 35 minutes) (set by Ann)',
    );
    expect(await store.channel(ref)).toMatchObject({ timeZone: 'Europe/London', digest: { time: '09:30' } });
    await say('/digest on America/New_York');
    expect(await store.channel(ref)).toMatchObject({ timeZone: 'America/New_York', digest: { time: '09:30' } });
  });

  it('defaults to 08:00 in the default timezone, and /digest off turns it off (announced)', async () => {
    await say('/digest on');
    expect(await store.channel(ref)).toMatchObject({ timeZone: 'UTC', digest: { time: '08:00' } });
    const off = await say('/digest off');
    expect(off.visibility).toBe('channel');
    expect(off.card.title).toBe('Daily digest turned off');
    expect((await store.channel(ref))?.digest).toBeUndefined();
    expect(renderText(await say('/digest'))).toContain('Daily digest here: off.');
  });

  it.each([
    ['/digest on 25:99', /"25:99" is not a time of day/],
    ['/digest on 08:00 Mars/Olympus_Mons', /"Mars\/Olympus_Mons" is not a timezone I know/],
    ['/digest on Nowhere', /"Nowhere" is not a timezone I know/],
    ['/digest 08:00', /say \/digest on/],
    ['/digest now please', /takes nothing more/],
  ])('%s gets a clear answer and changes nothing', async (line, message) => {
    await say('/digest on 07:00 Asia/Tokyo');
    const before = await store.channel(ref);
    const r = await say(line);
    expect(r.card.kind).toBe('error');
    expect(r.visibility).toBe('ephemeral');
    expect(renderText(r)).toMatch(message);
    expect(await store.channel(ref)).toEqual(before);
  });

  it('refuses, privately and saying why, someone who may not manage the channel', async () => {
    const r = await say('/digest on 09:00', { canManageChannel: false });
    expect(r.visibility).toBe('ephemeral');
    expect(renderText(r)).toContain('Only people with the Manage Channels permission');
    expect(await store.channel(ref)).toBeUndefined();
  });

  it('/digest now posts today’s digest in the channel', async () => {
    const r = await say('/digest now', { canManageChannel: false });
    expect(r.visibility).toBe('channel');
    expect(r.card.kind).toBe('digest');
    expect(r.card.title).toBe('Daily digest — Monday 14 December 2015');
  });
});

describe('/reminders', () => {
  it('turns reminders on with the default leads and lists the next ones', async () => {
    const r = await say('/reminders on');
    expect(r.visibility).toBe('channel');
    expect((await store.channel(ref))?.reminders?.leads).toEqual([1440, 60]);
    const text = renderText(r);
    expect(text).toContain('Tuesday 15 December 2015, 07:00 UTC (in 22 hours) — Talks in Moscow (1d before)');
    expect(text).toContain(
      'Thursday 17 December 2015, 09:00 UTC (in 3 days) — Summit in New York (the morning before)',
    );
  });

  it('takes custom leads, and shows them with /reminders', async () => {
    await say('/reminders on 2d 30m 1h');
    expect((await store.channel(ref))?.reminders?.leads).toEqual([2880, 60, 30]);
    expect(renderText(await say('/reminders'))).toContain(
      '2d 1h 30m before timed events; the morning 2 days before and the morning of',
    );
  });

  it('/reminders on 0h -3d forever is refused naming each bad word, and changes nothing', async () => {
    await say('/reminders on 1d');
    const r = await say('/reminders on 0h -3d forever');
    expect(r.card.kind).toBe('error');
    expect(renderText(r)).toContain('"0h", "-3d", "forever" are not lead times');
    expect((await store.channel(ref))?.reminders?.leads).toEqual([1440]);
  });

  it('turns off (announced); a refusal changes nothing', async () => {
    await say('/reminders on');
    expect((await say('/reminders off', { canManageChannel: false })).visibility).toBe('ephemeral');
    expect((await store.channel(ref))?.reminders).toBeDefined();
    const off = await say('/reminders off');
    expect(off.visibility).toBe('channel');
    expect((await store.channel(ref))?.reminders).toBeUndefined();
  });
});

describe('/events', () => {
  it("shows a timed event in the channel's timezone", async () => {
    expect(renderText(await say('/events upcoming'))).toContain('Wednesday 16 December 2015, 07:00 UTC');
    await say('/digest on 08:00 America/New_York');
    expect(renderText(await say('/events upcoming'))).toContain('Wednesday 16 December 2015, 02:00 EST');
  });

  it('pages upcoming (soonest first) then past (latest first), twelve to a page, across both sections', async () => {
    const dated = (n: number, day: number) => ({
      id: `e${n}`,
      title: `Event ${n}`,
      date: `2015-12-${String(day).padStart(2, '0')}`,
      precision: 'day' as const,
      phrase: 'then',
      summary: 'x',
      paragraphs: [1],
    });
    // Now is 14 December, 08:55: days 14 (under way) to 23 are upcoming (10), days 1-13 past (13).
    const pack = {
      ...DEMO_PACK,
      id: 'many',
      events: [...Array.from({ length: 23 }, (_, i) => dated(i, i + 1)).reverse()],
    };
    const ctx = {
      ...core.deps,
      kb: knowledge(pack),
      incoming: { ...origin, type: 'command-text' as const, name: 'events', text: '' },
      options: { when: undefined },
    };
    const page = async (n: number) => {
      const r = await events.run({ ...ctx, page: n });
      return { titles: renderText(r).match(/Event \d+/g), footer: r.card.footer, more: r.hasMore, text: renderText(r) };
    };
    const first = await page(1);
    // Only the event under way says so; past ones do not.
    expect(first.text.match(/.*under way.*/g)).toEqual([expect.stringContaining('Event 13')]);
    expect(first.titles).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 12, 11].map((i) => `Event ${i}`));
    expect(first).toMatchObject({ footer: 'page 1 of 2', more: true });
    expect((await page(2)).text).not.toContain('under way');
    const second = await page(2);
    expect(second.titles).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map((i) => `Event ${i}`));
    expect(second).toMatchObject({ footer: 'page 2 of 2', more: false });
  });
});
