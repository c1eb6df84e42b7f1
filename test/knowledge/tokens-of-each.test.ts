/**
 * A pack's sentences, names and event titles are read as one document each (nlp.ts
 * `parseEach`): each text must get back what it gets read alone, its own tokens and typed
 * spans, neither a neighbour's nor the full stop that keeps them apart.
 */
import { describe, expect, it } from 'vitest';
import { parse, parseEach, tokensOfEach } from '../../src/knowledge/nlp.ts';

const names = ['Sergei Lavrov', 'U.S.', '', 'St. Louis . Dr. Ana Díaz', 'talks at 2.15pm', 'Gazprom .'];
const sentences = [
  'The council met on Tuesday 24 November and voted seven to four.',
  'It began at 6.30pm and ended shortly after 11.20pm.',
  'Wessmoor Water put the cost at £11m, about 40% of the total.',
  '"We are not saying no," said Councillor Miriam Thackeray.',
];

describe('reading many texts at once', () => {
  it('gives each name the tokens it has when read alone', () => {
    const each = tokensOfEach(names);
    expect(each).toHaveLength(names.length);
    each.forEach((tokens, i) => expect(tokens.map((t) => t.text)).toEqual(parse(names[i]!).tokens.map((t) => t.text)));
  });

  it('gives each sentence its tokens and typed spans as read alone', () => {
    const each = parseEach(sentences);
    sentences.forEach((s, i) => expect(each[i]).toEqual(parse(s)));
    expect(each.map((p) => p.spans.length)).toEqual(sentences.map((s) => parse(s).spans.length));
    expect(each[2]!.spans.map((sp) => sp.type)).toContain('PERCENT');
  });

  it('keeps the lemmas the model gives', () => {
    expect(tokensOfEach(['the talks were held', 'Kerry fled']).map((ts) => ts.map((t) => t.lemma))).toEqual([
      ['the', 'talk', 'be', 'hold'],
      ['kerry', 'flee'],
    ]);
  });
});
