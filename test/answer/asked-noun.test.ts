/**
 * "What breed of cattle …", "which type of engine …": the answer often qualifies the asked noun
 * in the sentence ("Jersey cattle"), so a sentence where a word the question lacks stands right
 * before it ranks higher (stage 4, rules.ts "asked-noun"; the noun is read in answer-kind.ts).
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { bestFor, readingOf } from '../support/article-pack.ts';

describe('the asked noun', () => {
  const index = readingOf(
    'The farmers of the dale kept their cattle on the fell for two centuries. ' +
      'The farmers of the dale bred the Jersey cattle within two generations.',
  );
  const nounOf = (q: string) => {
    const frame = readQuestion(q, index.lexicon);
    return frame.askedNoun === undefined ? undefined : q.replace(/[?]/g, '').split(/\s+/)[frame.askedNoun];
  };

  it('is the noun after "what" or "which", past a sort word and to the end of a compound', () => {
    expect(nounOf('What cattle did the farmers keep?')).toBe('cattle');
    expect(nounOf('The ferry runs on what type of engine?')).toBe('engine');
    expect(nounOf('Which price index did the bank quote?')).toBe('index');
    expect(nounOf('When did the farmers arrive?')).toBeUndefined();
  });

  it('ranks first the sentence where a word the question lacks qualifies it', () => {
    const { top } = bestFor(index, 'What cattle did the farmers of the dale have?');
    expect(top.reading.sentence.text).toContain('Jersey cattle');
  });
});
