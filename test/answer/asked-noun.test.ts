/**
 * "What culture …", "which type of resource …": the answer often qualifies the asked noun in
 * the sentence ("Gaelic culture"), so a sentence where a word the question lacks stands right
 * before it ranks higher (stage 4, rules.ts "asked-noun"; the noun is read in answer-kind.ts).
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { bestFor, readingOf } from '../support/article-pack.ts';

describe('the asked noun', () => {
  const index = readingOf(
    'The settlers of the valley kept their culture for two centuries. ' +
      'The settlers of the valley took up the Gaelic culture within two generations.',
  );
  const nounOf = (q: string) => {
    const frame = readQuestion(q, index.lexicon);
    return frame.askedNoun === undefined ? undefined : q.replace(/[?]/g, '').split(/\s+/)[frame.askedNoun];
  };

  it('is the noun after "what" or "which", past a sort word and to the end of a compound', () => {
    expect(nounOf('What culture did the settlers keep?')).toBe('culture');
    expect(nounOf('Time and space are examples of what type of resource?')).toBe('resource');
    expect(nounOf('In what complexity class do the problems lie?')).toBe('class');
    expect(nounOf('When did the settlers arrive?')).toBeUndefined();
  });

  it('ranks first the sentence where a word the question lacks qualifies it', () => {
    const { top } = bestFor(index, 'What culture did the settlers of the valley have?');
    expect(top.reading.sentence.text).toContain('Gaelic culture');
  });
});
