/**
 * Who did what to whom. "Who did King Charles swear fealty to?" names Charles as the one
 * who swore; "…Rollo agreed to swear fealty to King Charles" has Charles on the receiving
 * end. Word order and voice tell the two apart: in the active voice the doer comes before
 * the verb, in the passive it follows "by". A sentence whose every use of the asked verb
 * puts the question's doer (or the one done to) in the other role does not answer it.
 */
import type { Token } from '../../knowledge/nlp.ts';
import type { Candidate } from './match.ts';

/** The question's own roles: the verb asked about and the words naming its doer or its object. */
export interface QuestionRoles {
  /** `doer`: "who did X marry" (X married); `done-to`: "who married X" (X was married). */
  named: 'doer' | 'done-to';
  /** Token position of the verb in the question. */
  verb: number;
  /** Token positions of the naming words, first and last. */
  from: number;
  to: number;
}

const DO = new Set(['do', 'does', 'did']);
const NOUN_PHRASE = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PART', 'PRON']);

/** The roles of a who/what/which question, if it has the shape that says them. */
export function questionRoles(tokens: readonly Token[], whAt: number): QuestionRoles | undefined {
  const wh = tokens[whAt]?.text.toLowerCase();
  if (!wh || !['who', 'whom', 'what', 'which'].includes(wh)) return undefined;
  let i = whAt + 1;
  // "What tactic did …", "which new rule did …": the asked type's words come first.
  if (wh === 'what' || wh === 'which') while (tokens[i] && ['NOUN', 'ADJ'].includes(tokens[i]!.pos)) i++;
  if (DO.has(tokens[i]?.text.toLowerCase() ?? '')) {
    const verb = tokens.findIndex((t, j) => j > i && t.pos === 'VERB');
    return verb > i + 1 ? { named: 'doer', verb, from: i + 1, to: verb - 1 } : undefined;
  }
  if (tokens[i]?.pos !== 'VERB') return undefined;
  let end = i + 1;
  while (tokens[end] && NOUN_PHRASE.has(tokens[end]!.pos)) end++;
  return end > i + 1 ? { named: 'done-to', verb: i, from: i + 1, to: end - 1 } : undefined;
}

/** Where the sentence uses the asked verb as a verb: "the marriage of Emma and Ethelred" tells no roles. */
function usesOf(roles: QuestionRoles, best: Candidate): number[] {
  const verb = best.matches.find((m) => m.term.at === roles.verb && m.as === 'exact');
  return verb?.at.filter((p) => best.reading.voice.verbs.includes(p)) ?? [];
}

/**
 * "Who criticised her?" against "she was criticised for cancelling the tour": every use of
 * the verb is passive with no "by" after it, so the sentence never says who did it.
 */
export function doerUnsaid(roles: QuestionRoles, best: Candidate): boolean {
  if (roles.named !== 'done-to') return false;
  const { voice } = best.reading;
  const uses = usesOf(roles, best);
  return uses.length > 0 && uses.every((v) => voice.passive.includes(v) && !voice.by.some((b) => b > v && b <= v + 4));
}

/** Whether every use of the asked verb in the sentence gives the named words the other role. */
export function rolesSwapped(roles: QuestionRoles, best: Candidate): boolean {
  const { voice } = best.reading;
  const found = (m: Candidate['matches'][number]) => m.as === 'exact' || m.as === 'related';
  const uses = usesOf(roles, best);
  const named = best.matches
    .filter((m) => m.term.at >= roles.from && m.term.at <= roles.to && m.term.kind !== 'number' && found(m))
    .flatMap((m) => m.at)
    // "Who owns the cable?" against "the Fiji Submarine Cable Company, which owns the Fiji section": a word inside
    // the name that would answer is part of that name, not the cable the question names.
    .filter((p) => !best.answers.some((a) => p >= a.start && p <= a.end));
  if (uses.length === 0 || named.length === 0) return false;
  return uses.every((v) => {
    const before = named.some((p) => p < v);
    const after = named.some((p) => p > v);
    const byAgent = named.some((p) => p > v && voice.by.some((b) => b > v && b < p && b >= p - 3));
    const doer = voice.passive.includes(v) ? byAgent : before;
    const doneTo = voice.passive.includes(v) ? before : after;
    return roles.named === 'doer' ? !doer && (voice.passive.includes(v) ? before && !after : after) : !doneTo && doer;
  });
}
