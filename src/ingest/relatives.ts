/**
 * Relatives named by first name beside a full name: "Ruth and Esther Dalgleish",
 * "Grace Mensah and her husband, Kofi", "… with his wife, Manpreet, and their son, Arjun".
 * Each takes the surname it shares.
 */
import { cleanToken } from './name-titles.ts';
import { isInstitutionWord } from './roles.ts';

/** A word of a sentence with its offsets. */
export interface NameToken {
  text: string;
  start: number;
  end: number;
}

/**
 * "Grace Mensah and her husband, Kofi,": a relative named by first name alone after a full
 * name shares its surname.
 */
const RELATIVE = new RegExp(
  String.raw`\b\p{Lu}[\p{L}'’-]+\s+(\p{Lu}[\p{L}'’-]+)\s+and\s+(?:his|her|their)\s+` +
    String.raw`(?:husband|wife|partner|son|daughter|brother|sister|mother|father|twin)\s*,?\s+` +
    String.raw`(\p{Lu}[\p{L}'’-]+)\b(?!\s+\p{Lu})`,
  'gu',
);
/** "… with his wife, Manpreet, and their son, Arjun": a relative of the full name named before. */
const KIN = new RegExp(
  String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?` +
    String.raw`(?:husband|wife|partner|son|daughter|brother|sister|mother|father|twin)\s*,?\s+` +
    String.raw`(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])(?!\s+\p{Lu})`,
  'gu',
);
const FULL_NAME = /\b\p{Lu}[\p{L}'’-]+\s+(\p{Lu}[\p{L}'’-]+)\b/gu;
export function relatives(text: string): string[] {
  const out = [...text.matchAll(RELATIVE)].map((m) => `${m[2]} ${m[1]}`);
  for (const m of text.matchAll(KIN)) {
    // The sentence's first full name is its subject, whose relative this is ("Agnieszka
    // Kowalczyk moved into Brackley House with her husband, Marek").
    const surname = [...text.slice(0, m.index).matchAll(FULL_NAME)][0]?.[1];
    if (surname && !out.some((n) => n.startsWith(`${m[1]} `))) out.push(`${m[1]} ${surname}`);
  }
  return out;
}

/**
 * "His younger brother, Tomi, has joined …": first names of relatives whose sentence names
 * no one in full before them; the caller gives them the surname of the person named last.
 */
export function relativesWithoutSurname(text: string): string[] {
  const named = (before: string) => [...before.matchAll(FULL_NAME)].length > 0;
  return [...text.matchAll(KIN)].filter((m) => !named(text.slice(0, m.index))).map((m) => m[1]!);
}

/**
 * "Ruth and Esther Dalgleish": a first name alone, joined by "and" to a full name, shares
 * its surname: the first name becomes a full name of its own.
 */
export function sharedSurnames(
  runs: NameToken[][],
  text: string,
  tags: Map<number, string[]>,
  isOpener: (word: string, tags: string[] | undefined) => boolean,
): string[] {
  const out: string[] = [];
  runs.forEach((whole, i) => {
    const next = runs[i + 1];
    // "When Leela and Thomas Varghese …": a sentence's capitalised opener is no part of the name.
    const run = whole.length === 2 && isOpener(whole[0]!.text, tags.get(whole[0]!.start)) ? whole.slice(1) : whole;
    if (run.length !== 1 || next?.length !== 2 || !/^\s+and\s+$/.test(text.slice(run[0]!.end, next[0]!.start))) return;
    // First names: plain words that name no body or place, at least one a first name the tagger knows.
    const plain = (t: NameToken) =>
      !isInstitutionWord(cleanToken(t.text)) &&
      !(tags.get(t.start) ?? []).some((tag) => ['Place', 'Country', 'City', 'Region', 'Organization'].includes(tag));
    const known = [run[0]!, next[0]!].some((t) => (tags.get(t.start) ?? []).includes('FirstName'));
    const firstNames = [run[0]!, next[0]!, next[1]!].every(plain) && known;
    if (firstNames) out.push(`${cleanToken(run[0]!.text)} ${cleanToken(next[1]!.text)}`);
  });
  return out;
}
