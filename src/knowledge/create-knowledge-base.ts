/**
 * Builds the immutable `KnowledgeBase` over loaded packs: a fuzzy index of the short
 * fields (names, aliases, roles, event titles, phrases, places) for topics, and a BM25
 * inverted index of sentences (with their paragraph as context) for passages, built on its
 * first use. A reload builds a new knowledge base and swaps it in whole.
 *
 * @example
 * ```ts
 * const { packs } = loadPacks('knowledge');
 * const kb = createKnowledgeBase(packs);
 * kb.findTopics('Kery')[0]; // { type: 'entity', entity: { name: 'John Kerry', … }, score: 0.8, … }
 * ```
 */
import type { Choice } from '../core/incoming.ts';
import { buildFuzzy } from './fuzzy.ts';
import type { KnowledgeBase, LoadedPack, PackEvent, PassageHit, TopicMatch } from './knowledge-base.ts';
import { preferCurated } from './prefer-curated.ts';
import { popularNames, popularOf, type PopularNames } from './popular-names.ts';
import { packFields, topicTable, type PackFields, type Target } from './topic-fields.ts';
import { buildReadingIndex, type PackReadings, type PartsOf, type ReadingIndex } from './reading-index.ts';
import { memoryReadings, type ReadingStore } from './reading-store.ts';
import { parse } from './nlp.ts';
import { keysOf } from './reading.ts';

/** Choice names and values: Discord allows 100 characters. */
const CHOICE_LENGTH = 100;

/** Hits looked through per name suggested: the same name in several packs is one suggestion. */
const SUGGEST_HITS_PER_NAME = 8;

/**
 * What indexing needs from one pack, worked out from that pack alone: its short fields, its
 * most mentioned names and its reading. A reload prepares changed packs only
 * (`KnowledgeHolder` keeps the rest), so re-indexing one pack costs one pack's work; what is
 * left is merging the prepared parts.
 */
export interface PreparedPack {
  fields: PackFields;
  /** Its entities mentioned in the most paragraphs, best first: the empty-box suggestions are picked from these. */
  popular: PopularNames;
  /** The pack's sentences as the answer pipeline reads them (stage 1, at load). */
  readonly reading: PackReadings;
}

/**
 * Prepares one pack. Its reading (the NLP pass, most of the cost) happens on first use:
 * the bot reads every pack at load (`KnowledgeHolder`), a one-shot `brief` never does.
 * The reading is the store's to keep: on disk with a few in memory for an archive, all in
 * memory by default.
 */
export function preparePack(
  pack: LoadedPack,
  { store = memoryReadings() }: { store?: ReadingStore } = {},
): PreparedPack {
  return new PreparedParts(pack, store);
}

/** A class, so that 10,000 packs' parts share one shape (an object literal with a getter is a dictionary each). */
class PreparedParts implements PreparedPack {
  readonly fields: PackFields;
  readonly popular: PopularNames;

  constructor(
    private readonly pack: LoadedPack,
    private readonly store: ReadingStore,
  ) {
    this.fields = packFields(pack);
    this.popular = popularOf(pack);
  }

  get reading(): PackReadings {
    return this.store.partsOf(this.pack);
  }
}

