/**
 * "Who owns the cable?": "own" is a stop word as in "their own", but as a verb of its own it says what is done,
 * and is a word to find (`reading.ts` keysOf). The word "Cable" inside the name that answers ("the Fiji
 * Submarine Cable Company, which owns …") is part of that name: it does not put the cable the question names
 * before the verb, as its doer (`roles.ts`).
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

const kb = createKnowledgeBase([
  articlePack(
    'cable',
    'An undersea cable off Suva was cut on Saturday, slowing the internet across Fiji.\n\n' +
      'Fiji has been linked to the world by cable since 1902, when a telegraph line of the Pacific Cable Board ' +
      'came ashore at Suva.\n\n' +
      'The fault lies about 48 kilometres south-east of Suva, according to the Fiji Submarine Cable Company, ' +
      'which owns the Fiji section.\n\n' +
      'A repair ship is expected on Friday.',
    { title: 'Fiji cable cut' },
  ),
]);

describe('who owns it', () => {
  it('is answered by the owner, named in the sentence that says "owns"', () => {
    const reply = askerOf(kb)('who owns the cable?');
    const first = reply.card.blocks.find((b) => b.type === 'quote');
    expect(reply.found).toBe(true);
    expect(first?.type === 'quote' && first.text).toMatch(/Fiji Submarine Cable Company, which owns the Fiji section/);
  });
});
