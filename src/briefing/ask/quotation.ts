/**
 * "What did Okafor say?" when his words run over several sentences ('"I was one shot from going
 * home … I still can't believe it," Okafor said.'): the card quotes the whole quotation, the best
 * sentence first and the rest in the article's order, not the one sentence that names him beside
 * unrelated sentences that do.
 */
import type { ReadingIndex } from '../../knowledge/reading-index.ts';
import type { Reading } from '../../knowledge/reading.ts';
import type { Ranked } from './card.ts';
import type { Frame } from './frame.ts';
import { matchCandidate } from './match.ts';
import type { WeightedTerm } from './retrieve.ts';

/** At most this many sentences of one quotation on a card. */
const MOST = 3;

/** The shown sentences with the rest of the best one's quotation after it, when a speech question is answered. */
export function withQuotation(
  index: ReadingIndex,
  frame: Frame,
  terms: WeightedTerm[],
  shown: readonly Ranked[],
): Ranked[] {
  const best = shown[0];
  const speaker = best?.candidate.reading.speaker;
  if (frame.asks !== 'speech' || !best || !speaker) return [...shown];
  const same = (r: Reading | undefined): r is Reading =>
    r !== undefined && r.speaker === speaker && r.sentence.paragraph === best.candidate.reading.sentence.paragraph;
  const run: Reading[] = [best.candidate.reading];
  for (let r = index.neighbour(run[0]!, -1); same(r) && run.length < MOST; r = index.neighbour(r, -1)) run.unshift(r);
  for (let r = index.neighbour(run.at(-1)!, 1); same(r) && run.length < MOST; r = index.neighbour(r, 1)) run.push(r);
  if (run.length === 1) return [...shown];
  const quoted = run.map(
    (reading) =>
      shown.find((s) => s.candidate.reading === reading) ?? {
        candidate: matchCandidate(index, frame, terms, reading),
        total: 0,
      },
  );
  // The best sentence stays first, as every card leads with it; the rest of its quotation follows in order.
  const rest = quoted.filter((q) => q !== best);
  return [best, ...rest, ...shown.filter((s) => !run.includes(s.candidate.reading))];
}
