/**
 * Who did what to whom, as far as word order tells: where a sentence's verbs are, which of
 * them are in the passive voice ("was commissioned"), and where "by" introduces an agent.
 * Read once at load and kept on the reading, so that answering can tell "Rollo swore fealty
 * to Charles" from "Charles swore fealty to Rollo" without parsing again.
 */
import type { Token } from './nlp.ts';

export interface Voice {
  /** Token positions of the verbs. */
  verbs: number[];
  /** Those of them in the passive voice: a form of "be" or "get" before, adverbs between. */
  passive: number[];
  /** Token positions of "by". */
  by: number[];
  /** Token positions of prepositions: a name right after one is no verb's subject ("in Moscow includes"). */
  prepositions: number[];
  /** Token positions of clause breaks (a comma, a semicolon, "and"): "seven were killed and 64 injured". */
  breaks: number[];
}

const PASSIVE_AUX = new Set(['be', 'get']);
/** How far back the auxiliary of a passive may stand ("was first encouraged", "has been widely seen"). */
const AUX_REACH = 3;

/**
 * "Malcolm married Edgar's sister": the tagger reads some past forms as adjectives. An "-ed"
 * adjective followed straight by a name or a determiner has an object, which no adjective takes.
 */
function participleWithObject(t: Token, next: Token | undefined): boolean {
  return t.pos === 'ADJ' && /\p{L}ed$/iu.test(t.text) && (next?.pos === 'PROPN' || next?.pos === 'DET');
}

/**
 * "a petition organised by the traders", "the research, led by the unit": a participle right
 * after a noun (or its comma) with "by" after it is passive with no auxiliary. After a pronoun
 * it is a verb of the past ("he stood by his decision"). Two participles joined by "and" share
 * the one "by": "a game developed and published by Nintendo" says who developed it too.
 */
function reducedPassive(tokens: readonly Token[], i: number): boolean {
  const participle = (k: number) => /\p{L}(?:ed|en|t|wn|d)$/iu.test(tokens[k]?.text ?? '');
  const afterNoun = (k: number) => ['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '') || tokens[k - 1]?.text === ',';
  let next = tokens[i + 1]?.pos === 'ADV' ? i + 2 : i + 1;
  if (tokens[next]?.pos === 'CCONJ' && participle(next + 1)) next += 2;
  const joined = tokens[i - 1]?.pos === 'CCONJ' && participle(i - 2) && afterNoun(i - 2);
  return (afterNoun(i) || joined) && tokens[next]?.text.toLowerCase() === 'by' && participle(i);
}

export function voiceOf(tokens: readonly Token[]): Voice {
  const verbs: number[] = [];
  const passive: number[] = [];
  const by: number[] = [];
  const prepositions: number[] = [];
  const breaks: number[] = [];
  tokens.forEach((t, i) => {
    if (t.text.toLowerCase() === 'by') by.push(i);
    if (t.pos === 'CCONJ' || [',', ';', ':'].includes(t.text)) breaks.push(i);
    if (t.pos === 'ADP') prepositions.push(i);
    if (t.pos !== 'VERB' && !participleWithObject(t, tokens[i + 1])) return;
    verbs.push(i);
    // "was encouraging" is progressive, not passive.
    if (/ing$/i.test(t.text)) return;
    if (reducedPassive(tokens, i)) return void passive.push(i);
    for (let j = i - 1; j >= Math.max(0, i - AUX_REACH); j--) {
      const before = tokens[j]!;
      if (PASSIVE_AUX.has(before.lemma)) {
        passive.push(i);
        break;
      }
      if (before.pos !== 'ADV' && before.pos !== 'PART') break;
    }
  });
  return { verbs, passive, by, prepositions, breaks };
}
