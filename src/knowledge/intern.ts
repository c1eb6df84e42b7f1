/**
 * One copy of each short string an archive repeats: sources, dates, timezones, date
 * phrases, participants, index keys. Text parsed from 10,000 packs' files holds a copy per
 * occurrence; interned, the copies are dropped and one is shared. Bounded: past this many
 * strings it starts over (later strings are then only shared with those interned after).
 */
const held = new Map<string, string>();
const HELD = 200_000;

/** The copy of `text` held for sharing (the first one interned). */
export function intern(text: string): string {
  const known = held.get(text);
  if (known !== undefined) return known;
  if (held.size >= HELD) held.clear();
  held.set(text, text);
  return text;
}
