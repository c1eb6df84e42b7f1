/**
 * Times of day and the zone they are stated in: "at 3pm", "at 15:30", "7.30pm", "noon",
 * "kick-off 15:00", "3pm local time", "10am GMT", "2pm ET". A time belongs to the day
 * phrase nearest it in the sentence, which becomes a `time` event; a named zone goes with
 * it (the pack's own zone otherwise, which is what "local time" means).
 */

export interface TimeMention {
  start: number;
  end: number;
  hour: number;
  minute: number;
  /** IANA zone of a named abbreviation; undefined for local time or none given. */
  timezone?: string;
}

/**
 * Zone abbreviations news uses, as IANA zones. Fixed-offset ones map to zones without
 * daylight saving; the "ET"-style ones to the city whose clock they name.
 */
const ZONES = new Map([
  ['GMT', 'UTC'],
  ['UTC', 'UTC'],
  ['BST', 'Europe/London'],
  ['WET', 'Europe/Lisbon'],
  ['CET', 'Europe/Paris'],
  ['CEST', 'Europe/Paris'],
  ['EET', 'Europe/Athens'],
  ['EEST', 'Europe/Athens'],
  ['MSK', 'Europe/Moscow'],
  ['ET', 'America/New_York'],
  ['EST', 'America/New_York'],
  ['EDT', 'America/New_York'],
  ['CT', 'America/Chicago'],
  ['CST', 'America/Chicago'],
  ['CDT', 'America/Chicago'],
  ['MT', 'America/Denver'],
  ['PT', 'America/Los_Angeles'],
  ['PST', 'America/Los_Angeles'],
  ['PDT', 'America/Los_Angeles'],
  ['JST', 'Asia/Tokyo'],
  ['HKT', 'Asia/Hong_Kong'],
  ['SGT', 'Asia/Singapore'],
  ['AEST', 'Australia/Sydney'],
  ['AEDT', 'Australia/Sydney'],
  ['NZST', 'Pacific/Auckland'],
]);

const ZONE = String.raw`(?:\s*\(?\s*(local\s+time|${[...ZONES.keys()].join('|')})\b\)?)?`;
const CLOCK = new RegExp(
  String.raw`\b(?:(?:at|from|by|kick-?off|starts?|begins?)\s+)?` +
    String.raw`(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?(?![a-z])|` +
    String.raw`([01]?\d|2[0-3]):([0-5]\d)(?![\d:])|(noon|midday|midnight))` +
    ZONE,
  'gi',
);

/** Every time of day in `sentence`, with its zone when one is named. */
export function findTimes(sentence: string): TimeMention[] {
  const out: TimeMention[] = [];
  for (const m of sentence.matchAll(CLOCK)) {
    let hour: number;
    let minute = 0;
    if (m[6]) hour = m[6].toLowerCase() === 'midnight' ? 0 : 12;
    else if (m[3]) {
      hour = Number(m[1]);
      minute = Number(m[2] ?? 0);
      if (hour < 1 || hour > 12) continue;
      hour = (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
    } else {
      hour = Number(m[4]);
      minute = Number(m[5]);
    }
    if (minute > 59) continue;
    const zone = m[7] && !/^local/i.test(m[7]) ? ZONES.get(m[7].toUpperCase()) : undefined;
    out.push({ start: m.index, end: m.index + m[0].length, hour, minute, ...(zone ? { timezone: zone } : {}) });
  }
  return out;
}
