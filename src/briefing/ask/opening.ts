/**
 * Whether a question that opens with an auxiliary still asks what its question word asks: "did they say why it
 * sank?" asks why, and "did u see oman opened a plant?? where is it" asks where. Part of stage 2 (question →
 * frame), beside `answer-kind.ts`, which reads the kind of answer once this has said where the question opens.
 */
import type { Lexicon } from '../../knowledge/lexicon/lexicon.ts';
import type { Token } from '../../knowledge/nlp.ts';
import { askingClauseAt } from './answer-kind.ts';

/** Words that may stand between the verb and the question word it embeds ("tell us why", "find out who"). */
const BETWEEN = new Set(['PRON', 'ADP', 'PART']);

/**
 * "Did they say why it sank?", "do we know who built it?", "did they find out when": a question word after a verb
 * of saying or knowing opens a question of its own, which is what is asked; the yes or no before it only asks
 * whether the article tells. Where that verb stands (its word says nothing the answer holds), else undefined.
 */
function embeddingVerbAt(tokens: readonly Token[], whAt: number, lexicon: Lexicon): number | undefined {
  for (let i = whAt - 1; i >= 0 && i >= whAt - 3; i--) {
    if (lexicon.embedsQuestion(tokens[i]!.lemma) || lexicon.embedsQuestion(tokens[i]!.text.toLowerCase())) return i;
    if (!BETWEEN.has(tokens[i]!.pos)) return undefined;
  }
  return undefined;
}

/**
 * Whether the question word opens the question though an auxiliary comes first, so it is no yes-or-no question:
 * after a verb of saying or knowing (`embedding`, its position), or after a break ("did u see oman opened a
 * plant?? where is it", "is it true they found a ship, who found it").
 */
export function questionOpening(
  tokens: readonly Token[],
  whAt: number,
  lexicon: Lexicon,
): { opens: boolean; embedding?: number } {
  if (whAt <= 0) return { opens: false };
  const embedding = embeddingVerbAt(tokens, whAt, lexicon);
  if (embedding !== undefined) return { opens: true, embedding };
  return { opens: askingClauseAt(tokens, whAt) === whAt };
}
