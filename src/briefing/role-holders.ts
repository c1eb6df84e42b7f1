/**
 * "Who is the Russian defence minister?": a copular "who" question whose subject is a
 * description, not a name, asks for whoever holds that role. Every word of the description
 * must agree with what the pack says of the person (name, aliases, role, summary): the
 * Russian *Foreign* Minister is no answer to "defence minister", the State Department
 * spokesman none to "White House spokesman". Without that, a sentence naming Lavrov wins on
 * "Russian" and "minister" alone, and the bot names the wrong man.
 */
import type { Entity } from '../knowledge/schema.ts';
import { terms } from '../knowledge/text.ts';
import type { Concept } from './concepts.ts';
import { descriptionTerms } from './folded.ts';
import type { Question } from './question.ts';

/** Kinds of entity that can hold a role. */
export const HOLDER_KINDS = ['person', 'organisation', 'group'];

/** A relative clause ends the description: "the expert who says…" describes by "expert". */
const RELATIVE = /\s+(?:who|that|which|whom|whose)\b.*$/i;

/**
 * The words of the role a "who is the …" question asks about, or undefined when the question
 * names a person (then it is about that person) or describes with fewer than two words.
 */
export function roleWords(q: Question, wanted: Concept[]): Set<string> | undefined {
  if (q.kind !== 'who' || !q.copular || !q.subject) return undefined;
  if (wanted.some((c) => c.type === 'entity' && c.matches.some((m) => m.entity.kind === 'person'))) return undefined;
  const words = new Set(terms(q.subject.replace(RELATIVE, '')));
  return words.size >= 2 ? words : undefined;
}

const holderTerms = new WeakMap<Entity, Set<string>>();

/** Whether every role word is among the words the pack describes the entity with. */
export function holdsRole(entity: Entity, words: Set<string>): boolean {
  if (!HOLDER_KINDS.includes(entity.kind)) return false;
  let have = holderTerms.get(entity);
  if (!have) {
    have = new Set([...descriptionTerms(entity), ...terms([entity.name, ...entity.aliases].join(' '))]);
    holderTerms.set(entity, have);
  }
  for (const w of words) if (!have.has(w)) return false;
  return true;
}
