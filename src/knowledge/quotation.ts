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

/**
 * Whose words each of a paragraph's unattributed sentences is, from the speakers the sentences name
 * (`speakers`, by position): a quotation's sentences are its speaker's, though only one names them (the last
 * named, as news attributes a quote at its end); and a sentence that is a quotation and nothing else ('"Tourists
 * do not eat dinner in the dark."') goes on with the speaker of the sentence before it ('"In October my customers
 * leave at six," she said.'), as news writes a speaker's next words. Positions to the speaker they take.
 */
export function quotedBy(sentences: readonly string[], speakers: readonly (string | undefined)[]): Map<number, string> {
  const said = [...speakers];
  for (const run of quotationRuns(sentences)) {
    const speaker = [...run].reverse().find((at) => said[at] !== undefined);
    if (speaker !== undefined) for (const at of run) said[at] ??= said[speaker];
  }
  sentences.forEach((text, at) => {
    if (at > 0 && said[at] === undefined && BARE.test(text.trim())) said[at] = said[at - 1];
  });
  return new Map(said.flatMap((speaker, at) => (speaker && !speakers[at] ? [[at, speaker] as const] : [])));
}

/** A sentence that is one quotation and nothing else. */
const BARE = /^["“][^"“”]*[.!?…]["”]$/;
