/**
 * Speech is read at load from a verb of speech beside a name (the lexicon's `speechVerbs`):
 * "spoke" is one as much as "said", so "what did Cole say?" finds her sentence.
 */
import { describe, expect, it } from 'vitest';
import { readingOf } from '../support/article-pack.ts';

describe('verbs of speech', () => {
  const index = readingOf('Mayor Ann Cole spoke to reporters about the budget on Monday. The budget rose by 4%.');

  it('reads "spoke" as speech, with its speaker', () => {
    const spoke = index.ofPack('p').find((r) => r.sentence.text.includes('spoke'))!;
    expect(spoke.speaker).toBe('Mayor Ann Cole');
    expect(index.ofPack('p').find((r) => r.sentence.text.includes('rose'))!.speaker).toBeUndefined();
  });
});
