/**
 * A pack's names and event titles are read as one document (nlp.ts `tokensOfEach`): each text
 * must get back its own tokens, neither a neighbour's nor the full stop that keeps them apart.
 */
import { describe, expect, it } from 'vitest';
import { parse, tokensOfEach } from '../../src/knowledge/nlp.ts';

const texts = ['Sergei Lavrov', 'U.S.', '', 'St. Louis . Dr. Ana Díaz', 'talks at 2.15pm', 'Gazprom .'];

describe('reading many short texts at once', () => {
  it('gives each text the tokens it has when read alone', () => {
    const each = tokensOfEach(texts);
    expect(each).toHaveLength(texts.length);
    each.forEach((tokens, i) => expect(tokens.map((t) => t.text)).toEqual(parse(texts[i]!).tokens.map((t) => t.text)));
  });

  it('keeps the lemmas the model gives', () => {
    expect(tokensOfEach(['the talks were held', 'Kerry fled']).map((ts) => ts.map((t) => t.lemma))).toEqual([
      ['the', 'talk', 'be', 'hold'],
      ['kerry', 'flee'],
    ]);
  });
});
