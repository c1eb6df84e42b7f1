/**
 * Time travel through the articles of test/fixtures/ingest/, drafted by `briefbot ingest`:
 * from each publication day to past its last dated day, a channel with the default leads
 * gets every reminder of every future event dated to a day or a time, once and on time,
 * and none for ranges, quarters, halves, seasons, weeks, months or years.
 *
 * The months between are crossed by explicit ticks rather than a 15-minute trigger (which
 * would take minutes): one every six hours, plus one at each instant a reminder is
 * expected. A tick sends whatever fell due since the last one, so a reminder the
 * expectation missed still shows up (late, at a coarse tick) and fails the comparison.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../src/core/clock.ts';
import { instantAt } from '../../src/core/zoned-time.ts';
import { draftPack } from '../../src/ingest/draft.ts';
import { silentLogger } from '../../src/log.ts';
import { renderText } from '../../src/render/text.ts';
import { digestReply } from '../../src/scheduling/cards.ts';
import { createScheduler } from '../../src/scheduling/scheduler.ts';
import { openSqliteStore } from '../../src/storage/sqlite-store.ts';
import type { Store } from '../../src/storage/store.ts';
import { FIXTURES, fixtureNames, type Expected } from '../ingest/fixture-score.ts';
import { fakeAdapter, knowledge, type Sent } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { PackInput } from '../../src/knowledge/schema.ts';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const GRID = 6 * 60 * MINUTE;

let store: Store;
beforeEach(() => {
  store = openSqliteStore(':memory:');
});
afterEach(async () => {
  await store.close();
  vi.useRealTimers();
});

function drafted(name: string): PackInput {
  const expected = load(readFileSync(join(FIXTURES, `${name}.expected.yaml`), 'utf8')) as Expected;
  return draftPack(readFileSync(join(FIXTURES, `${name}.txt`), 'utf8'), {
    id: name,
    published: String(expected.published),
    source: 'test',
    timezone: expected.timezone,
  });
}

/** The reminders a channel in UTC must get, computed here from the dates alone. */
function expectedReminders(pack: PackInput, from: Date): { key: string; at: number }[] {
  const out: { key: string; at: number }[] = [];
  for (const e of pack.events ?? []) {
    if (!e.date || (e.precision !== 'time' && e.precision !== 'day')) continue;
    const [y = 0, m = 1, d = 1] = e.date.slice(0, 10).split('-').map(Number);
    if (e.precision === 'time') {
      const [hour = 0, minute = 0] = e.date.slice(11).split(':').map(Number);
      const start = instantAt({ year: y, month: m, day: d, hour, minute }, e.timezone ?? pack.timezone).getTime();
      out.push(
        { key: `${pack.id}/${e.id} 1d`, at: start - DAY },
        { key: `${pack.id}/${e.id} 1h`, at: start - 60 * MINUTE },
      );
    } else {
      const morning = Date.UTC(y, m - 1, d, 9);
      out.push(
        { key: `${pack.id}/${e.id} morning-1d`, at: morning - DAY },
        { key: `${pack.id}/${e.id} morning-of`, at: morning },
      );
    }
  }
  return out.filter((r) => r.at > from.getTime());
}

describe('reminders for ingested articles', () => {
  for (const name of fixtureNames()) {
    it(`${name}: every future event with a day or a time is reminded at each lead, nothing else is`, async () => {
      const pack = drafted(name);
      const subscribed = new Date(`${pack.published}T00:00:00Z`);
      const expected = expectedReminders(pack, subscribed);
      const until = Math.max(...expected.map((r) => r.at)) + DAY;
      vi.useFakeTimers({ now: subscribed });
      await store.saveChannel({
        platform: 'slack',
        channelId: 'C1',
        timeZone: 'UTC',
        reminders: { leads: [1440, 60], since: subscribed },
      });
      const sent: Sent[] = [];
      const kb = knowledge(pack);
      const scheduler = createScheduler({
        store,
        knowledge: () => kb,
        clock: systemClock,
        log: silentLogger(),
        adapters: [fakeAdapter('slack', sent)],
        graceMs: GRID,
      });
      const instants = new Set(expected.map((r) => r.at));
      for (let t = subscribed.getTime(); t <= until; t += GRID) instants.add(t);
      for (const t of [...instants].sort((a, b) => a - b)) {
        vi.setSystemTime(t);
        await scheduler.tick();
      }
      await scheduler.stop();

      const delivered = (await store.deliveries({ platform: 'slack', channelId: 'C1' })).filter(
        (d) => d.kind === 'reminder',
      );
      expect(delivered.map((d) => `${d.subject} ${d.lead}`).sort()).toEqual(expected.map((r) => r.key).sort());
      expect(delivered.every((d) => d.status === 'sent')).toBe(true);
      // On time: each reminder went out at its instant, not a tick later.
      expect(sent.map((s) => s.at).sort()).toEqual(expected.map((r) => new Date(r.at).toISOString()).sort());
      // Each future event dated to a day or a time got at least one reminder.
      const future = (pack.events ?? []).filter(
        (e) => (e.precision === 'day' || e.precision === 'time') && e.date! > pack.published,
      );
      for (const e of future)
        expect(
          delivered.some((d) => d.subject === `${pack.id}/${e.id}`),
          e.phrase,
        ).toBe(true);
    });
  }
});

describe('digests of ingested articles', () => {
  it('list a range, a season and a quarter while they are under way, with their dates as people read them', () => {
    const festival = drafted('festival-programme');
    const release = drafted('press-release');
    const kb = knowledge(festival, release);
    const digest = (iso: string) =>
      renderText(
        digestReply({
          kb,
          timeZone: 'UTC',
          date: { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) },
          now: new Date(`${iso}T08:00:00Z`),
          packsSeen: new Map(),
        }),
      );
    expect(digest('2028-07-10')).toContain('Friday 7 July 2028 to Sunday 16 July 2028');
    expect(digest('2028-04-10')).toContain('spring 2028');
    expect(digest('2027-02-10')).toContain('first quarter 2027');
  });
});
