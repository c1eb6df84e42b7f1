/**
 * "Who repaired the clock tower?" asks who did it; a passive sentence names the doer after
 * "by" ("the tower was restored by Helen Brodie"), and ranks above one that only names someone
 * beside the tower (stage 4, rules.ts "agent").
 */
import { describe, expect, it } from 'vitest';
import { bestFor, readingOf } from '../support/article-pack.ts';

describe('the doer after "by"', () => {
  const index = readingOf(
    'Mayor Tom Reddy praised the clock tower. In 1990 the clock tower was restored by Helen Brodie, a local builder.',
  );

  it('answers "who did it" from a passive sentence', () => {
    const { top } = bestFor(index, 'Who repaired the clock tower?');
    expect(top.reading.sentence.text).toContain('Helen Brodie');
  });
});
