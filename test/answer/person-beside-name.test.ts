/**
 * "Who's the boss of Bluewater Lines?" asks for a person named with Bluewater. A sentence that names a person
 * beside the one that names Bluewater ("Its director, Priya Raman, …") tells of someone else's director, so it
 * does not answer (`abstain.ts`); one that names them together does.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, bestFor } from '../support/article-pack.ts';

const index = createKnowledgeBase([
  articlePack(
    'ferry',
    'The Calder Heritage Trust wants the old ferry terminal listed. ' +
      'Its director, Priya Raman, says the trust will appeal.\n\n' +
      'Ferry operator Bluewater Lines said passenger numbers have fallen by a third since 2019.\n\n' +
      'Tom Okoro, chief executive of Harbour Freight, welcomed the decision.',
    { title: 'Calder Island to lose its night ferry' },
  ),
]).reading!;

describe('a person asked for by whom they work for', () => {
  it('is not answered by a person named beside the sentence that names the body', () => {
    const { top, refused } = bestFor(index, "who's the boss of Bluewater Lines?");
    expect(top.reading.sentence.text).toMatch(/^Its director, Priya Raman/);
    expect(refused).toBe('missing-term');
  });

  it('is answered by a person named with the body', () => {
    const { top, refused } = bestFor(index, "who's the boss of Harbour Freight?");
    expect(refused).toBeUndefined();
    expect(top.reading.sentence.text).toContain('Tom Okoro');
  });
});
