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
import type { Sentence } from './article.ts';
import { buildBm25 } from './bm25.ts';
import { buildFuzzy } from './fuzzy.ts';
import type { KnowledgeBase, LoadedPack, PackEvent, PassageHit, TopicMatch } from './knowledge-base.ts';
import { preferCurated } from './prefer-curated.ts';
import { popularNames, popularOf, type PopularNames } from './popular-names.ts';
import { packFields, topicTable, type PackFields, type Target } from './topic-fields.ts';
import { buildReadingIndex, type PackReadings, type PartsOf, type ReadingIndex } from './reading-index.ts';
import { memoryReadings, type ReadingStore } from './reading-store.ts';
import { terms } from './text.ts';

/** Share of the paragraph's BM25 score added to a sentence's own score. */
const PARAGRAPH_CONTEXT = 0.3;

/** Choice names and values: Discord allows 100 characters. */
const CHOICE_LENGTH = 100;

/**
 * What indexing needs from one pack, worked out from that pack alone: the terms of its
 * paragraphs and sentences and its folded short fields. A reload prepares changed packs
 * only (`KnowledgeHolder` keeps the rest), so re-indexing one pack costs one pack's
 * tokenising; what is left is merging the prepared parts.
 */
export interface PreparedPack {
  paragraphTerms: string[][];
  /** Per paragraph, the terms of each of its sentences. */
  sentenceTerms: string[][][];
  fields: PackFields;
  /** Its entities mentioned in the most paragraphs, best first: the empty-box suggestions are picked from these. */
  popular: PopularNames;
  /** The pack's sentences as the answer pipeline reads them (stage 1, at load). */
  reading: PackReadings;
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
  let paragraphTerms: string[][] | undefined;
  let sentenceTerms: string[][][] | undefined;
  return {
    // Tokenised for the passage index only, which is built on first use (see createKnowledgeBase).
    get paragraphTerms() {
      return (paragraphTerms ??= pack.paragraphs.map((p) => terms(p.text)));
    },
    get sentenceTerms() {
      return (sentenceTerms ??= pack.paragraphs.map((p) => p.sentences.map((s) => terms(s.text))));
    },
    fields: packFields(pack),
    popular: popularOf(pack),
    get reading() {
      return store.partsOf(pack);
    },
  };
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

  // The passage index serves only /brief's fallback for topics no name matches: it is built
  // on first use, so a start or a reload of a large archive does not wait for it.
  let passages: ReturnType<typeof passageIndex> | undefined;
  const passageIndexed = () => (passages ??= passageIndex(frozenPacks, parts));
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
      const queryTerms = terms(query);
      if (queryTerms.length === 0) return [];
      const { sentences, sentenceIndex, paragraphIndex } = passageIndexed();
      return sentenceIndex
        .search(queryTerms, Math.max(limit * 4, 40))
        .map((hit): PassageHit => {
          const { pack, sentence, paragraphDoc } = sentences[hit.doc]!;
          const context = paragraphIndex.scoreDoc(paragraphDoc, queryTerms);
          return { pack, sentence, score: round(hit.score + PARAGRAPH_CONTEXT * context), terms: hit.terms };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
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
      for (const hit of topics.prefix(partial, max)) add(targetName(targetOf(hit.target)));
      for (const hit of topics.search(partial, max)) if (hit.score >= 0.5) add(targetName(targetOf(hit.target)));
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

/** BM25 over every sentence and every paragraph (its context), for passages. */
function passageIndex(packs: readonly LoadedPack[], parts: readonly PreparedPack[]) {
  const sentences: { pack: LoadedPack; sentence: Sentence; paragraphDoc: number }[] = [];
  const sentenceTerms: string[][] = [];
  const paragraphTerms: string[][] = [];
  packs.forEach((pack, i) => {
    pack.paragraphs.forEach((paragraph, j) => {
      const paragraphDoc = paragraphTerms.length;
      paragraphTerms.push(parts[i]!.paragraphTerms[j]!);
      paragraph.sentences.forEach((sentence, k) => {
        sentences.push({ pack, sentence, paragraphDoc });
        sentenceTerms.push(parts[i]!.sentenceTerms[j]![k]!);
      });
    });
  });
  return { sentences, sentenceIndex: buildBm25(sentenceTerms), paragraphIndex: buildBm25(paragraphTerms) };
}

function targetName(target: Target): string {
  return target.type === 'entity'
    ? (target.pack.data.entities[target.index]?.name ?? '')
    : target.pack.data.events[target.index]!.title;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
