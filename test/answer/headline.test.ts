/**
 * A headline says in few words what the body says in full, so with few words it covers a
 * question as well as the body sentence that answers it: its score counts 0.7 (answer.ts
 * rankCandidates), and the body's sentence is quoted first.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, bestFor } from '../support/article-pack.ts';

describe('the headline', () => {
  const title = "Harbour trust's new visitor centre cost £9m";
  const body =
    'The Northgate Harbour Trust, which runs the quays and the lifeboat museum, opened its new visitor ' +
    'centre on Friday; the building cost £9.3 million, paid for by the trust and the county council.\n\n' +
    'The centre will be open daily from nine.';
  const index = createKnowledgeBase([articlePack('harbour', body, { title })]).reading!;

  it('gives way to the body sentence that says the same in full', () => {
    const { top } = bestFor(index, "How much did the harbour trust's new visitor centre cost?");
    expect(top.reading.sentence.text).toContain('£9.3 million');
  });
});
