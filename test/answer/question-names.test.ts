/**
 * A month or a day typed in lower case, as chat does, is a name of the question like "August":
 * the sentence that answers must hold it, so "inflation in august" is not answered by October's.
 * A title before a name ("Dr.", "Mr") is no part of it.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { bestFor, readingOf } from '../support/article-pack.ts';

const index = readingOf('Consumer price inflation fell to 2.6% in October from 3.1% in September.');

describe('names typed in lower case', () => {
  it('refuses a month the sentence does not hold, however it is typed', () => {
    expect(bestFor(index, 'what was inflation in August?').refused).toBe('missing-term');
    expect(bestFor(index, 'what was inflation in august').refused).toBe('missing-term');
    expect(bestFor(index, 'what was inflation in october').refused).toBeUndefined();
  });
});

describe('titles before names', () => {
  const swann = readingOf('White is dying of thallium poisoning. Hinx kidnaps Swann from the clinic.');

  it('asks of the name, not the title: a sentence without "Mr." answers', () => {
    expect(bestFor(swann, 'What is Mr. White dying of?').refused).toBeUndefined();
    expect(bestFor(swann, 'Who kidnaps Dr Swann?').refused).toBeUndefined();
  });

  it('keeps the word when no name follows it: "the dr" is a doctor to find', () => {
    const frame = readQuestion('what did the dr say', swann.lexicon);
    expect(frame.terms.map((t) => t.word)).toContain('dr');
    expect(readQuestion('What is Mr. White dying of?', swann.lexicon).terms.map((t) => t.word)).not.toContain('Mr.');
  });
});
