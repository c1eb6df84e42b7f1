/**
 * Small helpers shared by briefings and answers: citations, the names an entity goes by
 * in the text, and which sentences mention it. Cached per pack (packs are immutable), so
 * a request pays for them once.
 */
import type { Paragraph, Sentence } from '../knowledge/article.ts';
import type { LoadedPack } from '../knowledge/knowledge-base.ts';
import type { Entity } from '../knowledge/schema.ts';
import { terms } from '../knowledge/text.ts';
import type { Citation } from '../core/reply.ts';

export function citation(pack: LoadedPack, paragraph: number, sentence?: string): Citation {
  return sentence === undefined
    ? { packId: pack.id, packTitle: pack.data.title, paragraph }
    : { packId: pack.id, packTitle: pack.data.title, paragraph, sentence };
}

export function citations(pack: LoadedPack, paragraphs: readonly number[]): Citation[] {
  return [...new Set(paragraphs)].sort((a, b) => a - b).map((p) => citation(pack, p));
}

interface PackCache {
  sentenceTerms: Map<Sentence, Set<string>>;
  descriptors: Map<Sentence, Set<string>>;
  groupDescriptors: Map<Sentence, Set<string>>;
  sequences: Map<Sentence, string[]>;
  paragraphTerms: Map<number, Set<string>>;
  forms: Map<string, string[][]>;
}

/**
 * Keyed by the pack's paragraphs, the sentences it caches by: an archive holds a few hundred
 * packs' paragraphs at once (load.ts), and a pack's cache goes with them (keyed by the pack,
 * every pack ever shown kept its cache).
 */
const caches = new WeakMap<readonly Paragraph[], PackCache>();

function cache(pack: LoadedPack): PackCache {
  const paragraphs = pack.paragraphs;
  let c = caches.get(paragraphs);
  if (!c) {
    c = {
      sentenceTerms: new Map(),
      descriptors: new Map(),
      groupDescriptors: new Map(),
      sequences: new Map(),
      paragraphTerms: new Map(),
      forms: new Map(),
    };
    for (const p of paragraphs) {
      for (const s of p.sentences) c.sentenceTerms.set(s, new Set(terms(s.text)));
      c.paragraphTerms.set(p.number, new Set(p.sentences.flatMap((s) => [...c!.sentenceTerms.get(s)!])));
    }
    caches.set(paragraphs, c);
  }
  return c;
}

/** The stemmed terms of a sentence, as a set. */
export function sentenceTerms(pack: LoadedPack, sentence: Sentence): Set<string> {
  return cache(pack).sentenceTerms.get(sentence) ?? new Set(terms(sentence.text));
}

/** The stemmed terms of a whole paragraph, as a set. */
export function paragraphTerms(pack: LoadedPack, paragraph: number): Set<string> {
  return cache(pack).paragraphTerms.get(paragraph) ?? new Set();
}

/**
 * Words that describe who the sentence names: the role and summary of each person it
 * mentions (and of each group or organisation, with `groups`). "The expert from the
 * Carnegie Centre" meets "claims Andrew Weiss" this way.
 */
export function descriptorTerms(pack: LoadedPack, sentence: Sentence, groups = false): Set<string> {
  const c = cache(pack);
  const store = groups ? c.groupDescriptors : c.descriptors;
  const kinds = groups ? ['person', 'group', 'organisation'] : ['person'];
  let found = store.get(sentence);
  if (!found) {
    found = new Set(
      pack.data.entities
        .filter((e) => kinds.includes(e.kind) && mentions(pack, sentence, e))
        .flatMap((e) => terms(`${e.role ?? ''} ${e.summary}`)),
    );
    store.set(sentence, found);
  }
  return found;
}

/** The term sequences an entity is written as (name and aliases), without generic words. */
export function entityForms(pack: LoadedPack, entity: Entity): string[][] {
  const c = cache(pack);
  let forms = c.forms.get(entity.id);
  if (!forms) {
    forms = [entity.name, ...entity.aliases].map((n) => terms(n)).filter((t) => t.length > 0);
    c.forms.set(entity.id, forms);
  }
  return forms;
}

/**
 * Whether the sentence names the entity by any of its forms, the words of a form in a row
 * ("the Russian President and the US Secretary" does not name the "US President").
 */
export function mentions(pack: LoadedPack, sentence: Sentence, entity: Entity): boolean {
  const have = sentenceTerms(pack, sentence);
  return entityForms(pack, entity).some(
    (form) => form.every((t) => have.has(t)) && (form.length === 1 || inRow(sentenceSequence(pack, sentence), form)),
  );
}

function inRow(sequence: string[], form: string[]): boolean {
  for (let i = 0; i + form.length <= sequence.length; i++) if (form.every((t, k) => sequence[i + k] === t)) return true;
  return false;
}

/** The sentence's terms in order (for names of several words). */
function sentenceSequence(pack: LoadedPack, sentence: Sentence): string[] {
  const c = cache(pack);
  let seq = c.sequences.get(sentence);
  if (!seq) c.sequences.set(sentence, (seq = terms(sentence.text)));
  return seq;
}

/** Sentences of the entity's paragraphs that name it, in article order. */
export function mentioningSentences(pack: LoadedPack, entity: Entity): Sentence[] {
  const wanted = new Set(entity.paragraphs);
  return pack.paragraphs
    .filter((p) => wanted.has(p.number))
    .flatMap((p) => p.sentences)
    .filter((s) => mentions(pack, s, entity));
}

/** "¶3" style mark for one paragraph. */
export function mark(paragraph: number): string {
  return `¶${paragraph}`;
}
