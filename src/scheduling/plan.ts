/**
 * What is due: the deliveries (digests and reminders) of one channel that fall due in a
 * window of instants `(from, to]`. Pure apart from caches: the scheduler asks for the
 * window between its last tick and now, and the ledger in the store decides whether each
 * one still has to go out. Reminders come from the event index (./event-index.ts), which
 * looks only at events that fall due in the window, whatever the archive's size; a tick's
 * answer for one timezone and set of leads is shared by every channel that has them
 * (1,000 channels in a handful of timezones).
 */
import { addDays, instantAt, isoDate } from '../core/zoned-time.ts';
import type { KnowledgeBase, PackEvent } from '../knowledge/knowledge-base.ts';
import type { ChannelSettings, DeliveryKey } from '../storage/store.ts';
import { eventIndex, nextReminders, remindersDue, type ReminderSlot } from './event-index.ts';
import { localDate, type LocalDate } from './format.ts';

export { MORNING, type ReminderSlot } from './event-index.ts';

export type DueItem =
  | { kind: 'digest'; key: DeliveryKey; dueAt: Date; date: LocalDate }
  | { kind: 'reminder'; key: DeliveryKey; dueAt: Date; slot: ReminderSlot };

/** `pack-id/event-id`: the ledger's subject for a reminder. */
export function eventKey({ pack, event }: PackEvent): string {
  return `${pack.id}/${event.id}`;
}

/** Caches shared by the channels of one tick (`due` and `dates` are cleared each tick). */
export interface PlanCache {
  /** Reminders due in one window for one timezone and set of leads: channels share them. */
  due: Map<string, ReminderSlot[]>;
  digests: Map<string, Date>;
  /** Local dates of the window's ends: every channel of a tick asks for the same few. */
  dates: Map<string, LocalDate>;
}

export function planCache(): PlanCache {
  return { due: new Map(), digests: new Map(), dates: new Map() };
}

function cachedDate(instant: Date, timeZone: string, cache?: PlanCache): LocalDate {
  if (!cache) return localDate(instant, timeZone);
  const key = `${timeZone}|${instant.getTime()}`;
  let date = cache.dates.get(key);
  if (!date) cache.dates.set(key, (date = localDate(instant, timeZone)));
  return date;
}

function cachedDue(
  cache: PlanCache,
  kb: KnowledgeBase,
  timeZone: string,
  leads: readonly number[],
  from: Date,
  to: Date,
): ReminderSlot[] {
  const key = `${timeZone}|${leads.join(',')}|${from.getTime()}|${to.getTime()}`;
  let slots = cache.due.get(key);
  if (!slots) cache.due.set(key, (slots = remindersDue(eventIndex(kb), timeZone, leads, from, to)));
  return slots;
}

/** The instants of a daily `HH:MM` in `(from, to]`, with their channel-local dates. */
export function digestTimes(
  time: string,
  timeZone: string,
  from: Date,
  to: Date,
  cache?: PlanCache,
): { date: LocalDate; dueAt: Date }[] {
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
export function dueItems(
  channel: ChannelSettings,
  kb: KnowledgeBase,
  from: Date,
  to: Date,
  cache: PlanCache = planCache(),
): DueItem[] {
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
    for (const slot of cachedDue(cache, kb, channel.timeZone, channel.reminders.leads, lo, to)) {
      items.push({
        kind: 'reminder',
        key: { ...ref, kind: 'reminder', subject: eventKey(slot.event), lead: slot.lead },
        dueAt: slot.dueAt,
        slot,
      });
    }
  }
  return items.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** The next `limit` reminders due in this channel after `now` (for `/reminders`). */
export function upcomingReminders(channel: ChannelSettings, kb: KnowledgeBase, now: Date, limit = 5): ReminderSlot[] {
  if (!channel.reminders) return [];
  return nextReminders(eventIndex(kb), channel.timeZone, channel.reminders.leads, now, limit);
}
