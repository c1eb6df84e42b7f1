/**
 * A month or a day typed in lower case, as chat does, is a name of the question like "August":
 * the sentence that answers must hold it, so "inflation in august" is not answered by October's.
 */
import { describe, expect, it } from 'vitest';
import { bestFor, readingOf } from '../support/article-pack.ts';

const index = readingOf('Consumer price inflation fell to 2.6% in October from 3.1% in September.');

describe('names typed in lower case', () => {
  it('refuses a month the sentence does not hold, however it is typed', () => {
    expect(bestFor(index, 'what was inflation in August?').refused).toBe('missing-term');
    expect(bestFor(index, 'what was inflation in august').refused).toBe('missing-term');
    expect(bestFor(index, 'what was inflation in october').refused).toBeUndefined();
  });
});