/** Builds the knowledge base; `prepared` supplies each pack's prepared parts (worked out here by default). */
export function createKnowledgeBase(
  packs: readonly LoadedPack[],
  prepared: (pack: LoadedPack) => PreparedPack = (pack) => preparePack(pack),
  previous?: KnowledgeBase,
  store?: ReadingStore,
): KnowledgeBase {
  const frozenPacks = Object.freeze([...packs]);
  const byId = new Map(frozenPacks.map((p) => [p.id, p]));
  const parts = frozenPacks.map(prepared);
  const { table, targetOf } = topicTable(
    frozenPacks,
    parts.map((p) => p.fields),
  );
  const topics = buildFuzzy(table);

  const allEvents: PackEvent[] = frozenPacks.flatMap((pack) => pack.data.events.map((event) => ({ pack, event })));
  const popular = popularNames(
    frozenPacks,
    parts.map((p) => p.popular),
  );

  /** The match, or none when the pack's entities could not be read again (see partly-held.ts). */
  function toMatch(id: number, score: number, field: string, text: string): TopicMatch[] {
    const evidence = { field, text };
    const target = targetOf(id);
    const { pack, index } = target;
    const entity = target.type === 'entity' ? pack.data.entities[index] : undefined;
    const event = target.type === 'event' ? pack.data.events[index] : undefined;
    if (entity) return [{ type: 'entity', pack, entity, score, evidence }];
    return event ? [{ type: 'event', pack, event, score, evidence }] : [];
  }

  const partOf = new Map(frozenPacks.map((pack, i) => [pack, parts[i]!]));
  let reading: ReadingIndex | undefined;
  let prior = previous;

  return {
    packs: frozenPacks,
    /**
     * Merged on first use: grown from the previous one when packs were only added, opened
     * from the store when it holds one for these packs, else merged from every pack's reading.
     */
    get reading() {
      if (reading) return reading;
      const partsOf = (pack: LoadedPack) => partOf.get(pack)!.reading;
      reading = changedFrom(prior, frozenPacks, partsOf) ?? store?.openIndex(frozenPacks, partsOf);
      if (!reading) reading = buildReadingIndex(frozenPacks, partsOf);
      // Once read, the previous knowledge base is let go: reloads must not chain them all.
      prior = undefined;
      return reading;
    },
    pack: (id) => byId.get(id),
    findTopics(query, limit = 10) {
      return preferCurated(
        topics.search(query, limit).flatMap((h) => toMatch(h.target, round(h.score), h.field, h.text)),
      );
    },
    searchPassages(query, limit = 10) {
      // /brief's fallback for topics no name matches: the answer pipeline's own index, so an
      // archive keeps no second index of every sentence (built on first use, it took 10 s
      // and 300 MB at 10,000 packs).
      const index = this.reading;
      if (!index) return [];
      const asked = [...new Set(keysOf(parse(query).tokens, index.lexicon).keys)];
      if (asked.length === 0) return [];
      return index.bm25.search(asked, limit).map((hit): PassageHit => {
        const { pack, sentence } = index.reading(hit.doc);
        return { pack, sentence, score: round(hit.score), terms: hit.terms, asked: asked.length };
      });
    },
    suggest(partial, limit = 25) {
      const max = Math.min(Math.max(limit, 0), 25);
      if (!partial.trim()) return popular.slice(0, max);
      const seen = new Set<string>();
      const out: Choice[] = [];
      const add = (name: string) => {
        const n = name.slice(0, CHOICE_LENGTH);
        if (!n || seen.has(n.toLowerCase()) || out.length >= max) return;
        seen.add(n.toLowerCase());
        out.push({ name: n, value: n });
      };
      // More hits than names wanted: in an archive one name is many packs' entity.
      const wanted = max * SUGGEST_HITS_PER_NAME;
      const hits = [...topics.prefix(partial, wanted), ...topics.search(partial, wanted).filter((h) => h.score >= 0.5)];
      for (const hit of hits) {
        if (out.length >= max) break;
        add(targetName(targetOf(hit.target)));
      }
      return out;
    },
    events: () => allEvents,
  };
}

/**
 * The previous knowledge base's reading index, changed to these packs: packs added while
 * the bot runs are read and appended, packs changed or gone are taken out, and the rest are
 * not read again (at 10,000 packs, merging them all anew took seconds and a gigabyte).
 */
function changedFrom(
  previous: KnowledgeBase | undefined,
  packs: readonly LoadedPack[],
  partsOf: PartsOf,
): ReadingIndex | undefined {
  const before = previous?.reading;
  if (!before) return undefined;
  const now = new Set(packs);
  const had = new Set(before.packs);
  const removed = before.packs.filter((p) => !now.has(p));
  const added = packs.filter((p) => !had.has(p));
  return removed.length === 0 && added.length === 0 ? before : before.changed(removed, added, partsOf);
}

function targetName(target: Target): string {
  return target.type === 'entity'
    ? (target.pack.data.entities[target.index]?.name ?? '')
    : target.pack.data.events[target.index]!.title;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
