/**
 * An index of the knowledge base's dated events, built once per knowledge base (packs
 * hot-reload into a new one): each event's window computed once, timed events sorted by
 * start, day-precision events grouped by date. A scheduler tick asks which reminders fall
 * due in its window, for one timezone and set of leads, and the answer costs a few binary
 * searches plus the reminders found, however large the archive; `/events` and the digest
 * read events already sorted instead of sorting (and recomputing windows) per request.
 */
import { cachedInstantAt } from '../core/zoned-offsets.ts';
import { addDays, instantAt, isoDate } from '../core/zoned-time.ts';
import { eventWindow } from '../knowledge/event-dates.ts';
import type { KnowledgeBase, PackEvent } from '../knowledge/knowledge-base.ts';
import { localDate, parseIsoDate } from './format.ts';
import { formatLead } from './settings-input.ts';

/** Day-precision events are announced at this channel-local time ("the morning of"). */
export const MORNING = { hour: 9, minute: 0 };

export interface ReminderSlot {
  event: PackEvent;
  /** `1d`, `1h` for a timed event; `morning-1d`, `morning-of` for a day-precision one. */
  lead: string;
  dueAt: Date;
  /** The event's window, so a reminder for an event that is over is never sent. */
  start: Date;
  end: Date;
}

export interface IndexedEvent {
  event: PackEvent;
  /** Position in `kb.events()`: ties keep the knowledge base's order. */
  ordinal: number;
  start: Date;
  end: Date;
  /** The same instants as numbers: comparing Dates with `<` converts them on every call, slow across 100,000 events. */
  startMs: number;
  endMs: number;
}

export interface EventIndex {
  /** Every dated event by start. */
  dated: readonly IndexedEvent[];
  /** Every dated event by end: what is not over yet is a suffix of it. */
  byEnd: readonly IndexedEvent[];
  /** Events with a time of day, by start. */
  timed: readonly IndexedEvent[];
  /** Day-precision events by their date (`2015-12-18`), and those dates in order. */
  days: ReadonlyMap<string, readonly IndexedEvent[]>;
  dayDates: readonly string[];
}

/**
 * One index per knowledge base. A knowledge base never changes after it is built (a reload
 * makes a new one), so the index is derived once and dropped with it; the map holds it
 * weakly for that reason.
 */
const indexes = new WeakMap<KnowledgeBase, EventIndex>();

export function eventIndex(kb: KnowledgeBase): EventIndex {
  let index = indexes.get(kb);
  if (!index) indexes.set(kb, (index = buildEventIndex(kb.events())));
  return index;
}

export function buildEventIndex(events: readonly PackEvent[]): EventIndex {
  const dated: IndexedEvent[] = [];
  const toInstant = cachedInstantAt();
  events.forEach((pe, ordinal) => {
    const window = eventWindow(pe.event, pe.pack.data.timezone, toInstant);
    if (window && pe.event.date) {
      dated.push({ event: pe, ordinal, ...window, startMs: window.start.getTime(), endMs: window.end.getTime() });
    }
  });
  dated.sort((a, b) => a.startMs - b.startMs || a.ordinal - b.ordinal);
  const days = new Map<string, IndexedEvent[]>();
  for (const e of dated) {
    if (e.event.event.precision !== 'day') continue;
    const date = e.event.event.date!.slice(0, 10);
    const list = days.get(date);
    if (list) list.push(e);
    else days.set(date, [e]);
  }
  const timed = dated.filter((e) => e.event.event.precision === 'time');
  const byEnd = [...dated].sort((a, b) => a.endMs - b.endMs);
  return { dated, byEnd, timed, days, dayDates: [...days.keys()].sort() };
}

/** First position in `list` whose start is after `t`. */
function firstStartAfter(list: readonly IndexedEvent[], t: number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.startMs <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Events not over at `at` (upcoming or under way), by start. Looks only at those: the
 * suffix of the by-end order, a small part of an archive that is mostly past.
 */
export function notOver(index: EventIndex, at: number): IndexedEvent[] {
  let [lo, hi] = [0, index.byEnd.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.byEnd[mid]!.endMs <= at) lo = mid + 1;
    else hi = mid;
  }
  return index.byEnd.slice(lo).sort((a, b) => a.startMs - b.startMs || a.ordinal - b.ordinal);
}

