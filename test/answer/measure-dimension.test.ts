/**
 * A measure answers "how far", "how heavy" or "how hot" only when it measures that: "about 30 kilometres" is
 * no weight, however close it stands to the jar the question names (`fits.ts`, the lexicon's `units`).
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf, readingOf } from '../support/article-pack.ts';

const ask = askerOf(
  createKnowledgeBase([
    articlePack(
      'jar',
      'Archaeologists in Turkey have found a clay jar full of letters at a village dig.\n\n' +
        'The jar was found at Karaagac Hoyuk, about 30 kilometres from the city of Kayseri.\n\n' +
        'The full jar has a weight of about 12 kilograms and holds 64 tablets.\n\n' +
        'The lid of the jar was found 40 metres away, in a second house.',
      { title: 'Clay jar of letters found in Turkey' },
    ),
  ]),
);

describe('a question that asks a measure', () => {
  it('reads what its "how" measures', () => {
    const { lexicon } = readingOf('A sentence.');
    expect(readQuestion('how heavy was the jar', lexicon).dimension).toBe('mass');
    expect(readQuestion('how far away was the lid', lexicon).dimension).toBe('length');
    expect(readQuestion('how many tablets', lexicon).dimension).toBeUndefined();
  });

  it('is answered by a weight when it asks how heavy', () => {
    expect(ask('how heavy is the jar').card.title).toBe('About 12 kilograms');
  });

  it('is answered by a length when it asks how far', () => {
    expect(ask('how far from kayseri was the jar found').card.title).toBe('About 30 kilometres');
  });

  it('is refused when the only measure near its words is of another kind', () => {
    expect(ask('how heavy was the lid').card.kind).toBe('not-found');
  });
});
