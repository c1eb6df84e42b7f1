/**
 * "Since 2022" is a length of time from a point: it answers "how long have barbecues been banned?", never "how big
 * is the fine?", which the article does not say (`fits.ts`).
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

const ask = askerOf(
  createKnowledgeBase([
    articlePack(
      'moor',
      'Fires on the moors have grown more common in dry springs.\n\n' +
        'Barbecues have been banned on the moors since 2022, the park authority said.',
      { title: 'Moorland fire' },
    ),
  ]),
);

describe('a length of time from a point', () => {
  it('answers how long', () => {
    expect(ask('how long have barbecues been banned on the moors').card.title).toBe('Since 2022');
  });

  it('answers no question of amount', () => {
    expect(ask('how big is the fine for a barbecue on the moors').card.kind).toBe('not-found');
  });
});