/** Events over at `at`, latest start first, from the `skip`-th, at most `take`: one page of the past. */
export function pastPage(index: EventIndex, at: number, skip: number, take: number): IndexedEvent[] {
  const page: IndexedEvent[] = [];
  for (let i = index.dated.length - 1; i >= 0 && page.length < take; i--) {
    const e = index.dated[i]!;
    if (e.endMs > at) continue;
    if (skip > 0) skip--;
    else page.push(e);
  }
  return page;
}

/** First position in the sorted `dates` at or after `date`. */
function firstDateFrom(dates: readonly string[], date: string): number {
  let [lo, hi] = [0, dates.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The reminders due in `(from, to]` for a channel in `timeZone` with `leads` (minutes), by
 * due time. A timed event is announced `lead` before its start; a day-precision event at
 * 09:00 channel time N days before it for each lead of N whole days (the morning of for a
 * lead under a day). Week, month and year precision and undated events never remind.
 */
export function remindersDue(
  index: EventIndex,
  timeZone: string,
  leads: readonly number[],
  from: Date,
  to: Date,
): ReminderSlot[] {
  const found: { slot: ReminderSlot; ordinal: number; rank: number }[] = [];
  leads.forEach((lead, rank) => {
    const ms = lead * 60_000;
    for (let i = firstStartAfter(index.timed, from.getTime() + ms); i < index.timed.length; i++) {
      const e = index.timed[i]!;
      if (e.startMs > to.getTime() + ms) break;
      found.push({
        slot: {
          event: e.event,
          lead: formatLead(lead),
          dueAt: new Date(e.start.getTime() - ms),
          start: e.start,
          end: e.end,
        },
        ordinal: e.ordinal,
        rank,
      });
    }
  });
  // The morning of local date D reminds of the events on D + n; D spans the window's local dates
  // (one either side for safety).
  const first = addDays(localDate(from, timeZone), -1);
  const last = addDays(localDate(to, timeZone), 1);
  [...new Set(leads.map((lead) => Math.floor(lead / 1440)))].forEach((n, rank) => {
    const hi = isoDate(addDays(last, n));
    for (let i = firstDateFrom(index.dayDates, isoDate(addDays(first, n))); i < index.dayDates.length; i++) {
      const date = index.dayDates[i]!;
      if (date > hi) break;
      const dueAt = instantAt({ ...addDays(parseIsoDate(date), -n), ...MORNING }, timeZone);
      if (dueAt <= from || dueAt > to) continue;
      for (const e of index.days.get(date)!) {
        found.push({
          slot: { event: e.event, lead: n === 0 ? 'morning-of' : `morning-${n}d`, dueAt, start: e.start, end: e.end },
          ordinal: e.ordinal,
          rank,
        });
      }
    }
  });
  found.sort((a, b) => a.slot.dueAt.getTime() - b.slot.dueAt.getTime() || a.ordinal - b.ordinal || a.rank - b.rank);
  return found.map((f) => f.slot);
}

/** Windows tried in turn for "the next reminders", so a near one is found without looking far. */
const HORIZON_DAYS = [2, 14, 62, 400, 36_600];

/** The next `limit` reminders due after `now` for events not yet over (for `/reminders`). */
export function nextReminders(
  index: EventIndex,
  timeZone: string,
  leads: readonly number[],
  now: Date,
  limit: number,
): ReminderSlot[] {
  let slots: ReminderSlot[] = [];
  for (const days of HORIZON_DAYS) {
    slots = remindersDue(index, timeZone, leads, now, new Date(now.getTime() + days * 86_400_000)).filter(
      (s) => s.end > now,
    );
    if (slots.length >= limit) break;
  }
  return slots.slice(0, limit);
}
