/**
 * A quotation that runs over several sentences ('"I was one shot from going home. I still can't
 * believe it," Okafor said.'): its sentences are one speaker's words, though only the last names
 * them. Each run is found from the quotation marks alone.
 */

/** Curly marks say which way they face; a straight mark opens when no quotation is open. */
const OPEN = '“';
const CLOSE = '”';
const STRAIGHT = '"';

/**
 * The runs of a paragraph's sentences that one quotation spans, as sentence positions, each run
 * two or more long. A quotation left open at the paragraph's end runs to its last sentence, as
 * news opens each paragraph of a long quote anew.
 */
export function quotationRuns(sentences: readonly string[]): number[][] {
  const runs: number[][] = [];
  let open: number[] | undefined;
  sentences.forEach((text, at) => {
    const wasOpen = open !== undefined;
    let inside = wasOpen;
    for (const ch of text) {
      if (ch === OPEN) inside = true;
      else if (ch === CLOSE) inside = false;
      else if (ch === STRAIGHT) inside = !inside;
    }
    if (wasOpen) open!.push(at);
    else if (inside) open = [at];
    if (!inside && open) {
      if (open.length > 1) runs.push(open);
      open = undefined;
    }
  });
  if (open && open.length > 1) runs.push(open);
  return runs;
}
