/**
 * The event index answers "which reminders fall due in (from, to]" by binary search; it
 * must give exactly what the plain definition gives (every reminder instant of every
 * event, filtered to the window), for any window, timezone and leads, ties included.
 */
import { describe, expect, it } from 'vitest';
import { addDays, instantAt } from '../../src/core/zoned-time.ts';
import { eventWindow } from '../../src/knowledge/event-dates.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import type { PackInput } from '../../src/knowledge/schema.ts';
import {
  eventIndex,
  MORNING,
  nextReminders,
  notOver,
  pastPage,
  remindersDue,
  type IndexedEvent,
  type ReminderSlot,
} from '../../src/scheduling/event-index.ts';
import { parseIsoDate } from '../../src/scheduling/format.ts';
import { eventKey } from '../../src/scheduling/plan.ts';
import { formatLead } from '../../src/scheduling/settings-input.ts';
import { DEMO_PACK, knowledge } from './fixtures.ts';

/** The definition: every reminder instant of every event, by due time (knowledge order on ties). */
function allSlots(kb: KnowledgeBase, timeZone: string, leads: readonly number[]): ReminderSlot[] {
  const slots: ReminderSlot[] = [];
  for (const pe of kb.events()) {
    const window = eventWindow(pe.event, pe.pack.data.timezone);
    if (!window || !pe.event.date) continue;
    if (pe.event.precision === 'time') {
      for (const lead of leads)
        slots.push({
          event: pe,
          lead: formatLead(lead),
          dueAt: new Date(window.start.getTime() - lead * 60_000),
          ...window,
        });
    } else if (pe.event.precision === 'day') {
      for (const n of new Set(leads.map((lead) => Math.floor(lead / 1440)))) {
        const day = addDays(parseIsoDate(pe.event.date), -n);
        slots.push({
          event: pe,
          lead: n === 0 ? 'morning-of' : `morning-${n}d`,
          dueAt: instantAt({ ...day, ...MORNING }, timeZone),
          ...window,
        });
      }
    }
  }
  return slots.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

const show = (slots: ReminderSlot[]) => slots.map((s) => `${s.dueAt.toISOString()} ${eventKey(s.event)} ${s.lead}`);

/** A deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Packs in several timezones, events of every precision over December 2015 and January 2016, many sharing instants. */
function archive(packs: number): KnowledgeBase {
  const rnd = random(7);
  const zones = ['Europe/Moscow', 'America/New_York', 'UTC', 'Asia/Kolkata'];
  const pad = (n: number) => String(n).padStart(2, '0');
  const inputs: PackInput[] = Array.from({ length: packs }, (_, p) => ({
    ...DEMO_PACK,
    id: `pack-${p}`,
    timezone: zones[p % zones.length]!,
    events: Array.from({ length: 12 }, (_, i) => {
      const [month, day] = rnd() < 0.5 ? [12, 1 + Math.floor(rnd() * 31)] : [1, 1 + Math.floor(rnd() * 31)];
      const year = month === 12 ? 2015 : 2016;
      const kind = Math.floor(rnd() * 6);
      const date = `${year}-${pad(month)}-${pad(day)}`;
      const base = { id: `e${i}`, title: `Event ${p}.${i}`, phrase: 'then', summary: 'Something.', paragraphs: [1] };
      if (kind <= 1)
        return {
          ...base,
          date: `${date}T${pad(Math.floor(rnd() * 24))}:${rnd() < 0.5 ? '00' : '30'}`,
          precision: 'time' as const,
        };
      if (kind <= 3) return { ...base, date, precision: 'day' as const };
      if (kind === 4) return { ...base, date: `${year}-${pad(month)}`, precision: 'month' as const };
      return { ...base, phrase: 'some day' };
    }),
  }));
  return knowledge(...inputs);
}

describe('event index', () => {
  const kb = archive(60);
  const index = eventIndex(kb);
  const zones = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Asia/Tokyo', 'Australia/Sydney'];
  const leadSets = [[1440, 60], [60], [2880, 30], [10080, 1440, 120], [45]];

  it('gives exactly the reminders of the plain definition for any window, timezone and leads', () => {
    const rnd = random(11);
    let compared = 0;
    for (const timeZone of zones) {
      for (const leads of leadSets) {
        const all = allSlots(kb, timeZone, leads);
        for (const length of [60_000, 15 * 60_000, 3_600_000, 86_400_000, 8 * 86_400_000]) {
          for (let n = 0; n < 12; n++) {
            const from = new Date(Date.UTC(2015, 10, 25) + Math.floor(rnd() * 75 * 48) * 1_800_000);
            const to = new Date(from.getTime() + length);
            const expected = all.filter((s) => s.dueAt > from && s.dueAt <= to);
            expect(show(remindersDue(index, timeZone, leads, from, to))).toEqual(show(expected));
            compared += expected.length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000); // the windows really held reminders
  });

  it('finds the next reminders near or far, skipping events already over', () => {
    for (const at of ['2015-11-01T00:00:00Z', '2015-12-20T10:30:00Z', '2016-01-31T12:00:00Z', '2016-03-01T00:00:00Z']) {
      const now = new Date(at);
      const expected = allSlots(kb, 'Asia/Tokyo', [1440, 60])
        .filter((s) => s.dueAt > now && s.end > now)
        .slice(0, 5);
      expect(show(nextReminders(index, 'Asia/Tokyo', [1440, 60], now, 5))).toEqual(show(expected));
    }
  });

  it('lists what is not over by start, and pages the past latest first, as plain filters would', () => {
    const key = (e: IndexedEvent) => eventKey(e.event);
    for (const iso of ['2015-11-01T00:00:00Z', '2015-12-20T10:30:00Z', '2016-01-31T12:00:00Z', '2016-03-01']) {
      const at = new Date(iso).getTime();
      expect(notOver(index, at).map(key)).toEqual(index.dated.filter((e) => e.endMs > at).map(key));
      const past = index.dated.filter((e) => e.endMs <= at).reverse();
      for (const skip of [0, 12, 300, past.length - 5]) {
        const expected = past.slice(skip, skip + 12).map(key);
        expect(pastPage(index, at, skip, 12).map(key)).toEqual(expected);
      }
    }
  });

  it('sorts every dated event by start once and leaves undated events out', () => {
    const starts = index.dated.map((e) => e.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(index.dated.length).toBe(kb.events().filter((e) => e.event.date).length);
    expect(index.dated.length).toBeLessThan(kb.events().length);
  });
});
