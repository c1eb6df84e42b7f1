/**
 * The names offered in an empty autocomplete box: entities mentioned in the most paragraphs
 * first, then events. Worked out per pack when it is prepared, and merged per knowledge base
 * from those alone: an archive keeps its packs' entities on disk (see partly-held.ts).
 */
import type { Choice } from '../core/incoming.ts';
import type { LoadedPack } from './knowledge-base.ts';
import { intern } from './intern.ts';
import { best } from './top.ts';
import { byCodePoint } from './text.ts';

/** Choice names and values: Discord allows 100 characters. */
const CHOICE_LENGTH = 100;

/** An entity name and how many paragraphs mention it. */
interface PopularName {
  name: string;
  paragraphs: number;
}

/**
 * A pack's most mentioned entities, each as how many paragraphs mention it and its name, one
 * after the other: one array per pack rather than an object per entity (100,000 of them, 4 MB,
 * at 10,000 packs).
 */
export type PopularNames = readonly (number | string)[];

const byMentions = (a: PopularName, b: PopularName) => b.paragraphs - a.paragraphs || byCodePoint(a.name, b.name);

/**
 * A pack's entities mentioned in the most paragraphs, 25 names told apart: the knowledge
 * base's 25 come from these (a name among the first 25 overall is among its pack's first 25),
 * so an archive does not read every pack's entities again to suggest names.
 */
export function popularOf(pack: LoadedPack): PopularNames {
  const all = pack.data.entities.map((e) => ({ name: e.name, paragraphs: e.paragraphs.length })).sort(byMentions);
  const seen = new Set<string>();
  const kept = all.filter((e) => !seen.has(e.name) && seen.add(e.name) && seen.size <= 25);
  return kept.flatMap((e) => [e.paragraphs, intern(e.name)]);
}

/**
 * Entities mentioned in the most paragraphs first, then events: the empty-box suggestions.
 * Picked out rather than sorted: every reload of a 10,000-pack archive sorted 200,000 names.
 */
export function popularNames(packs: readonly LoadedPack[], popular: readonly PopularNames[]): Choice[] {
  const entities: PopularName[] = [];
  for (const list of popular) {
    for (let i = 0; i + 1 < list.length; i += 2)
      entities.push({ paragraphs: list[i] as number, name: list[i + 1] as string });
  }
  // The same name in many packs counts once: pick more until 25 names are told apart, or all are.
  let names: string[] = [];
  for (let wanted = 100; ; wanted *= 4) {
    names = [...new Set(best(entities, wanted, byMentions).map((e) => e.name))];
    if (names.length >= 25 || wanted >= entities.length) break;
  }
  if (names.length < 25) names = [...new Set([...names, ...packs.flatMap((p) => p.data.events.map((e) => e.title))])];
  return names.slice(0, 25).map((n) => ({ name: n.slice(0, CHOICE_LENGTH), value: n.slice(0, CHOICE_LENGTH) }));
}
