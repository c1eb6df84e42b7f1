/**
 * What the `/digest` and `/reminders` commands share: which channel a command speaks
 * for, its timezone, the right to change it, and the lines that describe a setting.
 */
import type { CommandContext } from '../core/context.ts';
import { UserError } from '../core/errors.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { ChannelRef, ChannelSettings } from '../storage/store.ts';
import { formatInstant, relativeTime } from './format.ts';
import { digestTimes, upcomingReminders } from './plan.ts';
import { formatLead } from './settings-input.ts';

type Ctx = Pick<CommandContext, 'incoming' | 'store' | 'defaultTimeZone'>;

export function channelRef({ incoming }: Pick<CommandContext, 'incoming'>): ChannelRef {
  return { platform: incoming.platform, channelId: incoming.channel.id };
}

/** The channel's settings, or an empty row in the default timezone. */
export async function channelSettings(ctx: Ctx): Promise<ChannelSettings> {
  return (await ctx.store.channel(channelRef(ctx))) ?? { ...channelRef(ctx), timeZone: ctx.defaultTimeZone ?? 'UTC' };
}

/** The timezone dates are shown in for this channel. */
export async function channelTimeZone(ctx: Ctx): Promise<string> {
  return (await channelSettings(ctx)).timeZone;
}

/** Refuses (ephemerally, saying why) unless the person may change this channel's subscriptions. */
export function requireManage({ incoming }: Pick<CommandContext, 'incoming'>, what: string): void {
  if (incoming.canManageChannel) return;
  const how =
    incoming.platform === 'discord'
      ? 'the Manage Channels permission'
      : incoming.platform === 'slack'
        ? 'the right this workspace gives for it (SLACK_MANAGE_POLICY)'
        : 'the right to manage it';
  throw new UserError('forbidden', `Only people with ${how} can change this channel's ${what}. Nothing was changed.`);
}

/** "set by Ann" for an announcement; empty when the name is unknown. */
export function byWhom({ incoming }: Pick<CommandContext, 'incoming'>): string {
  return incoming.user.name ? ` (set by ${incoming.user.name})` : '';
}

/** "every day at 09:00 (Europe/London); next: Monday 14 December 2015, 09:00 GMT (in 5 minutes)". */
export function describeDigest(settings: ChannelSettings, now: Date): string {
  if (!settings.digest) return 'off';
  const week = new Date(now.getTime() + 8 * 86_400_000);
  const next = digestTimes(settings.digest.time, settings.timeZone, now, week)[0];
  const nextText = next
    ? `; next: ${formatInstant(next.dueAt, settings.timeZone)} (${relativeTime(next.dueAt, now)})`
    : '';
  return `every day at ${settings.digest.time} (${settings.timeZone})${nextText}`;
}

/** "1d 1h before timed events; the morning before and the morning of for day events". */
export function describeReminders(settings: ChannelSettings): string {
  if (!settings.reminders) return 'off';
  const leads = settings.reminders.leads;
  const days = [...new Set(leads.map((l) => Math.floor(l / 1440)))].sort((a, b) => b - a).map(morningWords);
  return (
    `${leads.map(formatLead).join(' ')} before timed events; ` +
    `${days.join(' and ')} (09:00 ${settings.timeZone}) for events known by the day`
  );
}

/** `morning-1d` → "the morning before"; `1h` → "1h before". */
export function leadWords(lead: string): string {
  const m = /^morning-(\d+)d$/.exec(lead);
  if (m) return morningWords(Number(m[1]));
  if (lead === 'morning-of') return morningWords(0);
  return `${lead} before`;
}

function morningWords(days: number): string {
  return days === 0 ? 'the morning of' : days === 1 ? 'the morning before' : `the morning ${days} days before`;
}

/**
 * One line per reminder due next:
 * "Monday 14 December 2015, 09:00 GMT (in 5 minutes) — Title (the morning before)".
 */
export function nextReminderLines(settings: ChannelSettings, kb: KnowledgeBase, now: Date, limit = 5): string[] {
  return upcomingReminders(settings, kb, now, limit).map(
    (s) =>
      `${formatInstant(s.dueAt, settings.timeZone)} (${relativeTime(s.dueAt, now)}) — ` +
      `${s.event.event.title} (${leadWords(s.lead)})`,
  );
}
