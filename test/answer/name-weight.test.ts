/**
 * The words of one name share one weight (stage 3, retrieve.ts): a long name is one thing
 * named, and does not cover most of a question alone.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { readingOf } from '../support/article-pack.ts';

const index = readingOf(
  'Achterberg served as honorary treasurer of the Little Lanterns Hospice Trust from March 2013. ' +
    'The hospice began a night service in March.',
);
const question = 'When did Achterberg become chief executive of the Little Lanterns Hospice Trust?';

describe('the weight of a name of several words', () => {
  it('is shared by its words, the rarest word’s weight over all of them', () => {
    const { terms } = retrieve(index, readQuestion(question, index.lexicon));
    const name = terms.filter((t) => ['Little', 'Lanterns', 'Hospice', 'Trust'].includes(t.word));
    expect(name).toHaveLength(4);
    expect(new Set(name.map((t) => t.weight)).size).toBe(1);
    const achterberg = terms.find((t) => t.word === 'Achterberg')!;
    expect(name.reduce((sum, t) => sum + t.weight, 0)).toBeLessThanOrEqual(achterberg.weight + 1e-9);
  });

  it('is shared by a month and a year written together, as one date', () => {
    const { terms } = retrieve(index, readQuestion('Who led the hospice in March 2013?', index.lexicon));
    const date = terms.filter((t) => ['March', '2013'].includes(t.word));
    expect(date).toHaveLength(2);
    expect(date[0]!.weight).toBe(date[1]!.weight);
  });
});
