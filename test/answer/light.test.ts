/**
 * Light words ("generally", "get", "new", "thing"): adverbs and the lexicon's lightWords say
 * little of what a question is about, so they weigh less than their rarity alone says.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { Pack } from '../../src/knowledge/schema.ts';

const data = Pack.parse({
  id: 'p',
  title: 'P',
  published: '2024-03-04',
  source: 'test',
  timezone: 'UTC',
  summary: 'A test article.',
});
// "terminal" and "new" are each in one sentence of three, so rarity alone weighs them the same.
const text = 'P\n\nThe new terminal opens in May. The ferry sails at noon. The ferry is late again.';
const index = createKnowledgeBase([{ id: 'p', data, paragraphs: splitParagraphs(text), dir: '.' }]).reading!;

describe('light words', () => {
  it("marks adverbs and the lexicon's light words as light, other words not", () => {
    const frame = readQuestion('when does the new terminal generally open?', index.lexicon);
    const light = Object.fromEntries(frame.terms.map((t) => [t.word, t.light]));
    expect(light).toMatchObject({ new: true, generally: true, terminal: false, open: false });
  });

  it('weighs a light word less than a word as rare that is not light', () => {
    const { terms } = retrieve(index, readQuestion('when does the new terminal open?', index.lexicon));
    const weight = (word: string) => terms.find((t) => t.word === word)!.weight;
    expect(weight('new')).toBeLessThan(weight('terminal'));
  });
});
