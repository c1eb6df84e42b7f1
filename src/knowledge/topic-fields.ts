/**
 * The short fields `/brief` finds topics by (names, aliases and roles of entities; titles,
 * date phrases and places of events), laid out compactly for the fuzzy index. An archive of
 * 10,000 packs has 290,000 of them: as a record and a target object each they were a sixth
 * of its heap. Here a pack's fields are two arrays (each field's folded text, shared by text
 * across packs, and a number coding its owner and kind), and the index reads them in place.
 */
import { fold, type FieldTable, type Folded } from './fuzzy.ts';
import type { LoadedPack } from './knowledge-base.ts';

export type Target =
  { type: 'entity'; pack: LoadedPack; index: number } | { type: 'event'; pack: LoadedPack; index: number };

/** The kinds of field, by code, and how much a match on each counts: names and titles fully, the rest less. */
const KINDS = [
  { field: 'name', weight: 1 },
  { field: 'alias', weight: 1 },
  { field: 'role', weight: 0.9 },
  { field: 'title', weight: 1 },
  { field: 'phrase', weight: 0.8 },
  { field: 'place', weight: 0.75 },
] as const;
/** Codes from this kind on belong to events. */
const FIRST_EVENT_KIND = 3;
/** A field's code: its owner's position (among the pack's entities or events) times this, plus its kind. */
const PER_OWNER = 8;

/** One pack's fields: each one's folded text and its code (owner and kind). */
export interface PackFields {
  folded: Folded[];
  codes: number[];
}

/** The fields of one pack, read from its entities and events. An owner's fields come together. */
export function packFields(pack: LoadedPack): PackFields {
  const fields: PackFields = { folded: [], codes: [] };
  const add = (owner: number, kind: number, text: string) => {
    fields.folded.push(fold(text));
    fields.codes.push(owner * PER_OWNER + kind);
  };
  pack.data.entities.forEach((entity, i) => {
    add(i, 0, entity.name);
    for (const alias of entity.aliases) add(i, 1, alias);
    if (entity.role) add(i, 2, entity.role);
  });
  pack.data.events.forEach((event, i) => {
    add(i, 3, event.title);
    add(i, 4, event.phrase);
    if (event.place) add(i, 5, event.place);
  });
  // Copied to arrays of their exact length: an array grown by pushes keeps room to spare.
  return { folded: fields.folded.slice(), codes: fields.codes.slice() };
}

/** Whether two codes belong to the same owner (the same entity, or the same event). */
const sameOwner = (a: number, b: number) =>
  Math.floor(a / PER_OWNER) === Math.floor(b / PER_OWNER) &&
  a % PER_OWNER >= FIRST_EVENT_KIND === b % PER_OWNER >= FIRST_EVENT_KIND;

/**
 * Every pack's fields as one table, read in place. A field's target is a number, the table
 * position of its owner's first field, so an owner's fields share it without an object per
 * target; `targetOf` turns it into the entity or event it stands for.
 */
export function topicTable(
  packs: readonly LoadedPack[],
  fields: readonly PackFields[],
): { table: FieldTable<number>; targetOf(id: number): Target } {
  const starts = new Int32Array(packs.length + 1);
  fields.forEach((f, p) => (starts[p + 1] = starts[p]! + f.codes.length));
  let last = 0;
  /** The pack a table position falls in: the one asked last, its next, or a binary search. */
  const packOf = (i: number): number => {
    if (i >= starts[last]! && i < starts[last + 1]!) return last;
    if (i >= starts[last + 1]! && i < starts[last + 2]!) return ++last;
    let lo = 0;
    let hi = packs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return (last = lo);
  };
  const codeAt = (i: number) => {
    const p = packOf(i);
    return fields[p]!.codes[i - starts[p]!]!;
  };
  const table: FieldTable<number> = {
    size: starts[packs.length]!,
    folded(i) {
      const p = packOf(i);
      return fields[p]!.folded[i - starts[p]!]!;
    },
    field: (i) => KINDS[codeAt(i) % PER_OWNER]!.field,
    weight: (i) => KINDS[codeAt(i) % PER_OWNER]!.weight,
    target(i) {
      const p = packOf(i);
      const { codes } = fields[p]!;
      let j = i - starts[p]!;
      while (j > 0 && sameOwner(codes[j - 1]!, codes[j]!)) j--;
      return starts[p]! + j;
    },
  };
  return {
    table,
    targetOf(id) {
      const p = packOf(id);
      const code = fields[p]!.codes[id - starts[p]!]!;
      const index = Math.floor(code / PER_OWNER);
      const type = code % PER_OWNER >= FIRST_EVENT_KIND ? 'event' : 'entity';
      return { type, pack: packs[p]!, index };
    },
  };
}
