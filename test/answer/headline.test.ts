/**
 * A headline says in few words what the body says in full, so with few words it covers a
 * question as well as the body sentence that answers it: its score counts 0.7 (answer.ts
 * rankCandidates), and the body's sentence is quoted first. A heading in the body, a line that ends
 * in no stop, counts the same.
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

  it('counts a heading in the body as the headline: the sentence under it is quoted first', () => {
    const withHeading = createKnowledgeBase([
      articlePack(
        'trust',
        'Visitor centre opened on Friday\n\nThe visitor centre opened on Friday after two years of building ' +
          'work on the quay, the trust said.\n\nTickets cost £4.',
        { title: 'Harbour trust news' },
      ),
    ]).reading!;
    const { top } = bestFor(withHeading, 'when did the visitor centre open?');
    expect(top.reading.sentence.text).toContain('two years of building');
  });
});
