/**
 * The contract between the knowledge layer and everything that reads it (commands, the
 * scheduler, autocomplete). A `KnowledgeBase` is immutable: a reload builds a new one and
 * swaps it in whole, so a request never sees half a reload.
 */
import type { Choice } from '../core/incoming.ts';
import type { Paragraph, Sentence } from './article.ts';
import type { ReadingIndex } from './reading-index.ts';
import type { Entity, Event, PackData } from './schema.ts';

/** A validated pack with its article split into numbered paragraphs. */
export interface LoadedPack {
  id: string;
  data: PackData;
  paragraphs: Paragraph[];
  /**
   * The hash of the article as read, when the pack was loaded from a folder: its paragraphs
   * are read and split on first use, so an archive does not hold every article in memory.
   */
  articleHash?: string;
  /**
   * The hash of the pack file as compiled, when it was loaded with compiled packs: what its
   * data is, without serialising data that an archive partly keeps on disk.
   */
  dataHash?: string;
  /** The folder it was loaded from. */
  dir: string;
}

/** Why a result matched: the field and the text that matched, for explainable ranking. */
export interface MatchEvidence {
  field: string;
  text: string;
}

export type TopicMatch =
  | { type: 'entity'; pack: LoadedPack; entity: Entity; score: number; evidence: MatchEvidence }
  | { type: 'event'; pack: LoadedPack; event: Event; score: number; evidence: MatchEvidence };

export interface PassageHit {
  pack: LoadedPack;
  sentence: Sentence;
  /** BM25 score (higher is better; not bounded). */
  score: number;
  /** Query terms that matched (index keys: lemmas, the lexicon's groups). */
  terms: string[];
  /** How many different terms the query had. */
  asked: number;
}

export interface PackEvent {
  pack: LoadedPack;
  event: Event;
}

export interface KnowledgeBase {
  readonly packs: readonly LoadedPack[];
  pack(id: string): LoadedPack | undefined;
  /** Entities and events for a topic, best first; `score` is in 0..1 (1 is exact). */
  findTopics(query: string, limit?: number): TopicMatch[];
  /** Sentences for a query through the inverted index, best first. */
  searchPassages(query: string, limit?: number): PassageHit[];
  /** Names to offer while typing (autocomplete), at most `limit` (Discord allows 25). */
  suggest(partial: string, limit?: number): Choice[];
  /** Every dated or undated event of every pack. */
  events(): PackEvent[];
  /** Every sentence as read at load (stage 1 of answering); absent in small fakes. */
  readonly reading?: ReadingIndex;
}
