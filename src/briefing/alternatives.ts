/**
 * "What does Russia want instead of joining the coalition", "what is Russia's alternative",
 * "what did Putin propose": the answer is a counter-proposal, so a sentence with a contrast
 * or proposal cue ("however", "instead", "suggested", "a fresh coalition") whose speaker is
 * the entity asked about, or someone the pack ties to it (Russia → Putin, Lavrov), beats
 * one that merely repeats the question's words (Washington's suggestion that Russia join).
 */
import type { Sentence } from '../knowledge/article.ts';
import type { LoadedPack } from '../knowledge/knowledge-base.ts';
import type { Concept } from './concepts.ts';
import { fold } from '../knowledge/text.ts';
import { foldedText } from './folded.ts';
import type { Question } from './question.ts';
import { sentenceSpeakers } from './speakers.ts';

/** Where the question turns to what is set aside ("instead of", "rather than", "alternative to"). */
const TURN = /\b(?:instead|rather than|in place of|alternatives?|propos)/;

/** The entities named before the turn: those who propose, not what they propose against. */
export function beforeAlternative(q: Question, wanted: Concept[]): Concept[] {
  const content = fold(q.content);
  const turn = content.search(TURN);
  return turn < 0 ? wanted : wanted.filter((c) => c.type !== 'entity' || content.indexOf(c.text) < turn);
}

/** Sentence words that mark a contrast or a proposal. */
const PROPOSAL_CUE = /\b(?:however|instead|rather|suggest(?:s|ed|ing)?|propos(?:es|ed|al)|fresh|new|alternative|offer(?:s|ed)?|call(?:s|ed) for)\b/;

/** How far the sentence holds the asked entity's counter-proposal: 1 when it does, `none` otherwise. */
export function alternativeCue(pack: LoadedPack, sentence: Sentence, wanted: Concept[], previous: Sentence | undefined, none: number): number {
  if (!PROPOSAL_CUE.test(foldedText(sentence))) return none;
  const voices = new Set(
    wanted.flatMap((c) => (c.type === 'entity' ? c.matches.filter((m) => m.pack === pack).flatMap((m) => [m.entity.id, ...m.entity.related]) : [])),
  );
  if (voices.size === 0) return 1;
  return sentenceSpeakers(pack, sentence, previous).some((e) => voices.has(e.id)) ? 1 : none;
}
