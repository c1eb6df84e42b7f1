/**
 * "What did X say", "what does X think", "X's view on…", "according to X": questions about
 * what someone said are answered only from sentences where X is the speaker — a pack quote
 * by X, or a sentence with X as the subject of a speech verb ("Lavrov explained", "…, claims
 * Andrew Weiss", "stated … by Josh Ernest"). A sentence that merely mentions X ("Putin has
 * met with … Kerry") says nothing X said, so it never answers; when X says nothing in the
 * articles, the answer says so plainly.
 */
import type { Sentence } from '../knowledge/article.ts';
import type { KnowledgeBase, LoadedPack } from '../knowledge/knowledge-base.ts';
import type { Entity, Quote } from '../knowledge/schema.ts';
import { fold, terms, words } from '../knowledge/text.ts';
import type { Concept, EntityConcept } from './concepts.ts';
import { sentenceTerms } from './evidence.ts';
import { foldedText } from './folded.ts';
import type { Question } from './question.ts';

/** Verbs that make their subject the speaker, as they appear in folded text. */
const VERB =
  "(?:said|says|say|saying|told|tells|claims?|claimed|explain(?:s|ed)?|believes?|believed|stated?|states|points? out|pointed out|dr[ae]ws? attention|drew attention|comment(?:s|ed)?|not(?:es|ed)|add(?:s|ed)|argu(?:es|ed)|warn(?:s|ed)|insist(?:s|ed)|stress(?:es|ed)|announc(?:es|ed)|report(?:s|ed)|reveal(?:s|ed)|suggest(?:s|ed|ing)?|propos(?:es|ed)|unveiled|spoke(?: out)?|speaks|called for|urged|thinks|expects?|expected|maintain(?:s|ed)|complain(?:s|ed)|critici[sz](?:es|ed)|objected|went on to say)";
/** "X pointed out", "X went on to say", "X, however, suggested". */
const AFTER_NAME = new RegExp(`^(?:'s)?(?:\\s*,[^,.]{0,30},)?\\s+(?:[\\w'-]+\\s+){0,3}?${VERB}\\b`);
/** "…, claims Andrew Weiss", "…, said State Department spokesman Mark Toner" (not "suggested that the United States…"). */
const BEFORE_NAME = new RegExp(`(?:^|[,;:"–—-]\\s*)${VERB}\\s+(?:(?!that\\b)[\\w'&.-]+\\s+){0,5}$`);
/** "This was stated on Friday by White House spokesman Josh Ernest". */
const PASSIVE = new RegExp(`\\b${VERB}\\b[^.]{0,60}\\bby\\s+(?:the\\s+)?(?:(?!(?:way|means|why|that|which|who|of|to|and)\\b)[\\w'&.-]+\\s+){0,4}$`);
const ACCORDING = /\baccording to\s+(?:the\s+)?$/;
/** "…evoked a caustic response from Moscow": a reaction from X is X speaking. */
const RESPONSE_FROM = /\b(?:response|reaction|reply|statement|criticism|rebuke|protest)\s+from\s+(?:the\s+)?$/;
const POSSESSIVE = /^'s\s+(?:words|statement|remarks|comments|view|views|concern|position)\b/;
/** "He further commented that…": the speaker is the one the sentence before names. */
const PRONOUN_SPEAKS = new RegExp(`^(?:he|she|they)\\s+(?:[\\w'-]+\\s+){0,2}?${VERB}\\b`);
/** Share of a pack quote's words a sentence must hold to be that quote. */
const QUOTE_OVERLAP = 0.6;

/** The entity concepts that stand in the question's speaker slot ("what did *Lavrov* say"). */
export function speakerConcepts(q: Question, wanted: Concept[]): EntityConcept[] {
  if (!q.speaker) return [];
  const slot = ` ${words(q.speaker).join(' ')} `;
  return wanted.filter((c): c is EntityConcept => c.type === 'entity' && slot.includes(` ${c.text} `));
}

/**
 * Who may speak for the entity: itself and, for a place, the organisations the pack ties to
 * it ("Moscow said" is the Russian government speaking, "Washington says" the administration).
 */
export function speakerIds(pack: LoadedPack, concepts: EntityConcept[]): Set<string> {
  const ids = new Set<string>();
  for (const c of concepts) {
    for (const m of c.matches) {
      if (m.pack !== pack) continue;
      ids.add(m.entity.id);
      if (m.entity.kind !== 'place') continue;
      // A capital speaks through its country's bodies too (Moscow → Russia → its Foreign Ministry).
      const places = [m.entity, ...m.entity.related.map((id) => pack.data.entities.find((e) => e.id === id)).filter((e) => e?.kind === 'place')];
      for (const place of places) for (const id of place!.related) if (pack.data.entities.find((e) => e.id === id)?.kind === 'organisation') ids.add(id);
      // A country speaks through the people the pack ties to it too (the US → Kerry, Obama).
      for (const id of m.entity.related) if (pack.data.entities.find((e) => e.id === id)?.kind === 'person') ids.add(id);
    }
  }
  return ids;
}

/** Whether one of the entities is the speaker of the sentence (`previous` is the one before it). */
export function spokenBy(pack: LoadedPack, sentence: Sentence, ids: Set<string>, previous?: Sentence): boolean {
  if (ids.size === 0) return false;
  const have = sentenceTerms(pack, sentence);
  for (const quote of pack.data.quotes) {
    if (!ids.has(quote.speaker) || !quote.paragraphs.includes(sentence.paragraph)) continue;
    const said = quoteTerms(quote);
    if (said.length > 0 && said.filter((t) => have.has(t)).length / said.length >= QUOTE_OVERLAP) return true;
  }
  const speakers = pack.data.entities.filter((e) => ids.has(e.id));
  if (speakers.some((e) => speaksIn(foldedText(sentence), e))) return true;
  return previous !== undefined && PRONOUN_SPEAKS.test(foldedText(sentence)) && speakers.some((e) => speaksIn(foldedText(previous), e) || namedIn(foldedText(previous), e));
}

