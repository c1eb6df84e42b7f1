/**
 * Light words ("generally", "get", "new", "thing"): adverbs and the lexicon's lightWords say
 * little of what a question is about, so they weigh less than their rarity alone says.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { readingOf } from '../support/article-pack.ts';

// "terminal" and "new" are each in one sentence of three, so rarity alone weighs them the same.
const index = readingOf('The new terminal opens in May. The ferry sails at noon. The ferry is late again.');

describe('light words', () => {
  it("marks adverbs and the lexicon's light words as light, other words not", () => {
    const frame = readQuestion('when does the new terminal generally open?', index.lexicon);
    const light = Object.fromEntries(frame.terms.map((t) => [t.word, t.light]));
    expect(light).toMatchObject({ new: true, generally: true, terminal: false, open: false });
    // "How many homes were affected?": the homes are what it is about.
    const affected = readQuestion('how many homes were affected?', index.lexicon).terms.map((t) => [t.word, t.light]);
    expect(Object.fromEntries(affected)).toEqual({ homes: false, affected: true });
    const ok = readQuestion('are the unions ok with it?', index.lexicon).terms.map((t) => [t.word, t.light]);
    expect(Object.fromEntries(ok)).toEqual({ unions: false, ok: true });
  });

  it('weighs a light word less than a word as rare that is not light', () => {
    const { terms } = retrieve(index, readQuestion('when does the new terminal open?', index.lexicon));
    const weight = (word: string) => terms.find((t) => t.word === word)!.weight;
    expect(weight('new')).toBeLessThan(weight('terminal'));
  });
});
