/**
 * "What is Kerry hoping to achieve in Moscow?", "what is Kerry's priority?", "what will Kerry
 * discuss?": a goal question is answered by what the entity *will* do or means to do — a
 * sentence where the entity owns a future or an intention ("Kerry will be outlining…",
 * "Kerry's priority will be to convey…", "His program in Moscow includes talks…" after a
 * sentence naming him). A sentence that merely names the entity near a "will" about someone
 * else ("talks with … Lavrov" in Kerry's program) is no answer about Lavrov's goals, and a
 * place the question puts the goal *in* must be where the sentence's paragraph has an event
 * of the entity, so "what is Kerry hoping to achieve in Paris" stays not-found.
 */
import type { Sentence } from '../knowledge/article.ts';
import type { LoadedPack } from '../knowledge/knowledge-base.ts';
import type { Entity, Event } from '../knowledge/schema.ts';
import { terms } from '../knowledge/text.ts';
import type { Concept, EntityConcept } from './concepts.ts';
import { foldedNames, foldedText } from './folded.ts';
import { eventAt, locative, placedInSentence } from './constraints.ts';
import type { Question } from './question.ts';

/** Words of a goal question about its form ("hoping", "achieve", "priority"), not its topic. */
export const GOAL_TERMS = new Set(terms('hope hoping aim aiming try trying seek seeking want wanting intend intending goal goals aims purpose objective objectives priority priorities agenda intention intentions achieve accomplish do discuss'));

/** A sentence that says what someone will do or means to do. */
const INTENT = /\b(will|shall|priority|priorities|plans?|planned|program(?:me)?|agenda|aims?|aimed|intends?|intended|goal|purpose|objective|hopes?|seeks?|going to|in order to|so as to|to work on)\b/;
/** Right after the entity's name: "Kerry will…", "Kerry's priority…", "the USA plans…". */
const OWNED = /^(?:'s|')?\s+(?:[\w'-]+\s+){0,2}?(will|shall|plans?|aims?|intends?|hopes?|seeks?|is to|is going to|priority|priorities|program(?:me)?|agenda|goal|aim|purpose)\b/;
/** "His program in Moscow includes talks": the sentence opens with the owner's pronoun. */
const PRONOUN_OWNS = /^(?:his|her|their|its|he|she|they)\s+(?:[\w'-]+\s+){0,2}?(will|shall|plans?|aims?|intends?|hopes?|priority|priorities|program(?:me)?|agenda|goal|aim|purpose)\b/;

/** Whether the sentence states an intention or a future at all. */
export function statesIntent(sentence: Sentence): boolean {
  return INTENT.test(foldedText(sentence));
}

/** Whether the entity owns an intention in the sentence (or, through "his…", in the one before). */
export function intends(sentence: Sentence, entity: Entity, before?: Sentence): boolean {
  const folded = foldedText(sentence);
  if (before && PRONOUN_OWNS.test(folded) && foldedNames(entity).some((n) => hasName(foldedText(before), n))) return true;
  return foldedNames(entity).some((n) => {
    for (let at = folded.indexOf(n); at >= 0; at = folded.indexOf(n, at + 1)) {
      const edge = (at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]!)) && !/[\p{L}\p{N}]/u.test(folded[at + n.length] ?? ' ');
      if (edge && OWNED.test(folded.slice(at + n.length))) return true;
    }
    return false;
  });
}

function hasName(folded: string, name: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`, 'u').test(folded);
}

/**
 * Whether the sentence may answer a goal question: an entity the question names as the one
 * with the goal (not a place it is *in*) owns an intention there; a place it is *in* holds
 * an event of the paragraph that involves that entity, or the sentence puts it there.
 */
export function goalAdmissible(q: Question, wanted: Concept[], pack: LoadedPack, sentence: Sentence, paragraphEvents: Event[], before?: Sentence): boolean {
  const entities = wanted.filter((c): c is EntityConcept => c.type === 'entity');
  // A place beside someone ("Kerry … in Moscow") is where; alone ("what does Russia hope for") it is the one hoping.
  const isPlace = (c: EntityConcept) => c.matches.every((m) => m.entity.kind === 'place');
  const someone = entities.some((c) => !isPlace(c));
  const places = someone ? entities.filter((c) => isPlace(c) && locative(q, c)) : [];
  // "Kerry's priority on Ukraine": Kerry has the goal; Ukraine is what it is about (scored, not required).
  const owners = someone ? entities.filter((c) => !isPlace(c)) : entities.filter((c) => !places.includes(c));
  const inPack = (c: EntityConcept) => c.matches.filter((m) => m.pack === pack).map((m) => m.entity);
  const ownerEntities = owners.flatMap(inPack);
  if (owners.length > 0 ? !owners.every((c) => inPack(c).some((e) => intends(sentence, e, before))) : !statesIntent(sentence)) return false;
  return places.every((c) =>
    inPack(c).some(
      (place) => placedInSentence(sentence, place) || paragraphEvents.some((ev) => eventAt(ev, place) && ownerEntities.every((o) => ev.participants.includes(o.id))),
    ),
  );
}
