/**
 * What a question is about, as weighted "concepts": the entities it names (found by
 * fuzzy matching of its word windows, so `Kery` and `Sergei Lavrov` count) and its other
 * content words (stemmed). A sentence answers the question as far as it covers these
 * concepts, weighted by rarity; a word the articles never use (Merkel, Beijing, old)
 * weighs heavily, which is what makes "that's not in the briefing" come out right.
 */
import type { KnowledgeBase, LoadedPack, PackEvent } from '../knowledge/knowledge-base.ts';
import type { Entity, Event } from '../knowledge/schema.ts';
import { doubtfulMatch, nameSimilarity } from '../knowledge/fuzzy.ts';
import { stem, STOP_WORDS, terms, words } from '../knowledge/text.ts';

export interface EntityConcept {
  type: 'entity';
  /** The same name may be an entity in several packs. */
  matches: { pack: LoadedPack; entity: Entity }[];
  /**
   * Events the same words name by their title or place ("the Vienna agreement", "the Riyadh
   * meeting"): a sentence that shows one of them is about the entity even when it words it
   * differently ("Agreement on this was reached … in Vienna").
   */
  events: PackEvent[];
  text: string;
  score: number;
  weight: number;
}

export interface TermConcept {
  type: 'term';
  term: string;
  weight: number;
  /** In no sentence of any article. */
  unknown: boolean;
  /** A word that says little about the topic ("say", "think"). */
  filler?: boolean;
}

export type Concept = EntityConcept | TermConcept;

/** Words that say little about the topic when a question uses them. */
const FILLER = new Set(
  'say tell think give get take make happen do go come mean know want ask article briefing exactly actually really anything something thing things please me kind sort latest news info information according instead regarding happen occur view position stance opinion feel react reaction response respond attitude expect believe consider regard start'
    .split(' ')
    .map(stem),
);

/** Chat shorthand that stands for question words or pronouns ("r" for "are"). */
const CHAT = new Set('whats whos wheres whens hows whys wat wot ur ya gonna wanna gotta pls plz thx btw lol hey hi hello ok okay so'.split(' '));

/** Weight of a word that no article contains, relative to the rarest known word. */
const UNKNOWN_FACTOR = 1.5;
const ENTITY_FACTOR = 1;
const FILLER_WEIGHT = 0.3;
/** A window of the question must be this close to a whole name or alias to name an entity. */
const NAME_SIMILARITY = 0.75;
const MAX_WINDOW = 4;

interface Stats {
  df(term: string): number;
  n: number;
  maxIdf: number;
}

const statsCache = new WeakMap<KnowledgeBase, Stats>();

/** Sentence document frequencies: the index's own when it offers them, else counted once. */
export function stats(kb: KnowledgeBase): Stats {
  let s = statsCache.get(kb);
  if (!s) {
    let df: (term: string) => number;
    let n: number;
    if (kb.termStats) {
      const termStats = kb.termStats.bind(kb);
      df = (term) => termStats(term).df;
      n = termStats('').sentences;
    } else {
      const counts = new Map<string, number>();
      n = 0;
      for (const pack of kb.packs) {
        for (const sentence of pack.paragraphs.flatMap((p) => p.sentences)) {
          n++;
          for (const t of new Set(terms(sentence.text))) counts.set(t, (counts.get(t) ?? 0) + 1);
        }
      }
      df = (term) => counts.get(term) ?? 0;
    }
    s = { df, n, maxIdf: Math.log(1 + (n - 0.5) / 1.5) };
    statsCache.set(kb, s);
  }
  return s;
}

export function idf(s: Stats, term: string): number {
  const df = s.df(term);
  return df === 0 ? 0 : Math.log(1 + (s.n - df + 0.5) / (df + 0.5));
}

/** Entities named in the text (longest windows first), then the remaining content words. */
export function concepts(kb: KnowledgeBase, content: string): Concept[] {
  const s = stats(kb);
  const tokens = words(content).filter((w) => !STOP_WORDS.has(w) && !CHAT.has(w) && (w.length > 1 || /\d/.test(w)));
  const used = new Array<boolean>(tokens.length).fill(false);
  const found: Concept[] = [];
  for (let size = Math.min(MAX_WINDOW, tokens.length); size >= 1; size--) {
    for (let start = 0; start + size <= tokens.length; start++) {
      if (used.slice(start, start + size).some(Boolean)) continue;
      const window = tokens.slice(start, start + size).join(' ');
      if (size === 1 && FILLER.has(stem(window))) continue;
      const concept = entityConcept(kb, window, s.maxIdf, s);
      if (!concept) continue;
      used.fill(true, start, start + size);
      found.push(concept);
    }
  }
  const seen = new Set<string>();
  tokens.forEach((token, i) => {
    if (used[i]) return;
    const term = stem(token);
    if (seen.has(term)) return;
    seen.add(term);
    const known = idf(s, term);
    const weight = FILLER.has(term) ? FILLER_WEIGHT : known > 0 ? known : UNKNOWN_FACTOR * s.maxIdf;
    found.push({ type: 'term', term, weight, unknown: known === 0, filler: FILLER.has(term) });
  });
  return found;
}

function entityConcept(kb: KnowledgeBase, window: string, maxIdf: number, s: Stats): EntityConcept | undefined {
  // A word the articles themselves use ("tone") is that word, not a misspelt name ("Toner").
  const ownWord = !window.includes(' ') && idf(s, stem(window)) > 0;
  const matches = kb
    .findTopics(window, 5)
    .filter((m) => m.type === 'entity' && m.score >= 0.75 && nameSimilarity(window, m.evidence.text) >= NAME_SIMILARITY && !doubtfulMatch(window, m.evidence.text))
    .filter((m) => !ownWord || words(m.evidence.text).some((w) => stem(w) === stem(window)));
  const top = matches[0];
  if (!top || top.type !== 'entity') return undefined;
  const same = matches.filter((m) => m.type === 'entity' && m.score >= top.score - 0.001);
  return {
    type: 'entity',
    matches: same.map((m) => (m.type === 'entity' ? { pack: m.pack, entity: m.entity } : undefined)).filter((m) => m !== undefined),
    events: namedEvents(kb, window),
    text: window,
    score: top.score,
    weight: ENTITY_FACTOR * maxIdf,
  };
}

const eventTermCache = new WeakMap<Event, Set<string>>();

/** Events whose title and place hold every word of the window. */
function namedEvents(kb: KnowledgeBase, window: string): PackEvent[] {
  const wanted = terms(window);
  if (wanted.length === 0) return [];
  return kb.events().filter(({ event }) => {
    let have = eventTermCache.get(event);
    if (!have) eventTermCache.set(event, (have = new Set(terms(`${event.title} ${event.place ?? ''}`))));
    return wanted.every((t) => have.has(t));
  });
}
