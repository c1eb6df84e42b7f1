/**
 * Where in a sentence a question's term is written, as itself or in another form: its key or a key of its group, the
 * adjective of a place's name ("European" for "Europe"), a decade written in full ("the 1990s" for "the '90s"), or a
 * word derived from the same word ("consumption" for "consumed"). `match.ts` tries them in that order.
 */
import type { Reading } from '../../knowledge/reading.ts';
import { derivable, sameDerivation } from '../../knowledge/derived.ts';

/** Positions of the sentence's words whose key is one of the keys. */
export function positionsOf(reading: Reading, keys: readonly string[]): number[] {
  const out: number[] = [];
  reading.terms.forEach((k, i) => {
    if (keys.includes(k)) out.push(reading.positions[i]!);
  });
  return out;
}

/** Positions of the words derived from the same word as the key (`derived.ts`). */
export function derivedAt(reading: Reading, key: string): number[] {
  const out: number[] = [];
  if (!derivable(key)) return out;
  const { terms } = reading;
  for (let i = 0; i < terms.length; i++) if (sameDerivation(key, terms[i]!)) out.push(reading.positions[i]!);
  return out;
}

/** Endings that make a people or an adjective of a place's name ("Europe" → "European", "Italy" → "Italian"). */
const DEMONYM = /^(?:an|ian|ean|ese|ish|ic|i|n)$/;

/** Positions of the words that are the name's adjective or the place of the name's adjective. */
export function demonymsOf(reading: Reading, name: string): number[] {
  const out: number[] = [];
  reading.terms.forEach((k, i) => {
    const [short, long] = k.length < name.length ? [k, name] : [name, k];
    if (short.length < 4 || short === long) return;
    let common = 0;
    while (common < short.length && short[common] === long[common]) common++;
    if (common >= Math.max(4, short.length - 1) && DEMONYM.test(long.slice(common))) out.push(reading.positions[i]!);
    else if (landOf(k, name) || landOf(name, k)) out.push(reading.positions[i]!);
  });
  return out;
}

/** Positions of the decade a short one names: "the 90s" or "the '90s" is "the 1990s" (or the 1890s). */
export function decadeAt(reading: Reading, key: string): number[] {
  const short = /^'?(\d0s)$/.exec(key)?.[1];
  if (!short) return [];
  return reading.positions.filter((_, i) => reading.terms[i]!.length === 5 && reading.terms[i]!.endsWith(short));
}

/** "Ireland" and "Irish", "Scotland" and "Scottish", "Poland" and "Polish": a -land and its -ish. */
function landOf(place: string, adjective: string): boolean {
  if (!place.endsWith('land') || !adjective.endsWith('ish')) return false;
  const [a, b] = [place.slice(0, -4), adjective.slice(0, -3)];
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 2 && long.startsWith(short) && long.length - short.length <= 1;
}