/** Whether any sentence of the articles has one of the speaker concepts as its speaker. */
export function saysAnything(kb: KnowledgeBase, concepts: EntityConcept[]): boolean {
  return kb.packs.some((pack) => {
    const ids = speakerIds(pack, concepts);
    return ids.size > 0 && pack.paragraphs.some((p) => p.sentences.some((s, i) => spokenBy(pack, s, ids, p.sentences[i - 1])));
  });
}

const formCache = new WeakMap<Entity, string[]>();

/** Names, aliases and a role of two or more words, folded (cached: packs are immutable). */
function forms(entity: Entity): string[] {
  let found = formCache.get(entity);
  if (!found) {
    const role = entity.role && entity.role.split(/\s+/).length >= 2 ? [entity.role] : [];
    found = [entity.name, ...entity.aliases, ...role].map((n) => fold(n)).filter((n) => n.length > 1);
    formCache.set(entity, found);
  }
  return found;
}

/** The entity stands as the subject of a speech verb somewhere in the (folded) text. */
function speaksIn(folded: string, entity: Entity): boolean {
  for (const name of forms(entity)) {
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      const beforeOk = at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]!);
      const afterOk = !/[\p{L}\p{N}]/u.test(folded[at + name.length] ?? ' ');
      if (!beforeOk || !afterOk) continue;
      const pre = folded.slice(0, at);
      const post = folded.slice(at + name.length);
      if (AFTER_NAME.test(post) || POSSESSIVE.test(post) || BEFORE_NAME.test(pre) || PASSIVE.test(pre) || ACCORDING.test(pre) || RESPONSE_FROM.test(pre)) return true;
    }
  }
  return false;
}

const quoteTermCache = new WeakMap<Quote, string[]>();

/** The distinct terms of a pack quote (cached: packs are immutable). */
function quoteTerms(quote: Quote): string[] {
  let said = quoteTermCache.get(quote);
  if (!said) quoteTermCache.set(quote, (said = [...new Set(terms(quote.text))]));
  return said;
}

const namePatterns = new WeakMap<Entity, RegExp[]>();

/** Whether the (folded) text names the entity as a whole word; the patterns are compiled once per entity. */
function namedIn(folded: string, entity: Entity): boolean {
  let patterns = namePatterns.get(entity);
  if (!patterns) {
    patterns = forms(entity).map((n) => new RegExp(`[^\\p{L}\\p{N}]${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\p{L}\\p{N}]`, 'u'));
    namePatterns.set(entity, patterns);
  }
  const padded = ` ${folded} `;
  return patterns.some((p) => p.test(padded));
}

/** Verbs that only mark speech ("what Lukyanov mentions", "what did Politico report / claim / write"); "propose" or "warn" also say what was said. */
export const PURE_SPEECH_TERMS = new Set(terms('say said says spoke speak speaks talk talked talks mention mentioned mentions refer referred cite cited comment commented tell told report reported reports claim claimed claims write wrote writes'));

/** Words of "who said / warned / suggested X" that ask for the speaker, not what about. */
export const SPEECH_TERMS = new Set(
  terms('say said says spoke speak speaks talk talked talks mention mentioned mentions warn warned claim claimed state stated comment commented argue argued suggest suggested believe think described describe called call calls termed labelled labeled dubbed branded characterised characterized note noted point pointed report reported explain explained predict predicted express expressed raise raised quote quoted refer referred cite cited'),
);

const sentenceSpeakerCache = new WeakMap<Sentence, Entity[]>();

/**
 * Who speaks in the sentence: the people, organisations and groups for which `spokenBy`
 * holds (a pack quote it repeats, a speech verb they are the subject of, "he further
 * commented" after naming them). Cached per sentence: packs are immutable.
 */
export function sentenceSpeakers(pack: LoadedPack, sentence: Sentence, previous?: Sentence): Entity[] {
  let found = sentenceSpeakerCache.get(sentence);
  if (!found) {
    found = pack.data.entities.filter((e) => ['person', 'organisation', 'group', 'place'].includes(e.kind) && spokenBy(pack, sentence, new Set([e.id]), previous));
    sentenceSpeakerCache.set(sentence, found);
  }
  return found;
}

/** The entity concepts that stand in the "who from X" slot (X, the organisation asked about). */
export function fromConcepts(q: Question, wanted: Concept[]): EntityConcept[] {
  if (!q.from) return [];
  const slot = ` ${words(q.from).join(' ')} `;
  return wanted.filter((c): c is EntityConcept => c.type === 'entity' && slot.includes(` ${c.text} `));
}

/**
 * Whether `person` is "from" one of the organisations: the person's role names it ("White
 * House spokesman"), or its summary names the person in full ("headed by Sergey Lavrov").
 * A loose pack link (`related`) is not enough: the Kremlin is related to Putin without the
 * article ever quoting anyone as speaking from it.
 */
export function belongsTo(person: Entity, orgs: EntityConcept[]): boolean {
  const padded = (text: string) => ` ${words(text).join(' ')} `;
  const role = padded(person.role ?? '');
  return orgs.some((c) =>
    c.matches.some(({ entity: org }) => [org.name, ...org.aliases].some((n) => role.includes(padded(n))) || padded(org.summary).includes(padded(person.name))),
  );
}
