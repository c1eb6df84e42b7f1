/**
 * What is due: the deliveries (digests and reminders) of one channel that fall due in a
 * window of instants `(from, to]`. Pure apart from caches: the scheduler asks for the
 * window between its last tick and now, and the ledger in the store decides whether each
 * one still has to go out. Reminder instants depend only on the knowledge base, the
 * channel's timezone and its leads, so they are computed once per combination and
 * shared by every channel that has it (1,000 channels in a handful of timezones).
 */
import { addDays, instantAt, isoDate } from '../core/zoned-time.ts';
import { eventWindow } from '../knowledge/event-dates.ts';
import type { KnowledgeBase, PackEvent } from '../knowledge/knowledge-base.ts';
import type { ChannelSettings, DeliveryKey } from '../storage/store.ts';
import { localDate, parseIsoDate, type LocalDate } from './format.ts';
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

export type DueItem =
  | { kind: 'digest'; key: DeliveryKey; dueAt: Date; date: LocalDate }
  | { kind: 'reminder'; key: DeliveryKey; dueAt: Date; slot: ReminderSlot };

/** `pack-id/event-id`: the ledger's subject for a reminder. */
export function eventKey({ pack, event }: PackEvent): string {
  return `${pack.id}/${event.id}`;
}

/** Every reminder instant for these leads in this timezone, sorted by due time. */
export function reminderSlots(kb: KnowledgeBase, timeZone: string, leads: readonly number[]): ReminderSlot[] {
  const slots: ReminderSlot[] = [];
  for (const pe of kb.events()) {
    const { event, pack } = pe;
    const window = eventWindow(event, pack.data.timezone);
    if (!window || !event.date) continue;
    if (event.precision === 'time') {
      for (const lead of leads) slots.push({ event: pe, lead: formatLead(lead), dueAt: new Date(window.start.getTime() - lead * 60_000), ...window });
    } else if (event.precision === 'day') {
      // A lead of N whole days is the morning N days before; anything under a day is the morning of.
      const days = new Set(leads.map((lead) => Math.floor(lead / 1440)));
      for (const n of days) {
        const day = addDays(parseIsoDate(event.date), -n);
        slots.push({ event: pe, lead: n === 0 ? 'morning-of' : `morning-${n}d`, dueAt: instantAt({ ...day, ...MORNING }, timeZone), ...window });
      }
    }
    // Week, month and year precision (and undated events) never get reminders.
  }
  return slots.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** Caches shared by the channels of one tick (and reminder slots across ticks, per knowledge base). */
export interface PlanCache {
  slots: WeakMap<KnowledgeBase, Map<string, ReminderSlot[]>>;
  digests: Map<string, Date>;
  /** Local dates of the window's ends: every channel of a tick asks for the same few. */
  dates: Map<string, LocalDate>;
}

export function planCache(): PlanCache {
  return { slots: new WeakMap(), digests: new Map(), dates: new Map() };
}

function cachedDate(instant: Date, timeZone: string, cache?: PlanCache): LocalDate {
  if (!cache) return localDate(instant, timeZone);
  const key = `${timeZone}|${instant.getTime()}`;
  let date = cache.dates.get(key);
  if (!date) cache.dates.set(key, (date = localDate(instant, timeZone)));
  return date;
}

function cachedSlots(cache: PlanCache, kb: KnowledgeBase, timeZone: string, leads: readonly number[]): ReminderSlot[] {
  let byKey = cache.slots.get(kb);
  if (!byKey) cache.slots.set(kb, (byKey = new Map()));
  const key = `${timeZone}|${leads.join(',')}`;
  let slots = byKey.get(key);
  if (!slots) byKey.set(key, (slots = reminderSlots(kb, timeZone, leads)));
  return slots;
}

/** The instants of a daily `HH:MM` in `(from, to]`, with their channel-local dates. */
export function digestTimes(time: string, timeZone: string, from: Date, to: Date, cache?: PlanCache): { date: LocalDate; dueAt: Date }[] {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const out: { date: LocalDate; dueAt: Date }[] = [];
  const last = isoDate(cachedDate(to, timeZone, cache));
  // Start a day early: the local date at `from` may already be past its HH:MM.
  for (let day = addDays(cachedDate(from, timeZone, cache), -1), n = 0; n < 40; day = addDays(day, 1), n++) {
    const key = `${timeZone}|${time}|${isoDate(day)}`;
    let dueAt = cache?.digests.get(key);
    if (!dueAt) {
      dueAt = instantAt({ ...day, hour, minute }, timeZone);
      cache?.digests.set(key, dueAt);
    }
    if (dueAt > from && dueAt <= to) out.push({ date: day, dueAt });
    if (isoDate(day) >= last) break;
  }
  return out;
}

/**
 * The channel's deliveries due in `(from, to]`, oldest first. Nothing falls due before
 * the subscription was turned on (`since`), so subscribing at 10:00 does not bring this
 * morning's digest as a "missed" one.
 */
export function dueItems(channel: ChannelSettings, kb: KnowledgeBase, from: Date, to: Date, cache: PlanCache = planCache()): DueItem[] {
  const items: DueItem[] = [];
  const ref = { platform: channel.platform, channelId: channel.channelId };
  if (channel.digest) {
    const lo = channel.digest.since > from ? channel.digest.since : from;
    for (const { date, dueAt } of digestTimes(channel.digest.time, channel.timeZone, lo, to, cache)) {
      items.push({ kind: 'digest', key: { ...ref, kind: 'digest', subject: isoDate(date), lead: '' }, dueAt, date });
    }
  }
  if (channel.reminders) {
    const lo = channel.reminders.since > from ? channel.reminders.since : from;
    for (const slot of cachedSlots(cache, kb, channel.timeZone, channel.reminders.leads)) {
      if (slot.dueAt <= lo) continue;
      if (slot.dueAt > to) break;
      items.push({ kind: 'reminder', key: { ...ref, kind: 'reminder', subject: eventKey(slot.event), lead: slot.lead }, dueAt: slot.dueAt, slot });
    }
  }
  return items.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** The next `limit` reminders due in this channel after `now` (for `/reminders`). */
export function upcomingReminders(channel: ChannelSettings, kb: KnowledgeBase, now: Date, limit = 5): ReminderSlot[] {
  if (!channel.reminders) return [];
  return reminderSlots(kb, channel.timeZone, channel.reminders.leads).filter((s) => s.dueAt > now && s.end > now).slice(0, limit);
}
