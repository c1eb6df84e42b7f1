/**
 * Parsing what people type into `/digest on 08:00 Europe/London` and `/reminders on 1d 1h`.
 * Every refusal is a `UserError` that names the bad word and shows a good example, and
 * nothing is saved unless the whole line is valid.
 */
import { UserError } from '../core/errors.ts';
import { isTimeZone } from '../core/zoned-time.ts';

/** Default reminder leads: a day and an hour before a timed event. */
export const DEFAULT_LEADS: readonly number[] = [1440, 60];

/** The longest lead accepted (30 days) and the most leads per channel. */
const MAX_LEAD_MINUTES = 30 * 1440;
const MAX_LEADS = 6;
const UNIT_MINUTES: Record<string, number> = { m: 1, h: 60, d: 1440, w: 10080 };

/** `"9:05"` or `"09:05"` → `"09:05"`; anything else is refused. */
export function parseTimeOfDay(word: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(word.trim());
  const hour = match ? Number(match[1]) : NaN;
  const minute = match ? Number(match[2]) : NaN;
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) {
    throw new UserError(
      'bad-input',
      `"${word.slice(0, 20)}" is not a time of day: use 24-hour HH:MM, such as 08:00 or 17:30.`,
    );
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** True for words that look like a time of day (so a bad one is refused, not taken for a timezone). */
export function looksLikeTime(word: string): boolean {
  return /^\d/.test(word);
}

/** Checks an IANA timezone name. */
export function parseTimeZone(word: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(word) || !isTimeZone(word)) {
    throw new UserError(
      'bad-input',
      `"${word.slice(0, 40)}" is not a timezone I know: ` +
        'use an IANA name such as Europe/London, America/New_York or UTC.',
    );
  }
  // Intl accepts any case; keep the canonical spelling for display.
  return new Intl.DateTimeFormat('en-US', { timeZone: word }).resolvedOptions().timeZone;
}

/** `"1d 1h"` → `[1440, 60]` (minutes, largest first, no duplicates); empty → the defaults. */
export function parseLeads(text: string | undefined): number[] {
  const words = (text ?? '').split(/[\s,]+/).filter((w) => w.length > 0);
  if (words.length === 0) return [...DEFAULT_LEADS];
  const bad: string[] = [];
  const leads = new Set<number>();
  for (const word of words) {
    const match = /^(\d{1,4})([mhdw])$/i.exec(word);
    const minutes = match ? Number(match[1]) * UNIT_MINUTES[match[2]!.toLowerCase()]! : 0;
    if (minutes <= 0 || minutes > MAX_LEAD_MINUTES) bad.push(word.slice(0, 20));
    else leads.add(minutes);
  }
  if (bad.length > 0) {
    throw new UserError(
      'bad-input',
      `${bad.map((w) => `"${w}"`).join(', ')} ${bad.length === 1 ? 'is not a lead time' : 'are not lead times'}: ` +
        'use a number and m, h, d or w, more than zero and at most 30d, such as 1d 1h or 30m. Nothing was changed.',
    );
  }
  if (leads.size > MAX_LEADS)
    throw new UserError('bad-input', `At most ${MAX_LEADS} lead times, please. Nothing was changed.`);
  return [...leads].sort((a, b) => b - a);
}

/** 1440 → `"1d"`, 90 → `"90m"`, 60 → `"1h"`: the same words `parseLeads` reads. */
export function formatLead(minutes: number): string {
  if (minutes % 10080 === 0) return `${minutes / 10080}w`;
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}
